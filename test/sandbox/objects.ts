/**
 * What every renderer and route shares about sandbox objects: finding a repository, permissions,
 * node ids and the URLs GitHub builds for repositories, releases and assets.
 */
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

/** A stable positive integer from a string (ids for objects that have none in the sandbox). */
export function hashId(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** The git identity the sandbox commits as for a user. */
export const gitIdentity = (login: string): { name: string; email: string } => ({
  name: login,
  email: `${login}@users.noreply.github.com`,
});

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

/** A release's asset records in upload order. */
export const releaseAssets = (repo: RepoRecord, release: ReleaseRecord): AssetRecord[] =>
  release.assetIds.map((id) => repo.assets.get(id)).filter((a): a is AssetRecord => a !== undefined);
