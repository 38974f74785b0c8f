/** Labels, issues and pull requests (they share one number space on GitHub). */
import { hashId, nodeId, repoApiUrl, repoHtmlUrl } from '../objects.js';
import type { RenderContext } from '../objects.js';
import type { IssueRecord, LabelRecord, RepoRecord } from '../types.js';
import { renderRepository } from './repos.js';
import { simpleUser } from './users.js';

type Obj = Record<string, unknown>;

/** Label names compare case-insensitively on GitHub. */
export function findLabel(repo: RepoRecord, name: string): LabelRecord | undefined {
  const exact = repo.labels.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return [...repo.labels.values()].find((l) => l.name.toLowerCase() === lower);
}

/** The `label` schema for a label name an issue carries. */
export function renderLabel(ctx: RenderContext, repo: RepoRecord, name: string): Obj {
  const label = findLabel(repo, name);
  // A label name on an issue without a label record: render a stable stand-in (id from the name).
  const id = label?.id ?? 900000000 + (hashId(name) % 90000000);
  return {
    id,
    node_id: nodeId('LA', id),
    url: `${repoApiUrl(ctx, repo)}/labels/${encodeURIComponent(label?.name ?? name)}`,
    name: label?.name ?? name,
    description: label?.description ?? null,
    color: label?.color ?? 'ededed',
    default: false,
  };
}

const authorAssociation = (repo: RepoRecord, login: string): string =>
  login === repo.owner ? 'OWNER' : 'CONTRIBUTOR';

function pullLinks(ctx: RenderContext, repo: RepoRecord, issue: IssueRecord): Obj {
  const api = repoApiUrl(ctx, repo);
  const html = `${repoHtmlUrl(ctx, repo)}/pull/${issue.number}`;
  return {
    url: `${api}/pulls/${issue.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
  };
}

/** Fields shared by `issue` and `issue-search-result-item`. */
function issueBase(ctx: RenderContext, repo: RepoRecord, issue: IssueRecord): Obj {
  const api = repoApiUrl(ctx, repo);
  const url = `${api}/issues/${issue.number}`;
  const html = issue.pull
    ? `${repoHtmlUrl(ctx, repo)}/pull/${issue.number}`
    : `${repoHtmlUrl(ctx, repo)}/issues/${issue.number}`;
  const out: Obj = {
    id: issue.id,
    node_id: nodeId(issue.pull ? 'PR' : 'I', issue.id),
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    timeline_url: `${url}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state === 'closed' && !issue.pull ? 'completed' : null,
    title: issue.title,
    user: simpleUser(ctx, issue.user),
    labels: issue.labels.map((l) => renderLabel(ctx, repo, l)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    author_association: authorAssociation(repo, issue.user),
  };
  if (issue.pull) {
    out.pull_request = { ...pullLinks(ctx, repo, issue), merged_at: issue.pull.merged_at };
    out.draft = issue.pull.draft;
  }
  return out;
}

/** The `issue` schema; pull requests carry `pull_request` as on GitHub's issues endpoints. */
export function renderIssue(ctx: RenderContext, repo: RepoRecord, issue: IssueRecord): Obj {
  return { ...issueBase(ctx, repo, issue), body: issue.body, closed_by: null };
}

/** The `issue-search-result-item` schema. */
export function renderIssueSearchItem(ctx: RenderContext, repo: RepoRecord, issue: IssueRecord): Obj {
  const out: Obj = { ...issueBase(ctx, repo, issue), score: 1 };
  // The schema types `body` as a non-nullable string: an issue without a body leaves it out.
  if (issue.body !== null) out.body = issue.body;
  return out;
}

export interface PullLive {
  /** Current sha of the head branch (open pulls follow their branch), else the recorded one. */
  headSha?: string;
  /** Current sha of the base branch. */
  baseSha?: string;
}

function pullBranch(
  ctx: RenderContext,
  repo: RepoRecord,
  side: { ref: string; sha: string },
  repoName: string,
): Obj {
  const r = ctx.state.repos.get(repoName) ?? repo;
  return {
    label: `${r.owner}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: simpleUser(ctx, r.owner),
    repo: renderRepository(ctx, r),
  };
}

/** The `pull-request-simple` schema (pulls/list). */
export function renderPullSimple(
  ctx: RenderContext,
  repo: RepoRecord,
  issue: IssueRecord,
  live: PullLive = {},
): Obj {
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const links = pullLinks(ctx, repo, issue);
  const api = repoApiUrl(ctx, repo);
  const issueUrl = `${api}/issues/${issue.number}`;
  const url = links.url as string;
  const headSha = live.headSha ?? pull.head.sha;
  const statuses = `${api}/statuses/${headSha}`;
  return {
    ...links,
    id: issue.id,
    node_id: nodeId('PR', issue.id),
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: statuses,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: simpleUser(ctx, issue.user),
    body: issue.body,
    labels: issue.labels.map((l) => renderLabel(ctx, repo, l)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: pullBranch(ctx, repo, { ref: pull.head.ref, sha: headSha }, pull.head.repo),
    base: pullBranch(ctx, repo, { ref: pull.base.ref, sha: live.baseSha ?? pull.base.sha }, repo.fullName),
    _links: {
      self: { href: url },
      html: { href: links.html_url },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: statuses },
    },
    author_association: authorAssociation(repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
  };
}

export interface PullStats {
  commits: number;
  additions: number;
  deletions: number;
  changed_files: number;
}

/** The `pull-request` schema (pulls/get, create, update). */
export function renderPull(
  ctx: RenderContext,
  repo: RepoRecord,
  issue: IssueRecord,
  stats: PullStats,
  live: PullLive = {},
): Obj {
  const pull = issue.pull!;
  const merged = pull.merged_at !== null;
  return {
    ...renderPullSimple(ctx, repo, issue, live),
    merged,
    // Choice: the sandbox does not compute mergeability; open pulls are reported clean.
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    merged_by: merged ? simpleUser(ctx, repo.owner) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: pull.maintainer_can_modify,
    ...stats,
  };
}
