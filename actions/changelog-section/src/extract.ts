/**
 * extract: the version's section of the changelog file, verbatim — but for its relative links, which
 * point nowhere in a release description and are made absolute at the release's tag.
 */
import { InputError } from '../../../shared/src/action/index.js';
import { ChangelogVersionNotFound, extractSection } from '../../../shared/src/changelog/index.js';
import { displayName, readChangelog } from './changelog-file.js';
import type { Inputs } from './inputs.js';
import { linksAtTag } from './links.js';
import type { Deps, ModeOutputs } from './run.js';

/** The section of `inputs.version`, or found=false when allowed to be missing. */
export async function extract(inputs: Inputs, { log, summary, context }: Deps): Promise<ModeOutputs> {
  const text = await readChangelog(inputs, context);
  const fileName = displayName(inputs, context);
  try {
    const section = extractSection(text, inputs.version, { fileName });
    const lines = section.body === '' ? 0 : section.body.split('\n').length;
    log.info(
      `Found ${section.heading} in ${fileName} (${section.format} format, ${lines} line${lines === 1 ? '' : 's'}).`,
    );
    const links = linksAtTag(section, inputs, context, log);
    summary
      .heading(`Changelog section ${section.version}`)
      .facts({
        file: fileName,
        heading: section.heading,
        format: section.format,
        yanked: section.yanked ? 'yes' : undefined,
        'relative links': links.said,
      })
      .details('The section', links.body);
    return { body: links.body, version: section.version, found: true };
  } catch (error) {
    if (!(error instanceof ChangelogVersionNotFound)) throw error;
    if (inputs.failIfMissing) {
      throw new InputError(
        'version',
        inputs.version,
        `a version that has a section in ${fileName} — ${error.message}`,
      );
    }
    log.warning(error.message);
    summary.heading(`Changelog section ${inputs.version}`).paragraph(`Not found: ${error.message}`);
    return { body: '', version: inputs.version, found: false };
  }
}
