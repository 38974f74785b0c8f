/** The version-scheme table: one version in PEP 440 and SemVer, next development versions, `v` prefixes. */
import { describe, expect, it } from '@jest/globals';
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import {
  formatVersion,
  hasVPrefix,
  nextDevVersion,
  parseAnyVersion,
  sameVersion,
  SchemeError,
  type Increment,
  type Version,
} from '../../shared/src/versions/schemes.js';

const v = (text: string): Version => {
  const parsed = parseAnyVersion(text);
  if (!parsed) throw new Error(`${text} did not parse`);
  return parsed;
};

describe('formatVersion', () => {
  it.each([
    ['0.2.0', '0.2.0', '0.2.0'],
    ['v4.5.1', '4.5.1', '4.5.1'],
    ['0.2.0.dev0', '0.2.0.dev0', '0.2.0-dev.0'],
    ['0.2.0-dev.0', '0.2.0.dev0', '0.2.0-dev.0'],
    ['1.2.3rc1', '1.2.3rc1', '1.2.3-rc.1'],
    ['1.2.3-rc.1', '1.2.3rc1', '1.2.3-rc.1'],
    ['1.0.0a2', '1.0.0a2', '1.0.0-alpha.2'],
    ['1.0.0-beta.3', '1.0.0b3', '1.0.0-beta.3'],
    ['1.2.3rc2.dev0', '1.2.3rc2.dev0', '1.2.3-rc.2.dev.0'],
  ])('%s is %s in PEP 440 and %s in SemVer', (input, pep, sem) => {
    expect(formatVersion(v(input), 'pep440')).toBe(pep);
    expect(formatVersion(v(input), 'semver')).toBe(sem);
    expect(semver.valid(sem)).toBe(sem);
    expect(pep440.valid(pep)).not.toBeNull();
  });

  it('writes the v only when asked (a file that had one keeps it)', () => {
    expect(formatVersion(v('4.6.0'), 'semver', true)).toBe('v4.6.0');
    expect(formatVersion(v('v4.6.0'), 'semver', false)).toBe('4.6.0');
    expect(hasVPrefix('v4.5.1')).toBe(true);
    expect(hasVPrefix('4.5.1')).toBe(false);
    expect(hasVPrefix('very')).toBe(false);
  });

  it('refuses what SemVer cannot say in the same order', () => {
    expect(() => formatVersion(v('1.0.post1'), 'semver')).toThrow(SchemeError);
    expect(() => formatVersion(v('1!1.0'), 'semver')).toThrow(/epoch/);
    expect(() => formatVersion(v('1.2.3.4'), 'semver')).toThrow(/three/);
  });

  // Issue 10 item 11: a version is written as given, or translated between the schemes' spellings of
  // the same version, or refused naming the scheme; never padded, normalised or cut short.
  it.each([
    ['1.2', '1.2', /1\.2 has no SemVer form \(SemVer has exactly three release numbers; 2 here\)/],
    ['01.2.3', /01\.2\.3 is not written as PEP 440 writes it: give 1\.2\.3/, /01\.2\.3 is not SemVer/],
    ['1.2.3.RC1', /give 1\.2\.3rc1/, /1\.2\.3\.RC1 is not SemVer/],
    ['1.0.0+Build.A', /PEP 440 would write its build metadata as \+build\.a/, '1.0.0+Build.A'],
  ])('%s: PEP 440 %p, SemVer %p', (input, pep, sem) => {
    for (const [scheme, want] of [
      ['pep440', pep],
      ['semver', sem],
    ] as const) {
      if (typeof want === 'string') expect(formatVersion(v(input), scheme)).toBe(want);
      else expect(() => formatVersion(v(input), scheme)).toThrow(want);
    }
  });

  it('keeps build metadata in both schemes (v1.2.3+build is not 1.2.3)', () => {
    expect(formatVersion(v('v1.2.3+build'), 'semver')).toBe('1.2.3+build');
    expect(formatVersion(v('v1.2.3+build'), 'pep440')).toBe('1.2.3+build');
    expect(formatVersion(v('1.2.3+build.5'), 'semver', true)).toBe('v1.2.3+build.5');
  });

  it('reads no version from a text too long or a number too large to count with', () => {
    expect(parseAnyVersion('99999999999999999999999.0.0')).toBeUndefined();
    expect(parseAnyVersion(`${'1'.repeat(100_000)}.0.0`)).toBeUndefined();
    expect(parseAnyVersion(`1.0.0-${'a'.repeat(300)}`)).toBeUndefined();
    expect(parseAnyVersion('9007199254740991.0.0')).toBeDefined();
  });

  it('refuses a SemVer-only prerelease in PEP 440', () => {
    expect(() => formatVersion(v('1.0.0-foo.1'), 'pep440')).toThrow(SchemeError);
    expect(formatVersion(v('1.0.0-foo.1'), 'semver')).toBe('1.0.0-foo.1');
  });

  it('does not parse what is no version', () => {
    expect(parseAnyVersion('latest')).toBeUndefined();
    expect(parseAnyVersion('v')).toBeUndefined();
    expect(parseAnyVersion('')).toBeUndefined();
  });
});

