/**
 * One file of a repository read and committed through the API, never a clone: the contents API for
 * reading (the git blob API for files past its 1 MB inline limit), and the git data API for writing
 * (blob, tree on the parent's tree, commit), so a change to one file of a 10,000-file repository costs
 * the same few calls as in a small one. Branches are moved by a separate, explicit step.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';
import type { RepoName } from './fork.js';

export interface BranchHead {
  sha: string;
  /** The commit's tree. */
  tree: string;
}

export interface RepoFile {
  path: string;
  /** The git blob sha. */
  sha: string;
  content: Buffer;
}

export interface DirEntry {
  name: string;
  path: string;
  type: string;
  sha: string;
}

const status = (error: unknown): number | undefined => (error as { status?: number }).status;

/** The git blob sha of some content (what GitHub reports as a file's `sha`). */
export function gitBlobSha(content: Buffer | string): string {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A branch's head commit and tree; undefined when the branch does not exist. */
export async function branchHead(
  github: GitHubClient,
  { owner, repo }: RepoName,
  branch: string,
): Promise<BranchHead | undefined> {
  try {
    const { data } = await github.rest.repos.getBranch({ owner, repo, branch });
    return { sha: data.commit.sha, tree: data.commit.commit.tree.sha };
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
}

/** A file at a ref; undefined when there is none (404) or the path is a folder. */
export async function readFile(
  github: GitHubClient,
  { owner, repo }: RepoName,
  path: string,
  ref: string,
): Promise<RepoFile | undefined> {
  let data: Awaited<ReturnType<GitHubClient['rest']['repos']['getContent']>>['data'];
  try {
    ({ data } = await github.rest.repos.getContent({ owner, repo, path, ref }));
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
  if (Array.isArray(data) || data.type !== 'file') return undefined;
  const file = data as { sha: string; content?: string; encoding?: string };
  if (file.encoding === 'base64' && file.content !== undefined)
    return { path, sha: file.sha, content: Buffer.from(file.content, 'base64') };
  // Past 1 MB the contents API leaves the content out (`encoding: none`); the blob API has it.
  const { data: blob } = await github.rest.git.getBlob({ owner, repo, file_sha: file.sha });
  const content = Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8');
  return { path, sha: file.sha, content };
}

/** A folder's entries at a ref (up to the 1,000 the contents API lists); undefined when there is none. */
export async function listDir(
  github: GitHubClient,
  { owner, repo }: RepoName,
  path: string,
  ref: string,
): Promise<DirEntry[] | undefined> {
  try {
    const { data } = await github.rest.repos.getContent({ owner, repo, path, ref });
    if (!Array.isArray(data)) return undefined;
    return data.map((e) => ({ name: e.name, path: e.path, type: e.type, sha: e.sha }));
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
}

export interface OneFileCommit {
  /** The commit the new one goes on. */
  parent: BranchHead;
  path: string;
  content: Buffer | string;
  message: string;
  /** File mode; a regular file by default. */
  mode?: '100644' | '100755';
}

/**
 * Write a commit that changes one file on top of `parent` (blob, tree on the parent's tree, commit)
 * and return its sha. No branch moves: the commit is unreachable until a ref points at it.
 */
export async function commitOneFile(
  github: GitHubClient,
  { owner, repo }: RepoName,
  change: OneFileCommit,
): Promise<string> {
  const bytes = Buffer.isBuffer(change.content) ? change.content : Buffer.from(change.content);
  const blob = await github.rest.git.createBlob({
    owner,
    repo,
    content: bytes.toString('base64'),
    encoding: 'base64',
  });
  const tree = await github.rest.git.createTree({
    owner,
    repo,
    base_tree: change.parent.tree,
    tree: [{ path: change.path, mode: change.mode ?? '100644', type: 'blob', sha: blob.data.sha }],
  });
  const commit = await github.rest.git.createCommit({
    owner,
    repo,
    message: change.message,
    tree: tree.data.sha,
    parents: [change.parent.sha],
  });
  return commit.data.sha;
}

/**
 * Point `branch` at `sha`: create it, or move it. `force` replaces whatever the branch holds, so the
 * caller must have checked that nothing on it is someone else's.
 */
export async function pointBranch(
  github: GitHubClient,
  { owner, repo }: RepoName,
  branch: string,
  sha: string,
  how: 'create' | 'fast-forward' | 'force',
): Promise<void> {
  if (how === 'create') {
    await github.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
    return;
  }
  await github.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: how === 'force' });
}

export interface BranchComparison {
  /** Commits on the head branch that the base does not have, oldest first. */
  commits: { sha: string; message: string; author: string }[];
  aheadBy: number;
  behindBy: number;
  mergeBase: string;
  /** Files the head branch changed since the merge base, with their blob sha at the head. */
  files: { filename: string; sha: string | null; status: string }[];
}

/**
 * Compare a branch of a fork (`headOwner:branch`) with a commit of the upstream repository: what the
 * branch adds (commits and files) and how far behind it is. One call; GitHub lists at most 250
 * commits and 300 files.
 */
export async function compareWithFork(
  github: GitHubClient,
  { owner, repo }: RepoName,
  base: string,
  head: { owner: string; branch: string },
): Promise<BranchComparison> {
  const { data } = await github.rest.repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead: `${base}...${head.owner}:${head.branch}`,
  });
  return {
    commits: data.commits.map((c) => ({
      sha: c.sha,
      message: c.commit.message,
      author: c.author?.login ?? c.commit.author?.name ?? 'unknown',
    })),
    aheadBy: data.ahead_by,
    behindBy: data.behind_by,
    mergeBase: data.merge_base_commit.sha,
    files: (data.files ?? []).map((f) => ({ filename: f.filename, sha: f.sha ?? null, status: f.status })),
  };
}
