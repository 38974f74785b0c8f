import { describe, expect, it } from '@jest/globals';
import { GoModSyntaxError, lex } from '../../shared/src/gomod/lexer.js';
import { isLocalPath, parseGoMod } from '../../shared/src/gomod/parse.js';

const REAL = `// Copyright Confidential Containers Contributors
// SPDX-License-Identifier: Apache-2.0

// Deprecated: use github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers/v2
// instead.
module github.com/confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor

go 1.22.0

toolchain go1.22.5

require (
	github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers v0.0.0-00010101000000-000000000000
	github.com/kata-containers/kata-containers/src/runtime v0.0.0-20240618060105-3daad20f5a8b // indirect
	"github.com/quoted/path" v1.2.3 // indirect; a comment after the marker
	github.com/raw/path v2.0.0+incompatible
)

require github.com/single/line v1.0.0-rc.1 // not indirect

exclude (
	github.com/bad/dep v1.0.0
)

replace (
	github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers => ../cloud-providers
	github.com/old/mod v1.0.0 => github.com/new/mod v1.0.1
	github.com/win/mod => C:/src/mod
)

replace github.com/another => ./vendor-local // trailing comment

// Published with a bad build.
retract v0.7.1

retract [v0.1.0, v0.2.5] // never worked

godebug default=go1.21

tool golang.org/x/tools/cmd/stringer

futuredirective something else
`;

describe('parseGoMod on a peer-pods style go.mod', () => {
  const mod = parseGoMod(REAL, 'src/cloud-api-adaptor/go.mod');

  it('reads module, go, toolchain and the deprecation paragraph', () => {
    expect(mod.module).toEqual({
      path: 'github.com/confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor',
      line: 6,
      deprecated: 'use github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers/v2\ninstead.',
    });
    expect(mod.go).toBe('1.22.0');
    expect(mod.toolchain).toBe('go1.22.5');
  });

  it('reads requires from blocks and single lines, quoted, with the indirect marker', () => {
    expect(mod.require.map((r) => [r.path, r.version, r.indirect, r.line])).toEqual([
      [
        'github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers',
        'v0.0.0-00010101000000-000000000000',
        false,
        13,
      ],
      [
        'github.com/kata-containers/kata-containers/src/runtime',
        'v0.0.0-20240618060105-3daad20f5a8b',
        true,
        14,
      ],
      ['github.com/quoted/path', 'v1.2.3', true, 15],
      ['github.com/raw/path', 'v2.0.0+incompatible', false, 16],
      ['github.com/single/line', 'v1.0.0-rc.1', false, 19],
    ]);
  });

  it('reads excludes, replaces (local and module, Windows paths) and retracts with rationale', () => {
    expect(mod.exclude).toEqual([{ path: 'github.com/bad/dep', version: 'v1.0.0', line: 22 }]);
    expect(mod.replace.map((r) => [r.old, r.new, r.local])).toEqual([
      [
        { path: 'github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers' },
        { path: '../cloud-providers' },
        true,
      ],
      [
        { path: 'github.com/old/mod', version: 'v1.0.0' },
        { path: 'github.com/new/mod', version: 'v1.0.1' },
        false,
      ],
      [{ path: 'github.com/win/mod' }, { path: 'C:/src/mod' }, true],
      [{ path: 'github.com/another' }, { path: './vendor-local' }, true],
    ]);
    expect(mod.retract).toEqual([
      { low: 'v0.7.1', high: 'v0.7.1', rationale: 'Published with a bad build.', line: 34 },
      { low: 'v0.1.0', high: 'v0.2.5', rationale: 'never worked', line: 36 },
    ]);
  });

  it('keeps godebug and tool, and records directives it does not know instead of failing', () => {
    expect(mod.godebug).toEqual([{ key: 'default', value: 'go1.21', line: 38 }]);
    expect(mod.tool).toEqual([{ path: 'golang.org/x/tools/cmd/stringer', line: 40 }]);
    expect(mod.unknown).toEqual([{ verb: 'futuredirective', line: 42 }]);
  });
});

