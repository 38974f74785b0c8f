/**
 * Prune's plan (actions/create-release/src/prune.ts), its inputs, the build a release body records
 * (lineage.ts), and the release index past GitHub's listing cap (shared/src/github/release-index.ts)
 * against the sandbox.
 */
import { describe, expect, it } from '@jest/globals';
import { parseDuration, prunePattern } from '../../actions/create-release/src/cleanup-inputs.js';
import { buildKey, recordedBuild, withBuild } from '../../actions/create-release/src/lineage.js';
import {
  goes,
  mayHoldLatest,
  newestFirst,
  planPrune,
  protect,
  type PruneOptions,
} from '../../actions/create-release/src/prune.js';
import { listEveryRelease } from '../../shared/src/github/release-index.js';
import type { RemoteRelease } from '../../shared/src/github/releases.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { commitFiles, seedReleases } from '../sandbox/seed.js';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
let ids = 0;

function release(tag: string, daysAgo: number, extra: Partial<RemoteRelease> = {}): RemoteRelease {
  return {
    id: ++ids,
    tag_name: tag,
    name: tag,
    draft: false,
    prerelease: true,
    html_url: `https://github.com/kontainapp/km-releases/releases/tag/${tag}`,
    upload_url: '',
    target_commitish: 'master',
    published_at: new Date(NOW - daysAgo * DAY).toISOString(),
    assets: [],
    ...extra,
  };
}

const options = (o: Partial<PruneOptions> = {}): PruneOptions => ({
  patterns: ['*-daily', 'v0.*-beta-demo-*'],
  keep: 2,
  deleteTags: false,
  ...o,
});

const verdicts = (plan: ReturnType<typeof planPrune>): Array<[string, string]> =>
  plan.entries.map((e) => [e.release.tag_name, e.verdict]);

