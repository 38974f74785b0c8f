/**
 * Where a path input may lead: one rule for every action.
 *
 * A path an input names (a file to upload, a file to edit, a release description) must resolve —
 * after following every symbolic link, in the path and in its folders — inside the job's own folders:
 * GITHUB_WORKSPACE (the checkout) or RUNNER_TEMP (emptied for each job; where our actions leave files
 * such as changelog-section's body-file for the next step). Anything else (`/etc/passwd`, `../x`, a
 * link to `~/.ssh`) is an InputError unless the workflow lists the folder it lies in, on purpose, in
 * the action's `allow-outside-workspace` input.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

export interface PathRoots {
  /** GITHUB_WORKSPACE: relative paths are taken from here. */
  workspace: string;
  /** RUNNER_TEMP and any folder listed in `allow-outside-workspace`. */
  others: readonly string[];
}

export interface ResolvedPath {
  /** The path as it would be written (absolute, links not followed). */
  path: string;
  /** The file it really is: every link followed (for a missing file, its folder's links). */
  real: string;
  /** `real` relative to the workspace's real path, with `/`; undefined when outside the workspace. */
  inWorkspace: string | undefined;
}

/** The roots for a run: the workspace, the runner's temp folder and the folders a user allowed. */
export function pathRoots(workspace: string, runnerTemp: string, allowed: readonly string[] = []): PathRoots {
  for (const folder of allowed) {
    if (!isAbsolute(folder)) {
      throw new InputError('allow-outside-workspace', folder, 'absolute folder paths, one per line');
    }
  }
  return { workspace, others: [runnerTemp, ...allowed] };
}

/** realpath of a path that may not exist yet: its nearest existing ancestor's realpath + the rest. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code !== 'ENOENT' &&
      (error as NodeJS.ErrnoException).code !== 'ENOTDIR'
    )
      throw error;
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(realPath(parent), basename(absolute));
  }
}

/** True when `path` is `root` or lies below it (both already real paths). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolve the path an input names (relative to the workspace) and check where it really leads.
 * Throws InputError naming the input, the value and the folders allowed.
 */
export function resolveInputPath(input: string, value: string, roots: PathRoots): ResolvedPath {
  const path = isAbsolute(value) ? resolve(value) : resolve(roots.workspace, value);
  const real = realPath(path);
  const workspace = realPath(roots.workspace);
  if (isInside(workspace, real)) {
    return { path, real, inWorkspace: relative(workspace, real).split(sep).join('/') };
  }
  if (roots.others.some((root) => root !== '' && isInside(realPath(root), real))) {
    return { path, real, inWorkspace: undefined };
  }
  const through = real === path ? '' : ` (it leads to ${real})`;
  throw new InputError(
    input,
    value,
    `a path inside the workspace or the runner's temp folder${through}; list another folder in allow-outside-workspace to use it on purpose`,
  );
}
