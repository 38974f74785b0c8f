/**
 * create-release refusing, before its first write, what issue 10's adversarial run got through: files
 * and a body from outside the workspace (an absolute path, `../`, a link, a linked folder), a named
 * pipe or a device among the files (which hung the job), a target-commitish GitHub does not know
 * (`Unexpected failure: GitHub answered 422`), and more assets than a release can hold. Dist bundle
 * under Node 24, against the sandbox.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exitOf, runAction } from '../harness/runner.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import {
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

/** A folder outside the workspace (and outside RUNNER_TEMP) holding `secret.txt`. */
function outsideFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cr-outside-'));
  writeFileSync(join(dir, 'secret.txt'), 'not for release\n');
  return dir;
}

/** Run on the pushed tag v9.0.0; expect exit 1, nothing written, one clear line. */
async function refused(
  inputs: Record<string, string>,
  prepare: (workspace: string) => void = () => undefined,
  files: Record<string, string | number> = { 'a.tgz': 10 },
): Promise<{ log: string; repo: TestRepo }> {
  const repo = await makeRepo(sandbox(), { tags: ['v9.0.0'] });
  const workspace = workspaceWith(files);
  prepare(workspace);
  sandbox().clearLog();
  const result = await runAction({
    ...baseOptions(sandbox(), repo),
    sha: repo.commits[1],
    ref: 'refs/tags/v9.0.0',
    workspace,
    inputs,
    timeoutMs: 20_000,
  });
  expect(result.signal).toBeNull(); // not killed: it did not hang
  expect(result.exitCode).toBe(1);
  expect(writes(sandbox())).toBe(0);
  expect(repo.record.releases.size).toBe(0);
  expect(result.log).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(result.log).not.toContain('not for release');
  return { log: result.log, repo };
}

const INSIDE = "expected a path inside the workspace or the runner's temp folder";

describe('create-release: paths lead into the workspace (or the runner temp, or a folder allowed)', () => {
  it('refuses an absolute path outside', async () => {
    const secret = join(outsideFolder(), 'secret.txt');
    const { log } = await refused({ files: `a.tgz\n${secret}` });
    expect(log).toContain(`Input 'files' got ${JSON.stringify(secret)}: ${INSIDE}`);
  });

  it('refuses ../', async () => {
    const { log } = await refused({ files: '../escape.txt' }, (ws) =>
      writeFileSync(join(dirname(ws), 'escape.txt'), 'not for release\n'),
    );
    expect(log).toContain(`Input 'files' got "../escape.txt": ${INSIDE}`);
  });

  it('refuses a link to a file outside, naming where it leads', async () => {
    const secret = join(outsideFolder(), 'secret.txt');
    const { log } = await refused({ files: '*.tgz\nnotes.txt' }, (ws) =>
      symlinkSync(secret, join(ws, 'notes.txt')),
    );
    expect(log).toContain(`Input 'files' got "notes.txt": ${INSIDE} (it leads to ${secret})`);
  });

  it('refuses a glob through a linked folder, matched or named', async () => {
    const outside = outsideFolder();
    const link = (ws: string): void => symlinkSync(outside, join(ws, 'dist'));
    const named = await refused({ files: 'dist/*.txt' }, link);
    expect(named.log).toContain(`Input 'files' got "dist": ${INSIDE} (it leads to ${outside})`);
    const matched = await refused({ files: '*/*.txt' }, link);
    expect(matched.log).toContain(
      `Input 'files' got "dist/secret.txt": ${INSIDE} (it leads to ${join(outside, 'secret.txt')})`,
    );
  });

  it('refuses a body-file outside, or linked out', async () => {
    const secret = join(outsideFolder(), 'secret.txt');
    const absolute = await refused({ files: 'a.tgz', 'body-file': secret });
    expect(absolute.log).toContain(`Input 'body-file' got ${JSON.stringify(secret)}: ${INSIDE}`);
    const linked = await refused({ files: 'a.tgz', 'body-file': 'NOTES.md' }, (ws) =>
      symlinkSync(secret, join(ws, 'NOTES.md')),
    );
    expect(linked.log).toContain(`Input 'body-file' got "NOTES.md": ${INSIDE} (it leads to ${secret})`);
  });

  it('refuses a relative folder in allow-outside-workspace', async () => {
    const { log } = await refused({ files: 'a.tgz', 'allow-outside-workspace': 'build/out' });
    expect(log).toContain(
      `Input 'allow-outside-workspace' got "build/out": expected absolute folder paths, one per line`,
    );
  });

  it('takes a folder allow-outside-workspace lists, and a body-file in the runner temp (changelog-section writes there)', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v9.1.0'] });
    const outside = outsideFolder();
    writeFileSync(join(outside, 'chart-9.1.0.tgz'), 'a helm chart\n');
    const runnerTemp = mkdtempSync(join(tmpdir(), 'cr-runner-temp-'));
    mkdirSync(join(runnerTemp, 'changelog-section'));
    writeFileSync(join(runnerTemp, 'changelog-section', 'body.md'), '## 9.1.0\n\n- a fix\n');
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v9.1.0',
      workspace: workspaceWith({ 'a.tgz': 10 }),
      env: { RUNNER_TEMP: runnerTemp },
      inputs: {
        files: `a.tgz\n${outside}/*.tgz`,
        'allow-outside-workspace': outside,
        'body-file': join(runnerTemp, 'changelog-section', 'body.md'),
      },
    });
    expect(exitOf(result)).toBe(0);
    const [release] = releasesFor(repo, 'v9.1.0');
    expect(release!.body).toBe('## 9.1.0\n\n- a fix\n');
    expect(digestsOf(repo, release!)['chart-9.1.0.tgz']).toBe(
      `sha256:${sha256Of(join(outside, 'chart-9.1.0.tgz'))}`,
    );
  });
});

