/**
 * Release asset files on the local side: the name GitHub will give a file, its sha256 read as a
 * stream (constant memory whatever the size), the `sha256sum`-style checksums file, and GitHub's
 * limits on assets.
 */
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** GitHub refuses release assets of 2 GiB or more. */
export const MAX_ASSET_BYTES = 2 * 1024 ** 3;

/**
 * GitHub holds at most 1,000 assets in a release ("About releases": storage and bandwidth quotas);
 * the upload of a 1,001st is refused with 422 `file_count limited to 1000 assets per release`.
 */
export const MAX_ASSETS_PER_RELEASE = 1000;

/** What GitHub reports of an uploaded asset (the fields a release tool needs). */
export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  /** `uploaded` when complete; `starter` (or `open`) is what a broken upload leaves. */
  state: string;
  /** `sha256:<hex>` since 2025; null or absent on older GitHub Enterprise Server. */
  digest?: string | null;
  browser_download_url: string;
}

/**
 * The name GitHub gives an uploaded file: characters outside `[A-Za-z0-9._+-]` become `.`, runs of
 * dots collapse, trailing dots go and a leading dot gets `default` before it (`.env` → `default.env`).
 */
export function githubAssetName(fileName: string): string {
  let name = fileName.replace(/[^A-Za-z0-9._+-]/g, '.').replace(/\.{2,}/g, '.');
  name = name.replace(/\.+$/, '');
  if (name.startsWith('.')) name = `default${name}`;
  return name;
}

/** Bytes read from disk at a time, into buffers that are reused (constant memory). */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * The sha256 of a file as lowercase hex, read through one reused buffer: a read stream allocates a
 * buffer per chunk, and garbage collection lets ~70 MB of them pile up on a 1 GiB file.
 */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await openRegularFile(path);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** A path that is not a regular file (a FIFO, a device, a socket, a folder): nothing is read from it. */
export class NotARegularFileError extends Error {
  override readonly name = 'NotARegularFileError';
  constructor(
    readonly path: string,
    readonly what: string,
  ) {
    super(`${path} is not a regular file (${what})`);
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Open a file for reading only if it is a regular file: a FIFO's open waits for a writer forever and
 * a device never ends. stat first, so a FIFO is never opened; O_NONBLOCK (no effect on a regular
 * file) keeps an open of something swapped in since from blocking, and fstat checks what was opened.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const before = await stat(path);
  if (!before.isFile()) throw new NotARegularFileError(path, kindOf(before));
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new NotARegularFileError(path, kindOf(opened));
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** The hex sha256 of GitHub's `digest` (`sha256:<hex>`); undefined when it has none or another algorithm. */
export function sha256OfDigest(digest: string | null | undefined): string | undefined {
  const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
  return match?.[1]?.toLowerCase();
}

/** `sha256sum` output for the given files, sorted by name (`<hex>  <name>` lines). */
export function checksumsText(entries: ReadonlyArray<{ name: string; sha256: string }>): string {
  return [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}

/** Content type for an asset, by extension (GitHub serves the asset with it). */
export function assetContentType(name: string): string {
  const types: Array<[RegExp, string]> = [
    [/\.(tar\.gz|tgz)$/i, 'application/gzip'],
    [/\.gz$/i, 'application/gzip'],
    [/\.zip$/i, 'application/zip'],
    [/\.tar$/i, 'application/x-tar'],
    [/\.(txt|md)$|^SHA256SUMS/i, 'text/plain'],
    [/\.json$/i, 'application/json'],
  ];
  return types.find(([pattern]) => pattern.test(name))?.[1] ?? 'application/octet-stream';
}

/**
 * The entries of a release's checksums file: this run's files, and the release's other uploaded
 * assets by their GitHub digest (a matrix job's SHA256SUMS must list its sibling jobs' files too).
 * The checksums file itself and unfinished assets are left out; `undigested` names the assets that
 * could not be listed because GitHub gave no sha256 (older GitHub Enterprise Server).
 */
export function checksumsEntries(
  remote: readonly RemoteAsset[],
  local: ReadonlyArray<{ name: string; sha256: string }>,
  checksumsName: string,
): { entries: Array<{ name: string; sha256: string }>; undigested: string[] } {
  const entries = local.map(({ name, sha256 }) => ({ name, sha256 }));
  const undigested: string[] = [];
  for (const asset of remote) {
    if (asset.name === checksumsName || asset.state !== 'uploaded') continue;
    if (entries.some((e) => e.name === asset.name)) continue;
    const sha256 = sha256OfDigest(asset.digest);
    if (sha256 === undefined) undigested.push(asset.name);
    else entries.push({ name: asset.name, sha256 });
  }
  return { entries, undigested };
}
