/**
 * The web root: `GET /{owner}/{repo}/releases/download/{tag}/{name}` serves uploaded assets, as
 * `browser_download_url` promises; every other web path is a plain-text 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './auth.js';
import { findRepo, releaseUrlTag } from './objects.js';
import { drain } from './request-body.js';
import type { AssetRecord, ReleaseRecord, RepoRecord, SandboxState } from './types.js';

/** `GET /{owner}/{repo}/releases/download/{tag}/{name}` on the web root. */
function findDownload(
  state: SandboxState,
  path: string,
  authenticated: boolean,
): { repo: RepoRecord; release: ReleaseRecord; asset: AssetRecord } | undefined {
  const m = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(path);
  if (!m) return undefined;
  let parts: string[];
  try {
    parts = m.slice(1).map((s) => decodeURIComponent(s ?? ''));
  } catch {
    return undefined; // a malformed escape names nothing
  }
  const [owner, name, tag, file] = parts;
  const repo = findRepo(state, `${owner}/${name}`);
  if (!repo || (repo.private && !authenticated)) return undefined;
  const canSeeDrafts = authenticated && repo.access !== 'read';
  for (const release of repo.releases.values()) {
    if (releaseUrlTag(release) !== tag || (release.draft && !canSeeDrafts)) continue;
    for (const id of release.assetIds) {
      const asset = repo.assets.get(id);
      if (asset && asset.name === file && asset.state === 'uploaded') return { repo, release, asset };
    }
  }
  return undefined;
}

/** Answer a web-root request; `finish` logs the status before the answer goes out. */
export async function serveWeb(
  req: IncomingMessage,
  res: ServerResponse,
  state: SandboxState,
  token: string,
  finish: (status: number) => void,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const path = new URL(req.url ?? '/', 'http://sandbox.invalid').pathname;
  await drain(req);
  const viewer = authenticate(req.headers.authorization, token, state.viewer);
  const found =
    method === 'GET' || method === 'HEAD' ? findDownload(state, path, viewer.login !== undefined) : undefined;
  if (!found) {
    finish(404);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not Found');
    return;
  }
  const size = (await stat(found.asset.path)).size;
  found.asset.download_count += 1;
  finish(200);
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(size),
    'content-disposition': `attachment; filename=${found.asset.name}`,
  });
  if (method === 'HEAD') res.end();
  else createReadStream(found.asset.path).pipe(res);
}
