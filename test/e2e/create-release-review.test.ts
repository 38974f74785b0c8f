/**
 * create-release where review found it wrong (SHA256SUMS of matrix jobs, drafts and reruns of another
 * commit on a rolling tag (never moved back to an ancestor), leftovers in a reused draft, a release branch naming a bad tag, a body
 * counted after its line ends are normalised, a dry run writing to RUNNER_TEMP), and inputs that
 * cannot work, each refused before anything is written.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, runAction, type RunOptions } from '../harness/runner.js';
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
  writes,
  type TestRepo,
} from './create-release-helpers.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => {
  sandbox().clearLog();
  sandbox().clearFaults();
});

function job(repo: TestRepo, sha: string, ref: string, workspace: string, inputs: Record<string, string>) {
  const options: RunOptions = { ...baseOptions(sandbox(), repo), sha, ref, workspace, inputs };
  return runAction(options);
}

function sums(repo: TestRepo, tag: string): string {
  const [release] = releasesFor(repo, tag);
  const asset = assetsOf(repo, release!).find((a) => a.name === 'SHA256SUMS');
  return readFileSync(asset!.path, 'utf8');
}

describe('create-release after review', () => {
  it("matrix jobs with publish: false: the publishing job's SHA256SUMS lists every job's files", async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.1.0'] });
    const [sha, ref] = [repo.commits[1], 'refs/tags/v6.1.0'];
    const linux = workspaceWith({ 'linux.tgz': 1000 });
    const mac = workspaceWith({ 'mac.tgz': 2000 });
    expect(exitOf(await job(repo, sha, ref, linux, { files: '*.tgz', publish: 'false' }))).toBe(0);
    expect(exitOf(await job(repo, sha, ref, mac, { files: '*.tgz', publish: 'false' }))).toBe(0);
    expect(exitOf(await job(repo, sha, ref, workspaceWith({}), {}))).toBe(0);
    const releases = releasesFor(repo, 'v6.1.0');
    expect(releases.map((r) => r.draft)).toEqual([false]);
    expect(Object.keys(digestsOf(repo, releases[0]!)).sort()).toEqual(['SHA256SUMS', 'linux.tgz', 'mac.tgz']);
    expect(sums(repo, 'v6.1.0')).toBe(
      `${sha256Of(join(linux, 'linux.tgz'))}  linux.tgz\n${sha256Of(join(mac, 'mac.tgz'))}  mac.tgz\n`,
    );
  }, 90_000);

  it("a rolling tag's draft for another commit is deleted, never published with this commit's tag", async () => {
    const repo = await makeRepo(sandbox());
    sandbox().inject({ operationId: 'repos/update-release', kind: 'status', status: 422 });
    const first = workspaceWith({ 'km-0.tgz': 1000 });
    const failed = await job(repo, repo.commits[0], 'refs/heads/main', first, {
      files: '*.tgz',
      tag: 'v0.10-daily',
    });
    expect(failed.exitCode).not.toBe(0);
    expect(releasesFor(repo, 'v0.10-daily').map((r) => r.draft)).toEqual([true]);
    sandbox().clearFaults();
    const second = workspaceWith({ 'km-1.tgz': 1000 });
    const done = await job(repo, repo.commits[1], 'refs/heads/main', second, {
      files: '*.tgz',
      tag: 'v0.10-daily',
    });
    expect(exitOf(done)).toBe(0);
    const releases = releasesFor(repo, 'v0.10-daily');
    expect(releases.map((r) => [r.draft, r.target_commitish])).toEqual([[false, repo.commits[1]]]);
    expect(Object.keys(digestsOf(repo, releases[0]!)).sort()).toEqual(['SHA256SUMS', 'km-1.tgz']);
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.10-daily')).toBe(repo.commits[1]);
  }, 90_000);

  it("a fixed tag's draft for another commit is refused, naming it, and nothing is written", async () => {
    const repo = await makeRepo(sandbox());
    const inputs = { files: '*.tgz', tag: 'v2.0.0', publish: 'false' };
    const ws = workspaceWith({ 'a.tgz': 100 });
    expect(exitOf(await job(repo, repo.commits[0], 'refs/heads/main', ws, inputs))).toBe(0);
    const [draft] = releasesFor(repo, 'v2.0.0');
    sandbox().clearLog();
    const refused = await job(repo, repo.commits[1], 'refs/heads/main', ws, inputs);
    expect(refused.exitCode).toBe(1);
    expect(refused.log).toContain(
      `A draft release for v2.0.0 exists for another commit: ${sandbox().serverUrl}/${repo.fullName}/releases/tag/untagged-${draft!.id} (id ${draft!.id}) targets ${repo.commits[0]}, not ${repo.commits[1]}`,
    );
    expect(writes(sandbox())).toBe(0);
  }, 90_000);

  it('a rerun of an older run on a rolling tag that has moved on is refused, moving nothing', async () => {
    const repo = await makeRepo(sandbox());
    const newer = await job(repo, repo.commits[1], 'refs/heads/main', workspaceWith({ 'km.tgz': 2000 }), {
      files: 'km.tgz',
      tag: 'v0.1-test',
    });
    expect(exitOf(newer)).toBe(0);
    const before = digestsOf(repo, releasesFor(repo, 'v0.1-test')[0]!);
    sandbox().clearLog();
    const rerun = await job(repo, repo.commits[0], 'refs/tags/v0.1-test', workspaceWith({ 'km.tgz': 1000 }), {
      files: 'km.tgz',
    });
    expect(rerun.exitCode).toBe(1);
    expect(rerun.log).toContain(
      `This run was triggered by the rolling tag v0.1-test at ${repo.commits[0]}, but v0.1-test now points at ${repo.commits[1]}: the tag has moved on since`,
    );
    expect(writes(sandbox())).toBe(0);
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.1-test')).toBe(repo.commits[1]);
    expect(digestsOf(repo, releasesFor(repo, 'v0.1-test')[0]!)).toEqual(before);
  }, 90_000);

  it('a rerun of an older run from a branch never replaces the rolling release; a diverged commit does', async () => {
    const repo = await makeRepo(sandbox());
    const inputs = { files: 'km.tgz', 'fallback-tag': 'v0.1-test' };
    expect(
      exitOf(await job(repo, repo.commits[1], 'refs/heads/main', workspaceWith({ 'km.tgz': 2000 }), inputs)),
    ).toBe(0);
    const [newer] = releasesFor(repo, 'v0.1-test');
    const before = digestsOf(repo, newer!);
    // The older run again, and a run naming the tag and the older commit explicitly: both refused.
    for (const rerunInputs of [
      inputs,
      { files: 'km.tgz', tag: 'v0.1-test', 'target-commitish': repo.commits[0] },
    ]) {
      sandbox().clearLog();
      const rerun = await job(
        repo,
        repo.commits[0],
        'refs/heads/main',
        workspaceWith({ 'km.tgz': 1000 }),
        rerunInputs,
      );
      expect(rerun.exitCode).toBe(1);
      expect(rerun.log).toContain(
        `The rolling tag v0.1-test points at ${repo.commits[1]} (${sandbox().serverUrl}/${repo.fullName}/releases/tag/v0.1-test), and this run releases ${repo.commits[0]}, an older commit (an ancestor of ${repo.commits[1]})`,
      );
      expect(rerun.log).toContain('delete that release (the tag stays) and rerun');
      expect(writes(sandbox())).toBe(0);
      const compares = sandbox().requests.filter((r) => r.operationId === 'repos/compare-commits');
      expect(compares.map((r) => r.status)).toEqual([200]);
    }
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.1-test')).toBe(repo.commits[1]);
    expect(releasesFor(repo, 'v0.1-test').map((r) => [r.id, r.draft])).toEqual([[newer!.id, false]]);
    expect(digestsOf(repo, newer!)).toEqual(before);

    // A force-pushed branch: a commit that is not an ancestor of the tag's replaces the release.
    await sandbox().git.createRef(repo.gitDir, 'refs/heads/side', repo.commits[0]);
    const side = await commitFiles(repo.gitDir, 'side', { VERSION: '0.9.1\n' }, 'side');
    sandbox().clearLog();
    const ws = workspaceWith({ 'km.tgz': 3000 });
    const diverged = await job(repo, side, 'refs/heads/side', ws, inputs);
    expect(exitOf(diverged)).toBe(0);
    expect(diverged.outputs.replaced).toBe('true');
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.1-test')).toBe(side);
    const [replacement] = releasesFor(repo, 'v0.1-test');
    expect(replacement!.id).not.toBe(newer!.id);
    expect(digestsOf(repo, replacement!)['km.tgz']).toBe(`sha256:${sha256Of(join(ws, 'km.tgz'))}`);
  }, 90_000);

  it("a reused draft loses unfinished assets of any name and keeps its sibling jobs' uploads", async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.2.0'] });
    const [sha, ref] = [repo.commits[1], 'refs/tags/v6.2.0'];
    const linux = workspaceWith({ 'linux.tgz': 1000 });
    expect(exitOf(await job(repo, sha, ref, linux, { files: '*.tgz', publish: 'false' }))).toBe(0);
    const [draft] = releasesFor(repo, 'v6.2.0');
    const id = sandbox().state.nextId();
    const now = new Date().toISOString();
    repo.record.assets.set(id, {
      ...{ id, releaseId: draft!.id, name: 'stale-other.tgz', label: null, content_type: 'application/gzip' },
      ...{ size: 0, state: 'starter', digest: null, path: join(tmpdir(), `none-${id}`), uploader: 'x' },
      ...{ download_count: 0, created_at: now, updated_at: now },
    });
    draft!.assetIds.push(id);
    const mac = workspaceWith({ 'mac.tgz': 2000 });
    expect(exitOf(await job(repo, sha, ref, mac, { files: '*.tgz' }))).toBe(0);
    const releases = releasesFor(repo, 'v6.2.0');
    expect(releases.map((r) => r.draft)).toEqual([false]);
    expect(Object.keys(digestsOf(repo, releases[0]!)).sort()).toEqual(['SHA256SUMS', 'linux.tgz', 'mac.tgz']);
  }, 90_000);

  it('a releases/<tag>/<topic> branch naming a tag the policy refuses is an input error, not the fallback', async () => {
    const repo = await makeRepo(sandbox());
    const result = await job(repo, repo.commits[1], 'refs/heads/releases/v1.2/fix', workspaceWith({}), {
      'fallback-tag': 'v0.1-test',
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      "Input 'tag' is empty: expected a tag: the branch refs/heads/releases/v1.2/fix names v1.2, which neither follows SemVer",
    );
    expect(sandbox().requests).toHaveLength(0);
  }, 60_000);

  it('counts the body limit after CRLF line ends become LF', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.3.0'] });
    const body = 'ab\r\n'.repeat(32_000); // 128,000 characters, 96,000 once stored
    const result = await job(repo, repo.commits[1], 'refs/tags/v6.3.0', workspaceWith({}), { body });
    expect(exitOf(result)).toBe(0);
    expect(releasesFor(repo, 'v6.3.0')[0]!.body).toBe('ab\n'.repeat(32_000).trimEnd()); // inputs are trimmed
  }, 60_000);

  it('dry-run writes nothing to GitHub nor to RUNNER_TEMP', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.4.0'] });
    const temp = mkdtempSync(join(tmpdir(), 'cr-temp-'));
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v6.4.0',
      workspace: workspaceWith({ 'a.tgz': 100 }),
      inputs: { files: 'a.tgz', 'dry-run': 'true' },
      env: { RUNNER_TEMP: temp },
    });
    expect(exitOf(result)).toBe(0);
    expect(result.log).toContain('SHA256SUMS');
    expect(writes(sandbox())).toBe(0);
    expect(readdirSync(temp)).toEqual([]);
  }, 60_000);
});

describe('create-release refuses inputs that cannot work, before writing anything', () => {
  const refused = async (
    files: Record<string, string | number>,
    inputs: Record<string, string>,
    ref = 'refs/tags/v9.0.0',
    prepare?: (ws: string) => void,
  ) => {
    const repo = await makeRepo(sandbox(), { tags: ['v9.0.0'] });
    const workspace = workspaceWith(files);
    prepare?.(workspace);
    sandbox().clearLog();
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref,
      workspace,
      inputs,
    });
    expect(result.exitCode).toBe(1);
    expect(writes(sandbox())).toBe(0);
    expect(repo.record.releases.size).toBe(0);
    expect(result.log).not.toMatch(/\n\s+at .*:\d+:\d+/);
    return result.log;
  };

  it('a missing file', async () => {
    expect(await refused({ 'a.tgz': 10 }, { files: 'a.tgz\nmissing.tgz' })).toContain(
      `Input 'files' got "missing.tgz": expected a path or glob matching at least one file`,
    );
  });

  it('a tag that is not SemVer', async () => {
    expect(await refused({ 'a.tgz': 10 }, { files: 'a.tgz' }, 'refs/tags/release-9')).toContain(
      `Input 'tag' got "release-9": expected a tag following SemVer with a v prefix`,
    );
  });

  it('a branch that names no tag, without a fallback', async () => {
    expect(await refused({ 'a.tgz': 10 }, { files: 'a.tgz' }, 'refs/heads/feature/x')).toContain(
      "this run's ref is 'refs/heads/feature/x'",
    );
  });

  it('a file of 2 GiB', async () => {
    const log = await refused(
      { 'a.tgz': 10, 'huge.tar.gz': 0 },
      { files: '*.tgz\nhuge.tar.gz' },
      undefined,
      (ws) => truncateSync(join(ws, 'huge.tar.gz'), 2 * 1024 ** 3),
    );
    expect(log).toContain(
      "expected files under 2 GiB, GitHub's limit for one asset (this one is 2147483648 bytes)",
    );
  });

  it('an unreadable file', async () => {
    // The tests run as root, who reads any mode; /proc/self/mem refuses a read at offset 0 to anyone.
    // It lies outside the workspace: allowed on purpose, so that the read is what fails.
    const log = await refused(
      { 'a.tgz': 10 },
      { files: '*.tgz\nmem.bin', 'allow-outside-workspace': '/proc' },
      undefined,
      (ws) => symlinkSync('/proc/self/mem', join(ws, 'mem.bin')),
    );
    expect(log).toMatch(/Input 'files' got ".*mem\.bin": expected a readable file/);
  });

  it('a body over 125,000 characters', async () => {
    const log = await refused({ 'a.tgz': 10 }, { files: 'a.tgz', 'body-file': 'notes.md' }, undefined, (ws) =>
      writeFileSync(join(ws, 'notes.md'), 'x'.repeat(125_001)),
    );
    expect(log).toContain('expected a release description of at most 125000 characters');
  });
});
