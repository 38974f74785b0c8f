/**
 * bump-dev-version: seed 003 §1 and §8 (set the release version in pkg_info.json, values.yaml and
 * Chart.yaml; after the release, the next development version), seed 002's "updating version
 * references" (dependencies.yaml first, then what `make verify-dependencies` finds) and seed 001's
 * post-release chores (CITATION.cff, version strings in docs).
 */
import type { JobSummary, OutputValue, RunnerContext } from '../../../shared/src/action/index.js';
import { UserError } from '../../../shared/src/action/errors.js';
import { pathRoots } from '../../../shared/src/action/paths.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { Logger } from '../../../shared/src/log.js';
import { writeFileAtomic } from '../../../shared/src/fs.js';
import { applyDelivery, prepareDelivery, type Delivered } from '../../../shared/src/git/deliver.js';
import { Plan } from '../../../shared/src/plan/plan.js';
import {
  formatVersion,
  nextDevVersion,
  parseAnyVersion,
  SchemeError,
  type Scheme,
  type Version,
} from '../../../shared/src/versions/schemes.js';
import { checkDetectedAgree, commitDate, isPrerelease } from './agree.js';
import { computeChanges, type FileChange } from './changes.js';
import { locateDependencies } from './dependencies.js';
import { docsLocations, previousRelease } from './docs.js';
import { checkoutBase, commitSource, PathRule, Reader, workingTree, type Base } from './files.js';
import type { Inputs } from './inputs.js';
import { emptyLocated, locateFiles, versionLocations, type Located } from './locate.js';
import { checkRefPathsAfter } from './refcheck.js';
import { detectTargets, excludes, hasPythonMetadata, type TargetSpec } from './targets.js';
import { locateChartValues } from './values.js';
import { findMismatches, verify } from './verify.js';
import { workspaceWrites, type WorkspaceWrite } from './workspace.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  context: RunnerContext;
  /** Needed when push is pull-request. */
  github?: GitHubClient;
}

/** Detected targets (less those left out) first, then the listed ones; a listed one replaces a detected one alike. */
async function gatherTargets(inputs: Inputs, workspace: string): Promise<TargetSpec[]> {
  const listed = inputs.targets;
  const same = (a: TargetSpec, b: TargetSpec): boolean =>
    JSON.stringify({ ...a, explicit: 0 }) === JSON.stringify({ ...b, explicit: 0 });
  const detected = (inputs.autoDetect ? await detectTargets(workspace) : []).filter(
    (d) => !inputs.excludes.some((e) => excludes(e, d.path, 'keys' in d ? d.keys : undefined)),
  );
  return [...detected.filter((d) => !listed.some((l) => same(l, d))), ...listed];
}

