/** Git objects (refs, tags, commits) and the REST commit with its changed files. */
import { hashId, nodeId, repoApiUrl, repoHtmlUrl } from '../objects.js';
import type { RenderContext } from '../objects.js';
import type { GitCommitInfo, GitDiffFile, GitRefInfo, GitTagInfo, RepoRecord } from '../types.js';
import { simpleUser } from './users.js';

type Obj = Record<string, unknown>;

/** The `git-ref` schema. */
export function renderGitRef(ctx: RenderContext, repo: RepoRecord, ref: GitRefInfo): Obj {
  const api = repoApiUrl(ctx, repo);
  const kind = ref.type === 'tag' ? 'tags' : ref.type === 'commit' ? 'commits' : `${ref.type}s`;
  return {
    ref: ref.ref,
    node_id: nodeId('REF', hashId(`${repo.fullName}:${ref.ref}`)),
    url: `${api}/git/${ref.ref}`,
    object: { type: ref.type, sha: ref.sha, url: `${api}/git/${kind}/${ref.sha}` },
  };
}

const verification = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null,
};

/** The `git-tag` schema. */
export function renderGitTag(ctx: RenderContext, repo: RepoRecord, tag: GitTagInfo): Obj {
  const api = repoApiUrl(ctx, repo);
  const kind = tag.object.type === 'tag' ? 'tags' : `${tag.object.type}s`;
  return {
    node_id: nodeId('TAG', hashId(tag.sha)),
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { sha: tag.object.sha, type: tag.object.type, url: `${api}/git/${kind}/${tag.object.sha}` },
    verification,
  };
}

/** The `git-commit` schema (git/get-commit) and the `commit` of `file-commit`. */
export function renderGitCommit(ctx: RenderContext, repo: RepoRecord, c: GitCommitInfo): Obj {
  const api = repoApiUrl(ctx, repo);
  const html = repoHtmlUrl(ctx, repo);
  return {
    sha: c.sha,
    node_id: nodeId('C', hashId(c.sha)),
    url: `${api}/git/commits/${c.sha}`,
    html_url: `${html}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${html}/commit/${p}`,
    })),
    verification,
  };
}

/**
 * A commit's `author`/`committer` is a GitHub user when its email belongs to one. The sandbox maps
 * `<login>@users.noreply.github.com` and a name that is a known login; anything else is null.
 */
function commitUser(ctx: RenderContext, ident: { name: string; email: string }): Obj | null {
  const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(ident.email)?.[1];
  const login = noreply ?? (ctx.state.users.has(ident.name) ? ident.name : undefined);
  return login ? simpleUser(ctx, login) : null;
}

/** The `diff-entry` schema: one changed file, linked at `ref`. */
export function renderDiffEntry(ctx: RenderContext, repo: RepoRecord, f: GitDiffFile, ref: string): Obj {
  const api = repoApiUrl(ctx, repo);
  const html = repoHtmlUrl(ctx, repo);
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${html}/blob/${ref}/${path}`,
    raw_url: `${html}/raw/${ref}/${path}`,
    contents_url: `${api}/contents/${path}?ref=${ref}`,
  };
}

/** The REST `commit` schema (repos/get-commit, list-commits, compare). */
export function renderCommit(
  ctx: RenderContext,
  repo: RepoRecord,
  c: GitCommitInfo,
  files?: GitDiffFile[],
): Obj {
  const api = repoApiUrl(ctx, repo);
  const html = repoHtmlUrl(ctx, repo);
  const out: Obj = {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('C', hashId(c.sha)),
    html_url: `${html}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification,
    },
    author: commitUser(ctx, c.author),
    committer: commitUser(ctx, c.committer),
    parents: c.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${html}/commit/${p}` })),
  };
  if (files) {
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    out.stats = { additions, deletions, total: additions + deletions };
    out.files = files.map((f) => renderDiffEntry(ctx, repo, f, c.sha));
  }
  return out;
}
