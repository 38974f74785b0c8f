/**
 * changelog-section: the release description from CHANGELOG.md (seed 003 §7: "copy the section for
 * this version into the description of the release"), or the section generated from what merged.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import {
  InputError,
  UserError,
  type JobSummary,
  type OutputValue,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import {
  ChangelogVersionNotFound,
  defaultGroups,
  detectFormat,
  extractSection,
  insertSection,
  renderSectionParts,
  type ChangelogFormat,
  type GroupConfig,
} from '../../../shared/src/changelog/index.js';
import { writeFileAtomic } from '../../../shared/src/fs.js';
import {
  commitDate,
  listClosedChanges,
  listTagNames,
  SearchCapExceeded,
  SearchIncomplete,
  type ClosedChange,
  type GitHubClient,
} from '../../../shared/src/github/index.js';
import type { Logger } from '../../../shared/src/log.js';
import { executePlan, Plan } from '../../../shared/src/plan/index.js';
import { findTag, parseVersion, previousTag, tagNameLike } from '../../../shared/src/versions/index.js';
import type { Inputs, LabelOverrides } from './inputs.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  context: RunnerContext;
  /** Needed for mode generate only. */
  github?: GitHubClient;
}

/** GitHub keeps at most 1 MB in one step output; larger bodies are read from `body-file`. */
export const OUTPUT_LIMIT = 1_000_000;
/** GitHub refuses a release description longer than this. */
export const RELEASE_BODY_LIMIT = 125_000;

type ModeOutputs = { body: string; version: string; found: boolean } & Record<string, OutputValue>;

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  const outputs = inputs.mode === 'extract' ? await extract(inputs, deps) : await generate(inputs, deps);
  // Outputs are LF whatever the file uses; a CRLF changelog must not leak \r into release bodies.
  const body = outputs.body.replace(/\r\n?/g, '\n');
  // A folder of its own per run, so two steps of one job never share a body file.
  const folder = await mkdtemp(join(deps.context.runnerTemp, 'changelog-section-'));
  const bodyFile = join(folder, `${outputs.version.replace(/[^\w.-]/g, '_')}.md`);
  await writeFile(bodyFile, body);
  const bytes = Buffer.byteLength(body);
  if (body.length > RELEASE_BODY_LIMIT) {
    deps.log.warning(
      `The section has ${body.length} characters; GitHub refuses a release description over ${RELEASE_BODY_LIMIT}.`,
    );
  }
  if (bytes > OUTPUT_LIMIT) {
    deps.log.warning(
      `The section is ${bytes} bytes, over a step output's limit: read body-file (${bodyFile}).`,
    );
  }
  return { ...outputs, body: bytes <= OUTPUT_LIMIT ? body : '', 'body-file': bodyFile };
}

function displayName(inputs: Inputs, context: RunnerContext): string {
  return relative(context.workspace, inputs.changelog) || inputs.changelog;
}

async function readChangelog(inputs: Inputs, context: RunnerContext): Promise<string> {
  try {
    return await readFile(inputs.changelog, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      'changelog',
      displayName(inputs, context),
      code === 'ENOENT'
        ? 'the path of an existing changelog file (there is no such file in the workspace)'
        : `a readable file (${code ?? String(error)})`,
    );
  }
}