describe('the prune plan', () => {
  it('orders by version, not by date: an old minor re-released today is still old', () => {
    const releases = [
      release('v0.9-daily', 0), // re-released from its branch today
      release('v0.10-daily', 3),
      release('v0.11-daily', 1),
      release('v0.2-daily', 400),
    ];
    const sorted = [...releases].sort(newestFirst).map((r) => r.tag_name);
    expect(sorted).toEqual(['v0.11-daily', 'v0.10-daily', 'v0.9-daily', 'v0.2-daily']);
  });

  it('orders one version by SemVer prerelease precedence, then by date; unversioned tags last', () => {
    const tags = [
      release('v1.2.3-rc.10', 5),
      release('v1.2.3-rc.2', 1),
      release('v1.2.3', 9),
      release('v0.10-beta-demo-acme', 30),
      release('v0.10-beta-demo-nokia', 2),
      release('nightly-daily', 0),
    ]
      .sort(newestFirst)
      .map((r) => r.tag_name);
    expect(tags).toEqual([
      'v1.2.3',
      'v1.2.3-rc.10',
      'v1.2.3-rc.2',
      'v0.10-beta-demo-nokia',
      'v0.10-beta-demo-acme',
      'nightly-daily',
    ]);
  });

  it('keeps the newest N of each pattern, the first pattern a tag matches taking it', () => {
    const plan = planPrune(
      [
        release('v0.8-daily', 90),
        release('v0.9-daily', 60),
        release('v0.10-daily', 1),
        release('v0.9-beta-demo-nokia', 200),
        release('v0.10-beta-demo-nokia', 100),
        release('v0.10-beta-demo-acme', 10),
        release('v0.9-beta', 100, { prerelease: false }),
        release('v0.10-beta-daily', 5),
      ],
      options(),
      NOW,
    );
    expect(verdicts(plan)).toEqual([
      ['v0.10-daily', 'stays'],
      ['v0.10-beta-daily', 'stays'],
      ['v0.9-daily', 'goes'],
      ['v0.8-daily', 'goes'],
      ['v0.10-beta-demo-acme', 'stays'],
      ['v0.10-beta-demo-nokia', 'stays'],
      ['v0.9-beta-demo-nokia', 'goes'],
    ]);
    expect(plan.unmatched).toBe(1);
    const reason = plan.entries.find((e) => e.release.tag_name === 'v0.9-daily')!.reason;
    expect(reason).toBe('#3 of *-daily by version: beyond the newest 2');
  });

  it('a tag matching two patterns belongs to the first in input order, and is ranked only there', () => {
    const both = release('v0.10-beta-demo-daily', 1); // matches *-daily and v0.*-beta-demo-*
    const releases = [both, release('v0.9-daily', 5), release('v0.9-beta-demo-nokia', 9)];
    const first = planPrune(releases, options({ keep: 1 }), NOW);
    expect(first.entries.map((e) => [e.release.tag_name, e.pattern, e.verdict])).toEqual([
      ['v0.10-beta-demo-daily', '*-daily', 'stays'],
      ['v0.9-daily', '*-daily', 'goes'],
      ['v0.9-beta-demo-nokia', 'v0.*-beta-demo-*', 'stays'],
    ]);
    const swapped = planPrune(releases, options({ keep: 1, patterns: ['v0.*-beta-demo-*', '*-daily'] }), NOW);
    expect(swapped.entries.map((e) => [e.release.tag_name, e.pattern, e.verdict])).toEqual([
      ['v0.10-beta-demo-daily', 'v0.*-beta-demo-*', 'stays'],
      ['v0.9-beta-demo-nokia', 'v0.*-beta-demo-*', 'goes'],
      ['v0.9-daily', '*-daily', 'stays'],
    ]);
  });

  it('ranks each release once, even when a listing that shifted while read holds it twice', () => {
    // A release published between two page reads pushes page 1's last item onto page 2.
    const newest = release('v0.10-beta-demo-nokia', 10);
    const older = release('v0.8-beta-demo-nokia', 50);
    const plan = planPrune([newest, { ...newest }, older], options({ keep: 1 }), NOW);
    expect(verdicts(plan)).toEqual([
      ['v0.10-beta-demo-nokia', 'stays'],
      ['v0.8-beta-demo-nokia', 'goes'],
    ]);
    expect(goes(plan).map((r) => r.id)).toEqual([older.id]);
  });

  it('with a duration, goes only what is also older than it; keep 0 lets the newest go', () => {
    const plan = planPrune(
      [
        release('v0.10-beta-demo-nokia', 200),
        release('v0.11-beta-demo-acme', 20),
        release('v0.12-beta-demo-x', 100),
      ],
      options({ patterns: ['v0.*-beta-demo-*'], keep: 0, olderThan: '90d', olderThanMs: 90 * DAY }),
      NOW,
    );
    expect(verdicts(plan)).toEqual([
      ['v0.12-beta-demo-x', 'goes'],
      ['v0.11-beta-demo-acme', 'stays'],
      ['v0.10-beta-demo-nokia', 'goes'],
    ]);
    expect(plan.entries[1]!.reason).toBe(
      '#2 of v0.*-beta-demo-* by version: beyond the newest 0, but published 20 days ago: not older than 90d',
    );
    expect(plan.entries[2]!.reason).toContain('published 200 days ago (older than 90d)');
  });

  it('leaves drafts alone and does not rank them', () => {
    const plan = planPrune(
      [release('v0.12-daily', 0, { draft: true, published_at: null }), release('v0.8-daily', 9)],
      options({ keep: 0 }),
      NOW,
    );
    expect(verdicts(plan)).toEqual([
      ['v0.8-daily', 'goes'],
      ['v0.12-daily', 'stays'],
    ]);
    expect(plan.entries[0]!.rank).toBe(1);
    expect(plan.entries[1]!.reason).toMatch(/^a draft: left alone/);
  });

  it('protects this run’s release, an immutable one and the latest, each with its reason', () => {
    const mine = release('v0.3-daily', 0);
    const frozen = release('v0.4-daily', 30, { immutable: true });
    const latest = release('v0.9-beta-demo-final', 50, { prerelease: false });
    const plan = planPrune(
      [mine, frozen, latest, release('v0.5-daily', 20), release('v0.11-daily', 1)],
      options({ keep: 1 }),
      NOW,
    );
    expect(mayHoldLatest(plan)).toBe(false); // only the demo is a full release, and it is the newest demo
    const protectedPlan = protect(
      planPrune(
        [mine, frozen, latest, release('v0.5-daily', 20), release('v0.11-daily', 1)],
        options({ keep: 0 }),
        NOW,
      ),
      { publishedId: mine.id, latestId: latest.id },
    );
    const by = (tag: string) => protectedPlan.entries.find((e) => e.release.tag_name === tag)!;
    expect(by('v0.3-daily')).toMatchObject({ verdict: 'protected' });
    expect(by('v0.3-daily').reason).toContain('kept: this run just published it');
    expect(by('v0.4-daily').reason).toContain('kept: immutable, not deletable');
    expect(by('v0.9-beta-demo-final').reason).toContain('kept: GitHub shows it as the Latest release');
    expect(goes(protectedPlan).map((r) => r.tag_name)).toEqual(['v0.11-daily', 'v0.5-daily']);
  });
});

