/** What create-release does with what already exists for the tag: a table of states → decisions. */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../shared/src/action/errors.js';
import type { RemoteRelease } from '../../shared/src/github/releases.js';
import { decide } from '../../actions/create-release/src/existing.js';

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

const wanted = [{ name: 'a.tgz', sha256: A }];
const base = { tag: 'v1.0.0', rolling: false, wanted };

describe('decide', () => {
  it('makes a new release when nothing exists', () => {
    expect(decide({ drafts: [] }, base)).toEqual({ kind: 'release' });
  });

  it('reuses the oldest draft (a rerun, or a racing job)', () => {
    const d1 = release(1, true);
    expect(decide({ drafts: [d1, release(2, true)] }, base)).toEqual({ kind: 'release', draft: d1 });
  });

  it('is done when the published release holds every asset with the same digest', () => {
    const pub = release(3, false, [['a.tgz', A]]);
    expect(decide({ published: pub, drafts: [] }, base)).toEqual({ kind: 'done', release: pub });
  });

  it('refuses a published release that differs, naming it', () => {
    const pub = release(3, false, [['a.tgz', B]]);
    expect(() => decide({ published: pub, drafts: [] }, base)).toThrow(UserError);
    expect(() => decide({ published: pub, drafts: [] }, base)).toThrow(
      'A release for v1.0.0 already exists: https://github.com/o/r/releases/3',
    );
  });

  it('refuses when an asset of that name is only a starter', () => {
    const pub = release(3, false, [['a.tgz', A, 'starter']]);
    expect(() => decide({ published: pub, drafts: [] }, base)).toThrow('already exists');
  });

  it('replaces a rolling tag’s release, reusing a draft a crashed run left', () => {
    const pub = release(3, false, [['a.tgz', B]]);
    const d = release(4, true, [['a.tgz', A]]);
    expect(decide({ published: pub, drafts: [d] }, { ...base, rolling: true })).toEqual({
      kind: 'release',
      draft: d,
      replace: pub,
    });
  });

  it('replaces a rolling release with the same assets when the tag must move to a new commit', () => {
    const pub = release(3, false, [['a.tgz', A]]);
    const moved = { ...base, rolling: true, tagSha: '1'.repeat(40), targetSha: '2'.repeat(40) };
    expect(decide({ published: pub, drafts: [] }, moved)).toEqual({ kind: 'release', replace: pub });
    expect(decide({ published: pub, drafts: [] }, { ...moved, targetSha: '1'.repeat(40) })).toEqual({
      kind: 'done',
      release: pub,
    });
  });

  it('refuses to replace an immutable rolling release', () => {
    const pub = release(3, false, [['a.tgz', B]], true);
    expect(() => decide({ published: pub, drafts: [] }, { ...base, rolling: true })).toThrow('is immutable');
  });
});
