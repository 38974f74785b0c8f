/** Which tag a run releases, and what the tag says about the release: tables of ref → tag. */
import { describe, expect, it } from '@jest/globals';
import {
  acceptable,
  DEFAULT_ROLLING,
  invalidRefName,
  isRolling,
  looksLikePrerelease,
  releaseTitle,
  resolveTag,
  type TagPolicy,
} from '../../actions/create-release/src/tag.js';

const SEMVER: TagPolicy = { pattern: 'semver', rolling: DEFAULT_ROLLING };
const KM: TagPolicy = {
  pattern: /^v\d+\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?$/,
  rolling: DEFAULT_ROLLING,
  fallback: 'v0.1-test',
};

describe('resolveTag', () => {
  it.each<[string | undefined, string, TagPolicy, string | undefined, string | undefined]>([
    // input, ref, policy → tag, source
    [undefined, 'refs/tags/v1.2.3', SEMVER, 'v1.2.3', 'tag ref'],
    [undefined, 'refs/tags/v0.9-beta', KM, 'v0.9-beta', 'tag ref'],
    [undefined, 'refs/heads/releases/v0.9-beta/snapshot-api', KM, 'v0.9-beta', 'release branch'],
    [undefined, 'refs/heads/releases/v1.2.3/fix', SEMVER, 'v1.2.3', 'release branch'],
    // KM: "releases/beta/snapshot-api" names no v-tag, so it maps to the rolling v0.1-test.
    [undefined, 'refs/heads/releases/beta/snapshot-api', KM, 'v0.1-test', 'fallback'],
    [undefined, 'refs/heads/releases/v0.9-beta', KM, 'v0.1-test', 'fallback'],
    [undefined, 'refs/heads/main', KM, 'v0.1-test', 'fallback'],
    [undefined, 'refs/heads/main', SEMVER, undefined, undefined],
    [undefined, 'refs/heads/releases/beta/x', SEMVER, undefined, undefined],
    // A branch naming a version the policy refuses names that tag (getInputs refuses it), never the fallback.
    [
      undefined,
      'refs/heads/releases/v1.2/fix',
      { ...SEMVER, fallback: 'v0.1-test' },
      'v1.2',
      'release branch',
    ],
    [
      undefined,
      'refs/heads/releases/v0.9-beta/x',
      { ...SEMVER, fallback: 'v0.1-test' },
      'v0.9-beta',
      'release branch',
    ],
    [undefined, 'refs/pull/3/merge', SEMVER, undefined, undefined],
    ['v2.0.0', 'refs/heads/main', SEMVER, 'v2.0.0', 'input'],
    ['v2.0.0', 'refs/tags/v1.0.0', SEMVER, 'v2.0.0', 'input'],
  ])('%s on %s → %s', (input, ref, policy, tag, source) => {
    const resolved = resolveTag(input, ref, policy);
    expect(resolved?.tag).toBe(tag);
    expect(resolved?.source).toBe(source);
  });
});

describe('tag policy', () => {
  it.each<[string, TagPolicy, boolean]>([
    ['v1.2.3', SEMVER, true],
    ['v1.2.3-rc.1', SEMVER, true],
    ['v1.2.3+build.5', SEMVER, true],
    ['1.2.3', SEMVER, false],
    ['v1.2', SEMVER, false],
    ['v0.9-beta', SEMVER, false],
    ['v0.1-test', SEMVER, true], // a rolling tag is always allowed
    ['v0.10-daily', SEMVER, true],
    ['v0.9-beta', KM, true],
    ['v0.10-beta-demo-nokia', KM, true],
    ['release-1', KM, false],
  ])('%s acceptable: %s', (tag, policy, ok) => {
    expect(acceptable(tag, policy)).toBe(ok);
  });

  it.each<[string, boolean]>([
    ['v0.1-test', true],
    ['v0.10-daily', true],
    ['v1.0.0-edge', true],
    ['v0.1-test2', false],
    ['v0.11-beta', false],
    ['daily', false],
  ])('%s rolling by default: %s', (tag, rolling) => {
    expect(isRolling(tag, DEFAULT_ROLLING)).toBe(rolling);
  });

  it('rolling globs escape everything but *', () => {
    expect(isRolling('v0x1-test', ['v0.1-test'])).toBe(false);
    expect(isRolling('nightly-2026', ['nightly-*'])).toBe(true);
  });

  it.each([
    ['', true],
    ['v1.0.0', false],
    ['a b', true],
    ['v1..2', true],
    ['v1.lock', true],
    ['v1/', true],
    ['-v1', true],
    ['v1~2', true],
    ['src/webhook/v0.8.0', false],
  ])('invalid ref name %j: %s', (tag, invalid) => {
    expect(invalidRefName(tag)).toBe(invalid);
  });
});

describe('what a tag says', () => {
  it.each([
    ['v1.2.3', false],
    ['v1.2.3-rc.1', true],
    ['v2.0.0-alpha.1', true],
    ['v0.9-beta', true],
    ['v0.10-daily', true],
    ['v1.2.3+build', false],
    ['v1.2', false],
  ])('%s prerelease: %s', (tag, pre) => {
    expect(looksLikePrerelease(tag)).toBe(pre);
  });

  it('fills the title template', () => {
    expect(releaseTitle('Kontain {tag}', 'v0.9-beta')).toBe('Kontain v0.9-beta');
    expect(releaseTitle('os-vim-driver {version} ({tag})', 'v1.2.0')).toBe('os-vim-driver 1.2.0 (v1.2.0)');
  });
});
