/**
 * Renderers of repositories, issues, pulls, labels and git objects (records -> GitHub REST objects
 * that satisfy the spec's response schemas), plus `newRepoRecord` for repositories made by routes.
 */
import { nodeId, permissionsOf, repoApiUrl, repoHtmlUrl, simpleUser } from './objects.js';
import type { RenderContext } from './objects.js';
import type {
  GitCommitInfo,
  GitRefInfo,
  GitTagInfo,
  IssueRecord,
  RepoRecord,
  SandboxState,
} from './types.js';

export type { RenderContext };
type Obj = Record<string, unknown>;

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

// ---------------------------------------------------------------- repositories

const forksOf = (ctx: RenderContext, repo: RepoRecord): RepoRecord[] =>
  [...ctx.state.repos.values()].filter((r) => r.forkOf === repo.fullName);

const openIssueCount = (repo: RepoRecord): number =>
  [...repo.issues.values()].filter((i) => i.state === 'open').length;

/** The `repository` schema (also satisfies `minimal-repository`). */
export function renderRepository(ctx: RenderContext, repo: RepoRecord): Obj {
  const api = repoApiUrl(ctx, repo);
  const html = repoHtmlUrl(ctx, repo);
  const host = new URL(ctx.urls.server).host;
  const forks = forksOf(ctx, repo).length;
  const open = openIssueCount(repo);
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: simpleUser(ctx, repo.owner),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: repo.description,
    fork: repo.forkOf !== null,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${repo.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${repo.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: forks,
    forks,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues_count: open,
    open_issues: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
    // Choice: the sandbox keeps no push time; creation time stands in for pushed/updated.
    pushed_at: repo.created_at,
    created_at: repo.created_at,
    updated_at: repo.created_at,
    permissions: permissionsOf(repo),
  };
}

/** The `full-repository` schema (repos/get, repos/create-fork). */
export function renderFullRepository(ctx: RenderContext, repo: RepoRecord): Obj {
  const full: Obj = {
    ...renderRepository(ctx, repo),
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
    temp_clone_token: null,
    subscribers_count: 0,
    network_count: networkRoot(ctx, repo) === repo ? forksOf(ctx, repo).length : 0,
  };
  if (repo.forkOf) {
    const parent = ctx.state.repos.get(repo.forkOf);
    if (parent) {
      full.parent = renderRepository(ctx, parent);
      full.source = renderRepository(ctx, networkRoot(ctx, parent));
    }
  }
  return full;
}

function networkRoot(ctx: RenderContext, repo: RepoRecord): RepoRecord {
  let r = repo;
  for (let i = 0; i < 100 && r.forkOf; i++) {
    const parent = ctx.state.repos.get(r.forkOf);
    if (!parent) break;
    r = parent;
  }
  return r;
}

// ---------------------------------------------------------------- labels, issues, pulls

/** Label names compare case-insensitively on GitHub. */
export function findLabel(
  repo: RepoRecord,
  name: string,
): { name: string; id: number; color: string; description: string | null } | undefined {
  const exact = repo.labels.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return [...repo.labels.values()].find((l) => l.name.toLowerCase() === lower);
}

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

/** A stable positive integer from a string (ids for objects that have none in the sandbox). */
export function hashId(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
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

// ---------------------------------------------------------------- git objects

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

export interface DiffFile {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  sha: string;
}

export function renderDiffEntry(ctx: RenderContext, repo: RepoRecord, f: DiffFile, ref: string): Obj {
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
  files?: DiffFile[],
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

// ---------------------------------------------------------------- route helpers

/** `page` and `per_page` as `paginate` in http.ts reads them (defaults 1 and 30, at most 100). */
export function pageParams(query: Record<string, string>): { page: number; perPage: number } {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  return { page, perPage };
}

/** The items of the requested page (to fetch only what `paginate` will render). */
export function pageItems<T>(query: Record<string, string>, items: T[]): T[] {
  const { page, perPage } = pageParams(query);
  return items.slice((page - 1) * perPage, page * perPage);
}

/** The JSON body as an object (the spec validator has checked its shape already). */
export const bodyOf = (body: unknown): Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

/** The git identity the sandbox commits as for a user. */
export const gitIdentity = (login: string): { name: string; email: string } => ({
  name: login,
  email: `${login}@users.noreply.github.com`,
});

/** A string field of a JSON body, or the fallback when absent or not a string. */
export const str = (body: Record<string, unknown>, key: string, fallback = ''): string => {
  const v = body[key];
  return typeof v === 'string' ? v : fallback;
};
