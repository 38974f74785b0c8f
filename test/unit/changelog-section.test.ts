import { describe, expect, it } from '@jest/globals';
import { versionFromRef } from '../../actions/changelog-section/src/inputs.js';
import { groupsWith } from '../../actions/changelog-section/src/generate.js';
import { defaultGroups } from '../../shared/src/changelog/index.js';

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
