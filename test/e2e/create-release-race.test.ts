/**
 * Two runs of the bundle on one rolling tag from two commits, their writes interleaved in a chosen
 * order by holding each in the sandbox (create-release-scheduler.ts): the sequence of issue 10 and the
 * other orders of create, publish, tag move and delete. Whatever the order: the end state is one
 * published release whose assets are from the commit the tag points at, and a run that exits 0 says
 * what exists at that moment (checked while the other run waits at a held write).
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { exitOf, runAction, type RunResult } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import { commitFiles } from '../sandbox/seed.js';
import {
  assetsOf,
  baseOptions,
  digestsOf,
  makeRepo,
  releasesFor,
  removeScratch,
  sha256Of,
  workspaceWith,
  type TestRepo,
} from './create-release-helpers.js';
import { isPublish, isTagMove, isUpload, Scheduler, type Contender } from './create-release-scheduler.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => {
  sandbox().clearLog();
  sandbox().clearFaults();
});

const TAG = 'v0.10-daily';

interface Run {
  sha: string;
  workspace: string;
  result?: RunResult;
}

/** A run of the bundle for `sha` on the rolling tag, from main, with km.tgz built from that commit. */
function launch(repo: TestRepo, run: Run): () => Promise<RunResult> {
  return () =>
    runAction({
      ...baseOptions(sandbox(), repo),
      sha: run.sha,
      ref: 'refs/heads/main',
      workspace: run.workspace,
      inputs: { tag: TAG, files: 'km.tgz' },
      timeoutMs: 55_000,
    });
}

function newRun(sha: string): Run {
  return { sha, workspace: workspaceWith({ 'km.tgz': `km built from ${sha}\n` }) };
}

/** A run that exits 0 names a published release of the tag, built from its commit, where the tag is. */
async function expectTruthful(repo: TestRepo, run: Run, result: RunResult): Promise<void> {
  if (exitOf(result) !== 0) return;
  const release = repo.record.releases.get(Number(result.outputs.id));
  expect(release).toMatchObject({ tag_name: TAG, draft: false, target_commitish: run.sha });
  expect(await sandbox().git.resolveCommit(repo.gitDir, `refs/tags/${TAG}`)).toBe(run.sha);
  const digests = digestsOf(repo, release!);
  expect(digests['km.tgz']).toBe(`sha256:${sha256Of(join(run.workspace, 'km.tgz'))}`);
  const named = (JSON.parse(result.outputs.assets ?? '[]') as Array<{ name: string }>).map((a) => a.name);
  expect(named.sort()).toEqual(Object.keys(digests).sort());
}

/** One published release, no drafts left, the tag at its commit, its assets that commit's files. */
async function expectConsistent(repo: TestRepo, runs: Run[]): Promise<Run> {
  const releases = releasesFor(repo, TAG);
  expect(releases.map((r) => r.draft)).toEqual([false]);
  const [release] = releases;
  const tagAt = await sandbox().git.resolveCommit(repo.gitDir, `refs/tags/${TAG}`);
  expect(release!.target_commitish).toBe(tagAt);
  const winner = runs.find((r) => r.sha === tagAt);
  expect(winner).toBeDefined();
  expect(digestsOf(repo, release!)['km.tgz']).toBe(`sha256:${sha256Of(join(winner!.workspace, 'km.tgz'))}`);
  expect(
    assetsOf(repo, release!)
      .map((a) => a.name)
      .sort(),
  ).toEqual(['SHA256SUMS', 'km.tgz']);
  return winner!;
}

/** A scheduler that checks each run the moment it ends (the other one is held, nothing moves). */
function scheduler(repo: TestRepo, runs: Map<string, Run>): Scheduler<RunResult> {
  return new Scheduler<RunResult>(sandbox(), async (c: Contender<RunResult>) => {
    const run = runs.get(c.name)!;
    run.result = c.finished;
    await expectTruthful(repo, run, c.finished!);
  });
}

async function threeCommits(): Promise<{ repo: TestRepo; c0: string; c1: string; c2: string }> {
  const repo = await makeRepo(sandbox());
  const [c0, c1] = repo.commits;
  const c2 = await commitFiles(repo.gitDir, 'main', { VERSION: '0.10\n' }, 'third');
  return { repo, c0, c1, c2 };
}

