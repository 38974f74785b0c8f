/**
 * The explorer behind the create-release-interleavings-*.test.ts files (one world each, so jest can
 * run them side by side). Every interleaving of two runs on one rolling tag, at the grain of their
 * writes (create, publish, tag moves, deletes) and of when each run starts (and so plans):
 * create-release's run() in this process against the sandbox, each write held until the explorer
 * picks whose turn it is (the scheduler of the bundle race tests in
 * test/e2e/create-release-race.test.ts, which replay chosen orders through the bundle). Uploads are
 * not held: they only touch the run's own draft (the bundle tests cover a draft deleted mid-upload).
 * In every interleaving: a run that ends well names a published release built from its commit, with
 * the tag there, at that moment; at the end one published release holds the tag, at its commit,
 * with its run's file, and no draft is left; and with linear commits the newer one is released (it
 * never loses: an older run never deletes its draft or release).
 *
 * Executions run two at a time, each in a repository of its own over its own copy of the world's
 * git data (a mirror: the same commits), its writes held by a gate that holds only its repository's:
 * while one waits on the sandbox's git processes, the other runs. The set of executions explored,
 * and what each checks, is the same as one at a time: every choice sequence is a leaf of one tree.
 */
import { afterAll, expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JobSummary, type OutputValue } from '../../shared/src/action/index.js';
import { pathRoots } from '../../shared/src/action/paths.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { run } from '../../actions/create-release/src/run.js';
import type { Inputs } from '../../actions/create-release/src/inputs.js';
import { Scheduler, isCreate, isUpload, type Contender } from '../e2e/create-release-scheduler.js';
import { sandboxOctokit } from '../sandbox/jest.js';
import type { GitHubSandbox } from '../sandbox/server.js';
import { commitFiles, initBareRepo } from '../sandbox/seed.js';
import type { RepoRecord } from '../sandbox/types.js';

let sandbox: () => GitHubSandbox = () => {
  throw new Error('call useExplorer() first');
};
let scratch = '';

