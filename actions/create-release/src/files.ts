/**
 * The asset files: globs and paths resolved in the workspace, each checked before anything is written
 * (a pattern matching nothing, a directory, an unreadable file, a file over GitHub's 2 GiB, two files
 * GitHub would give one name) and hashed, streamed from disk.
 */
import { create as createGlob } from '@actions/glob';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { InputError } from '../../../shared/src/action/index.js';
import { githubAssetName, MAX_ASSET_BYTES, sha256File } from '../../../shared/src/github/assets.js';
import type { Logger } from '../../../shared/src/log.js';

export interface LocalAsset {
  path: string;
  /** The name GitHub gives it. */
  name: string;
  size: number;
  sha256: string;
}

const hasMagic = (pattern: string): boolean => /[*?[\]{}]/.test(pattern);

async function matchesOf(pattern: string, workspace: string): Promise<string[]> {
  const absolute = isAbsolute(pattern) ? pattern : join(workspace, pattern);
  if (!hasMagic(pattern)) {
    const info = await stat(absolute).catch(() => undefined);
    if (!info) return [];
    if (info.isDirectory())
      throw new InputError('files', pattern, 'files, not a directory (use dir/* for its files)');
    return [absolute];
  }
  const globber = await createGlob(absolute, { matchDirectories: false, implicitDescendants: false });
  return (await globber.glob()).sort();
}

/** The files the patterns name, checked (not yet hashed); InputError for anything that cannot be uploaded. */
export async function resolveAssetFiles(
  patterns: readonly string[],
  options: { workspace: string; failOnUnmatched: boolean; reserved?: string; log: Logger },
): Promise<LocalAsset[]> {
  const paths: string[] = [];
  for (const pattern of patterns) {
    const found = await matchesOf(pattern, options.workspace);
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
  const byName = new Map<string, string>();
  const assets: LocalAsset[] = [];
  for (const path of paths) {
    const info = await stat(path);
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

/** Fill in each file's sha256, streamed from disk (the slow part: run it beside the API reads). */
export async function hashAssetFiles(assets: LocalAsset[]): Promise<LocalAsset[]> {
  for (const asset of assets) {
    try {
      asset.sha256 = await sha256File(asset.path);
    } catch (error) {
      throw new InputError('files', asset.path, `a readable file (${(error as Error).message})`);
    }
  }
  return assets;
}
