/**
 * Release assets, after GitHub's REST documentation ("REST API endpoints for release assets"): list,
 * get, update, delete and the streamed upload, whose breakage leaves a `starter` asset.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpError, notFound, paginate, repoOf, streamedBodyBytes, validationFailed } from '../http.js';
import { withRepoLock } from '../lock.js';
import { releaseAssets } from '../objects.js';
import { renderAsset } from '../render/releases.js';
import type { AssetRecord, ReleaseRecord, RepoRecord, RouteContext, Routes } from '../types.js';
import { immutableError, releaseById, visible } from './releases.js';

export const UPLOAD_OPERATION = 'repos/upload-release-asset';

/**
 * GitHub allows at most 1,000 assets per release ("About releases", storage and bandwidth quotas,
 * enforced since July 2025): the upload that would make the 1,001st is refused with 422 and the
 * error `file_count limited to 1000 assets per release` (as `gh` prints it). Every asset counts,
 * an unfinished (`starter`) one too.
 */
export const MAX_ASSETS_PER_RELEASE = 1000;

function assetById(ctx: RouteContext, repo: RepoRecord): AssetRecord {
  const a = repo.assets.get(Number(ctx.params.asset_id));
  const r = a && repo.releases.get(a.releaseId);
  if (!a || !r || !visible(ctx, r)) throw notFound();
  return a;
}

/** Asset names are unique within a release: 422 `already_exists` when another asset has `name`. */
function refuseTakenName(
  repo: RepoRecord,
  release: ReleaseRecord | undefined,
  name: string,
  except?: number,
): void {
  if (release?.assetIds.some((id) => id !== except && repo.assets.get(id)?.name === name)) {
    throw validationFailed('ReleaseAsset', 'already_exists', 'name');
  }
}

/**
 * GitHub renames asset names with "special characters, non-alphanumeric characters, and leading or
 * trailing periods". Observed: spaces, parentheses, `~`, `:` become `.`. Choice: every character outside
 * `[A-Za-z0-9._+-]` becomes `.`, runs of dots collapse, a leading dot gets `default` before it (GitHub
 * names `.env` `default.env`) and trailing dots are dropped.
 */
export function sanitizeAssetName(name: string): string {
  let n = name.replace(/[^A-Za-z0-9._+-]/g, '.').replace(/\.{2,}/g, '.');
  n = n.replace(/\.+$/, '');
  if (n.startsWith('.')) n = `default${n}`;
  return n;
}

/**
 * Checks and the `open` asset record an upload starts with; the 422s GitHub answers come from here.
 * Taken under the repository lock, so an upload never starts on a release being published.
 */
export function beginUpload(ctx: RouteContext): Promise<{
  repo: RepoRecord;
  release: ReleaseRecord;
  asset: AssetRecord;
}> {
  const repo = repoOf(ctx);
  return withRepoLock(repo, () => beginUploadLocked(ctx, repo));
}

function beginUploadLocked(
  ctx: RouteContext,
  repo: RepoRecord,
): { repo: RepoRecord; release: ReleaseRecord; asset: AssetRecord } {
  const release = releaseById(ctx, repo);
  if (release.immutable) throw immutableError('assets');
  const name = sanitizeAssetName(ctx.query.name ?? '');
  if (!name) throw validationFailed('ReleaseAsset', 'missing_field', 'name');
  if (release.assetIds.length >= MAX_ASSETS_PER_RELEASE) {
    // choice: GitHub shows only the message; the resource, code and field are modelled on its other 422s.
    throw validationFailed(
      'ReleaseAsset',
      'custom',
      'file_count',
      `file_count limited to ${MAX_ASSETS_PER_RELEASE} assets per release`,
    );
  }
  refuseTakenName(repo, release, name);
  const now = ctx.state.now();
  const id = ctx.state.nextId();
  const asset: AssetRecord = {
    id,
    releaseId: release.id,
    name,
    label: ctx.query.label ?? null,
    content_type: String(ctx.headers['content-type'] ?? 'application/octet-stream'),
    size: 0,
    state: 'open',
    digest: null,
    path: join(ctx.state.dataDir, 'assets', String(id)),
    uploader: ctx.viewer ?? ctx.state.viewer,
    download_count: 0,
    created_at: now,
    updated_at: now,
  };
  repo.assets.set(id, asset);
  release.assetIds.push(id);
  release.updated_at = now;
  return { repo, release, asset };
}

