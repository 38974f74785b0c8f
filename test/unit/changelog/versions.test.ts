import { describe, expect, it } from '@jest/globals';
import { parseVersionHeading, versionsMatch } from '../../../shared/src/changelog/index.js';

describe('versionsMatch', () => {
  it.each([
    ['1.2.3', '1.2.3', true],
    ['v1.2.3', '1.2.3', true],
    ['1.2.3', 'v1.2.3', true],
    ['V1.2.3', 'v1.2.3', true],
    ['1.2.3', '1.2.30', false],
    ['1.2.30', '1.2.3', false],
    ['1.2.3', '1.2.3-rc.1', false],
    ['v1.2.3-rc.1', '1.2.3-rc.1', true],
    ['1.2.3-rc.1', '1.2.3-rc.10', false],
    ['1.2.3+build.1', '1.2.3+build.2', false],
    ['v0.1-beta', '0.1-beta', true],
    ['v0.1-beta', 'v0.1-beta', true],
    ['v0.1-beta', 'v0.1-BETA', false],
    ['2.0', 'v2.0', true],
    ['2.0', '2.0.0', false],
    ['version', 'version', true],
  ])('%s vs %s -> %s', (a, b, expected) => {
    expect(versionsMatch(a, b)).toBe(expected);
  });
});

describe('parseVersionHeading', () => {
  it.each([
    ['[3.1.0](https://github.com/o/r/tree/3.1.0) (2021-12-10)', '3.1.0', '2021-12-10', false, 'link'],
    ['[v3.1.0](https://github.com/o/r/tree/v3.1.0) (2021-12-10)', 'v3.1.0', '2021-12-10', false, 'link'],
    [
      '[release-7](https://github.com/o/r/tree/release-7) (2021-12-10)',
      'release-7',
      '2021-12-10',
      false,
      'link',
    ],
    ['[1.0.0] - 2017-06-20', '1.0.0', '2017-06-20', false, 'bracket'],
    ['[0.0.5] - 2014-12-13 [YANKED]', '0.0.5', '2014-12-13', true, 'bracket'],
    ['v1.2.3', 'v1.2.3', undefined, false, 'bare'],
    ['1.2.3', '1.2.3', undefined, false, 'bare'],
    ['v1.2.3 (2024-01-01)', 'v1.2.3', '2024-01-01', false, 'bare'],
    ['Version 1.2.3', '1.2.3', undefined, false, 'bare'],
    ['1.2.3 - 2024-01-01', '1.2.3', '2024-01-01', false, 'bare'],
    ['v0.1-beta', 'v0.1-beta', undefined, false, 'bare'],
  ])('%s', (text, version, date, yanked, style) => {
    const info = parseVersionHeading(text);
    expect(info).toMatchObject({ version, yanked, style, unreleased: false });
    expect(info?.date).toBe(date);
  });

  it('recognises Unreleased in all three forms and rejects prose headings', () => {
    expect(parseVersionHeading('[Unreleased]')?.unreleased).toBe(true);
    expect(parseVersionHeading('[Unreleased](https://github.com/o/r/tree/HEAD)')?.unreleased).toBe(true);
    expect(parseVersionHeading('Unreleased')?.unreleased).toBe(true);
    expect(parseVersionHeading('Upgrading from 1.1')).toBeUndefined();
    expect(parseVersionHeading('[Docs](https://example.com/docs)')).toBeUndefined();
  });
});
