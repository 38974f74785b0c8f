/** Renderers: sandbox records -> GitHub REST objects (they must satisfy the spec's response schemas). */
import type { AssetRecord, ReleaseRecord, RepoRecord, SandboxState, SandboxUrls } from './types.js';

/** What a renderer needs: the state (users, ids) and the URLs to build links from. */
export interface RenderContext {
  state: SandboxState;
  urls: SandboxUrls;
}

/** Repositories are found case-insensitively, as on GitHub. */
export function findRepo(state: SandboxState, fullName: string): RepoRecord | undefined {
  const exact = state.repos.get(fullName);
  if (exact) return exact;
  const lower = fullName.toLowerCase();
  for (const r of state.repos.values()) if (r.fullName.toLowerCase() === lower) return r;
  return undefined;
}

/** The `permissions` object of a repository for the token's access level. */
export function permissionsOf(repo: RepoRecord): Record<string, boolean> {
  const push = repo.access !== 'read';
  const admin = repo.access === 'admin';
  return { admin, maintain: admin, push, triage: push, pull: true };
}

/** GitHub's global node ids are opaque base64 strings; these only need to be stable and unique. */
export const nodeId = (prefix: string, id: number): string =>
  `${prefix}_${Buffer.from(`sandbox:${prefix}:${id}`).toString('base64url')}`;

/** `simple-user` for a login (the user record is created on first sight). */
export function simpleUser(ctx: RenderContext, login: string): Record<string, unknown> {
  const user = ctx.state.user(login);
  const api = `${ctx.urls.api}/users/${login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Organization' ? 'O' : 'U', user.id),
    avatar_url: `${ctx.urls.server}/avatars/u/${user.id}`,
    gravatar_id: '',
    url: api,
    html_url: `${ctx.urls.server}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** REST URL of a repository: `{api}/repos/{owner}/{repo}`. */
export const repoApiUrl = (ctx: RenderContext, repo: RepoRecord): string =>
  `${ctx.urls.api}/repos/${repo.fullName}`;
/** Web URL of a repository: `{server}/{owner}/{repo}`. */
export const repoHtmlUrl = (ctx: RenderContext, repo: RepoRecord): string =>
  `${ctx.urls.server}/${repo.fullName}`;

/**
 * The tag segment of a release's web URL. GitHub shows drafts under `untagged-<hash>`; the sandbox
 * uses `untagged-<release id>` (choice: any stable unique string will do).
 */
export const releaseUrlTag = (release: ReleaseRecord): string =>
  release.draft ? `untagged-${release.id}` : release.tag_name;

/** browser_download_url: `{server}/{owner}/{repo}/releases/download/{tag}/{name}`, served by the sandbox. */
export function assetDownloadUrl(
  ctx: RenderContext,
  repo: RepoRecord,
  release: ReleaseRecord,
  name: string,
): string {
  return `${repoHtmlUrl(ctx, repo)}/releases/download/${encodeURIComponent(releaseUrlTag(release))}/${encodeURIComponent(name)}`;
}

export function renderAsset(
  ctx: RenderContext,
  repo: RepoRecord,
  asset: AssetRecord,
  release?: ReleaseRecord,
): Record<string, unknown> {
  const rel = release ?? repo.releases.get(asset.releaseId);
  return {
    url: `${repoApiUrl(ctx, repo)}/releases/assets/${asset.id}`,
    id: asset.id,
    node_id: nodeId('RA', asset.id),
    name: asset.name,
    label: asset.label,
    uploader: simpleUser(ctx, asset.uploader),
    content_type: asset.content_type,
    state: asset.state,
    size: asset.size,
    digest: asset.digest,
    download_count: asset.download_count,
    created_at: asset.created_at,
    updated_at: asset.updated_at,
    browser_download_url: rel ? assetDownloadUrl(ctx, repo, rel, asset.name) : '',
  };
}

export function renderRelease(
  ctx: RenderContext,
  repo: RepoRecord,
  release: ReleaseRecord,
): Record<string, unknown> {
  const api = `${repoApiUrl(ctx, repo)}/releases/${release.id}`;
  const tag = encodeURIComponent(release.tag_name);
  const assets = release.assetIds
    .map((id) => repo.assets.get(id))
    .filter((a): a is AssetRecord => a !== undefined)
    .map((a) => renderAsset(ctx, repo, a, release));
  return {
    url: api,
    assets_url: `${api}/assets`,
    upload_url: `${ctx.urls.uploads}/repos/${repo.fullName}/releases/${release.id}/assets{?name,label}`,
    html_url: `${repoHtmlUrl(ctx, repo)}/releases/tag/${encodeURIComponent(releaseUrlTag(release))}`,
    id: release.id,
    author: simpleUser(ctx, release.author),
    node_id: nodeId('RE', release.id),
    tag_name: release.tag_name,
    target_commitish: release.target_commitish,
    name: release.name,
    draft: release.draft,
    immutable: release.immutable,
    prerelease: release.prerelease,
    created_at: release.created_at,
    updated_at: release.updated_at,
    published_at: release.published_at,
    assets,
    // GitHub omits archive links for drafts (the tag may not exist yet): null.
    tarball_url: release.draft ? null : `${repoApiUrl(ctx, repo)}/tarball/${tag}`,
    zipball_url: release.draft ? null : `${repoApiUrl(ctx, repo)}/zipball/${tag}`,
    body: release.body,
  };
}

/** `private-user` for the authenticated user (users/get-authenticated). */
export function privateUser(ctx: RenderContext, login: string): Record<string, unknown> {
  const created = '2020-01-01T00:00:00Z';
  return {
    ...simpleUser(ctx, login),
    user_view_type: 'private',
    name: login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: [...ctx.state.repos.values()].filter((r) => r.owner === login && !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: created,
    updated_at: created,
    private_gists: 0,
    total_private_repos: [...ctx.state.repos.values()].filter((r) => r.owner === login && r.private).length,
    owned_private_repos: [...ctx.state.repos.values()].filter((r) => r.owner === login && r.private).length,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}
