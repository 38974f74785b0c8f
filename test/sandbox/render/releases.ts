/** Releases and release assets: the `release` and `release-asset` schemas. */
import {
  assetDownloadUrl,
  nodeId,
  releaseAssets,
  releaseUrlTag,
  repoApiUrl,
  repoHtmlUrl,
} from '../objects.js';
import type { RenderContext } from '../objects.js';
import type { AssetRecord, ReleaseRecord, RepoRecord } from '../types.js';
import { simpleUser } from './users.js';

/** The `release-asset` schema; its download URL names the release's tag. */
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

/** The `release` schema, assets in upload order. */
export function renderRelease(
  ctx: RenderContext,
  repo: RepoRecord,
  release: ReleaseRecord,
): Record<string, unknown> {
  const api = `${repoApiUrl(ctx, repo)}/releases/${release.id}`;
  const tag = encodeURIComponent(release.tag_name);
  const assets = releaseAssets(repo, release).map((a) => renderAsset(ctx, repo, a, release));
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
