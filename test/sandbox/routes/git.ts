/** Git database (refs, tags, commits) and the commit/branch/tag/compare endpoints of repos/. */
import { fetchRef, runGit } from '../git-cli.js';
import { branchTips, getCommits, listTags, logShas, objectType } from '../git-read.js';
import {
  bodyOf,
  HttpError,
  linkHeader,
  notFound,
  pageItems,
  pageParams,
  paginate,
  repoOf,
  str,
} from '../http.js';
import { withRepoLock } from '../lock.js';
import { findRepo, gitIdentity, hashId, nodeId, repoApiUrl, repoHtmlUrl } from '../objects.js';
import { renderCommit, renderDiffEntry, renderGitCommit, renderGitRef, renderGitTag } from '../render/git.js';
import type { GitCommitInfo, RepoRecord, RouteContext, RouteResult, Routes } from '../types.js';
import { tagLockedByImmutableRelease } from './release-tags.js';

/** The empty tree: what a root commit is diffed against. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** A 422 with GitHub's bare message form (`{ message, documentation_url, status }`). */
const unprocessable = (message: string): HttpError => new HttpError(422, message);

/**
 * choice: GitHub documents immutable releases as locking their tag, not the REST answer to moving or
 * deleting it; a 422 naming the reason.
 */
function refuseImmutableTag(repo: RepoRecord, ref: string): void {
  if (tagLockedByImmutableRelease(repo, ref)) {
    throw unprocessable(`Cannot update ${ref}: the tag belongs to an immutable release`);
  }
}

/** `{ref}` path params come without `refs/`; GitHub also accepts them with it. */
const fullRef = (ref: string): string => (ref.startsWith('refs/') ? ref : `refs/${ref}`);

async function validRefName(gitDir: string, ref: string): Promise<boolean> {
  // A ref name GitHub accepts: `refs/` and at least two slashes, and git's own rules.
  if (!/^refs\/[^/]+\/.+/.test(ref)) return false;
  const { code } = await runGit(gitDir, ['check-ref-format', ref], { okCodes: [1] });
  return code === 0;
}

async function commitsByShas(repo: RepoRecord, shas: string[]): Promise<Map<string, GitCommitInfo>> {
  const infos = await getCommits(repo.gitDir, shas);
  const map = new Map<string, GitCommitInfo>();
  for (const info of infos) if (info) map.set(info.sha, info);
  return map;
}

/** Files a commit changed (against its first parent, or the empty tree for a root commit). */
async function commitFiles(ctx: RouteContext, repo: RepoRecord, c: GitCommitInfo) {
  return ctx.git.diffFiles(repo.gitDir, c.parents[0] ?? EMPTY_TREE, c.sha);
}

/**
 * One side of `base...head`: `ref`, `owner:ref` or `owner:repo:ref` (a repository of the same
 * network). A side in another repository is fetched into this one first, as GitHub's shared
 * object store makes it visible.
 */
async function resolveSide(ctx: RouteContext, repo: RepoRecord, side: string): Promise<string | undefined> {
  const parts = side.split(':');
  if (parts.length === 1) return ctx.git.resolveCommit(repo.gitDir, side);
  const owner = parts[0]!;
  const name = parts.length === 3 ? parts[1]! : repo.name;
  const ref = parts[parts.length - 1]!;
  const other = findRepo(ctx.state, `${owner}/${name}`);
  if (!other) return undefined;
  if (other === repo) return ctx.git.resolveCommit(repo.gitDir, ref);
  const sha = await ctx.git.resolveCommit(other.gitDir, ref);
  if (!sha) return undefined;
  if (!(await objectType(repo.gitDir, sha))) await fetchRef(repo.gitDir, other.gitDir, sha);
  return sha;
}

