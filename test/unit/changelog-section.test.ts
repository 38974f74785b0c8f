import { describe, expect, it } from '@jest/globals';
import { versionFromRef } from '../../actions/changelog-section/src/inputs.js';
import { groupsWith, previousTag } from '../../actions/changelog-section/src/run.js';
import { defaultGroups } from '../../shared/src/changelog/index.js';

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

describe('version from the workflow ref', () => {
  it.each([
    ['refs/tags/v0.9-beta', 'v0.9-beta'],
    ['refs/tags/src/webhook/v0.8.0', 'src/webhook/v0.8.0'],
    ['refs/heads/releases/v0.9-beta', undefined],
    ['refs/pull/3/merge', undefined],
    ['', undefined],
  ])('%s gives %s', (ref, expected) => {
    expect(versionFromRef(ref)).toBe(expected);
  });
});

describe('label overrides', () => {
  it('replace the labels of the breaking, enhancement and bug sections only', () => {
    const groups = groupsWith({ breaking: ['major'], bug: ['kind/bug'], exclude: ['skip-changelog'] });
    const labelsOf = (title: string): string[] | undefined =>
      groups.sections.find((s) => s.title === title)?.labels;
    expect(labelsOf('**Breaking changes:**')).toEqual(['major']);
    expect(labelsOf('**Fixed bugs:**')).toEqual(['kind/bug']);
    expect(labelsOf('**Implemented enhancements:**')).toEqual(
      defaultGroups.sections.find((s) => s.title === '**Implemented enhancements:**')?.labels,
    );
    expect(groups.excludeLabels).toEqual(['skip-changelog']);
    expect(groupsWith({})).toEqual(defaultGroups);
  });
});
