/**
 * Versions and the tags that name them: `v1.2.3` and `1.2.3` are one version; tags compare by SemVer,
 * never by string order; anything that is not SemVer (`v0.1-beta`, `src/webhook/v0.8.0`) matches only
 * itself.
 */
import semver from 'semver';

/** Drops a `v`/`V` that prefixes a version number. */
export function stripV(version: string): string {
  return version.trim().replace(/^v(?=\d)/i, '');
}

/** True when two versions name the same release: `v1.2.3` = `1.2.3`, but `1.2.3` ≠ `1.2.30` or `1.2.3-rc.1`. */
export function versionsMatch(a: string, b: string): boolean {
  const x = stripV(a);
  const y = stripV(b);
  const sx = semver.parse(x);
  const sy = semver.parse(y);
  // semver ignores build metadata when comparing; two builds are still two releases.
  if (sx && sy) return sx.compare(sy) === 0 && sx.build.join('.') === sy.build.join('.');
  return x === y;
}

/** The SemVer a tag or version names, or null (`v1.2.3` → 1.2.3; `v0.1-beta` → null). */
export function parseVersion(tagOrVersion: string): semver.SemVer | null {
  return semver.parse(stripV(tagOrVersion));
}

/** The tag that names `version`: the exact name first, then the same version with or without `v`. */
export function findTag(tags: readonly string[], version: string): string | undefined {
  return tags.find((t) => t === version) ?? tags.find((t) => versionsMatch(t, version));
}

/** The highest SemVer tag below `version`; prereleases only count when `version` is one. */
export function previousTag(tags: readonly string[], version: string): string | undefined {
  const current = parseVersion(version);
  if (!current) return undefined;
  let best: { tag: string; version: semver.SemVer } | undefined;
  for (const tag of tags) {
    const candidate = parseVersion(tag);
    if (!candidate || semver.gte(candidate, current)) continue;
    if (candidate.prerelease.length > 0 && current.prerelease.length === 0) continue;
    if (!best || semver.gt(candidate, best.version)) best = { tag, version: candidate };
  }
  return best?.tag;
}

/** The tag name a not-yet-tagged version will get, following how `like` (an existing tag) is written. */
export function tagNameLike(version: string, like: string | undefined): string {
  if (!like || !parseVersion(version)) return version;
  const prefixed = /^v\d/i.test(like);
  return prefixed ? `v${stripV(version)}` : stripV(version);
}