describe('parseGoMod edge cases', () => {
  it('accepts CRLF, a BOM, an empty block and `require ()`', () => {
    const mod = parseGoMod('\uFEFFmodule example.com/m\r\n\r\nrequire ()\r\nexclude (\r\n)\r\n');
    expect(mod.module?.path).toBe('example.com/m');
    expect(mod.require).toEqual([]);
  });

  it('a // inside a quoted path is not a comment; one after an identifier is', () => {
    const mod = parseGoMod('module "example.com/a//b"\nrequire example.com/x v1.0.0// indirect\n');
    expect(mod.module?.path).toBe('example.com/a//b');
    expect(mod.require[0]).toMatchObject({ path: 'example.com/x', indirect: true });
  });

  it('stores versions in canonical form, as the go command does', () => {
    const mod = parseGoMod('require (\n a v1.2\n b v1\n c v1.2.3+meta\n d v2.0.0+incompatible\n)\n');
    expect(mod.require.map((r) => r.version)).toEqual(['v1.2.0', 'v1.0.0', 'v1.2.3', 'v2.0.0+incompatible']);
  });

  it('unquotes Go escapes', () => {
    expect(parseGoMod('module "example.com/\\u00e9\\x41\\101\\t"\n').module?.path).toBe('example.com/éAA\t');
  });

  it('a module line that only mentions Deprecated mid-paragraph is not deprecated', () => {
    expect(parseGoMod('// This is not Deprecated: at all\nmodule m\n').module?.deprecated).toBeUndefined();
    expect(parseGoMod('module m // Deprecated: gone\n').module?.deprecated).toBe('gone');
  });

  it.each([
    ['module a\nmodule b\n', 'go.mod:2:1: module: repeated module statement (first on line 1)'],
    ['module a /* no */\n', 'go.mod:1:10: mod files must use // comments, not /* */ comments'],
    ['module "a\n', 'go.mod:1:8: unexpected newline in string'],
    ['module "a\\q"\n', 'go.mod:1:8: invalid escape \\q in string "a\\q"'],
    ['require (\n  a v1.0.0\n', 'go.mod:1:1: require block is never closed with ")"'],
    ['require a 1.0.0\n', 'go.mod:1:11: require: version "1.0.0" invalid: must be of the form v1.2.3'],
    [
      'require a v1.0-rc.1\n',
      'go.mod:1:11: require: version "v1.0-rc.1" invalid: must be of the form v1.2.3',
    ],
    [
      'require `a` v1.0.0\n',
      'go.mod:1:9: require: invalid quoted string `a`: unquoted string cannot contain quote',
    ],
    [
      'replace a => C:\\x\n',
      'go.mod:1:14: replace: replacement directory appears to be Windows path (on a non-windows system)',
    ],
    ['require a\n', 'go.mod:1:9: require: usage: require module/path v1.2.3 (got 1 argument(s))'],
    [
      'replace a => b\n',
      'go.mod:1:14: replace: replacement module without version must be a directory path (rooted or starting with ./ or ../)',
    ],
    [
      'replace a => ../b v1.0.0\n',
      'go.mod:1:19: replace: replacement module directory path must not have a version',
    ],
    [
      'replace a b c => d\n',
      'go.mod:1:9: replace: usage: replace module/path [v1.2.3] => other/module v1.4 | => ./local/dir',
    ],
    ['go 1.22.x\n', "go.mod:1:1: go: invalid go version '1.22.x': must match format 1.23.0"],
    ['retract [v1.0.0 v1.1.0]\n', 'go.mod:1:9: retract: usage: retract v1.2.3 | retract [v1.2.3, v1.3.0]'],
    ['require (\n  a v1.0.0 (\n)\n', 'go.mod:2:12: unexpected "(" inside a require block'],
    [') \n', 'go.mod:1:1: unexpected ")": expected a directive'],
  ])('%j fails: %s', (text, message) => {
    expect(() => parseGoMod(text)).toThrow(GoModSyntaxError);
    expect(() => parseGoMod(text)).toThrow(message);
  });

  it('isLocalPath knows directories from module paths', () => {
    expect(['./x', '../x', '.', '..', '/abs', 'C:\\x', 'c:/x', '.\\x', '\\x'].map(isLocalPath)).toEqual(
      Array(9).fill(true),
    );
    expect(['example.com/x', 'x', '.hidden/x'].map(isLocalPath)).toEqual([false, false, false]);
  });

  it('lexes punctuation, strings and comments with positions', () => {
    const [line] = lex('retract [v1.0.0, "v1.1.0"] // why\n');
    expect(line?.tokens.map((t) => [t.kind, t.value, t.column])).toEqual([
      ['ident', 'retract', 1],
      ['punct', '[', 9],
      ['ident', 'v1.0.0', 10],
      ['punct', ',', 16],
      ['string', 'v1.1.0', 18],
      ['punct', ']', 26],
    ]);
    expect(line?.comment).toBe('why');
  });
});
