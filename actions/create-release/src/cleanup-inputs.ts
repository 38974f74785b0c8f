/**
 * The inputs of the cleanup (prune, delete) and of the target repository, checked before anything is
 * written: a bad pattern, duration or tag is an InputError and nothing is deleted.
 */
import {
  getBooleanInput,
  getListInput,
  getOptionalInput,
  InputError,
} from '../../../shared/src/action/index.js';
import type { RepoRef } from '../../../shared/src/github/changes.js';
import type { PruneOptions } from './prune.js';
import { invalidRefName } from './tag.js';

export interface Deletion {
  tag: string;
  /** Delete the tag as well (default: it stays). */
  deleteTag: boolean;
}

export interface Cleanup {
  prune?: PruneOptions;
  deletion?: Deletion;
  allowDeleteLatest: boolean;
}

const PATTERN_HELP =
  'tag globs, one per line or comma-separated, where * (the only wildcard) matches any run of characters, such as *-daily or v0.*-beta-demo-*';

/** One prune pattern: a glob with at least one literal character, not a regular expression. */
export function prunePattern(pattern: string): string {
  if (/^\*+$/.test(pattern)) {
    throw new InputError(
      'prune',
      pattern,
      `${PATTERN_HELP}; a pattern of * alone would match every release (name the tags, such as v*)`,
    );
  }
  // A tag named `refs/tags/x` would be `refs/tags/refs/tags/x`: a pattern written as a ref matches no
  // tag anyone has, and a prune that silently deletes nothing hides the mistake.
  if (/^refs\//.test(pattern)) {
    throw new InputError(
      'prune',
      pattern,
      `${PATTERN_HELP}: a tag name without refs/tags/ (*-daily, not refs/tags/*-daily)`,
    );
  }
  // Legal in a tag, but here a sign of a regular expression (`^v0\.\d+-daily$`), which would match nothing.
  if (/[\^$()|{}\\]/.test(pattern)) {
    throw new InputError('prune', pattern, `${PATTERN_HELP} (this looks like a regular expression)`);
  }
  if (invalidRefName(pattern.replace(/\*/g, 'x'))) {
    throw new InputError('prune', pattern, `${PATTERN_HELP} (this can match no tag git accepts)`);
  }
  return pattern;
}

const UNITS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** `30d`, `12h`, `2w`, `1w3d`, `90m` → milliseconds. */
export function parseDuration(input: string, value: string): number {
  const expected =
    'a duration such as 30d, 12h, 2w or 1w3d (w weeks, d days, h hours, m minutes), more than zero';
  if (!/^(\d+[wdhm])+$/.test(value)) throw new InputError(input, value, expected);
  let ms = 0;
  for (const [, n, unit] of value.matchAll(/(\d+)([wdhm])/g)) ms += Number(n) * UNITS[unit!]!;
  if (!(ms > 0) || !Number.isSafeInteger(ms)) throw new InputError(input, value, expected);
  return ms;
}

/** `owner/name` of the repository to release into; undefined: the workflow's own. */
export function readRepositoryInput(): RepoRef | undefined {
  const value = getOptionalInput('repository');
  if (value === undefined) return undefined;
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9_.-]{1,100})$/.exec(value);
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new InputError('repository', value, 'owner/name of a GitHub repository (kontainapp/km-releases)');
  }
  return { owner: match[1]!, repo: match[2]! };
}

/** prune-*, delete, delete-tag and allow-delete-latest. */
export function readCleanup(): Cleanup {
  const patterns = getListInput('prune').map(prunePattern);
  const keepText = getOptionalInput('prune-keep') ?? '1';
  if (!/^\d+$/.test(keepText) || !Number.isSafeInteger(Number(keepText))) {
    throw new InputError(
      'prune-keep',
      keepText,
      'a whole number of releases to keep per pattern (0 or more)',
    );
  }
  const olderThan = getOptionalInput('prune-older-than');
  const olderThanMs = olderThan === undefined ? undefined : parseDuration('prune-older-than', olderThan);
  const deleteTags = getBooleanInput('prune-tags', false);
  const tag = getOptionalInput('delete');
  if (tag !== undefined && /^refs\//.test(tag)) {
    throw new InputError(
      'delete',
      tag,
      'the tag of the release to delete, without refs/tags/ (v0.10-beta-demo-nokia)',
    );
  }
  if (tag !== undefined && invalidRefName(tag)) {
    throw new InputError('delete', tag, 'the tag of the release to delete (a tag name git accepts)');
  }
  const deleteTag = getBooleanInput('delete-tag', false);
  return {
    ...(patterns.length
      ? {
          prune: {
            patterns,
            keep: Number(keepText),
            ...(olderThan !== undefined ? { olderThan, olderThanMs } : {}),
            deleteTags,
          },
        }
      : {}),
    ...(tag !== undefined ? { deletion: { tag, deleteTag } } : {}),
    allowDeleteLatest: getBooleanInput('allow-delete-latest', false),
  };
}
