/**
 * The section's relative links made absolute for the release description: at the release's tag, in
 * the repository the workflow runs for, from the changelog file's folder in that repository. The
 * changelog file itself is never changed.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { RunnerContext } from '../../../shared/src/action/index.js';
import { realPath } from '../../../shared/src/action/paths.js';
import { absoluteLinks, type ChangelogSection, versionsMatch } from '../../../shared/src/changelog/index.js';
import type { Logger } from '../../../shared/src/log.js';
import type { Inputs } from './inputs.js';

/** The tag the release gets: the one the workflow runs on when it names this version, else `version`. */
export function releaseTag(version: string, ref: string): string {
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  return tag !== undefined && versionsMatch(tag, version) ? tag : version;
}

/**
 * The file's folder in its repository: relative to the nearest folder above it holding `.git` (a
 * checkout into a subfolder of the workspace has its own), or to the workspace.
 */
export function repositoryFolder(realFile: string, workspace: string): string {
  const top = realPath(workspace);
  let dir = dirname(realFile);
  while (relative(top, dir) !== '' && !relative(top, dir).startsWith('..')) {
    if (existsSync(join(dir, '.git'))) break;
    dir = dirname(dir);
  }
  return relative(dir, dirname(realFile)).split(sep).join('/');
}

/** The body with absolute links, and a line for the summary (undefined when there was none). */
export function linksAtTag(
  section: ChangelogSection,
  inputs: Pick<Inputs, 'version' | 'changelogReal' | 'changelogInWorkspace'>,
  context: Pick<RunnerContext, 'serverUrl' | 'repository' | 'ref' | 'workspace'>,
  log: Logger,
): { body: string; said?: string } {
  const relativeLinks = section.links.filter(
    (l) => !/^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|\/\/|#|$)/.test(l.destination.trim()),
  );
  if (relativeLinks.length === 0) return { body: section.body };
  if (inputs.changelogInWorkspace === undefined) {
    log.warning(
      `The section has ${relativeLinks.length} relative link(s), left as written: the changelog is outside the workspace, so its place in ${context.repository} is unknown.`,
    );
    return {
      body: section.body,
      said: `${relativeLinks.length} left as written (file outside the workspace)`,
    };
  }
  const ref = releaseTag(inputs.version, context.ref);
  const repositoryUrl = `${context.serverUrl}/${context.repository}`;
  const result = absoluteLinks(section.body, relativeLinks, {
    repositoryUrl,
    ref,
    folder: repositoryFolder(inputs.changelogReal, context.workspace),
  });
  const at = `${repositoryUrl}/blob/${ref}/`;
  log.info(`Rewrote ${result.rewritten} relative link(s) of the section to ${at}… (images: …/raw/${ref}/…).`);
  if (result.outside.length) {
    log.warning(
      `Left ${result.outside.length} relative link(s) as written: they lead out of the repository (${result.outside.join(', ')}).`,
    );
  }
  return {
    body: result.body,
    said: `${result.rewritten} made absolute at ${at}${result.outside.length ? `; ${result.outside.length} leading out of the repository left as written` : ''}`,
  };
}