export const gitRoutes: Routes = {
  async 'git/get-ref'(ctx) {
    const repo = repoOf(ctx);
    const ref = await ctx.git.getRef(repo.gitDir, fullRef(ctx.params.ref ?? ''));
    if (!ref) throw notFound();
    return { status: 200, body: renderGitRef(ctx, repo, ref) };
  },

  async 'git/list-matching-refs'(ctx) {
    const repo = repoOf(ctx);
    const refs = await ctx.git.listRefs(repo.gitDir, fullRef(ctx.params.ref ?? ''));
    return { status: 200, body: refs.map((r) => renderGitRef(ctx, repo, r)) };
  },

  'git/create-ref'(ctx) {
    const repo = repoOf(ctx);
    return withRepoLock(repo, async () => {
      const body = bodyOf(ctx.body);
      const ref = str(body, 'ref');
      const sha = str(body, 'sha');
      if (!(await validRefName(repo.gitDir, ref))) throw unprocessable(`${ref} is not a valid ref name.`);
      if (ref.startsWith('refs/tags/') && repo.immutableTags.has(ref.slice('refs/tags/'.length))) {
        // choice: the reservation GitHub applies to pushes ("creations being restricted"), as a 422.
        throw unprocessable(`Cannot create ${ref}: the tag name was used by an immutable release`);
      }
      if (!(await objectType(repo.gitDir, sha))) throw unprocessable('Object does not exist');
      if (!(await ctx.git.createRef(repo.gitDir, ref, sha))) throw unprocessable('Reference already exists');
      const created = await ctx.git.getRef(repo.gitDir, ref);
      if (!created) throw notFound();
      const rendered = renderGitRef(ctx, repo, created);
      return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
    });
  },

  'git/update-ref'(ctx) {
    const repo = repoOf(ctx);
    return withRepoLock(repo, async () => {
      const body = bodyOf(ctx.body);
      const ref = fullRef(ctx.params.ref ?? '');
      const sha = str(body, 'sha');
      if (!(await ctx.git.getRef(repo.gitDir, ref))) throw unprocessable('Reference does not exist');
      if (!(await objectType(repo.gitDir, sha))) throw unprocessable('Object does not exist');
      refuseImmutableTag(repo, ref);
      const result = await ctx.git.updateRef(repo.gitDir, ref, sha, body.force === true);
      if (result === 'missing') throw unprocessable('Reference does not exist');
      if (result === 'not-fast-forward') throw unprocessable('Update is not a fast forward');
      const updated = await ctx.git.getRef(repo.gitDir, ref);
      if (!updated) throw unprocessable('Reference does not exist');
      return { status: 200, body: renderGitRef(ctx, repo, updated) };
    });
  },

  'git/delete-ref'(ctx) {
    const repo = repoOf(ctx);
    return withRepoLock(repo, async () => {
      const ref = fullRef(ctx.params.ref ?? '');
      refuseImmutableTag(repo, ref);
      if (!(await ctx.git.deleteRef(repo.gitDir, ref))) throw unprocessable('Reference does not exist');
      return { status: 204 };
    });
  },

  async 'git/get-tag'(ctx) {
    const repo = repoOf(ctx);
    const tag = await ctx.git.getTag(repo.gitDir, ctx.params.tag_sha ?? '');
    if (!tag) throw notFound();
    return { status: 200, body: renderGitTag(ctx, repo, tag) };
  },

  async 'git/create-tag'(ctx) {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx.body);
    const object = str(body, 'object');
    const type = str(body, 'type', 'commit');
    const actual = await objectType(repo.gitDir, object);
    if (!actual || actual !== type) throw unprocessable('Object does not exist');
    const given = bodyOf(body.tagger);
    const login = ctx.viewer ?? ctx.state.viewer;
    const fallback = gitIdentity(login);
    const tag = await ctx.git.createTag(repo.gitDir, {
      tag: str(body, 'tag'),
      message: str(body, 'message'),
      object,
      type,
      tagger: {
        name: typeof given.name === 'string' ? given.name : fallback.name,
        email: typeof given.email === 'string' ? given.email : fallback.email,
        date: typeof given.date === 'string' ? given.date : ctx.state.now(),
      },
    });
    const rendered = renderGitTag(ctx, repo, tag);
    return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
  },

  async 'git/get-commit'(ctx) {
    const repo = repoOf(ctx);
    const commit = await ctx.git.getCommit(repo.gitDir, ctx.params.commit_sha ?? '');
    if (!commit) throw notFound();
    return { status: 200, body: renderGitCommit(ctx, repo, commit) };
  },

  async 'repos/list-tags'(ctx) {
    const repo = repoOf(ctx);
    // Choice: GitHub does not document the order; it lists newer version tags first, which a
    // descending natural sort of the names reproduces for version-like tags.
    const tags = (await listTags(repo.gitDir)).sort((a, b) =>
      b.name.localeCompare(a.name, 'en', { numeric: true }),
    );
    const api = repoApiUrl(ctx, repo);
    return paginate(ctx, tags, (t) => ({
      name: t.name,
      commit: { sha: t.commit, url: `${api}/commits/${t.commit}` },
      zipball_url: `${api}/zipball/refs/tags/${encodeURIComponent(t.name)}`,
      tarball_url: `${api}/tarball/refs/tags/${encodeURIComponent(t.name)}`,
      node_id: nodeId('TAG', hashId(`${repo.fullName}:${t.name}`)),
    }));
  },

  async 'repos/list-branches'(ctx) {
    const repo = repoOf(ctx);
    // No branch is protected in the sandbox: `protected=true` lists none.
    const tips = ctx.query.protected === 'true' ? [] : [...(await branchTips(repo.gitDir))];
    const api = repoApiUrl(ctx, repo);
    return paginate(ctx, tips, ([name, sha]) => ({
      name,
      commit: { sha, url: `${api}/commits/${sha}` },
      protected: false,
    }));
  },

  async 'repos/get-branch'(ctx) {
    const repo = repoOf(ctx);
    const name = ctx.params.branch ?? '';
    const sha = (await branchTips(repo.gitDir)).get(name);
    if (!sha) throw new HttpError(404, 'Branch not found');
    const commit = await ctx.git.getCommit(repo.gitDir, sha);
    if (!commit) throw new HttpError(404, 'Branch not found');
    const api = repoApiUrl(ctx, repo);
    const protectionUrl = `${api}/branches/${encodeURIComponent(name)}/protection`;
    return {
      status: 200,
      body: {
        name,
        commit: renderCommit(ctx, repo, commit),
        _links: {
          self: `${api}/branches/${encodeURIComponent(name)}`,
          html: `${repoHtmlUrl(ctx, repo)}/tree/${name}`,
        },
        protected: false,
        protection: {
          enabled: false,
          required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: protectionUrl,
      },
    };
  },

  async 'repos/get-commit'(ctx) {
    const repo = repoOf(ctx);
    const ref = ctx.params.ref ?? '';
    const sha = await ctx.git.resolveCommit(repo.gitDir, ref);
    if (!sha) throw unprocessable(`No commit found for SHA: ${ref}`);
    const commit = await ctx.git.getCommit(repo.gitDir, sha);
    if (!commit) throw unprocessable(`No commit found for SHA: ${ref}`);
    const files = await commitFiles(ctx, repo, commit);
    return { status: 200, body: renderCommit(ctx, repo, commit, files) };
  },

  async 'repos/list-commits'(ctx) {
    const repo = repoOf(ctx);
    const q = ctx.query;
    const start = q.sha || repo.defaultBranch;
    const tip = await ctx.git.resolveCommit(repo.gitDir, start);
    if (!tip) {
      if ((await branchTips(repo.gitDir)).size === 0) throw new HttpError(409, 'Git Repository is empty.');
      throw new HttpError(404, `No commit found for SHA: ${start}`);
    }
    const shas = await logShas(repo.gitDir, tip, {
      ...(q.path ? { path: q.path } : {}),
      ...(q.since ? { since: q.since } : {}),
      ...(q.until ? { until: q.until } : {}),
      ...(q.author ? { author: q.author } : {}),
    });
    const infos = await commitsByShas(repo, pageItems(q, shas));
    return paginate(ctx, shas, (sha) => renderCommit(ctx, repo, infos.get(sha)!));
  },

  'repos/compare-commits-with-basehead'(ctx) {
    return compare(ctx, ctx.params.basehead ?? '');
  },

  /** The older form of the same path, `/compare/{base}...{head}`, which routers may match first. */
  'repos/compare-commits'(ctx) {
    // The router splits `{base}...{head}` unreliably (`main...main` -> base `main...m`): read the
    // last path segment of the request itself.
    const path = new URL(ctx.req.url ?? '/', 'http://sandbox').pathname;
    const at = path.indexOf('/compare/');
    let basehead: string;
    try {
      basehead =
        at >= 0
          ? decodeURIComponent(path.slice(at + '/compare/'.length))
          : `${ctx.params.base ?? ''}...${ctx.params.head ?? ''}`;
    } catch {
      throw notFound(); // a malformed escape (URIError) names no commit
    }
    return compare(ctx, basehead);
  },
};

