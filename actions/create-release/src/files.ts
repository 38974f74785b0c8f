/**
 * The asset files: globs and paths resolved in the workspace, each checked before anything is written
 * (a pattern matching nothing, a path leading out of the workspace, anything but a regular file, an
 * unreadable file, a file over GitHub's 2 GiB, two files GitHub would give one name, more files than
 * a release can hold). A file's sha256 is read from disk beforehand only where it decides something
 * before the upload (hashFilesFirst); otherwise the upload hashes the bytes as it sends them, and the
 * file is read once.
 */
import { constants, type Stats } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { InputError } from '../../../shared/src/action/index.js';
import { resolveInputPath, type PathRoots } from '../../../shared/src/action/paths.js';
import {
  githubAssetName,
  MAX_ASSET_BYTES,
  MAX_ASSETS_PER_RELEASE,
  openRegularFile,
  sha256File,
  type RemoteAsset,
} from '../../../shared/src/github/assets.js';
import type { Logger } from '../../../shared/src/log.js';

export interface LocalAsset {
  path: string;
  /** The name GitHub gives it. */
  name: string;
  size: number;
  /** '' until known: read before the upload when something there has its name, else as it is sent. */
  sha256: string;
}

const hasMagic = (pattern: string): boolean => /[*?[\]{}]/.test(pattern);

/**
 * What a path is when it is not a regular file (`a named pipe (FIFO)`), from stat alone: a FIFO must
 * never be opened (the open waits for a writer forever) and a device never ends.
 */
export function notARegularFile(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The folder a glob starts from: its path up to the first segment with a wildcard. */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const first = segments.findIndex(hasMagic);
  return segments.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
}

async function matchesOf(pattern: string, workspace: string, roots: PathRoots): Promise<string[]> {
  const absolute = isAbsolute(pattern) ? pattern : join(workspace, pattern);
  // Where the path (or the folder a glob starts from) really leads, before anything is read there.
  resolveInputPath('files', hasMagic(pattern) ? globBase(pattern) : pattern, roots);
  if (!hasMagic(pattern)) {
    const info = await stat(absolute).catch(() => undefined);
    if (!info) return [];
    if (info.isDirectory())
      throw new InputError('files', pattern, 'files, not a directory (use dir/* for its files)');
    return [absolute];
  }
  // Loaded here, for a pattern with a wildcard only: @actions/glob imports @actions/core, whose OIDC
  // client loads @actions/http-client and a bundled undici (~30 ms at start). A literal path is a stat.
  const { create } = await import('@actions/glob');
  const globber = await create(absolute, { matchDirectories: false, implicitDescendants: false });
  return (await globber.glob()).sort();
}

/** A path as the user would write it: relative to the workspace when it lies there (links not followed). */
function shown(path: string, workspace: string): string {
  const rel = relative(workspace, path);
  return rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) ? path : rel;
}

