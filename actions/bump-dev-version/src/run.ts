/**
 * bump-dev-version: seed 003 §1 and §8 (set the release version in pkg_info.json, values.yaml and
 * Chart.yaml; after the release, the next development version), seed 002's "updating version
 * references" (dependencies.yaml first, then what `make verify-dependencies` finds) and seed 001's
 * post-release chores (CITATION.cff, version strings in docs).
 */
import type { JobSummary, OutputValue, RunnerContext } from '../../../shared/src/action/index.js';
import { UserError } from '../../../shared/src/action/errors.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { Logger } from '../../../shared/src/log.js';
import { writeFileAtomic } from '../../../shared/src/fs.js';
import { executePlan, Plan } from '../../../shared/src/plan/plan.js';
import { join } from 'node:path';
import {
  formatVersion,
  nextDevVersion,
  parseAnyVersion,
  SchemeError,
  type Scheme,
  type Version,
} from '../../../shared/src/versions/schemes.js';
import { computeChanges, type FileChange } from './changes.js';
import { docsLocations, previousRelease } from './docs.js';
import type { Inputs } from './inputs.js';
import { locate, type Located } from './locate.js';
import { preparePublish, type Published } from './publish.js';
import { detectTargets, hasPythonMetadata, type TargetSpec } from './targets.js';
import { checkRefPathsAfter } from './refcheck.js';
import { checkDetectedAgree, commitDate, isPrerelease } from './agree.js';
import { findMismatches, verify } from './verify.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  context: RunnerContext;
  /** Needed when push is pull-request. */
  github?: GitHubClient;
}

/** Detected targets first, then the listed ones; a listed target replaces a detected one alike. */
async function gatherTargets(inputs: Inputs, workspace: string): Promise<TargetSpec[]> {
  const listed = inputs.targets;
  const same = (a: TargetSpec, b: TargetSpec): boolean =>
    JSON.stringify({ ...a, explicit: 0 }) === JSON.stringify({ ...b, explicit: 0 });
  const detected = inputs.autoDetect ? await detectTargets(workspace) : [];
  return [...detected.filter((d) => !listed.some((l) => same(l, d))), ...listed];
}

/** The version every located value agrees on; UserError listing them when they do not. */
function agreedVersion(located: Located): Version {
  const first =
    located.locations.find((l) => !l.field && !l.citation) ?? located.locations.find((l) => l.citation);
  if (!first)
    throw new UserError('No version found: no known version file in the workspace and no targets listed');
  const version = parseAnyVersion(first.occurrence.value);
  if (!version)
    throw new UserError(
      `${first.path}:${first.occurrence.line} ${first.key}: '${first.occurrence.value}' is not a version`,
    );
  return version;
}

function asSchemeError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SchemeError) throw new UserError(error.message);
    throw error;
  }
}

export interface RunResult {
  outputs: Record<string, OutputValue>;
  /** verify found mismatches: fail the step once the outputs (the mismatches) are set. */
  failure?: UserError;
}

