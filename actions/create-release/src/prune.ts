/**
 * Which stale releases go (seed 000's TODO: "a mechanism to clean up stale releases"): releases whose
 * tags match a pattern (`*-daily`, `v0.*-beta-demo-*`), beyond the newest N of that pattern and/or
 * published longer ago than a duration. Pure: the plan is a function of the releases read, so the
 * table tests in test/unit/create-release-prune.test.ts cover every verdict and its reason.
 *
 * "Newest" is by version, then by publish date: KM's rolling `v0.9-daily` is re-released whenever its
 * branch moves, so by date an old minor's daily can look newer than `v0.10-daily`; by version the
 * highest minors stay, which is what "stale" means there. Tags of one version (`v0.10-beta-demo-nokia`,
 * `v0.10-beta-demo-acme`) are ordered by date; tags with no version number after those with one.
 */
import semver from 'semver';
import type { RemoteRelease } from '../../../shared/src/github/releases.js';
import { globToRegExp } from './tag.js';

export interface PruneOptions {
  /** Globs (`*` matches any run of characters), in input order: a tag belongs to the first it matches. */
  patterns: string[];
  /** The newest this many of each pattern stay. */
  keep: number;
  /** Only releases published longer ago than this go (milliseconds); undefined: any age. */
  olderThanMs?: number;
  /** The duration as given (`30d`), for reasons. */
  olderThan?: string;
  /** Delete each pruned release's tag too (default: the tag stays, a tag is history). */
  deleteTags: boolean;
}

/** What protects a release the rules would delete. */
export interface Protections {
  /** The release this run just published. */
  publishedId?: number;
  /** The release GitHub marks latest, unless deleting it was allowed. */
  latestId?: number;
}

export type Verdict = 'goes' | 'stays' | 'protected';

export interface PruneEntry {
  release: RemoteRelease;
  pattern: string;
  /** 1 for the newest of its pattern (published releases only). */
  rank?: number;
  verdict: Verdict;
  reason: string;
}

/** The plan: every release a pattern matches, in pattern order and newest first, with its verdict. */
export interface PrunePlan {
  entries: PruneEntry[];
  /** Releases no pattern matches (left alone, only counted). */
  unmatched: number;
}

const VERSION = /^v?(\d+(?:\.\d+)*)/i;

function numbers(tag: string): number[] | undefined {
  const match = VERSION.exec(tag);
  return match ? match[1]!.split('.').map(Number) : undefined;
}

const publishedAt = (r: RemoteRelease): number => Date.parse(r.published_at ?? r.created_at ?? '') || 0;

/** Newest first: by version numbers, then SemVer precedence (prereleases), then publish date, then id. */
export function newestFirst(a: RemoteRelease, b: RemoteRelease): number {
  const na = numbers(a.tag_name);
  const nb = numbers(b.tag_name);
  if (na && !nb) return -1;
  if (!na && nb) return 1;
  if (na && nb) {
    for (let i = 0; i < Math.max(na.length, nb.length); i++) {
      const d = (nb[i] ?? 0) - (na[i] ?? 0);
      if (d !== 0) return d;
    }
    const sa = semver.valid(a.tag_name.replace(/^v/i, ''));
    const sb = semver.valid(b.tag_name.replace(/^v/i, ''));
    if (sa && sb) {
      const d = semver.rcompare(sa, sb);
      if (d !== 0) return d;
    }
  }
  return publishedAt(b) - publishedAt(a) || b.id - a.id;
}

/** `3 days` / `5 hours` / `12 minutes`: how long ago, for reasons. */
export function ago(ms: number): string {
  const units: Array<[number, string]> = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
  ];
  for (const [size, name] of units) {
    const n = Math.floor(ms / size);
    if (n >= 1) return `${n} ${name}${n === 1 ? '' : 's'}`;
  }
  return 'less than a minute';
}

/** The verdict for every release a pattern matches, before protections (latest, this run's release). */
export function planPrune(releases: readonly RemoteRelease[], options: PruneOptions, now: number): PrunePlan {
  const matchers = options.patterns.map((p) => ({ pattern: p, regexp: globToRegExp(p) }));
  const groups = new Map<string, RemoteRelease[]>(options.patterns.map((p) => [p, []]));
  let unmatched = 0;
  // Each release once, whatever the caller read: ranked twice, one release would take two places
  // among the newest N and push a newer one out.
  const distinct = new Map<number, RemoteRelease>();
  for (const release of releases) if (!distinct.has(release.id)) distinct.set(release.id, release);
  for (const release of distinct.values()) {
    const hit = matchers.find((m) => m.regexp.test(release.tag_name));
    if (hit) groups.get(hit.pattern)!.push(release);
    else unmatched++;
  }
  const entries: PruneEntry[] = [];
  for (const [pattern, members] of groups) {
    const drafts = members.filter((r) => r.draft);
    const published = members.filter((r) => !r.draft).sort(newestFirst);
    published.forEach((release, index) => {
      const rank = index + 1;
      entries.push({ release, pattern, rank, ...judge(release, rank, pattern, options, now) });
    });
    for (const release of drafts) {
      entries.push({
        release,
        pattern,
        verdict: 'stays',
        reason: 'a draft: left alone (a run may be filling it; create-release reruns reuse or clear drafts)',
      });
    }
  }
  return { entries, unmatched };
}

