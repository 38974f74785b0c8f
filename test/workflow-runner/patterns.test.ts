/** Pure mappings the engine relies on: GitHub's filter patterns, matrix expansion, path globs, permissions. */
import { describe, expect, it } from '@jest/globals';
import { filterPattern } from './event.js';
import { globToRegExp } from './hash-files.js';
import { expandMatrix } from './matrix.js';
import { excess, lower, readPermissions } from './permissions.js';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { child } from './load.js';

describe('filter patterns (docs: "Filter pattern cheat sheet")', () => {
  it.each([
    ['v*', 'v1.2.3', true],
    ['v*', 'releases/v1', false],
    ['releases/*/*', 'releases/v0.10/fix', true],
    ['releases/*/*', 'releases/v0.10', false],
    ['releases/**', 'releases/a/b/c', true],
    ['[0-9]+.[0-9]+.[0-9]+', '0.2.0', true],
    ['[0-9]+.[0-9]+.[0-9]+', 'v0.2.0', false],
    ['[0-9]+.[0-9]+.[0-9]+', '10.20.30', true],
    ['v[12].[0-9]+.[0-9]+', 'v2.10.0', true],
    ['v1.?', 'v1', true],
    ['v1.?', 'v1.2', false],
    ['v1?', 'v', true],
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(filterPattern(pattern).test(name)).toBe(expected);
  });
});

describe('matrix expansion', () => {
  it('leaves a matrix of only include as its entries, and refuses an empty one', () => {
    expect(expandMatrix({ include: [{ a: 1 }, { b: 2 }] })).toEqual([{ a: 1 }, { b: 2 }]);
    expect(() => expandMatrix({ os: ['x'], exclude: [{ os: 'x' }] })).toThrow(
      'the matrix has no combination left',
    );
  });

  it('adds an include to every combination it does not change, objects compared by value', () => {
    expect(
      expandMatrix({
        node: [{ v: 20 }, { v: 22 }],
        include: [{ node: { v: 22 }, lts: true }, { color: 'green' }],
      }),
    ).toEqual([
      { node: { v: 20 }, color: 'green' },
      { node: { v: 22 }, lts: true, color: 'green' },
    ]);
  });
});

describe('path globs (hashFiles, upload-artifact)', () => {
  it.each([
    ['**/package-lock.json', 'package-lock.json', true],
    ['**/package-lock.json', 'a/b/package-lock.json', true],
    ['build/*.tar.gz', 'build/x.tar.gz', true],
    ['build/*.tar.gz', 'build/sub/x.tar.gz', false],
    ['build/**/*.tar.gz', 'build/x.tar.gz', true],
    ['file?.txt', 'file1.txt', true],
    ['[ab].txt', 'c.txt', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('permissions', () => {
  const read = (yaml: string) => {
    const parsed = parseWorkflow(
      { name: 'w.yml', content: `on: push\npermissions: ${yaml}\njobs: {}\n` },
      new NoOperationTraceWriter(),
    );
    return readPermissions(child(parsed.value, 'permissions'));
  };

  it('reads read-all, write-all, {} and mappings, and lowers each scope', () => {
    expect(read('read-all')?.contents).toBe('read');
    expect(read('read-all')?.['id-token']).toBe('none');
    expect(read('write-all')?.['pull-requests']).toBe('write');
    expect(read('{}')?.contents).toBe('none');
    const mapping = read('\n  contents: write\n  issues: read')!;
    expect(lower(mapping, read('read-all')!)).toMatchObject({
      contents: 'read',
      issues: 'read',
      packages: 'none',
    });
    expect(excess('j', mapping, read('{}')!)).toEqual([
      "The nested job 'j' is requesting 'contents: write', but is only allowed 'contents: none'.",
      "The nested job 'j' is requesting 'issues: read', but is only allowed 'issues: none'.",
    ]);
  });
});