async function extract(inputs: Inputs, { log, summary, context }: Deps): Promise<ModeOutputs> {
  const text = await readChangelog(inputs, context);
  const fileName = displayName(inputs, context);
  try {
    const section = extractSection(text, inputs.version, { fileName });
    const lines = section.body === '' ? 0 : section.body.split('\n').length;
    log.info(`Found ${section.heading} in ${fileName} (${section.format} format, ${lines} lines).`);
    summary
      .heading(`Changelog section ${section.version}`)
      .facts({
        file: fileName,
        heading: section.heading,
        format: section.format,
        yanked: section.yanked ? 'yes' : undefined,
      })
      .details('The section', section.body);
    return { body: section.body, version: section.version, found: true };
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

/** github-changelog-generator's groups with the label lists the inputs override. */
export function groupsWith(overrides: LabelOverrides): GroupConfig {
  const labelsFor: Record<string, string[] | undefined> = {
    breaking: overrides.breaking,
    enhancement: overrides.enhancement,
    bug: overrides.bug,
  };
  const keyOf = (section: GroupConfig['sections'][number]): string | undefined =>
    section.breaking
      ? 'breaking'
      : section.category === 'Added'
        ? 'enhancement'
        : section.category === 'Fixed'
          ? 'bug'
          : undefined;
  return {
    ...defaultGroups,
    sections: defaultGroups.sections.map((section) => {
      const key = keyOf(section);
      const labels = key ? labelsFor[key] : undefined;
      return labels ? { ...section, labels } : section;
    }),
    excludeLabels: overrides.exclude ?? defaultGroups.excludeLabels,
  };
}

/** The range of the notes: after the previous release's commit, up to the release's (or the target). */
async function resolveRange(inputs: Inputs, context: RunnerContext, github: GitHubClient) {
  const repoRef = { owner: context.owner, repo: context.repo };
  const tags = await listTagNames(github, repoRef);
  const tag = findTag(tags, inputs.version);
  let previous = inputs.previousTag;
  if (previous !== undefined && !tags.includes(previous)) {
    throw new InputError('previous-tag', previous, `an existing tag of ${context.repository}`);
  }
  if (previous === undefined) {
    if (!parseVersion(inputs.version)) {
      throw new InputError(
        'previous-tag',
        '',
        `a tag to start from, because version '${inputs.version}' is not SemVer and cannot be ordered`,
      );
    }
    previous = previousTag(tags, inputs.version);
  }
  const end = tag ?? inputs.target;
  if (!end) {
    throw new InputError(
      'target',
      '',
      `a commit to end the range at, since tag ${inputs.version} does not exist yet`,
    );
  }
  const since = previous ? await commitDate(github, repoRef, previous) : undefined;
  const until = await commitDate(github, repoRef, end);
  // An untagged version is linked as the tag it will get, written like the previous one (v or not).
  return { repoRef, previous, since, until, end, tag, tagName: tag ?? tagNameLike(inputs.version, previous) };
}

async function closedChanges(
  github: GitHubClient,
  range: Awaited<ReturnType<typeof resolveRange>>,
): Promise<ClosedChange[]> {
  try {
    return await listClosedChanges(github, range.repoRef, {
      ...(range.since ? { since: range.since } : {}),
      until: range.until,
    });
  } catch (error) {
    if (error instanceof SearchCapExceeded) {
      throw new UserError(
        `${error.message}. Give previous-tag (a later starting tag) or split the release notes.`,
        { cause: error },
      );
    }
    if (error instanceof SearchIncomplete)
      throw new UserError(`${error.message}; rerun the job.`, { cause: error });
    throw error;
  }
}

async function generate(inputs: Inputs, { log, summary, context, github }: Deps): Promise<ModeOutputs> {
  if (!github) throw new Error('generate needs a GitHub client');
  const range = await resolveRange(inputs, context, github);
  const { previous, tagName } = range;
  log.info(
    `Range: ${previous ?? 'the first commit'} (${range.since ?? '-'}) … ${range.tag ?? range.end} (${range.until})`,
  );
  const groups = groupsWith(inputs.labels);
  // What the notes list: issues only when asked for, and nothing carrying an excluded label.
  const changes = (await closedChanges(github, range)).filter(
    (c) =>
      (inputs.includeIssues || c.kind === 'pull') && !c.labels.some((l) => groups.excludeLabels.includes(l)),
  );

  const fileName = displayName(inputs, context);
  const exists = existsSync(inputs.changelog);
  const existing = exists ? await readChangelog(inputs, context) : '';
  const format: ChangelogFormat =
    inputs.format !== 'auto'
      ? inputs.format
      : existing.trim()
        ? detectFormat(existing)
        : 'github-changelog-generator';
  const web = `${context.serverUrl}/${context.repository}`;
  const rendered = renderSectionParts({
    version: tagName,
    date: range.until.slice(0, 10),
    tagUrl: `${web}/tree/${tagName}`,
    ...(previous ? { previousVersion: previous, compareUrl: `${web}/compare/${previous}...${tagName}` } : {}),
    items: changes,
    groups,
    format,
  });

  const plan = new Plan();
  let state = inputs.write ? (exists ? 'wrote' : 'created') : 'not written (write: false)';
  if (inputs.write) {
    if (!existsSync(dirname(inputs.changelog))) {
      throw new InputError('changelog', fileName, 'a path in an existing folder of the workspace');
    }
    const current = exists ? sectionIn(existing, tagName, fileName) : undefined;
    if (current !== undefined && sameText(current.body, rendered.body)) {
      // A rerun after the file was written: the job is already done.
      state = 'already up to date';
      log.info(
        `${fileName} already has this section for ${tagName} (line ${current.line}); nothing to write.`,
      );
    } else if (current !== undefined) {
      throw new UserError(
        `${fileName} already has a section for ${tagName} (line ${current.line}) that differs from what closed since ${previous ?? 'the first commit'}; edit or remove it, then rerun`,
      );
    } else {
      const updated = insertSection(existing, rendered, format, { fileName });
      plan.add({
        kind: exists ? 'write file' : 'create file',
        target: fileName,
        detail: `insert section ${rendered.heading}`,
        apply: () =>
          mkdir(dirname(inputs.changelog), { recursive: true }).then(() =>
            writeFileAtomic(inputs.changelog, updated),
          ),
      });
    }
  }
  await executePlan(plan, { dryRun: inputs.dryRun, log });
  if (inputs.dryRun && !plan.isEmpty) state = `would be ${state}`;

  summary.heading(`Changelog section ${tagName} (generated)`).facts({
    range: `${previous ?? 'first commit'} … ${range.tag ?? range.end}`,
    'merged pull requests': changes.filter((c) => c.kind === 'pull').length,
    'closed issues': changes.filter((c) => c.kind === 'issue').length,
    format,
    [fileName]: state,
  });
  summary.table(
    ['#', 'kind', 'title', 'labels'],
    changes.map((c) => [
      c.number,
      c.kind === 'pull' ? 'pull request' : 'issue',
      c.title,
      c.labels.join(', '),
    ]),
  );
  summary.details('The generated section', `${rendered.heading}\n\n${rendered.body}`);
  return {
    body: rendered.body,
    version: tagName,
    found: true,
    'previous-tag': previous ?? '',
    changes: changes.map(({ kind, number, title, url, labels }) => ({ kind, number, title, url, labels })),
  };
}

/** The file's section for a version with its line, or undefined. */
function sectionIn(
  markdown: string,
  version: string,
  fileName: string,
): { body: string; line: number } | undefined {
  try {
    const section = extractSection(markdown, version, { fileName });
    const line = markdown.split('\n').findIndex((l) => l.trimEnd() === section.heading.trimEnd()) + 1;
    return { body: section.body, line };
  } catch (error) {
    if (error instanceof ChangelogVersionNotFound) return undefined;
    throw error;
  }
}

function sameText(a: string, b: string): boolean {
  const normal = (s: string): string => s.replace(/\r\n?/g, '\n').trim();
  return normal(a) === normal(b);
}