async function compare(ctx: RouteContext, basehead: string): Promise<RouteResult> {
  const repo = repoOf(ctx);
  const sep = basehead.indexOf('...');
  // GitHub also reads a two-dot `base..head` here as a three-dot comparison.
  const [baseName, headName] =
    sep >= 0 ? [basehead.slice(0, sep), basehead.slice(sep + 3)] : basehead.split('..', 2);
  if (!baseName || !headName) throw notFound();
  const [base, head] = await Promise.all([
    resolveSide(ctx, repo, baseName),
    resolveSide(ctx, repo, headName),
  ]);
  if (!base || !head) throw notFound();
  const mergeBase = await ctx.git.mergeBase(repo.gitDir, base, head);
  if (!mergeBase) throw new HttpError(404, `No common ancestor between ${baseName} and ${headName}.`);
  const [ahead, behind] = await Promise.all([
    ctx.git.commitsBetween(repo.gitDir, base, head),
    ctx.git.commitsBetween(repo.gitDir, head, base),
  ]);
  const status =
    ahead.length && behind.length
      ? 'diverged'
      : ahead.length
        ? 'ahead'
        : behind.length
          ? 'behind'
          : 'identical';
  // Without page/per_page GitHub returns at most 250 commits, the last being the newest; with
  // them it pages the commits and shows the files on the first page only.
  const paged = ctx.query.page !== undefined || ctx.query.per_page !== undefined;
  const { page, perPage } = pageParams(ctx.query);
  const shown = paged ? pageItems(ctx.query, ahead) : ahead.slice(-250);
  const infos = await commitsByShas(repo, [...new Set([base, mergeBase, ...shown])]);
  const files =
    !paged || page === 1 ? (await ctx.git.diffFiles(repo.gitDir, mergeBase, head)).slice(0, 300) : [];
  const api = repoApiUrl(ctx, repo);
  const html = repoHtmlUrl(ctx, repo);
  const headers: Record<string, string> = {};
  if (paged) {
    const link = linkHeader(ctx, page, Math.max(1, Math.ceil(ahead.length / perPage)));
    if (link) headers.link = link;
  }
  const result: RouteResult = {
    status: 200,
    headers,
    body: {
      url: `${api}/compare/${basehead}`,
      html_url: `${html}/compare/${basehead}`,
      permalink_url: `${html}/compare/${repo.owner}:${base}...${repo.owner}:${head}`,
      diff_url: `${html}/compare/${basehead}.diff`,
      patch_url: `${html}/compare/${basehead}.patch`,
      base_commit: renderCommit(ctx, repo, infos.get(base)!),
      merge_base_commit: renderCommit(ctx, repo, infos.get(mergeBase)!),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: shown.map((sha) => renderCommit(ctx, repo, infos.get(sha)!)),
      files: files.map((f) => renderDiffEntry(ctx, repo, f, head)),
    },
  };
  return result;
}
