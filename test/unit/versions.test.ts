import { describe, expect, it } from '@jest/globals';
import { findTag, previousTag, tagNameLike } from '../../shared/src/versions/index.js';

const TAGS = [
  'v0.1.0',
  'v0.2.0-alpha.1',
  'v0.2.0-alpha.2',
  'v0.2.0',
  'v0.10.0',
  'v1.0.0',
  'latest',
  'src/webhook/v0.2.0',
  '0.9.0',
];

describe('previous release tag', () => {
  it.each([
    ['v0.2.0', 'v0.1.0'], // prereleases of the same version are not "the previous release"
    ['0.2.0', 'v0.1.0'],
    ['v0.3.0', 'v0.2.0'],
    ['v0.2.0-alpha.3', 'v0.2.0-alpha.2'], // a prerelease counts prereleases
    ['v0.11.0', 'v0.10.0'], // SemVer order, not string order
    ['v1.0.0', 'v0.10.0'],
    ['v0.9.1', '0.9.0'], // tags with or without v
    ['v0.1.0', undefined], // the first release
  ])('before %s is %s', (version, expected) => {
    expect(previousTag(TAGS, version)).toBe(expected);
  });

  it('is undefined for a version that is not SemVer', () => {
    expect(previousTag(TAGS, 'v0.1-beta')).toBeUndefined();
  });
});

describe('the tag of a version', () => {
  it.each([
    ['v0.2.0', 'v0.2.0'],
    ['0.2.0', 'v0.2.0'],
    ['V0.2.0', 'v0.2.0'],
    ['0.9.0', '0.9.0'],
    ['v0.9.0', '0.9.0'],
    ['0.2', undefined],
    ['v0.2.0-alpha', undefined],
    ['latest', 'latest'],
  ])('%s is tagged %s', (version, expected) => {
    expect(findTag(TAGS, version)).toBe(expected);
  });

  it.each([
    ['0.3.0', 'v0.2.0', 'v0.3.0'],
    ['v0.3.0', '0.2.0', '0.3.0'],
    ['0.3.0', undefined, '0.3.0'],
    ['v0.1-beta', 'v0.1-alpha', 'v0.1-beta'],
  ])('an untagged %s after %s will be tagged %s', (version, like, expected) => {
    expect(tagNameLike(version, like)).toBe(expected);
  });
});
