/**
 * The contract between the parts of the GitHub sandbox: the state it keeps, the git store that backs
 * refs/commits/contents with a real bare repository, and the shape of a route handler.
 *
 * Handlers are keyed by the operationId of GitHub's OpenAPI description (`repos/create-release`), so
 * the spec does the routing and every route has a schema to be validated against.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** A release as the sandbox stores it; routes render it to GitHub's `release` schema. */
export interface ReleaseRecord {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  /** 'true' | 'false' | 'legacy' as sent on create/update. */
  make_latest: string;
  created_at: string;
  /** Changes on every update of the release or of one of its assets. */
  updated_at: string;
  published_at: string | null;
  /** Committer date of the commit the tag points at, once published (orders `legacy` latest). */
  commitDate?: string;
  /** Login of the user who created it. */
  author: string;
  /** Asset ids in upload order. */
  assetIds: number[];
  /** Once published on a repository with immutable releases, assets and tag are frozen. */
  immutable: boolean;
}

/** A release asset; `state: 'starter'` is what a broken upload leaves behind. */
export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  content_type: string;
  size: number;
  state: 'uploaded' | 'open' | 'starter';
  /** `sha256:<hex>` once fully uploaded, else null. */
  digest: string | null;
  /** Where the bytes are on disk. */
  path: string;
  uploader: string;
  download_count: number;
  created_at: string;
  updated_at: string;
}

/** An issue or a pull request (they share one number space on GitHub). */
export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Present when this is a pull request. */
  pull?: {
    head: { ref: string; sha: string; repo: string /* full name */ };
    base: { ref: string; sha: string };
    merged_at: string | null;
    merge_commit_sha: string | null;
    draft: boolean;
    maintainer_can_modify: boolean;
  };
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  description: string | null;
  /** Bare git repository holding this repo's refs, commits and files. */
  gitDir: string;
  /** Full name of the parent when this repo is a fork. */
  forkOf: string | null;
  /** When true, published releases are immutable (GitHub's immutable releases setting). */
  immutableReleases: boolean;
  /** Tags once held by a published immutable release: never usable for a release again. */
  immutableTags: Set<string>;
  /** What the token may do here: `read` cannot write (403 / 404), `write` and `admin` can. */
  access: RepoAccess;
  /**
   * GitHub's listing of releases reaches only the first `limit` (1,000); a page past them is answered
   * with `status` (422 `Only the first 1000 results are available.`, or 500 as GitHub did in 2022).
   */
  releaseListCap: { limit: number; status: 422 | 500 };
  /** Epoch ms before which git data answers 409 `Git Repository is empty.` (a fork being created). */
  readyAt?: number;
  created_at: string;
  releases: Map<number, ReleaseRecord>;
  assets: Map<number, AssetRecord>;
  issues: Map<number, IssueRecord>;
  labels: Map<string, LabelRecord>;
  nextNumber: number;
}

export type RepoAccess = 'read' | 'write' | 'admin';

/** `installation`: a GitHub App installation token like GITHUB_TOKEN; `pat`: a personal access token. */
export type TokenKind = 'installation' | 'pat';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Organization' | 'Bot';
}

/** Everything the sandbox knows; one instance per sandbox. */
export interface SandboxState {
  /** Folder for asset bytes and bare repositories created by the sandbox. */
  dataDir: string;
  repos: Map<string, RepoRecord>;
  users: Map<string, UserRecord>;
  /** The user every accepted token authenticates as. */
  viewer: string;
  /** What kind of token the sandbox token is (changes 403 wording and `GET /user`). */
  tokenKind: TokenKind;
  /** Milliseconds a new fork answers 409 `Git Repository is empty.` on its git data (default 0). */
  forkReadyAfterMs: number;
  /** Next id from one global sequence (releases, assets, issues, labels, repos). */
  nextId(): number;
  /** ISO time without milliseconds, as GitHub prints it (`2025-01-02T03:04:05Z`). */
  now(): string;
  /** Get a user record, creating it on first sight. */
  user(login: string): UserRecord;
}

/** The commit facts routes render (git commit schema and REST commit schema need both). */
export interface GitCommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
}

export interface GitRefInfo {
  /** Full ref name: refs/heads/main, refs/tags/v1.0.0 */
  ref: string;
  /** The object the ref points at (an annotated tag object for annotated tags). */
  sha: string;
  type: 'commit' | 'tag' | 'tree' | 'blob';
}