/** Call once at the top of a test file, after useSandbox(): the explorer runs against that sandbox. */
export function useExplorer(getSandbox: () => GitHubSandbox): void {
  sandbox = getSandbox;
  scratch = mkdtempSync(join(tmpdir(), 'cr-interleave-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
}

const TAG = 'v0.1-test';
type Outcome = { outputs: Record<string, OutputValue> } | { error: Error };
interface Side {
  name: string;
  sha: string;
  workspace: string;
  sha256: string;
}

let counter = 0;

function side(name: string, sha: string): Side {
  const workspace = mkdtempSync(join(scratch, `ws-${name}-`));
  writeFileSync(join(workspace, 'km.tgz'), `km built from ${sha}\n`);
  const sha256 = createHash('sha256')
    .update(readFileSync(join(workspace, 'km.tgz')))
    .digest('hex');
  return { name, sha, workspace, sha256 };
}

function launch(record: RepoRecord, s: Side): () => Promise<Outcome> {
  const [owner, repo] = record.fullName.split('/') as [string, string];
  const runnerTemp = mkdtempSync(join(scratch, 'tmp-'));
  const inputs: Inputs = {
    token: sandbox().token,
    tag: TAG,
    tagSource: 'input',
    rolling: true,
    target: s.sha,
    targetGiven: false,
    ranOnTag: false,
    tagIsRunRef: false,
    title: TAG,
    body: '',
    prerelease: true,
    makeLatest: 'true',
    files: ['km.tgz'],
    failOnUnmatched: true,
    // No SHA256SUMS: one upload less per run (the bundle race tests publish it).
    publish: true,
    dryRun: false,
    workspace: s.workspace,
    runnerTemp,
    roots: pathRoots(s.workspace, runnerTemp),
  };
  const context = {
    owner,
    repo,
    repository: record.fullName,
    sha: s.sha,
    ref: 'refs/heads/main',
    eventName: 'push',
    event: {},
    workspace: s.workspace,
    runnerTemp,
    apiUrl: sandbox().apiUrl,
    serverUrl: sandbox().serverUrl,
    runId: '1',
  };
  const deps = {
    log: new MemoryLogger(),
    summary: new JobSummary(),
    context,
    github: sandboxOctokit(sandbox(), { resilient: true }),
    retry: { backoffMs: 1 },
  };
  return () =>
    run(inputs, deps).then(
      (outputs) => ({ outputs }),
      (error: unknown) => ({ error: error as Error }),
    );
}

async function tagAt(record: RepoRecord): Promise<string | undefined> {
  return sandbox().git.resolveCommit(record.gitDir, `refs/tags/${TAG}`);
}

function digestOf(record: RepoRecord, releaseId: number, name: string): string | null | undefined {
  const release = record.releases.get(releaseId);
  const asset = release?.assetIds.map((id) => record.assets.get(id)).find((a) => a?.name === name);
  return asset?.digest;
}

export interface World {
  gitDir: string;
  older: string;
  newer: string;
  /** Made before the two runs start: a published release at this commit holds the tag. */
  before?: string;
  /** Neither commit is the other's ancestor: either may end up released (each replaces the other). */
  diverged: boolean;
  /** Start both runs (they plan) and let each make its draft before exploring the rest. */
  bothPlanFirst?: boolean;
}

/** One execution: the choices given, then the first contender still alive at each further choice. */
async function execute(
  world: World,
  choices: readonly number[],
): Promise<{ taken: number[]; trace: string[] }> {
  const sb = sandbox();
  const record = await sb.createRepo(`kontainapp/interleave-${++counter}`, { gitDir: world.gitDir });
  await sb.git.deleteRef(record.gitDir, `refs/tags/${TAG}`);
  if (world.before) {
    const [owner, repo] = record.fullName.split('/') as [string, string];
    await sandboxOctokit(sb).rest.repos.createRelease({
      owner,
      repo,
      tag_name: TAG,
      target_commitish: world.before,
    });
  }
  const sides = [side('older', world.older), side('newer', world.newer)];
  const check = async (c: Contender<Outcome>): Promise<void> => {
    const s = sides.find((x) => x.name === c.name)!;
    const outcome = c.finished!;
    if ('error' in outcome) {
      // A run that stops says so plainly (no unexpected crash).
      expect(outcome.error.name).toBe('UserError');
      return;
    }
    const release = record.releases.get(Number(outcome.outputs.id));
    expect(release).toMatchObject({ tag_name: TAG, draft: false, target_commitish: s.sha });
    expect(await tagAt(record)).toBe(s.sha);
    expect(digestOf(record, release!.id, 'km.tgz')).toBe(`sha256:${s.sha256}`);
  };
  // Creates are held only while a run may still plan after the other's create (see `bothPlanFirst`).
  // Only this execution's repository: another execution runs beside it, with a gate of its own.
  let holdCreates = true;
  const [, repoName] = record.fullName.split('/') as [string, string];
  const scheduler = new Scheduler<Outcome>(
    sb,
    check,
    (r) => r.params.repo === repoName && !isUpload(r) && (holdCreates || !isCreate(r)),
  );
  const contenders: Array<Contender<Outcome> | undefined> = [undefined, undefined];
  const taken: number[] = [];
  if (world.bothPlanFirst) {
    // Both plan before either writes, and make their drafts in turn: the order of what follows
    // (tag moves, deletes, publishes) is what is explored.
    contenders[0] = await scheduler.start(sides[0]!.name, launch(record, sides[0]!));
    contenders[1] = await scheduler.start(sides[1]!.name, launch(record, sides[1]!));
    holdCreates = false;
    await scheduler.step(contenders[0]);
    await scheduler.step(contenders[1]);
  }
  for (let turn = 0; turn < 60; turn++) {
    const alive = [0, 1].filter((i) => contenders[i] === undefined || contenders[i].parked);
    if (alive.length === 0) break;
    const pick = alive.length === 1 ? alive[0]! : (choices[taken.length] ?? alive[0]!);
    if (alive.length > 1) taken.push(pick);
    const current = contenders[pick];
    if (current) await scheduler.step(current);
    else contenders[pick] = await scheduler.start(sides[pick]!.name, launch(record, sides[pick]!));
  }
  // Every contender has finished (or the check below fails): nothing of this execution is held,
  // and its gate holds no other repository's requests.
  // The end: one published release, at the tag's commit, with its run's file; no drafts left.
  const releases = [...record.releases.values()].filter((r) => r.tag_name === TAG);
  const trace = scheduler.trace;
  const winner = world.diverged
    ? (sides.find((x) => x.sha === releases[0]?.target_commitish) ?? sides[1]!)
    : sides[1]!;
  expect({ trace, state: releases.map((r) => [r.draft, r.target_commitish]) }).toEqual({
    trace,
    state: [[false, winner.sha]],
  });
  expect(await tagAt(record)).toBe(winner.sha);
  expect(digestOf(record, releases[0]!.id, 'km.tgz')).toBe(`sha256:${winner.sha256}`);
  // The run whose commit is released ended well (the newer one always does when commits are linear).
  expect('outputs' in contenders[sides.indexOf(winner)]!.finished!).toBe(true);
  return { taken, trace };
}

/** Executions explored at once, each in its own repository. */
const LANES = 2;
const execFileAsync = promisify(execFile);

/** The world over a mirror of its git data: the same commits, refs of its own. */
async function copyOf(world: World): Promise<World> {
  const gitDir = join(scratch, `w-${++counter}.git`);
  await execFileAsync('git', ['clone', '--quiet', '--mirror', world.gitDir, gitDir]);
  return { ...world, gitDir };
}

/**
 * Every choice sequence, depth-first: each execution reports the choices it could have made, and
 * the first alternative past its prefix joins the frontier. LANES executions run at once, each on a
 * world of its own; a lane with nothing to take waits while another may still add to the frontier.
 */
export async function exploreAll(world: World): Promise<number> {
  const worlds = [world, ...(await Promise.all(Array.from({ length: LANES - 1 }, () => copyOf(world))))];
  const frontier: number[][] = [[]];
  let executions = 0;
  let running = 0;
  let failed = false;
  let changed: () => void = () => undefined;
  let change = new Promise<void>((done) => (changed = done));
  const lane = async (own: World): Promise<void> => {
    while (!failed) {
      const prefix = frontier.pop();
      if (!prefix) {
        if (running === 0) return;
        await change;
        continue;
      }
      running++;
      try {
        const { taken } = await execute(own, prefix);
        executions++;
        // Every choice past the prefix took the first alive contender: the other is still to explore.
        for (let i = taken.length - 1; i >= prefix.length; i--) {
          if (taken[i] === 0) frontier.push([...taken.slice(0, i), 1]);
        }
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        running--;
        const wake = changed;
        change = new Promise<void>((done) => (changed = done));
        wake();
      }
    }
  };
  await Promise.all(worlds.map(lane));
  return executions;
}

/**
 * Two commits for the two runs (`diverged`: neither an ancestor of the other), and with `before` a
 * published release of their parent holding the tag.
 */
export async function world(diverged: boolean, before: boolean): Promise<World> {
  const gitDir = await initBareRepo(join(scratch, `w-${++counter}.git`));
  const base = await commitFiles(gitDir, 'main', { 'README.md': '# km\n' }, 'first');
  const older = await commitFiles(gitDir, 'main', { VERSION: '0.1\n' }, 'second');
  let newer: string;
  if (diverged) {
    // "Newer" here only by order of runs: neither is an ancestor; the protocol still ends consistent.
    await sandbox().git.createRef(gitDir, 'refs/heads/side', base);
    newer = await commitFiles(gitDir, 'side', { VERSION: '0.1.1\n' }, 'side');
  } else newer = await commitFiles(gitDir, 'main', { VERSION: '0.2\n' }, 'third');
  return { gitDir, older, newer, diverged, ...(before ? { before: base, bothPlanFirst: true } : {}) };
}
