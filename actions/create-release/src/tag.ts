/**
 * Which tag a run releases, as KM's release script decides it: the `tag` input, else the tag the
 * workflow runs on (`refs/tags/v0.9-beta`), else the tag a release branch names
 * (`refs/heads/releases/v0.9-beta/x` → `v0.9-beta`), else the fallback tag (KM: rolling `v0.1-test`).
 * Pure functions: the table tests in test/unit/create-release-tag.test.ts cover them.
 */
import semver from 'semver';

/** `semver`: a `v` and a SemVer version (`v1.2.3`, `v1.2.3-rc.1`); otherwise a regular expression. */
export type TagPattern = 'semver' | RegExp;

export interface TagPolicy {
  pattern: TagPattern;
  /** Globs (`*` matches anything) of rolling tags, whose release is replaced rather than refused. */
  rolling: string[];
  /** The tag for runs whose ref names none; undefined: such a run fails. */
  fallback?: string;
}

export const DEFAULT_ROLLING = ['v0.1-test', '*-daily', '*-edge'];

/** Where the tag came from, for the log and the error messages. */
export type TagSource = 'input' | 'tag ref' | 'release branch' | 'fallback';

export interface ResolvedTag {
  tag: string;
  source: TagSource;
}

/** True when the tag follows the policy's pattern. */
export function followsPattern(tag: string, pattern: TagPattern): boolean {
  if (pattern === 'semver') return /^v\d/.test(tag) && semver.valid(tag.slice(1)) !== null;
  pattern.lastIndex = 0;
  return pattern.test(tag);
}

/** A glob with `*` (any run of characters) as a whole-string regular expression. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/** True when the tag is a rolling one (its release is replaced on every run). */
export function isRolling(tag: string, rolling: readonly string[]): boolean {
  return rolling.some((glob) => globToRegExp(glob).test(tag));
}

/** A tag acceptable under the policy: it follows the pattern or is one of the rolling tags. */
export function acceptable(tag: string, policy: TagPolicy): boolean {
  return followsPattern(tag, policy.pattern) || isRolling(tag, policy.rolling);
}

/**
 * The tag the ref names, if any: a tag ref, or the second part of a `releases/<tag>/<topic>` branch
 * when that part is a tag under the policy or looks like a version (`v` and a digit: `releases/v1.2/x`
 * names v1.2, which the caller then refuses if the policy does). A part like KM's
 * `releases/beta/snapshot-api` names no tag, so such a branch gets the fallback.
 */
export function tagFromRef(ref: string, policy: TagPolicy): ResolvedTag | undefined {
  if (ref.startsWith('refs/tags/')) return { tag: ref.slice('refs/tags/'.length), source: 'tag ref' };
  const branch = /^refs\/heads\/releases\/([^/]+)\/.+$/.exec(ref);
  const part = branch?.[1];
  if (part && (acceptable(part, policy) || /^v\d/i.test(part)))
    return { tag: part, source: 'release branch' };
  return undefined;
}

/** The tag to release: the input, else the ref's, else the fallback; undefined when none applies. */
export function resolveTag(
  input: string | undefined,
  ref: string,
  policy: TagPolicy,
): ResolvedTag | undefined {
  if (input !== undefined) return { tag: input, source: 'input' };
  const fromRef = tagFromRef(ref, policy);
  if (fromRef) return fromRef;
  return policy.fallback !== undefined ? { tag: policy.fallback, source: 'fallback' } : undefined;
}

/**
 * A prerelease by its name: a SemVer prerelease (`v1.2.0-rc.1`), or a non-SemVer tag with a suffix
 * after its version numbers (`v0.9-beta`, `v0.10-daily`).
 */
export function looksLikePrerelease(tag: string): boolean {
  const version = tag.replace(/^v(?=\d)/i, '');
  const parsed = semver.parse(version);
  if (parsed) return parsed.prerelease.length > 0;
  return /^\d+(\.\d+)*-./.test(version);
}

/** The release title from a template: `{tag}` and `{version}` (the tag without its `v`). */
export function releaseTitle(template: string, tag: string): string {
  return template.replace(/\{tag\}/g, tag).replace(/\{version\}/g, tag.replace(/^v(?=\d)/i, ''));
}

/** Names git refuses as tags (`git check-ref-format`), checked without git. */
export function invalidRefName(tag: string): boolean {
  return (
    tag === '' ||
    tag === '@' ||
    /[\s~^:?*[\\]/.test(tag) ||
    [...tag].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
    tag.includes('..') ||
    tag.includes('@{') ||
    tag.includes('//') ||
    /(^|\/)\./.test(tag) ||
    /\.lock(\/|$)/.test(tag) ||
    /[./]$/.test(tag) ||
    tag.startsWith('/') ||
    tag.startsWith('-')
  );
}
