/**
 * generate: the section built from what closed between the previous release and this one, grouped
 * the way github-changelog-generator groups it, and optionally written into the changelog file.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError, UserError, type RunnerContext } from '../../../shared/src/action/index.js';
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
import { executePlan, Plan } from '../../../shared/src/plan/index.js';
import { findTag, parseVersion, previousTag, tagNameLike } from '../../../shared/src/versions/index.js';
import { displayName, readChangelog } from './changelog-file.js';
import type { Inputs, LabelOverrides } from './inputs.js';
import type { Deps, ModeOutputs } from './run.js';

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

/** The generated section; with `write`, planned into the changelog file first. */
export async function generate(
  inputs: Inputs,
  { log, summary, context, github }: Deps,
): Promise<ModeOutputs> {
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
    const { body, line } = extractSection(markdown, version, { fileName });
    return { body, line };
  } catch (error) {
    if (error instanceof ChangelogVersionNotFound) return undefined;
    throw error;
  }
}

function sameText(a: string, b: string): boolean {
  const normal = (s: string): string => s.replace(/\r\n?/g, '\n').trim();
  return normal(a) === normal(b);
}