describe('create-release: two runs on one rolling tag, interleaved in a chosen order', () => {
  it("issue 10's sequence: A drafts, B drafts, A publishes, then B goes on: B (newer) replaces A's release", async () => {
    const { repo, c0, c1 } = await threeCommits();
    const runs = new Map([
      ['A', newRun(c0)],
      ['B', newRun(c1)],
    ]);
    const s = scheduler(repo, runs);
    // Both plan before either has a draft (each waits at its create).
    const A = await s.start('A', launch(repo, runs.get('A')!));
    const B = await s.start('B', launch(repo, runs.get('B')!));
    await s.step(A); // A creates its draft
    await s.step(B); // B creates its draft and looks again: A's draft is there
    await s.runUntil(A); // A uploads, publishes (making the tag at c0) and ends
    await s.runUntil(B);
    expect((await expectConsistent(repo, [...runs.values()])).sha).toBe(c1);
    expect(exitOf(runs.get('A')!.result!)).toBe(0);
    expect(exitOf(runs.get('B')!.result!)).toBe(0);
    expect(runs.get('B')!.result!.outputs.replaced).toBe('true');
  }, 120_000);

  it('the same order with A newer: B (older) finds a newer release, stops, and says what holds the tag', async () => {
    const { repo, c0, c1 } = await threeCommits();
    const runs = new Map([
      ['A', newRun(c1)],
      ['B', newRun(c0)],
    ]);
    const s = scheduler(repo, runs);
    const A = await s.start('A', launch(repo, runs.get('A')!));
    const B = await s.start('B', launch(repo, runs.get('B')!));
    await s.step(A);
    await s.step(B);
    await s.runUntil(A);
    await s.runUntil(B);
    expect((await expectConsistent(repo, [...runs.values()])).sha).toBe(c1);
    const [release] = releasesFor(repo, TAG);
    const lost = runs.get('B')!.result!;
    expect(lost.exitCode).toBe(1);
    expect(lost.log).toContain(
      `Another run published a release for ${TAG} built from a newer commit while this run (${c0}) was releasing it`,
    );
    const url = `${sandbox().serverUrl}/${repo.fullName}/releases/tag/${TAG}`;
    expect(lost.log).toContain(
      `Now: ${TAG} points at ${c1}; its published release is ${url} (id ${release!.id}, built from ${c1}).`,
    );
    expect(lost.log).toContain('This run deleted its draft');
  }, 120_000);

  it.each([['older'], ['newer']] as const)(
    'both wait at their publish, the %s commit first: the first takes the tag; the newer still ends holding it',
    async (first) => {
      const { repo, c0, c1 } = await threeCommits();
      const runs = new Map([
        ['A', newRun(first === 'older' ? c0 : c1)],
        ['B', newRun(first === 'older' ? c1 : c0)],
      ]);
      const s = scheduler(repo, runs);
      const A = await s.start('A', launch(repo, runs.get('A')!));
      const B = await s.start('B', launch(repo, runs.get('B')!));
      await s.runUntil(A, isPublish);
      await s.runUntil(B, isPublish);
      expect([A.parked?.request, B.parked?.request].every((r) => r && isPublish(r))).toBe(true);
      await s.runUntil(A); // publishes first: no release held the tag
      await s.runUntil(B); // its publish is refused; it reads again and decides
      expect((await expectConsistent(repo, [...runs.values()])).sha).toBe(c1);
    },
    120_000,
  );

  it('replacing a release, both past their plan: tag moves, deletes and publishes alternate', async () => {
    const { repo, c0, c1, c2 } = await threeCommits();
    expect(exitOf(await launch(repo, newRun(c0))())).toBe(0);
    const runs = new Map([
      ['A', newRun(c1)],
      ['B', newRun(c2)],
    ]);
    const s = scheduler(repo, runs);
    const A = await s.start('A', launch(repo, runs.get('A')!));
    const B = await s.start('B', launch(repo, runs.get('B')!));
    await s.runUntil(A, isTagMove);
    await s.runUntil(B, isTagMove);
    await s.play([A, B, A, B, A, B, A, B, A, B, A, B, A]);
    const [a, b] = [c1.slice(0, 7), c2.slice(0, 7)];
    expect(s.trace.slice(6).map((t) => t.replace(/(release|publish) \d+$/, '$1 #'))).toEqual([
      `A: move tag to ${a}`,
      `B: move tag to ${b}`,
      'A: delete release #', // the old release
      'B: delete release #', // already gone
      `A: move tag to ${a}`, // no release holds the tag: A points it at its commit again
      'B: publish #', // onto the tag at A's commit
      'A: publish #', // refused: B's release holds the tag, and it is newer
      `B: move tag to ${b}`, // B's release is published: its run puts the tag on its commit
      `A: move tag to ${b}`, // A lost, and had moved the tag: it points it at the published release
      'A: delete release #', // A's own draft
    ]);
    expect((await expectConsistent(repo, [...runs.values()])).sha).toBe(c2);
    expect(exitOf(runs.get('B')!.result!)).toBe(0);
    expect(runs.get('A')!.result!.exitCode).toBe(1);
  }, 120_000);

  it('a stale tag move lands after the newer release is published: the run that moved it puts it back', async () => {
    const { repo, c0, c1, c2 } = await threeCommits();
    expect(exitOf(await launch(repo, newRun(c0))())).toBe(0);
    const runs = new Map([
      ['A', newRun(c1)],
      ['B', newRun(c2)],
    ]);
    const s = scheduler(repo, runs);
    const A = await s.start('A', launch(repo, runs.get('A')!));
    const B = await s.start('B', launch(repo, runs.get('B')!));
    await s.runUntil(A, isTagMove); // A read the old release and will move the tag to c1
    await s.runUntil(B); // B replaces the old release and ends
    await s.runUntil(A); // A's move lands on B's release; A reads, finds it newer, and undoes it
    expect((await expectConsistent(repo, [...runs.values()])).sha).toBe(c2);
    expect(runs.get('A')!.result!.log).toContain(`This run had moved ${TAG} and pointed it back at ${c2}.`);
  }, 120_000);

  it('a draft listed as stale is published before the delete lands: the release it deletes is replaced, never left on another commit', async () => {
    const { repo, c0, c1 } = await threeCommits();
    const runs = new Map([
      ['A', newRun(c0)],
      ['B', newRun(c1)],
    ]);
    const s = scheduler(repo, runs);
    const A = await s.start('A', launch(repo, runs.get('A')!));
    await s.runUntil(A, isPublish); // A's draft is complete, its publish waits
    // B plans: A's draft (an older commit's) is stale; B reads it again (still a draft) and deletes…
    const B = await s.start('B', launch(repo, runs.get('B')!));
    expect(B.parked?.request.operationId).toBe('repos/delete-release');
    await s.runUntil(A); // …but A publishes first (tag at c0) and ends
    await s.runUntil(B); // B's delete removes A's release; B moves the tag to c1 and publishes
    expect((await expectConsistent(repo, [...runs.values()])).sha).toBe(c1);
    expect(exitOf(runs.get('B')!.result!)).toBe(0);
  }, 120_000);

  it('a newer run deletes an older draft mid-upload: the older run says its draft was deleted and what holds the tag', async () => {
    const { repo, c0, c1 } = await threeCommits();
    const runs = new Map([
      ['A', newRun(c0)],
      ['B', newRun(c1)],
    ]);
    const s = scheduler(repo, runs);
    const A = await s.start('A', launch(repo, runs.get('A')!));
    await s.runUntil(A, isUpload); // A's draft exists; its first upload waits
    const B = await s.start('B', launch(repo, runs.get('B')!));
    await s.runUntil(B); // B deletes A's (older) draft, releases c1 and ends
    await s.runUntil(A);
    expect((await expectConsistent(repo, [...runs.values()])).sha).toBe(c1);
    const lost = runs.get('A')!.result!;
    expect(lost.exitCode).toBe(1);
    expect(lost.log).toContain(`Another run deleted this run's draft for ${TAG}`);
    expect(lost.log).toContain(`Now: ${TAG} points at ${c1}`);
  }, 120_000);
});