/** The version every located value agrees on; UserError listing them when they do not. */
function agreedVersion(located: Located): Version {
  const versions = versionLocations(located);
  const first = versions.find((l) => !l.citation) ?? versions[0];
  if (!first) {
    throw new UserError(
      located.templated.length
        ? `No version found: every version value is templated (${located.templated.map((t) => `${t.path}:${t.line}`).join(', ')}); list a file that holds one in targets`
        : 'No version found: no known version file in the workspace and no targets listed',
    );
  }
  const version = parseAnyVersion(first.occurrence.value);
  if (!version)
    throw new UserError(
      `${first.path}:${first.occurrence.line} ${first.key}: '${first.occurrence.value.slice(0, 200)}' is not a version`,
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
  const rule = new PathRule(pathRoots(workspace, context.runnerTemp, inputs.allowOutsideWorkspace), log);
  // A pushed change is built on the checkout's commit: read from it, so that whatever an earlier run
  // left in the working tree, a rerun computes the same commit and finishes the job.
  const base: Base | undefined = inputs.push === 'none' ? undefined : await checkoutBase(workspace);
  const reader = new Reader(rule, base ? commitSource(base) : workingTree);
  const targets = await gatherTargets(inputs, workspace);
  const python = hasPythonMetadata(targets);
  const project: Scheme = inputs.scheme === 'auto' ? (python ? 'pep440' : 'semver') : inputs.scheme;
  const projectWhy =
    inputs.scheme !== 'auto'
      ? `as the scheme input says`
      : python
        ? 'as the project has Python metadata'
        : 'as the project has no Python metadata';
  const chart: Scheme = inputs.chartVersion === 'semver' ? 'semver' : project;
  const options = {
    reader,
    project,
    projectWhy,
    chart,
    mode: inputs.mode,
    excludes: inputs.excludes,
    log,
    ...(inputs.dependency !== undefined ? { dependency: inputs.dependency } : {}),
    repo: context.repo,
    workspace,
  };
  const located = emptyLocated(reader);
  await locateFiles(targets, options, located);
  const current = agreedVersion(located);
  if (inputs.mode === 'next-dev' && !inputs.version && isPrerelease(current)) {
    throw new UserError(
      `The files hold ${current.text}, already a development or pre-release version: next-dev starts from a release. ` +
        'Set the version input to the release just made (a rerun with it changes nothing when the files already hold its next development version)',
    );
  }
  const show = (v: Version): string => asSchemeError(() => formatVersion(v, project));
  const release = inputs.version ?? current;
  const next =
    inputs.mode === 'next-dev' ? asSchemeError(() => nextDevVersion(release, inputs.increment)) : undefined;
  const target = next ?? release;
  const writing = inputs.mode === 'verify' ? {} : { version: target };
  await locateChartValues(
    targets,
    { current: current.text, next: target.text },
    { ...options, ...writing },
    located,
  );
  for (const zeitgeist of targets.filter((t) => t.kind === 'zeitgeist'))
    await locateDependencies(zeitgeist, { ...options, ...writing }, located);
  for (const note of located.notes) log.info(note);

  if (inputs.mode === 'verify') {
    return verify(inputs.version ?? current, located, deps, show, { chartSemver: chart === 'semver' });
  }

  if (inputs.mode === 'release' && inputs.version) checkDetectedAgree(located, inputs.version);
  if (!inputs.version) {
    // The version comes from the files: they must agree on it, or the bump would start from a guess.
    const disagree = findMismatches(located, current, { chartSemver: false });
    if (disagree.length > 0) {
      throw new UserError(
        `The targets disagree on the version (${disagree.map((m) => `${m.file}:${m.line} holds ${m.found}`).join(', ')}; ${versionLocations(located)[0]?.path} holds ${current.text}): set the version input`,
      );
    }
  }
  if (inputs.mode === 'release' && inputs.docs.length > 0) {
    const from = inputs.previousRelease ?? (await previousRelease(workspace, release));
    if (!from)
      throw new UserError('No release below the version among the tags: set previous-release for the docs');
    located.locations.push(
      ...(await docsLocations(inputs.docs, reader, from.text, { scheme: project, why: projectWhy })),
    );
  }
  const citing = inputs.mode === 'release' && located.locations.some((l) => l.field === 'date');
  const date = inputs.releaseDate ?? (citing ? await commitDate(workspace, inputs.releaseSha) : '');
  const changes = computeChanges(located.locations, located.texts, {
    version: target,
    ...(inputs.mode === 'release' ? { citation: { date, commit: inputs.releaseSha } } : {}),
  });
  checkRefPathsAfter(located, changes, inputs.mode);
  // With a push, the working tree gets the same files, unless it holds other uncommitted work there.
  const writes: WorkspaceWrite[] = base
    ? await workspaceWrites(changes, reader.rule, log)
    : changes.map((c) => ({ change: c, content: c.after }));

  const plan = new Plan();
  const message =
    inputs.commitMessage ?? (next ? `Start ${show(next)} development` : `Set version ${show(release)}`);
  let delivered: Delivered | undefined;
  if (base && changes.length > 0 && !inputs.dryRun) {
    const rows = changes.flatMap((c) => c.rows.map((r) => `- \`${r.path}\` ${r.key}: ${r.old} → ${r.new}`));
    // The push goes first: when the remote refuses it, the workspace is left as it was.
    const prepared = await prepareDelivery(
      {
        files: changes.map((c) => ({ path: base.prefix + c.path, content: c.after })),
        branch: inputs.branch ?? `release-actions/${inputs.mode}-${show(target)}`,
        message,
        body: `${message}, by bump-dev-version:\n\n${rows.join('\n')}\n`,
        pullRequest: inputs.push === 'pull-request',
        ...(inputs.base !== undefined ? { base: inputs.base } : {}),
        ...(inputs.token !== undefined ? { token: inputs.token } : {}),
      },
      { workspace, context, parent: base.commit, ...(deps.github ? { github: deps.github } : {}) },
    );
    for (const effect of prepared.effects) plan.add(effect);
    delivered = prepared.delivered;
  } else if (base && changes.length > 0) {
    log.info(`Dry run: would commit ${changes.length} file(s) and push them (${inputs.push}).`);
  }
  for (const write of writes) {
    plan.add({
      kind: 'write file',
      target: write.change.path,
      detail: write.change.rows.map((r) => `${r.key}: ${r.old} → ${r.new}`).join('; '),
      apply: () => writeFileAtomic(reader.files.get(write.change.path)!.absolute, write.content),
    });
  }
  await applyDelivery(plan, inputs.dryRun, log);
  if (delivered?.outcome) {
    log.info(`Branch ${delivered.branch}: ${delivered.outcome} (${delivered.commit.slice(0, 12)})`);
  }
  if (delivered?.pullRequest) {
    const pull = delivered.pullRequest;
    log.info(`Pull request #${pull.number}${pull.reused ? ' (already open)' : ''}: ${pull.url}`);
  }
  writeSummary(summary, inputs, changes, located, {
    release: show(release),
    previous: current.text,
    next: next && show(next),
    delivered,
  });
  const outputs = {
    version: show(release),
    'previous-version': current.text,
    'next-dev-version': next ? show(next) : '',
    'changed-files': changes.map((c) => c.path),
    mismatches: [],
    branch: delivered?.branch ?? '',
    'pull-request': delivered?.pullRequest?.url ?? '',
  };
  return { outputs };
}

function writeSummary(
  summary: JobSummary,
  inputs: Inputs,
  changes: FileChange[],
  located: Located,
  facts: {
    release: string;
    previous: string;
    next: string | undefined;
    delivered: Partial<Delivered> | undefined;
  },
): void {
  summary.heading(
    inputs.mode === 'release' ? `Version ${facts.release}` : `Next development version ${facts.next ?? ''}`,
  );
  summary.facts({
    'dry run': inputs.dryRun ? 'yes, nothing written' : undefined,
    'previous version': facts.previous,
    branch: facts.delivered ? `${facts.delivered.branch} (${facts.delivered.outcome})` : undefined,
    'pull request': facts.delivered?.pullRequest?.url,
  });
  for (const note of located.notes) summary.paragraph(`- ${note}`);
  const rows = changes.flatMap((c) => c.rows.map((r) => [r.path, r.line, r.key, r.old, r.new]));
  if (rows.length === 0) summary.paragraph('Every target already holds this version: nothing to change.');
  summary.table(['file', 'line', 'key', 'old value', 'new value'], rows);
  summary.table(
    ['file', 'line', 'key', 'value', ''],
    located.templated.map((t) => [t.path, t.line, t.key, t.value, 'templated: skipped']),
  );
}