describe('nextDevVersion', () => {
  it.each<[string, Increment, string, string]>([
    ['0.1.0', 'minor', '0.2.0.dev0', '0.2.0-dev.0'],
    ['0.1.0', 'patch', '0.1.1.dev0', '0.1.1-dev.0'],
    ['0.1.0', 'major', '1.0.0.dev0', '1.0.0-dev.0'],
    ['v4.5.1', 'minor', '4.6.0.dev0', '4.6.0-dev.0'],
    ['1.2.3rc1', 'minor', '1.3.0.dev0', '1.3.0-dev.0'],
    ['1.2.3rc1', 'major', '2.0.0.dev0', '2.0.0-dev.0'],
  ])('after %s (%s): %s / %s', (release, increment, pep, sem) => {
    const next = nextDevVersion(v(release), increment);
    expect(formatVersion(next, 'pep440')).toBe(pep);
    expect(formatVersion(next, 'semver')).toBe(sem);
    // Sorts above the release in both schemes: the point of 0.2.0-dev.0 over 0.2.0.dev0 in Chart.yaml.
    expect(pep440.gt(pep, formatVersion(v(release), 'pep440'))).toBe(true);
    expect(semver.gt(sem, formatVersion(v(release), 'semver'))).toBe(true);
    // And below the release it leads to, in both.
    expect(pep440.lt(pep, pep.replace('.dev0', ''))).toBe(true);
    expect(semver.lt(sem, sem.replace('-dev.0', ''))).toBe(true);
  });

  it('refuses a development version that would sort below the release (patch after 1.2.3rc1)', () => {
    expect(() => nextDevVersion(v('1.2.3rc1'), 'patch')).toThrow(
      /1\.2\.3\.dev0, which does not sort above it/,
    );
  });

  it('works from a SemVer-only prerelease through semver', () => {
    expect(formatVersion(nextDevVersion(v('1.2.3-foo.1'), 'minor'), 'semver')).toBe('1.3.0-dev.0');
    // semver's own rule: a minor bump of 1.0.0-foo.1 is 1.0.0, and 1.0.0-dev.0 sorts below 1.0.0-foo.1.
    expect(() => nextDevVersion(v('1.0.0-foo.1'), 'minor')).toThrow(SchemeError);
  });
});

describe('sameVersion', () => {
  it.each([
    ['0.2.0.dev0', '0.2.0-dev.0', true],
    ['v4.5.1', '4.5.1', true],
    ['1.2.3rc1', '1.2.3-rc.1', true],
    ['1.2', '1.2.0', true],
    ['0.2.0', '0.2.0.dev0', false],
    ['4.5.1', '14.5.1', false],
    ['1.0.0+a', '1.0.0+b', false],
    ['latest', 'latest', true],
  ])('%s = %s: %s', (a, b, same) => {
    expect(sameVersion(a, b)).toBe(same);
  });
});

describe('ordering of .dev0 and -dev.0 (what the docs claim)', () => {
  it('agrees against releases, differs against pre-releases', () => {
    expect([pep440.lt('0.2.0.dev0', '0.2.0'), semver.lt('0.2.0-dev.0', '0.2.0')]).toEqual([true, true]);
    expect([pep440.gt('0.2.0.dev0', '0.1.9'), semver.gt('0.2.0-dev.0', '0.1.9')]).toEqual([true, true]);
    expect([pep440.lt('1.0.0rc1.dev0', '1.0.0rc1'), semver.lt('1.0.0-rc.1.dev.0', '1.0.0-rc.1')]).toEqual([
      true,
      false,
    ]);
    expect([pep440.lt('1.0.0.dev0', '1.0.0a1'), semver.lt('1.0.0-dev.0', '1.0.0-alpha.1')]).toEqual([
      true,
      false,
    ]);
  });
});