export interface GitTagInfo {
  sha: string;
  tag: string;
  message: string;
  tagger: { name: string; email: string; date: string };
  object: { sha: string; type: 'commit' | 'tag' | 'tree' | 'blob' };
}

/** One file a commit range changed. */
export interface GitDiffFile {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  sha: string;
}

/**
 * Git data of one repository, read from and written to its bare repository with the git CLI.
 * Everything the sandbox says about refs, commits and files comes from real git.
 */
export interface GitStore {
  /** Resolve a branch name, tag name, full ref or sha to a commit sha; undefined when unknown. */
  resolveCommit(gitDir: string, rev: string): Promise<string | undefined>;
  listRefs(gitDir: string, prefix: string): Promise<GitRefInfo[]>;
  getRef(gitDir: string, ref: string): Promise<GitRefInfo | undefined>;
  /** Create a ref; false when it already exists. */
  createRef(gitDir: string, ref: string, sha: string): Promise<boolean>;
  /**
   * Move a ref; `force: false` allows fast-forward only. Returns 'ok' | 'missing' | 'not-fast-forward'.
   * The move is a compare-and-swap: a non-forced update that loses a race is 'not-fast-forward'; a
   * forced one re-reads and retries (last writer wins).
   */
  updateRef(
    gitDir: string,
    ref: string,
    sha: string,
    force: boolean,
  ): Promise<'ok' | 'missing' | 'not-fast-forward'>;
  /** Delete a ref (whatever it points at by then); false when it does not exist (or lost a race to a delete). */
  deleteRef(gitDir: string, ref: string): Promise<boolean>;
  getCommit(gitDir: string, sha: string): Promise<GitCommitInfo | undefined>;
  getTag(gitDir: string, sha: string): Promise<GitTagInfo | undefined>;
  createTag(
    gitDir: string,
    tag: {
      tag: string;
      message: string;
      object: string;
      type: string;
      tagger?: { name: string; email: string; date?: string };
    },
  ): Promise<GitTagInfo>;
  /** Commits reachable from head but not from base, oldest first (like GitHub's compare). */
  commitsBetween(gitDir: string, base: string, head: string): Promise<string[]>;
  mergeBase(gitDir: string, a: string, b: string): Promise<string | undefined>;
  /** Files changed by a commit range (name, status, additions, deletions). */
  diffFiles(gitDir: string, base: string, head: string): Promise<GitDiffFile[]>;
  readFile(gitDir: string, rev: string, path: string): Promise<{ sha: string; content: Buffer } | undefined>;
  /** List a directory at rev: entries with type 'file' | 'dir' | 'symlink' | 'submodule'. */
  readDir(
    gitDir: string,
    rev: string,
    path: string,
  ): Promise<{ name: string; path: string; sha: string; type: string; size: number }[] | undefined>;
  /**
   * Commit one file change (content null deletes) on a branch; returns the new commit sha. With
   * `expectedOld` (a sha, or '' for "the branch must not exist") the branch moves only from that
   * commit: a concurrent move makes it throw a GitError instead of building on a tip nobody checked.
   */
  commitFile(
    gitDir: string,
    branch: string,
    path: string,
    content: Buffer | null,
    message: string,
    author: { name: string; email: string; date?: string },
    expectedOld?: string,
  ): Promise<string>;
}

/** URLs the sandbox answers on; renderers build `url`, `html_url`, `upload_url` from these. */
export interface SandboxUrls {
  /** REST root, like https://api.github.com (GITHUB_API_URL). */
  api: string;
  /** Web root, like https://github.com (GITHUB_SERVER_URL). */
  server: string;
  /** Upload root, like https://uploads.github.com. */
  uploads: string;
}

export interface RouteContext {
  operationId: string;
  /** Path parameters, strings as in the URL (decoded). */
  params: Record<string, string>;
  /** Query parameters (last value wins for repeated keys, as GitHub does). */
  query: Record<string, string>;
  /** Parsed JSON body (undefined for bodiless requests and for uploads). */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The raw request: only upload handlers read from it (the body is not consumed for them). */
  req: IncomingMessage;
  state: SandboxState;
  git: GitStore;
  urls: SandboxUrls;
  /** The repository named by {owner}/{repo}, when the path has them (404 is sent before the handler otherwise). */
  repo?: RepoRecord;
  /** Login of the authenticated user, undefined for anonymous requests. */
  viewer?: string;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => Promise<RouteResult> | RouteResult;

/** Handlers by operationId. */
export type Routes = Record<string, Handler>;
