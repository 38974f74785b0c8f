/**
 * changelog-section: the release description from CHANGELOG.md (seed 003 §7: "copy the section for
 * this version into the description of the release"), or the section generated from what merged.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import semver from 'semver';
import {
  InputError,
  UserError,
  type JobSummary,
  type OutputValue,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import {
  ChangelogSectionExists,
  ChangelogVersionNotFound,
  defaultGroups,
  detectFormat,
  extractSection,
  insertSection,
  renderSectionParts,
  type ChangelogFormat,
  type GroupConfig,
} from '../../../shared/src/changelog/index.js';
import {
  commitDate,
  listClosedChanges,
  listTagNames,
  type ClosedChange,
  type GitHubClient,
} from '../../../shared/src/github/index.js';
import type { Logger } from '../../../shared/src/log.js';
import { executePlan, Plan } from '../../../shared/src/plan/index.js';
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

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  const outputs = inputs.mode === 'extract' ? await extract(inputs, deps) : await generate(inputs, deps);
  const body = outputs.body ?? '';
  const bodyFile = join(
    deps.context.runnerTemp,
    'changelog-section',
    `${outputs.version.replace(/[^\w.-]/g, '_')}.md`,
  );
  await mkdir(dirname(bodyFile), { recursive: true });
  await writeFile(bodyFile, body);
  const fits = Buffer.byteLength(body) <= OUTPUT_LIMIT;
  if (!fits)
    deps.log.warning(
      `The section is ${Buffer.byteLength(body)} bytes, over a step output's limit: read body-file (${bodyFile}).`,
    );
  return { ...outputs, body: fits ? body : '', 'body-file': bodyFile };
}

type ModeOutputs = { body: string; version: string; found: boolean } & Record<string, OutputValue>;

async function readChangelog(inputs: Inputs, context: RunnerContext): Promise<string> {
  try {
    return await readFile(inputs.changelog, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      'changelog',
      relative(context.workspace, inputs.changelog) || inputs.changelog,
      code === 'ENOENT'
        ? 'the path of an existing changelog file (there is no such file in the workspace)'
        : `a readable file (${code ?? String(error)})`,
    );
  }
}

async function extract(inputs: Inputs, { log, summary, context }: Deps): Promise<ModeOutputs> {
  const text = await readChangelog(inputs, context);
  const fileName = relative(context.workspace, inputs.changelog) || inputs.changelog;
  try {
    const section = extractSection(text, inputs.version, { fileName });
    log.info(
      `Found ${section.heading} in ${fileName} (${section.format} format, ${section.body.split('\n').length} lines).`,
    );
    summary.heading(`Changelog section ${section.version}`).facts({
      file: fileName,
      heading: section.heading,
      format: section.format,
      yanked: section.yanked ? 'yes' : undefined,
    });
    return { body: section.body, version: section.version, found: true };
  } catch (error) {
    if (!(error instanceof ChangelogVersionNotFound)) throw error;
    if (inputs.failIfMissing)
      throw new InputError(
        'version',
        inputs.version,
        `a version that has a section in ${fileName} — ${error.message}`,
      );
    log.warning(error.message);
    summary.heading(`Changelog section ${inputs.version}`).paragraph(`Not found: ${error.message}`);
    return { body: '', version: inputs.version, found: false };
  }
}

/** The tag named by `version`, with or without its `v`. */
function findTag(tags: string[], version: string): string | undefined {
  const bare = version.replace(/^v/, '');
  return tags.find((t) => t === version) ?? tags.find((t) => t === bare || t === `v${bare}`);
}

/** The highest SemVer tag below `version`; prereleases only count when `version` is one. */
export function previousTag(tags: string[], version: string): string | undefined {
  const current = semver.parse(version.replace(/^v/, ''));
  if (!current) return undefined;
  let best: { tag: string; version: semver.SemVer } | undefined;
  for (const tag of tags) {
    const candidate = semver.parse(tag.replace(/^v/, ''));
    if (!candidate || semver.gte(candidate, current)) continue;
    if (candidate.prerelease.length > 0 && current.prerelease.length === 0) continue;
    if (!best || semver.gt(candidate, best.version)) best = { tag, version: candidate };
  }
  return best?.tag;
}

