/**
 * Repositories in the sandbox: the one record factory `createRepo` and forks share, and `createRepo`
 * itself, which backs a repository with a given or a new bare git repository.
 */
import { join } from 'node:path';
import { initBareRepo, runGit } from './git-cli.js';
import { findRepo } from './objects.js';
import type { RepoAccess, RepoRecord, SandboxState } from './types.js';

export interface CreateRepoOptions {
  /** Use this bare repository (tests push real commits to it); else `git init --bare` one under dataDir. */
  gitDir?: string;
  /** Default: the bare repository's HEAD branch when gitDir is given, else 'main'. */
  defaultBranch?: string;
  private?: boolean;
  immutableReleases?: boolean;
  description?: string;
  /** Full name of the parent repository when this one is a fork. */
  forkOf?: string;
  /**
   * What the sandbox token may do here (default 'admin'). Without push (`read`), writes answer 403
   * `Resource not accessible by integration` (installation token) or 404 (personal access token, or
   * a private repository), and drafts are invisible.
   */
  access?: RepoAccess;
  /**
   * The cap on the release listing (default: the first 1,000 releases, then 422 as GitHub answers
   * now; `status: 500` as GitHub answered in 2022). A smaller `limit` lets a test reach it cheaply.
   */
  releaseListCap?: { limit?: number; status?: 422 | 500 };
}

/** A new RepoRecord with empty collections, registered in the state (createRepo and forks use it). */
export function newRepoRecord(
  state: SandboxState,
  opts: {
    owner: string;
    name: string;
    gitDir: string;
    defaultBranch?: string;
    forkOf?: string | null;
    private?: boolean;
    description?: string | null;
    access?: RepoRecord['access'];
    readyAt?: number;
    immutableReleases?: boolean;
    releaseListCap?: CreateRepoOptions['releaseListCap'];
  },
): RepoRecord {
  state.user(opts.owner);
  const repo: RepoRecord = {
    id: state.nextId(),
    owner: opts.owner,
    name: opts.name,
    fullName: `${opts.owner}/${opts.name}`,
    defaultBranch: opts.defaultBranch ?? 'main',
    private: opts.private ?? false,
    description: opts.description ?? null,
    gitDir: opts.gitDir,
    forkOf: opts.forkOf ?? null,
    immutableReleases: opts.immutableReleases ?? false,
    immutableTags: new Set(),
    access: opts.access ?? 'admin',
    releaseListCap: {
      limit: opts.releaseListCap?.limit ?? 1000,
      status: opts.releaseListCap?.status ?? 422,
    },
    ...(opts.readyAt !== undefined ? { readyAt: opts.readyAt } : {}),
    created_at: state.now(),
    releases: new Map(),
    assets: new Map(),
    issues: new Map(),
    labels: new Map(),
    nextNumber: 1,
  };
  state.repos.set(repo.fullName, repo);
  return repo;
}

/** Register a repository; `gitDir` backs it, else a new bare repository under the data folder. */
export async function createRepo(
  state: SandboxState,
  fullName: string,
  o: CreateRepoOptions = {},
): Promise<RepoRecord> {
  const [owner, name, ...rest] = fullName.split('/');
  if (!owner || !name || rest.length > 0) throw new Error(`createRepo: expected owner/name, got ${fullName}`);
  if (findRepo(state, fullName)) throw new Error(`createRepo: ${fullName} exists`);
  let gitDir = o.gitDir;
  let defaultBranch = o.defaultBranch;
  if (gitDir === undefined) {
    gitDir = await initBareRepo(join(state.dataDir, 'git', owner, `${name}.git`), defaultBranch ?? 'main');
  } else if (defaultBranch === undefined) {
    const head = await runGit(gitDir, ['symbolic-ref', '--short', 'HEAD']).catch(() => undefined);
    defaultBranch = head?.stdout.toString('utf8').trim() || undefined;
  }
  return newRepoRecord(state, {
    owner,
    name,
    gitDir,
    defaultBranch: defaultBranch ?? 'main',
    private: o.private ?? false,
    description: o.description ?? null,
    forkOf: o.forkOf ?? null,
    immutableReleases: o.immutableReleases ?? false,
    access: o.access ?? 'admin',
    ...(o.releaseListCap ? { releaseListCap: o.releaseListCap } : {}),
  });
}