/** The files the patterns name, checked (not yet hashed); InputError for anything that cannot be uploaded. */
export async function resolveAssetFiles(
  patterns: readonly string[],
  options: {
    workspace: string;
    roots: PathRoots;
    failOnUnmatched: boolean;
    reserved?: string;
    log: Logger;
  },
): Promise<LocalAsset[]> {
  const paths: string[] = [];
  for (const pattern of patterns) {
    const found = await matchesOf(pattern, options.workspace, options.roots);
    if (found.length === 0) {
      if (options.failOnUnmatched) {
        throw new InputError(
          'files',
          pattern,
          'a path or glob matching at least one file (fail-on-unmatched-files is true)',
        );
      }
      options.log.warning(`files: ${pattern} matches no file; going on (fail-on-unmatched-files is false)`);
    }
    for (const path of found) if (!paths.includes(path)) paths.push(path);
  }
  // Counted before anything is read: a glob matching 1,200 files is refused at once.
  const room = MAX_ASSETS_PER_RELEASE - (options.reserved ? 1 : 0);
  if (paths.length > room) {
    throw new InputError(
      'files',
      `<${paths.length} files>`,
      `at most ${room} files: GitHub holds at most ${MAX_ASSETS_PER_RELEASE} assets in a release${options.reserved ? `, ${options.reserved} included` : ''}`,
    );
  }
  const byName = new Map<string, string>();
  const assets: LocalAsset[] = [];
  for (const path of paths) {
    // Every match where it really leads: `../x`, `/etc/passwd`, a link or a linked folder out of the
    // workspace is refused unless allow-outside-workspace lists its folder.
    resolveInputPath('files', shown(path, options.workspace), options.roots);
    // stat, not open: a FIFO must never be opened (the open waits for a writer forever).
    const info = await stat(path);
    const odd = notARegularFile(info);
    if (odd) throw new InputError('files', path, `regular files (this is ${odd})`);
    if (info.size >= MAX_ASSET_BYTES) {
      throw new InputError(
        'files',
        path,
        `files under 2 GiB, GitHub's limit for one asset (this one is ${info.size} bytes)`,
      );
    }
    try {
      await access(path, constants.R_OK);
    } catch {
      throw new InputError('files', path, 'files this job can read (permission denied)');
    }
    await readFirstByte(path);
    const name = githubAssetName(basename(path));
    const other = byName.get(name);
    if (other !== undefined) {
      throw new InputError(
        'files',
        path,
        `files with distinct asset names (${other} is also uploaded as ${name})`,
      );
    }
    if (name === options.reserved) {
      throw new InputError(
        'files',
        path,
        `no file named ${name}: that name is the generated checksums file (see checksums)`,
      );
    }
    if (name !== basename(path))
      options.log.warning(`${basename(path)} is uploaded as ${name} (GitHub's naming rules)`);
    byName.set(name, path);
    assets.push({ path, name, size: info.size, sha256: '' });
  }
  return assets;
}

/**
 * Read a file's first byte: a file that opens but cannot be read (`/proc/self/mem`, a file on a
 * broken mount) is refused before the first write, now that its content is first read whole while
 * it is uploaded, after the draft is made.
 */
async function readFirstByte(path: string): Promise<void> {
  try {
    const handle = await openRegularFile(path);
    try {
      await handle.read(Buffer.alloc(1), 0, 1, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new InputError('files', path, `a readable file (${(error as Error).message})`);
  }
}

/** Fill in a file's sha256, streamed from disk. */
export async function hashAssetFile(asset: LocalAsset): Promise<void> {
  try {
    asset.sha256 = await sha256File(asset.path);
  } catch (error) {
    throw new InputError('files', asset.path, `a readable file (${(error as Error).message})`);
  }
}

/** Fill in each file's sha256, streamed from disk. */
export async function hashAssetFiles(assets: LocalAsset[]): Promise<LocalAsset[]> {
  for (const asset of assets) await hashAssetFile(asset);
  return assets;
}

/** True when `assets` hold an uploaded asset of that name: a file of that name is kept if it matches. */
export function hasUploaded(assets: readonly RemoteAsset[], name: string): boolean {
  return assets.some((a) => a.name === name && a.state === 'uploaded');
}

/**
 * The files whose sha256 must be known before anything is uploaded: those with an uploaded asset of
 * their name in one of `releases` (a rerun keeps an asset whose digest matches, and a release that
 * holds every file with the same digest is already done), or all of them for a dry run, whose plan
 * shows each digest. The others are hashed as they are sent: a release of new files reads each once.
 */
export function hashFilesFirst(
  files: LocalAsset[],
  releases: ReadonlyArray<{ assets: readonly RemoteAsset[] } | undefined>,
  dryRun: boolean,
): LocalAsset[] {
  if (dryRun) return files;
  return files.filter((file) =>
    releases.some((release) => release && hasUploaded(release.assets, file.name)),
  );
}