/** github-changelog-generator's groups with the label lists the inputs override. */
export function groupsWith(overrides: LabelOverrides): GroupConfig {
  const labelsFor: Record<string, string[] | undefined> = {
    breaking: overrides.breaking,
    enhancement: overrides.enhancement,
    bug: overrides.bug,
  };
  return {
    ...defaultGroups,
    sections: defaultGroups.sections.map((section) => {
      const key = section.breaking
        ? 'breaking'
        : section.category === 'Added'
          ? 'enhancement'
          : section.category === 'Fixed'
            ? 'bug'
            : undefined;
      const labels = key ? labelsFor[key] : undefined;
      return labels ? { ...section, labels } : section;
    }),
    excludeLabels: overrides.exclude ?? defaultGroups.excludeLabels,
  };
}

async function generate(inputs: Inputs, { log, summary, context, github }: Deps): Promise<ModeOutputs> {
  if (!github) throw new Error('generate needs a GitHub client');
  const repoRef = { owner: context.owner, repo: context.repo };
  const tags = await listTagNames(github, repoRef);
  const tag = findTag(tags, inputs.version);

  let previous = inputs.previousTag;
  if (previous !== undefined && !tags.includes(previous)) {
    throw new InputError('previous-tag', previous, `an existing tag of ${context.repository}`);
  }
  if (previous === undefined) {
    if (!semver.parse(inputs.version.replace(/^v/, ''))) {
      throw new InputError(
        'previous-tag',
        '',
        `a tag to start from, because version '${inputs.version}' is not SemVer and cannot be ordered`,
      );
    }
    previous = previousTag(tags, inputs.version);
  }
  const end = tag ?? inputs.target;
  if (!end)
    throw new InputError(
      'target',
      '',
      `a commit to end the range at, since tag ${inputs.version} does not exist yet`,
    );

  const since = previous ? await commitDate(github, repoRef, previous) : undefined;
  const until = await commitDate(github, repoRef, end);
  log.info(`Range: ${previous ?? 'the first commit'} (${since ?? '-'}) … ${tag ?? end} (${until})`);
  const groups = groupsWith(inputs.labels);
  const closed = await listClosedChanges(github, repoRef, { ...(since ? { since } : {}), until });
  // What the notes list: issues only when asked for, and nothing carrying an excluded label.
  const changes: ClosedChange[] = closed.filter(
    (c) =>
      (inputs.includeIssues || c.kind === 'pull') && !c.labels.some((l) => groups.excludeLabels.includes(l)),
  );

  const existing = existsSync(inputs.changelog) ? await readFile(inputs.changelog, 'utf8') : '';
  const format: ChangelogFormat =
    inputs.format !== 'auto'
      ? inputs.format
      : existing.trim()
        ? detectFormat(existing)
        : 'github-changelog-generator';
  const version = tag ?? inputs.version;
  const web = `${context.serverUrl}/${context.repository}`;
  const rendered = renderSectionParts({
    version,
    date: until.slice(0, 10),
    tagUrl: `${web}/tree/${version}`,
    ...(previous ? { previousVersion: previous, compareUrl: `${web}/compare/${previous}...${version}` } : {}),
    items: changes,
    groups,
    format,
  });

  const plan = new Plan();
  const fileName = relative(context.workspace, inputs.changelog) || inputs.changelog;
  if (inputs.write) {
    let updated: string;
    try {
      updated = insertSection(existing, rendered, format);
    } catch (error) {
      if (error instanceof ChangelogSectionExists) throw new UserError(error.message, { cause: error });
      throw error;
    }
    plan.add({
      kind: 'write file',
      target: fileName,
      detail: `insert section ${rendered.heading}`,
      apply: () => writeFile(inputs.changelog, updated),
    });
  }
  await executePlan(plan, { dryRun: inputs.dryRun, log });

  summary.heading(`Changelog section ${version} (generated)`).facts({
    range: `${previous ?? 'first commit'} … ${tag ?? end}`,
    'merged pull requests': changes.filter((c) => c.kind === 'pull').length,
    'closed issues': changes.filter((c) => c.kind === 'issue').length,
    format,
    [inputs.write ? (inputs.dryRun ? 'would write' : 'wrote') : 'file']: inputs.write ? fileName : undefined,
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
    version,
    found: true,
    'previous-tag': previous ?? '',
    changes: changes.map(({ kind, number, title, url, labels }) => ({ kind, number, title, url, labels })),
  };
}
