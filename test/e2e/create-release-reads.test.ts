/**
 * What create-release reads of its files: a release of new files reads each once (the upload hashes
 * the bytes as it sends them), while a file an asset of its name already awaits is hashed first, to
 * keep that asset when it is the same. The bytes a run read are counted by the kernel (`rchar` of
 * /proc/self/io, every read(2) of the process, written by a preloaded hook at exit); the bundle and
 * the API's answers add well under a megabyte to the files' 16 MiB.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, runAction, type RunResult } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import {
  baseOptions,
  digestsOf,
  makeRepo,
  releasesFor,
  removeScratch,
  sha256Of,
  workspaceWith,
  type TestRepo,
} from './create-release-helpers.js';

const sandbox = useSandbox();
const UPLOAD = 'repos/upload-release-asset';
const MIB = 1024 * 1024;
const FILES = { 'kontain-x86_64.tar.gz': 8 * MIB, 'kontain-aarch64.tar.gz': 8 * MIB };
const TOTAL = 16 * MIB;

const dir = mkdtempSync(join(tmpdir(), 'cr-reads-'));
const hook = join(dir, 'rchar.cjs');
writeFileSync(
  hook,
  `process.on('exit', () => {
  const io = require('node:fs').readFileSync('/proc/self/io', 'utf8');
  require('node:fs').writeFileSync(process.env.RCHAR_FILE, /rchar: (\\d+)/.exec(io)[1]);
});
`,
);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeScratch();
});

let runs = 0;
/** Run create-release on the tag v1.0.0 of `repo`: its result and the bytes it read. */
async function release(
  repo: TestRepo,
  workspace: string,
  inputs: Record<string, string> = {},
): Promise<{ result: RunResult; read: number }> {
  const out = join(dir, `rchar-${++runs}`);
  const result = await runAction({
    ...baseOptions(sandbox(), repo),
    sha: repo.commits[1],
    ref: 'refs/tags/v1.0.0',
    workspace,
    inputs: { files: Object.keys(FILES).join('\n'), ...inputs },
    env: { NODE_OPTIONS: `--require ${hook}`, RCHAR_FILE: out },
  });
  return { result, read: Number(readFileSync(out, 'utf8')) };
}

const expected = (workspace: string): Record<string, string> =>
  Object.fromEntries(Object.keys(FILES).map((name) => [name, `sha256:${sha256Of(join(workspace, name))}`]));

describe('create-release reads its files', () => {
  it('once for a release of new files: each is hashed as it is uploaded', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v1.0.0'] });
    const workspace = workspaceWith(FILES);
    const { result, read } = await release(repo, workspace);
    expect(exitOf(result)).toBe(0);
    const [published] = releasesFor(repo, 'v1.0.0');
    const sums = Object.keys(FILES)
      .sort()
      .map((name) => `${sha256Of(join(workspace, name))}  ${name}\n`)
      .join('');
    const digests = digestsOf(repo, published!);
    expect(digests).toMatchObject(expected(workspace));
    expect(Object.keys(digests).sort()).toEqual(['SHA256SUMS', ...Object.keys(FILES)].sort());
    // The checksums file lists what was sent, and the outputs say the same digests.
    const sumsAsset = [...repo.record.assets.values()].find((a) => a.name === 'SHA256SUMS')!;
    expect(readFileSync(sumsAsset.path, 'utf8')).toBe(sums);
    const assets = JSON.parse(result.outputs.assets ?? '[]') as Array<{ name: string; sha256: string }>;
    expect(assets).toHaveLength(3);
    for (const { name, sha256 } of assets.filter((a) => a.name !== 'SHA256SUMS'))
      expect(`sha256:${sha256}`).toBe(expected(workspace)[name]);
    expect(read).toBeGreaterThanOrEqual(TOTAL);
    expect(read).toBeLessThan(TOTAL * 1.25);
  }, 60_000);

  it('once on a rerun that keeps what a draft holds: hashed to compare, nothing uploaded', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v1.0.0'] });
    const workspace = workspaceWith(FILES);
    expect(exitOf((await release(repo, workspace, { publish: 'false' })).result)).toBe(0);
    sandbox().clearLog();
    const { result, read } = await release(repo, workspace);
    expect(exitOf(result)).toBe(0);
    expect(sandbox().count(UPLOAD)).toBe(0);
    expect(releasesFor(repo, 'v1.0.0').map((r) => r.draft)).toEqual([false]);
    expect(digestsOf(repo, releasesFor(repo, 'v1.0.0')[0]!)).toMatchObject(expected(workspace));
    expect(read).toBeGreaterThanOrEqual(TOTAL);
    expect(read).toBeLessThan(TOTAL * 1.25);
  }, 60_000);

  it('first to decide, then as it is sent, when an asset of its name holds other bytes', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v1.0.0'] });
    const before = workspaceWith(FILES);
    expect(exitOf((await release(repo, before, { publish: 'false' })).result)).toBe(0);
    // The rebuild made other bytes under the same names: each asset is replaced.
    const workspace = workspaceWith(
      Object.fromEntries(Object.keys(FILES).map((name) => [name, `rebuilt ${name}\n`])),
    );
    sandbox().clearLog();
    const { result } = await release(repo, workspace);
    expect(exitOf(result)).toBe(0);
    expect(sandbox().count(UPLOAD)).toBe(3);
    expect(digestsOf(repo, releasesFor(repo, 'v1.0.0')[0]!)).toMatchObject(expected(workspace));
  }, 60_000);
});