function judge(
  release: RemoteRelease,
  rank: number,
  pattern: string,
  options: PruneOptions,
  now: number,
): { verdict: Verdict; reason: string } {
  const age = now - publishedAt(release);
  const newest = `#${rank} of ${pattern} by version`;
  if (rank <= options.keep) {
    return { verdict: 'stays', reason: `${newest}: among the newest ${options.keep} (prune-keep)` };
  }
  const beyond = `${newest}: beyond the newest ${options.keep}`;
  if (options.olderThanMs === undefined) return { verdict: 'goes', reason: beyond };
  if (age <= options.olderThanMs) {
    return {
      verdict: 'stays',
      reason: `${beyond}, but published ${ago(age)} ago: not older than ${options.olderThan ?? ''}`,
    };
  }
  return {
    verdict: 'goes',
    reason: `${beyond}, published ${ago(age)} ago (older than ${options.olderThan ?? ''})`,
  };
}

/** A tag that matches a pattern and has no release (with prune-tags): it goes like a release would. */
export interface TagEntry {
  tag: string;
  pattern: string;
  verdict: 'goes' | 'stays';
  reason: string;
}

/**
 * With prune-tags, the matching tags no release holds: a tag left by a prune whose tag delete failed
 * (the rerun finishes it), or a stale one released never. Each is placed among its pattern's
 * published releases by version, and goes when at least prune-keep of them are newer; it never
 * pushes a release out of the newest N (tags are not ranked among themselves). It has no publish
 * date: with prune-older-than it stays, as nothing shows it old enough. `held`: the tags of every
 * release read, drafts included (a run may be filling one), and of releases that could not be read.
 */
export function planTags(
  plan: PrunePlan,
  tags: readonly string[],
  held: ReadonlySet<string>,
  options: PruneOptions,
): TagEntry[] {
  const matchers = options.patterns.map((p) => ({ pattern: p, regexp: globToRegExp(p) }));
  const entries: TagEntry[] = [];
  for (const tag of new Set(tags)) {
    if (held.has(tag)) continue;
    const hit = matchers.find((m) => m.regexp.test(tag));
    if (!hit) continue;
    const { pattern } = hit;
    const probe = { tag_name: tag, id: 0, published_at: null } as unknown as RemoteRelease;
    const newer = plan.entries.filter(
      (e) => e.pattern === pattern && e.rank !== undefined && newestFirst(e.release, probe) < 0,
    ).length;
    const place = `a tag without a release, after ${newer} of ${pattern} by version`;
    if (newer < options.keep) {
      entries.push({ tag, pattern, verdict: 'stays', reason: `${place}: among the newest ${options.keep}` });
    } else if (options.olderThanMs !== undefined) {
      entries.push({
        tag,
        pattern,
        verdict: 'stays',
        reason: `${place}, but with no publish date to hold against prune-older-than (delete: ${tag} with delete-tag: true deletes it)`,
      });
    } else {
      entries.push({ tag, pattern, verdict: 'goes', reason: `${place}: beyond the newest ${options.keep}` });
    }
  }
  return entries;
}

/**
 * Patterns that take (nearly) everything (`v*`, `*-*`): one literal character at most, or 90% of
 * at least 10 releases read. Not refused (a repository of dailies only is matched whole by
 * `*-daily`), but pointed out before anything goes.
 */
export function broadPatterns(plan: PrunePlan, options: PruneOptions): string[] {
  const total = plan.entries.length + plan.unmatched;
  const warnings: string[] = [];
  for (const pattern of options.patterns) {
    const takes = plan.entries.filter((e) => e.pattern === pattern).length;
    const literal = pattern.replace(/\*/g, '').length;
    if (literal > 1 && !(total >= 10 && takes >= 0.9 * total)) continue;
    warnings.push(
      `The prune pattern ${pattern} is broad: it takes ${takes} of the ${total} releases read. Check the plan (dry-run: true shows it) and name the tags more closely (v0.*-daily rather than v*) unless that is meant.`,
    );
  }
  return warnings;
}

/**
 * Apply what protects a release from deletion: an immutable release (GitHub keeps its tag and assets
 * locked forever and never lets the tag name be used again: deleting it would only lose the files),
 * the release this run published, the release GitHub marks latest (unless allowed).
 */
export function protect(plan: PrunePlan, protections: Protections): PrunePlan {
  const entries = plan.entries.map((entry): PruneEntry => {
    if (entry.verdict !== 'goes') return entry;
    const { release } = entry;
    const keep = (reason: string): PruneEntry => ({
      ...entry,
      verdict: 'protected',
      reason: `${entry.reason}; kept: ${reason}`,
    });
    if (release.id === protections.publishedId) return keep('this run just published it');
    if (release.immutable) return keep(IMMUTABLE_REASON);
    if (release.id === protections.latestId) return keep(LATEST_REASON);
    return entry;
  });
  return { ...plan, entries };
}

export const IMMUTABLE_REASON =
  'immutable, not deletable: GitHub keeps its tag and assets locked and never lets the tag name be released again, so deleting it would only lose its files and attestation';

export const LATEST_REASON =
  'GitHub shows it as the Latest release (set allow-delete-latest: true to delete it, or mark another release latest first)';

/** The releases that go. */
export const goes = (plan: PrunePlan): RemoteRelease[] =>
  plan.entries.filter((e) => e.verdict === 'goes').map((e) => e.release);

/** True when one that goes is a full (not pre-) release: only those can be GitHub's latest. */
export const mayHoldLatest = (plan: PrunePlan): boolean => goes(plan).some((r) => !r.prerelease);