/** Stream the body to disk while hashing it; a broken upload leaves a `starter` asset, as on GitHub. */
async function uploadAsset(ctx: RouteContext) {
  const { repo, release, asset } = await beginUpload(ctx);
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  try {
    await pipeline(ctx.req, tap, createWriteStream(asset.path));
  } catch (err) {
    starter(asset);
    throw err;
  } finally {
    streamedBodyBytes.set(ctx.req, size);
  }
  const expected = Number(ctx.headers['content-length']);
  if (Number.isFinite(expected) && expected !== size) {
    starter(asset);
    throw new HttpError(400, `Content-Length ${expected} does not match the ${size} bytes received`);
  }
  asset.size = size;
  asset.digest = `sha256:${hash.digest('hex')}`;
  asset.state = 'uploaded';
  asset.updated_at = ctx.state.now();
  release.updated_at = asset.updated_at;
  return { status: 201, body: renderAsset(ctx, repo, asset, release) };
}

function starter(asset: AssetRecord): void {
  asset.state = 'starter';
  asset.size = 0;
  asset.digest = null;
  void rm(asset.path, { force: true });
}

/** Fault `reset-mid-upload`: read `afterBytes` of the body, leave a `starter` asset; the caller resets. */
export async function leaveStarterAsset(ctx: RouteContext, afterBytes: number): Promise<void> {
  const { asset } = await beginUpload(ctx);
  let read = 0;
  if (afterBytes > 0) {
    for await (const chunk of ctx.req) {
      read += (chunk as Buffer).length;
      if (read >= afterBytes) break;
    }
  }
  streamedBodyBytes.set(ctx.req, read);
  starter(asset);
}

export const assetRoutes: Routes = {
  'repos/list-release-assets': (ctx) => {
    const repo = repoOf(ctx);
    const release = releaseById(ctx, repo);
    return paginate(ctx, releaseAssets(repo, release), (a) => renderAsset(ctx, repo, a, release));
  },
  'repos/get-release-asset': (ctx) => {
    const repo = repoOf(ctx);
    const asset = assetById(ctx, repo);
    const rendered = renderAsset(ctx, repo, asset);
    // With `Accept: application/octet-stream` GitHub redirects (302) to the bytes.
    if (String(ctx.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: String(rendered.browser_download_url) } };
    }
    return { status: 200, body: rendered };
  },
  'repos/update-release-asset': (ctx) => {
    const repo = repoOf(ctx);
    const asset = assetById(ctx, repo);
    const release = repo.releases.get(asset.releaseId);
    if (release?.immutable) throw immutableError('assets');
    const b = (ctx.body ?? {}) as { name?: string; label?: string; state?: string };
    if (b.name !== undefined) {
      const name = sanitizeAssetName(b.name);
      refuseTakenName(repo, release, name, asset.id);
      asset.name = name;
    }
    if (b.label !== undefined) asset.label = b.label;
    asset.updated_at = ctx.state.now();
    if (release) release.updated_at = asset.updated_at;
    return { status: 200, body: renderAsset(ctx, repo, asset) };
  },
  'repos/delete-release-asset': async (ctx) => {
    const repo = repoOf(ctx);
    const asset = assetById(ctx, repo);
    const release = repo.releases.get(asset.releaseId);
    if (release?.immutable) throw immutableError('assets');
    repo.assets.delete(asset.id);
    if (release) release.assetIds = release.assetIds.filter((id) => id !== asset.id);
    await rm(asset.path, { force: true });
    return { status: 204 };
  },
  [UPLOAD_OPERATION]: uploadAsset,
};