export async function run(inputs: Inputs, deps: Deps): Promise<RunResult> {
  const { log, summary, context } = deps;
  const workspace = context.workspace;
  const targets = await gatherTargets(inputs, workspace);
  const project: Scheme =
    inputs.scheme === 'auto' ? (hasPythonMetadata(targets) ? 'pep440' : 'semver') : inputs.scheme;
  const chart: Scheme = inputs.chartVersion === 'semver' ? 'semver' : project;
  const located = await locate(targets, {
    workspace,
    project,
    chart,
    mode: inputs.mode,
    ...(inputs.dependency !== undefined ? { dependency: inputs.dependency } : {}),
    repo: context.repo,
    log,
  });
  const current = agreedVersion(located);
  const show = (v: Version): string => asSchemeError(() => formatVersion(v, project));

  if (inputs.mode === 'verify') return verify(inputs.version ?? current, located, deps, show);

  if (inputs.mode === 'next-dev' && !inputs.version && isPrerelease(current)) {
    throw new UserError(
      `The files hold ${current.text}, already a development or pre-release version: next-dev starts from a release. ` +
        'Set the version input to the release just made (a rerun with it changes nothing when the files already hold its next development version)',
    );
  }
  if (inputs.mode === 'release' && inputs.version) checkDetectedAgree(located, inputs.version);
  if (!inputs.version) {
    // The version comes from the files: they must agree on it, or the bump would start from a guess.
    const disagree = findMismatches(located, current);
    if (disagree.length > 0) {
      throw new UserError(
        `The targets disagree on the version (${disagree.map((m) => `${m.file}:${m.line} holds ${m.found}`).join(', ')}; ${located.locations[0]?.path} holds ${current.text}): set the version input`,
      );
    }
  }
  const release = inputs.version ?? current;
  const next =
    inputs.mode === 'next-dev' ? asSchemeError(() => nextDevVersion(release, inputs.increment)) : undefined;
  const target = next ?? release;
  if (inputs.mode === 'release' && inputs.docs.length > 0) {
    const from = inputs.previousRelease ?? (await previousRelease(workspace, release));
    if (!from)
      throw new UserError('No release below the version among the tags: set previous-release for the docs');
    located.locations.push(
      ...(await docsLocations(inputs.docs, workspace, show(from), located.texts, project)),
    );
  }
  const citing = inputs.mode === 'release' && located.locations.some((l) => l.field === 'date');
  const date = inputs.releaseDate ?? (citing ? await commitDate(workspace, inputs.releaseSha) : '');
  const changes = computeChanges(located.locations, located.texts, {
    version: target,
    ...(inputs.mode === 'release' ? { citation: { date, commit: inputs.releaseSha } } : {}),
  });
  checkRefPathsAfter(located, changes, inputs.mode);

  const plan = new Plan();
  for (const change of changes) {
    plan.add({
      kind: 'write file',
      target: change.path,
      detail: change.rows.map((r) => `${r.key}: ${r.old} → ${r.new}`).join('; '),
      apply: () => writeFileAtomic(join(workspace, change.path), change.after),
    });
  }
  const message =
    inputs.commitMessage ?? (next ? `Start ${show(next)} development` : `Set version ${show(release)}`);
  let published: Published | undefined;
  if (inputs.push !== 'none' && changes.length > 0 && !inputs.dryRun) {
    const rows = changes.flatMap((c) => c.rows.map((r) => `- \`${r.path}\` ${r.key}: ${r.old} → ${r.new}`));
    const prepared = await preparePublish(
      {
        files: changes.map((c) => ({ path: c.path, content: c.after })),
        branch: inputs.branch ?? `release-actions/${inputs.mode}-${show(target)}`,
        message,
        body: `${message}, by bump-dev-version:\n\n${rows.join('\n')}\n`,
        pullRequest: inputs.push === 'pull-request',
        ...(inputs.base !== undefined ? { base: inputs.base } : {}),
        ...(inputs.token !== undefined ? { token: inputs.token } : {}),
      },
      { workspace, context, ...(deps.github ? { github: deps.github } : {}) },
    );
    for (const effect of prepared.effects) plan.add(effect);
    published = prepared.published;
  } else if (inputs.push !== 'none' && changes.length > 0) {
    log.info(`Dry run: would commit ${changes.length} file(s) and push them (${inputs.push}).`);
  }
  await executePlan(plan, { dryRun: inputs.dryRun, log });
  if (published?.outcome) {
    log.info(`Branch ${published.branch}: ${published.outcome} (${published.commit.slice(0, 12)})`);
  }
  if (published?.pullRequest) {
    const pull = published.pullRequest;
    log.info(`Pull request #${pull.number}${pull.reused ? ' (already open)' : ''}: ${pull.url}`);
  }
  writeSummary(summary, inputs, changes, {
    release: show(release),
    previous: current.text,
    next: next && show(next),
    published,
  });
  const outputs = {
    version: show(release),
    'previous-version': current.text,
    'next-dev-version': next ? show(next) : '',
    'changed-files': changes.map((c) => c.path),
    mismatches: [],
    branch: published?.branch ?? '',
    'pull-request': published?.pullRequest?.url ?? '',
  };
  return { outputs };
}

function writeSummary(
  summary: JobSummary,
  inputs: Inputs,
  changes: FileChange[],
  facts: {
    release: string;
    previous: string;
    next: string | undefined;
    published: Partial<Published> | undefined;
  },
): void {
  summary.heading(
    inputs.mode === 'release' ? `Version ${facts.release}` : `Next development version ${facts.next ?? ''}`,
  );
  summary.facts({
    'dry run': inputs.dryRun ? 'yes, nothing written' : undefined,
    'previous version': facts.previous,
    branch: facts.published ? `${facts.published.branch} (${facts.published.outcome})` : undefined,
    'pull request': facts.published?.pullRequest?.url,
  });
  const rows = changes.flatMap((c) => c.rows.map((r) => [r.path, r.line, r.key, r.old, r.new]));
  if (rows.length === 0) summary.paragraph('Every target already holds this version: nothing to change.');
  summary.table(['file', 'line', 'key', 'old value', 'new value'], rows);
}
