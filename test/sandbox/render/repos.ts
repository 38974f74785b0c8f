/** Repositories: the `repository` and `full-repository` schemas, forks and fork networks included. */
import { nodeId, permissionsOf, repoApiUrl, repoHtmlUrl } from '../objects.js';
import type { RenderContext } from '../objects.js';
import type { RepoRecord } from '../types.js';
import { simpleUser } from './users.js';

type Obj = Record<string, unknown>;

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
