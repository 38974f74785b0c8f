/** Shared setup of the create-release e2e tests: a sandbox repository backed by real git, a workspace of asset files. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RunOptions } from '../harness/runner.js';
import { commitFiles, initBareRepo } from '../sandbox/seed.js';
import type { GitHubSandbox } from '../sandbox/server.js';
import type { AssetRecord, ReleaseRecord, RepoRecord } from '../sandbox/types.js';

export interface TestRepo {
  fullName: string;
  record: RepoRecord;
  gitDir: string;
  /** Two commits on main, oldest first. */
  commits: [string, string];
}

let counter = 0;
const made: string[] = [];
const scratch = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** Remove the repositories and workspaces the tests made (call in afterAll). */
export function removeScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A sandbox repository with two commits on main; `tags` are created at the newest commit. */
export async function makeRepo(
  sandbox: GitHubSandbox,
  opts: { tags?: string[]; immutableReleases?: boolean } = {},
): Promise<TestRepo> {
  const name = `kontain-${++counter}-${process.pid}`;
  const gitDir = await initBareRepo(join(scratch('cr-git-'), `${name}.git`));
  const first = await commitFiles(gitDir, 'main', { 'README.md': '# km\n' }, 'first');
  const second = await commitFiles(gitDir, 'main', { VERSION: '0.9\n' }, 'second');
  for (const tag of opts.tags ?? []) await sandbox.git.createRef(gitDir, `refs/tags/${tag}`, second);
  const record = await sandbox.createRepo(`kontainapp/${name}`, {
    gitDir,
    ...(opts.immutableReleases ? { immutableReleases: true } : {}),
  });
  return { fullName: record.fullName, record, gitDir, commits: [first, second] };
}

/** A workspace holding the given files (text or a byte count of pseudo-random content). */
export function workspaceWith(files: Record<string, string | number>): string {
  const dir = scratch('cr-ws-');
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : pseudoRandom(content, name));
  }
  return dir;
}

function pseudoRandom(bytes: number, seed: string): Buffer {
  const out = Buffer.alloc(bytes);
  let block = createHash('sha256').update(seed).digest();
  for (let at = 0; at < bytes; at += block.length) {
    block.copy(out, at);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The sandbox's releases for a tag, drafts included. */
export function releasesFor(repo: TestRepo, tag: string): ReleaseRecord[] {
  return [...repo.record.releases.values()].filter((r) => r.tag_name === tag);
}

/** The assets of a release as the sandbox keeps them. */
export function assetsOf(repo: TestRepo, release: ReleaseRecord): AssetRecord[] {
  return release.assetIds.flatMap((id) => repo.record.assets.get(id) ?? []);
}

/** name → digest of a release's assets, failing on any asset not fully uploaded. */
export function digestsOf(repo: TestRepo, release: ReleaseRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of assetsOf(repo, release)) {
    if (a.name in out) throw new Error(`asset ${a.name} is there twice`);
    out[a.name] = a.state === 'uploaded' ? (a.digest ?? 'no digest') : `state ${a.state}`;
  }
  return out;
}

/** The runner options every test shares. */
export function baseOptions(
  sandbox: GitHubSandbox,
  repo: TestRepo,
): Pick<RunOptions, 'action' | 'github' | 'repository'> {
  return {
    action: 'create-release',
    github: { apiUrl: sandbox.apiUrl, serverUrl: sandbox.serverUrl, token: sandbox.token },
    repository: repo.fullName,
  };
}

/** Requests that change something (everything but GET and HEAD). */
export function writes(sandbox: GitHubSandbox): number {
  return sandbox.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').length;
}
