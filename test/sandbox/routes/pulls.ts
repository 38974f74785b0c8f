/** Pull requests: create, list, get, update. Heads may be in forks (`owner:branch`). */
import { randomBytes } from 'node:crypto';
import { fetchRef, runGit } from '../git-cli.js';
import { branchTips } from '../git-read.js';
import { bodyOf, HttpError, notFound, paginate, repoOf, str, validationFailed } from '../http.js';
import { withRepoLock } from '../lock.js';
import { findRepo, repoApiUrl } from '../objects.js';
import { renderPull, renderPullSimple } from '../render/issues.js';
import type { PullLive, PullStats } from '../render/issues.js';
import type { IssueRecord, RepoRecord, RouteContext, RouteResult, Routes } from '../types.js';

/** A 422 whose error has no field, as GitHub sends `custom` errors. */
const custom = (message: string): HttpError =>
  new HttpError(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message }]);

/**
 * The repository a `head` names: `branch` is in the base repository, `owner:branch` in that owner's
 * repository of the same network (a fork, usually named like the base; `head_repo` names it when not).
 */
function headRepoOf(
  ctx: RouteContext,
  repo: RepoRecord,
  owner: string,
  headRepoName?: string,
): RepoRecord | undefined {
  if (owner.toLowerCase() === repo.owner.toLowerCase() && !headRepoName) return repo;
  const byName = findRepo(ctx.state, `${owner}/${headRepoName ?? repo.name}`);
  if (byName) return byName;
  return [...ctx.state.repos.values()].find(
    (r) => r.owner.toLowerCase() === owner.toLowerCase() && r.forkOf === repo.fullName,
  );
}

function parseHead(head: string): { owner?: string; ref: string } {
  const colon = head.indexOf(':');
  return colon > 0 ? { owner: head.slice(0, colon), ref: head.slice(colon + 1) } : { ref: head };
}

const getPull = (repo: RepoRecord, n: string | undefined): IssueRecord => {
  const issue = repo.issues.get(Number(n));
  if (!issue?.pull) throw notFound();
  return issue;
};

/** Where the head commit of pull `n` lives in the base repository, as on GitHub. */
const pullRef = (n: number): string => `refs/pull/${n}/head`;

/**
 * Bring `refs/pull/N/head` in the base repository up to date with the head branch (open pulls
 * follow their branch; closed ones keep what they had), recording the live shas.
 */
async function syncPull(ctx: RouteContext, repo: RepoRecord, issue: IssueRecord): Promise<void> {
  const pull = issue.pull!;
  if (issue.state !== 'open') return;
  const headRepo = findRepo(ctx.state, pull.head.repo);
  const [headSha, baseSha] = await Promise.all([
    headRepo ? ctx.git.resolveCommit(headRepo.gitDir, `refs/heads/${pull.head.ref}`) : undefined,
    ctx.git.resolveCommit(repo.gitDir, `refs/heads/${pull.base.ref}`),
  ]);
  if (headSha && headSha !== pull.head.sha && headRepo) {
    if (headRepo === repo) await runGit(repo.gitDir, ['update-ref', pullRef(issue.number), headSha]);
    else await fetchRef(repo.gitDir, headRepo.gitDir, `refs/heads/${pull.head.ref}`, pullRef(issue.number));
    pull.head.sha = headSha;
  }
  if (baseSha) pull.base.sha = baseSha;
}

