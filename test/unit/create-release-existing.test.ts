/** What create-release does with what already exists for the tag: a table of states → decisions. */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../shared/src/action/errors.js';
import type { RemoteRelease } from '../../shared/src/github/releases.js';
import { decide, expectedChecksums, refuseBackwards } from '../../actions/create-release/src/existing.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

function release(
  id: number,
  draft: boolean,
  assets: Array<[string, string, string?]> = [],
  immutable = false,
): RemoteRelease {
  return {
    id,
    tag_name: 'v1.0.0',
    name: null,
    draft,
    prerelease: false,
    html_url: `https://github.com/o/r/releases/${id}`,
    upload_url: '',
    target_commitish: 'main',
    immutable,
    assets: assets.map(([name, sha, state = 'uploaded'], i) => ({
      id: id * 10 + i,
      name,
      size: 1,
      state,
      digest: `sha256:${sha}`,
      browser_download_url: '',
    })),
  };
}

const S1 = '1'.repeat(40);
const S2 = '2'.repeat(40);
const files = [{ name: 'a.tgz', sha256: A, size: 1 }];
const base = { tag: 'v1.0.0', rolling: false, files, targetSha: 'main' };

describe('decide', () => {
  it('makes a new release when nothing exists', () => {
    expect(decide({ drafts: [] }, base)).toEqual({ kind: 'release', stale: [] });
  });

  it("reuses this commit's oldest draft (a rerun, or a racing job); younger ones are stale", () => {
    const d1 = release(1, true);
    const d2 = release(2, true);
    expect(decide({ drafts: [d1, d2] }, base)).toEqual({ kind: 'release', draft: d1, stale: [d2] });
  });

  it('never reuses a draft for another commit: refused for a fixed tag, deleted for a rolling one', () => {
    const theirs = { ...release(1, true), target_commitish: S1 };
    const ours = { ...release(2, true), target_commitish: S2 };
    const options = { ...base, targetSha: S2 };
    expect(() => decide({ drafts: [theirs, ours] }, options)).toThrow(
      `A draft release for v1.0.0 exists for another commit: https://github.com/o/r/releases/1 (id 1) targets ${S1}, not ${S2}`,
    );
    expect(decide({ drafts: [theirs, ours] }, { ...options, rolling: true })).toEqual({
      kind: 'release',
      draft: ours,
      stale: [theirs],
    });
    expect(decide({ drafts: [theirs] }, { ...options, rolling: true })).toEqual({
      kind: 'release',
      stale: [theirs],
    });
  });

  it('is done when the published release holds every asset with the same digest', () => {
    const pub = release(3, false, [['a.tgz', A]]);
    expect(decide({ published: pub, drafts: [] }, base)).toEqual({
      kind: 'done',
      release: pub,
      unverified: false,
    });
  });

  it('is done, unverified, on a GitHub without digests when names and sizes match', () => {
    const pub = release(3, false, [['a.tgz', A]]);
    for (const a of pub.assets) a.digest = null;
    expect(decide({ published: pub, drafts: [] }, base)).toEqual({
      kind: 'done',
      release: pub,
      unverified: true,
    });
    pub.assets[0]!.size = 2;
    expect(() => decide({ published: pub, drafts: [] }, base)).toThrow(
      'already holds a.tgz with other content (2 bytes) than this run',
    );
  });

  it("expects the checksums file to list the release's other assets too", () => {
    const sums = expectedChecksums(
      [],
      [
        { name: 'a.tgz', sha256: A },
        { name: 'b.tgz', sha256: B },
      ],
      'SHA256SUMS',
    )!;
    const pub = release(3, false, [
      ['a.tgz', A],
      ['b.tgz', B],
      ['SHA256SUMS', sums.sha256],
    ]);
    const withSums = { ...base, checksums: 'SHA256SUMS' };
    expect(decide({ published: pub, drafts: [] }, withSums).kind).toBe('done');
    const onlyA = release(4, false, [
      ['a.tgz', A],
      ['b.tgz', B],
      ['SHA256SUMS', expectedChecksums([], files, 'SHA256SUMS')!.sha256],
    ]);
    // Its files are this run's; only the checksums file is made again, over every asset.
    expect(decide({ published: onlyA, drafts: [] }, withSums)).toEqual({
      kind: 'release',
      draft: onlyA,
      stale: [],
    });
  });

  it('refuses a published release holding one of its files with other content, naming both', () => {
    const pub = release(3, false, [['a.tgz', B]]);
    expect(() => decide({ published: pub, drafts: [] }, base)).toThrow(UserError);
    expect(() => decide({ published: pub, drafts: [] }, base)).toThrow(
      `The release for v1.0.0 (https://github.com/o/r/releases/3) already holds a.tgz with other content (sha256:${B}) than this run's file: a published asset is never overwritten.`,
    );
  });

  it('refuses another commit’s published release', () => {
    const pub = { ...release(3, false, [['b.tgz', B]]), target_commitish: S1 };
    const options = { ...base, tagSha: S1, targetSha: S2 };
    expect(() => decide({ published: pub, drafts: [] }, options)).toThrow(
      'A release for v1.0.0 already exists: https://github.com/o/r/releases/3',
    );
  });

  it('adds its files to this commit’s published release (a matrix job that published first), its drafts left over', () => {
    const pub = release(3, false, [['b.tgz', B]]);
    const leftover = release(4, true, [['a.tgz', A]]);
    expect(decide({ published: pub, drafts: [leftover] }, base)).toEqual({
      kind: 'release',
      draft: pub,
      stale: [leftover],
    });
    // A starter of its file there is a broken upload, not other content: adopting deletes it.
    const broken = release(5, false, [['a.tgz', A, 'starter']]);
    expect(decide({ published: broken, drafts: [] }, base)).toMatchObject({ kind: 'release', draft: broken });
  });

  it('refuses to add its files to an immutable published release, naming them', () => {
    const pub = release(3, false, [['b.tgz', B]], true);
    expect(() => decide({ published: pub, drafts: [] }, base)).toThrow(
      "is immutable: GitHub lets no asset be added to it, so this run's files (a.tgz) cannot join it",
    );
  });

  it('replaces a rolling release holding one of its files with other content (the same commit rebuilt)', () => {
    const pub = release(3, false, [['a.tgz', B]]);
    expect(decide({ published: pub, drafts: [] }, { ...base, rolling: true })).toEqual({
      kind: 'release',
      stale: [],
      replace: pub,
    });
  });

  it('replaces a rolling tag’s release, reusing a draft a crashed run left', () => {
    const pub = release(3, false, [['a.tgz', B]]);
    const d = release(4, true, [['a.tgz', A]]);
    expect(decide({ published: pub, drafts: [d] }, { ...base, rolling: true })).toEqual({
      kind: 'release',
      draft: d,
      stale: [],
      replace: pub,
    });
  });

  it('replaces a rolling release with the same assets when the tag must move to a new commit', () => {
    const pub = release(3, false, [['a.tgz', A]]);
    const moved = { ...base, rolling: true, tagSha: S1, targetSha: S2 };
    expect(decide({ published: pub, drafts: [] }, moved)).toEqual({
      kind: 'release',
      stale: [],
      replace: pub,
    });
    expect(decide({ published: pub, drafts: [] }, { ...moved, targetSha: S1 })).toEqual({
      kind: 'done',
      release: pub,
      unverified: false,
    });
  });

  it('refuses to replace an immutable rolling release', () => {
    const pub = release(3, false, [['a.tgz', B]], true);
    expect(() => decide({ published: pub, drafts: [] }, { ...base, rolling: true })).toThrow('is immutable');
  });
});

describe('refuseBackwards', () => {
  const pub = release(3, false, [['a.tgz', A]]);
  const moving = { tag: 'v0.1-test', release: pub, tagSha: S1, targetSha: S2 };

  it("refuses an ancestor of the tag's commit, naming the tag, both commits, the release and the way out", () => {
    let error: unknown;
    try {
      refuseBackwards('behind', moving);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toContain(`The rolling tag v0.1-test points at ${S1} (${pub.html_url})`);
    expect(message).toContain(`this run releases ${S2}, an older commit (an ancestor of ${S1})`);
    expect(message).toContain('nothing was changed');
    expect(message).toContain('delete that release (the tag stays) and rerun');
  });

  it.each(['ahead', 'diverged', 'identical', 'unrelated'] as const)(
    'lets a %s commit replace it',
    (relation) => {
      expect(() => refuseBackwards(relation, moving)).not.toThrow();
    },
  );
});