describe('create-release: only regular files are read (a FIFO hung the job)', () => {
  it('refuses a named pipe among the files without opening it', async () => {
    const { log } = await refused({ files: '*.tgz' }, (ws) => execFileSync('mkfifo', [join(ws, 'pipe.tgz')]));
    expect(log).toMatch(
      /Input 'files' got ".*pipe\.tgz": expected regular files \(this is a named pipe \(FIFO\)\)/,
    );
  });

  it('refuses a device, even from a folder allowed on purpose', async () => {
    const { log } = await refused({ files: 'a.tgz\n/dev/zero', 'allow-outside-workspace': '/dev' });
    expect(log).toContain(
      `Input 'files' got "/dev/zero": expected regular files (this is a character device)`,
    );
  });

  it('refuses a named pipe as body-file', async () => {
    const { log } = await refused({ files: 'a.tgz', 'body-file': 'notes.fifo' }, (ws) =>
      execFileSync('mkfifo', [join(ws, 'notes.fifo')]),
    );
    expect(log).toContain(
      `Input 'body-file' got "notes.fifo": expected a regular file (this is a named pipe (FIFO))`,
    );
  });
});

describe('create-release: a target-commitish GitHub does not know is an input error before any write', () => {
  it.each([['no-such-branch'], ['0123456789abcdef0123456789abcdef01234567']])('%s', async (target) => {
    const repo = await makeRepo(sandbox());
    sandbox().clearLog();
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/heads/main',
      workspace: workspaceWith({ 'a.tgz': 10 }),
      inputs: { files: 'a.tgz', tag: 'v9.2.0', 'target-commitish': target },
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `Input 'target-commitish' got "${target}": expected a commit, branch or tag of ${repo.fullName} (GitHub has no commit ${target} there)`,
    );
    expect(result.log).not.toContain('Unexpected failure');
    expect(writes(sandbox())).toBe(0);
  });
});

describe('create-release: at most 1,000 assets in a release, counted before the first write', () => {
  it('refuses a glob of 1,200 files at once', async () => {
    const files: Record<string, number> = {};
    for (let i = 0; i < 1200; i++) files[`part-${String(i).padStart(4, '0')}.bin`] = 1;
    const { log } = await refused({ files: '*.bin' }, undefined, files);
    expect(log).toContain(
      `Input 'files' got "<1200 files>": expected at most 999 files: GitHub holds at most 1000 assets in a release, SHA256SUMS included`,
    );
  });

  /** A draft for the commit holding `kept` uploaded assets (a matrix sibling's), as GitHub would list them. */
  async function draftHolding(repo: TestRepo, kept: number): Promise<number> {
    const [owner, name] = repo.fullName.split('/') as [string, string];
    const { data } = await sandboxOctokit(sandbox()).rest.repos.createRelease({
      owner,
      repo: name,
      tag_name: 'v9.3.0',
      target_commitish: repo.commits[1],
      draft: true,
    });
    const now = new Date().toISOString();
    for (let i = 0; i < kept; i++) {
      const id = sandbox().state.nextId();
      const path = join(tmpdir(), `cr-kept-${id}`);
      writeFileSync(path, String(i));
      const digest = `sha256:${sha256Of(path)}`;
      repo.record.assets.set(id, {
        ...{ id, releaseId: data.id, name: `linux-${i}.bin`, label: null, content_type: 'text/plain' },
        ...{ size: String(i).length, state: 'uploaded', digest, path, uploader: 'octocat' },
        ...{ download_count: 0, created_at: now, updated_at: now },
      });
      repo.record.releases.get(data.id)!.assetIds.push(id);
    }
    return data.id;
  }

  it("refuses when a reused draft's assets and this run's would pass 1,000, naming the draft", async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v9.3.0'] });
    const draft = await draftHolding(repo, 998);
    sandbox().clearLog();
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v9.3.0',
      workspace: workspaceWith({ 'mac-a.bin': 1, 'mac-b.bin': 2 }),
      inputs: { files: '*.bin' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `The release would hold 1001 assets: 3 from this run (2 files and SHA256SUMS) and 998 already in draft`,
    );
    expect(result.log).toContain(`(id ${draft})`);
    expect(writes(sandbox())).toBe(0);
  });

  it('fills a reused draft to exactly 1,000 and publishes it', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v9.3.0'] });
    await draftHolding(repo, 997);
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v9.3.0',
      workspace: workspaceWith({ 'mac-a.bin': 1, 'mac-b.bin': 2 }),
      inputs: { files: '*.bin' },
    });
    expect(exitOf(result)).toBe(0);
    const [release] = releasesFor(repo, 'v9.3.0');
    expect(release!.draft).toBe(false);
    expect(release!.assetIds).toHaveLength(1000);
  });
});