async function statsOf(ctx: RouteContext, repo: RepoRecord, issue: IssueRecord): Promise<PullStats> {
  const pull = issue.pull!;
  // Counted from the recorded base (the base tip while the pull was open): a merged pull's base
  // branch contains its head by now. Seeded pulls without git objects have no merge base: zeros.
  const mergeBase = await ctx.git.mergeBase(repo.gitDir, pull.base.sha, pull.head.sha);
  if (!mergeBase) return { commits: 0, additions: 0, deletions: 0, changed_files: 0 };
  const [commits, files] = await Promise.all([
    ctx.git.commitsBetween(repo.gitDir, pull.base.sha, pull.head.sha),
    ctx.git.diffFiles(repo.gitDir, mergeBase, pull.head.sha),
  ]);
  return {
    commits: commits.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

async function fullPull(
  ctx: RouteContext,
  repo: RepoRecord,
  issue: IssueRecord,
  status: number,
): Promise<RouteResult> {
  await syncPull(ctx, repo, issue);
  const body = renderPull(ctx, repo, issue, await statsOf(ctx, repo, issue));
  return { status, body };
}

const openPullFor = (repo: RepoRecord, headRepo: string, headRef: string, base: string, except?: number) =>
  [...repo.issues.values()].find(
    (i) =>
      i.pull &&
      i.state === 'open' &&
      i.number !== except &&
      i.pull.head.repo === headRepo &&
      i.pull.head.ref === headRef &&
      i.pull.base.ref === base,
  );

async function createPull(ctx: RouteContext, repo: RepoRecord): Promise<RouteResult> {
  const body = bodyOf(ctx.body);
  if (body.issue !== undefined)
    throw custom('Converting an issue to a pull request is not supported by the sandbox');
  if (typeof body.title !== 'string' || !body.title)
    throw validationFailed('PullRequest', 'missing_field', 'title');
  const base = str(body, 'base');
  const { owner, ref: headRef } = parseHead(str(body, 'head'));
  const headRepo = headRepoOf(
    ctx,
    repo,
    owner ?? repo.owner,
    typeof body.head_repo === 'string' ? body.head_repo : undefined,
  );
  // A fork still being created has no branches yet.
  const headReady = headRepo && (headRepo.readyAt === undefined || Date.now() >= headRepo.readyAt);
  const [baseSha, headSha] = await Promise.all([
    ctx.git.resolveCommit(repo.gitDir, `refs/heads/${base}`),
    headRepo && headReady ? ctx.git.resolveCommit(headRepo.gitDir, `refs/heads/${headRef}`) : undefined,
  ]);
  if (!baseSha) throw validationFailed('PullRequest', 'invalid', 'base');
  if (!headRepo || !headSha) throw validationFailed('PullRequest', 'invalid', 'head');
  if (openPullFor(repo, headRepo.fullName, headRef, base)) {
    throw custom(`A pull request already exists for ${headRepo.owner}:${headRef}.`);
  }
  // The head's objects come into the base repository under a scratch ref first: the number is
  // taken only once the pull is sure to open, so numbers are never handed out twice or given back.
  const scratch = `refs/sandbox/pull-${randomBytes(6).toString('hex')}`;
  if (headRepo === repo) await runGit(repo.gitDir, ['update-ref', scratch, headSha]);
  else await fetchRef(repo.gitDir, headRepo.gitDir, `refs/heads/${headRef}`, scratch);
  let ahead: string[];
  try {
    ahead = await ctx.git.commitsBetween(repo.gitDir, baseSha, headSha);
  } finally {
    await runGit(repo.gitDir, ['update-ref', '-d', scratch], { okCodes: [1, 128] });
  }
  if (ahead.length === 0) {
    throw custom(`No commits between ${base} and ${owner ? `${owner}:` : ''}${headRef}`);
  }
  const number = repo.nextNumber++;
  await runGit(repo.gitDir, ['update-ref', pullRef(number), headSha]);
  const now = ctx.state.now();
  const issue: IssueRecord = {
    number,
    id: ctx.state.nextId(),
    title: body.title,
    body: typeof body.body === 'string' ? body.body : null,
    state: 'open',
    labels: [],
    user: ctx.viewer ?? ctx.state.viewer,
    created_at: now,
    updated_at: now,
    closed_at: null,
    pull: {
      head: { ref: headRef, sha: headSha, repo: headRepo.fullName },
      base: { ref: base, sha: baseSha },
      merged_at: null,
      merge_commit_sha: null,
      draft: body.draft === true,
      maintainer_can_modify: body.maintainer_can_modify !== false && headRepo !== repo,
    },
  };
  repo.issues.set(number, issue);
  const result = await fullPull(ctx, repo, issue, 201);
  return { ...result, headers: { location: `${repoApiUrl(ctx, repo)}/pulls/${number}` } };
}

export const pullRoutes: Routes = {
  'pulls/create'(ctx) {
    // One at a time per base repository: two requests for one head and base cannot both open a pull.
    const repo = repoOf(ctx);
    return withRepoLock(repo, () => createPull(ctx, repo));
  },

  async 'pulls/list'(ctx) {
    const repo = repoOf(ctx);
    const q = ctx.query;
    const state = q.state ?? 'open';
    let pulls = [...repo.issues.values()].filter((i) => i.pull && (state === 'all' || i.state === state));
    if (q.head) {
      // GitHub filters by `user:ref-name` (an org or user name and a branch name).
      const { owner, ref } = parseHead(q.head);
      pulls = pulls.filter((i) => {
        const headOwner = i.pull!.head.repo.split('/')[0]!;
        return i.pull!.head.ref === ref && (!owner || headOwner.toLowerCase() === owner.toLowerCase());
      });
    }
    if (q.base) pulls = pulls.filter((i) => i.pull!.base.ref === q.base);
    const sort = q.sort ?? 'created';
    // Default direction: desc for `created` (or no sort), asc otherwise (GitHub's documented default).
    const direction = q.direction ?? (sort === 'created' ? 'desc' : 'asc');
    const key = (i: IssueRecord): string =>
      sort === 'updated' ? i.updated_at : sort === 'long-running' ? i.created_at : i.created_at;
    pulls.sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
    if (direction === 'desc') pulls.reverse();
    // Open pulls show their branches' current tips; one ref listing per repository involved.
    const tips = new Map<string, Map<string, string>>();
    const tipsOf = async (name: string): Promise<Map<string, string>> => {
      let t = tips.get(name);
      if (!t) {
        const r = findRepo(ctx.state, name);
        t = r ? await branchTips(r.gitDir) : new Map<string, string>();
        tips.set(name, t);
      }
      return t;
    };
    const live = new Map<number, PullLive>();
    for (const p of pulls) {
      if (p.state !== 'open') continue;
      const headSha = (await tipsOf(p.pull!.head.repo)).get(p.pull!.head.ref);
      const baseSha = (await tipsOf(repo.fullName)).get(p.pull!.base.ref);
      live.set(p.number, { ...(headSha ? { headSha } : {}), ...(baseSha ? { baseSha } : {}) });
    }
    return paginate(ctx, pulls, (p) => renderPullSimple(ctx, repo, p, live.get(p.number)));
  },

  async 'pulls/get'(ctx) {
    const repo = repoOf(ctx);
    return fullPull(ctx, repo, getPull(repo, ctx.params.pull_number), 200);
  },

  async 'pulls/update'(ctx) {
    const repo = repoOf(ctx);
    const issue = getPull(repo, ctx.params.pull_number);
    const pull = issue.pull!;
    const body = bodyOf(ctx.body);
    if (typeof body.base === 'string' && body.base !== pull.base.ref) {
      const baseSha = await ctx.git.resolveCommit(repo.gitDir, `refs/heads/${body.base}`);
      if (!baseSha) throw validationFailed('PullRequest', 'invalid', 'base');
      if (
        issue.state === 'open' &&
        openPullFor(repo, pull.head.repo, pull.head.ref, body.base, issue.number)
      ) {
        throw custom(`A pull request already exists for ${pull.head.repo.split('/')[0]}:${pull.head.ref}.`);
      }
      pull.base = { ref: body.base, sha: baseSha };
    }
    if (body.state === 'open' && issue.state === 'closed') {
      if (pull.merged_at) throw custom('state cannot be changed. The pull request cannot be reopened.');
      if (openPullFor(repo, pull.head.repo, pull.head.ref, pull.base.ref, issue.number)) {
        throw custom(`A pull request already exists for ${pull.head.repo.split('/')[0]}:${pull.head.ref}.`);
      }
      issue.state = 'open';
      issue.closed_at = null;
    } else if (body.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closed_at = ctx.state.now();
    }
    if (typeof body.title === 'string') issue.title = body.title;
    if (typeof body.body === 'string' || body.body === null) issue.body = body.body;
    if (typeof body.maintainer_can_modify === 'boolean')
      pull.maintainer_can_modify = body.maintainer_can_modify;
    issue.updated_at = ctx.state.now();
    return fullPull(ctx, repo, issue, 200);
  },
};