describe('prune inputs', () => {
  it.each([
    ['*', /a pattern of \* alone would match every release/],
    ['^v0\\.\\d+-daily$', /looks like a regular expression/],
    ['v0.(9|10)-daily', /looks like a regular expression/],
    ['v0.?-daily', /can match no tag git accepts/],
    ['v0..*', /can match no tag git accepts/],
  ])('refuses the pattern %j', (pattern, why) => {
    expect(() => prunePattern(pattern)).toThrow(why);
    expect(() => prunePattern(pattern)).toThrow(`Input 'prune' got ${JSON.stringify(pattern)}: expected`);
  });

  it.each(['refs/tags/*-daily', 'refs/heads/*'])('refuses the ref %j, naming the form', (pattern) => {
    expect(() => prunePattern(pattern)).toThrow(
      `Input 'prune' got ${JSON.stringify(pattern)}: expected tag globs`,
    );
    expect(() => prunePattern(pattern)).toThrow(
      /a tag name without refs\/tags\/ \(\*-daily, not refs\/tags\/\*-daily\)/,
    );
  });

  it.each(['*-daily', 'v0.*-beta-demo-*', 'v1.0+build*'])('accepts the pattern %j', (pattern) => {
    expect(prunePattern(pattern)).toBe(pattern);
  });

  it.each<[string, number]>([
    ['30d', 30 * DAY],
    ['12h', 12 * 3_600_000],
    ['2w', 14 * DAY],
    ['1w3d', 10 * DAY],
    ['90m', 90 * 60_000],
  ])('reads the duration %s', (text, ms) => {
    expect(parseDuration('prune-older-than', text)).toBe(ms);
  });

  it.each(['30', '30 days', '0d', '-3d', '1.5d', 'P30D', '3y'])('refuses the duration %j', (text) => {
    expect(() => parseDuration('prune-older-than', text)).toThrow(
      `Input 'prune-older-than' got ${JSON.stringify(text)}: expected a duration such as 30d`,
    );
  });
});

describe('the build a release records', () => {
  const source = { repository: 'kontainapp/km', sha: 'a'.repeat(40), serverUrl: 'https://github.com' };

  it('appends a linked Built from line, or an opaque marker when it must stay private', () => {
    expect(withBuild('## Fixed\n\n- a crash\n', source, true)).toBe(
      `## Fixed\n\n- a crash\n\nBuilt from [kontainapp/km@${'a'.repeat(40)}](https://github.com/kontainapp/km/commit/${'a'.repeat(40)})`,
    );
    const hidden = withBuild('', source, false);
    expect(hidden).toBe(`<!-- release-actions build ${buildKey('kontainapp/km', 'a'.repeat(40))} -->`);
    expect(hidden).not.toContain('kontainapp');
    expect(recordedBuild(hidden)).toEqual({ key: buildKey('kontainapp/km', 'a'.repeat(40)) });
    expect(recordedBuild(withBuild('notes', source, true))).toEqual({
      key: buildKey('KontainApp/KM', 'a'.repeat(40)),
      repository: 'kontainapp/km',
      sha: 'a'.repeat(40),
    });
    expect(recordedBuild('no build here')).toBeUndefined();
  });
});

describe('every release, past the listing cap', () => {
  const sandbox = useSandbox();

  async function repoWith(name: string, count: number, cap?: { status: 422 | 500 }) {
    const repo = await sandbox().createRepo(`kontainapp/${name}`, cap ? { releaseListCap: cap } : {});
    const sha = await commitFiles(repo.gitDir, 'master', { 'README.md': 'x\n' }, 'first');
    // Oldest first: dailies of 1,100 days, and a demo among the oldest.
    const seeds = Array.from({ length: count }, (_, i) => ({
      tag: i === 3 ? 'v0.3-beta-demo-nokia' : `v0.${i}-daily`,
      sha,
      published_at: new Date(NOW - (count - i) * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }));
    await seedReleases(repo, sandbox().state, seeds);
    return { owner: 'kontainapp', repo: name };
  }

  it('reads R ≤ 1,000 releases in ceil(R/100) listing calls', async () => {
    const where = await repoWith('three-hundred', 300);
    sandbox().clearLog();
    const index = await listEveryRelease(sandboxOctokit(sandbox()), where, () => true);
    expect(index.releases).toHaveLength(300);
    expect(index).toMatchObject({ listingCalls: 3, unread: [] });
    expect(index.capped).toBeUndefined();
    expect(sandbox().requests.map((r) => r.operationId)).toEqual(Array(3).fill('repos/list-releases'));
  });

  it.each<[422 | 500]>([[422], [500]])(
    'past the cap (answered %i), lists the tags once and reads only the wanted ones it did not reach',
    async (status) => {
      const where = await repoWith(`capped-${status}`, 1040, { status });
      sandbox().clearLog();
      const wanted = (tag: string): boolean => tag.includes('-beta-demo-') || /^v0\.[0-9]-daily$/.test(tag);
      const index = await listEveryRelease(sandboxOctokit(sandbox(), { resilient: true }), where, wanted);
      // 10 pages, the refused 11th (not retried), the tags, and one read per wanted tag past the cap.
      expect(index.listingCalls).toBe(11);
      expect(index.capped).toEqual({ listed: 1000, status, tagsRead: 10, found: 10 });
      expect(index.releases).toHaveLength(1010);
      expect(index.releases.map((r) => r.tag_name)).toContain('v0.3-beta-demo-nokia');
      expect(sandbox().count('repos/list-releases')).toBe(11);
      expect(sandbox().count('git/list-matching-refs')).toBe(1);
      expect(sandbox().count('repos/get-release-by-tag')).toBe(10);
    },
  );
});
