/** Format-preserving edits: only the value's characters change; everything else stays byte for byte. */
import { describe, expect, it } from '@jest/globals';
import { findJsonString, MAX_JSON_DEPTH } from '../../shared/src/edit/json.js';
import { compileCapture, findCaptures, findVersionStrings } from '../../shared/src/edit/regex.js';
import { applyEdits, EditError, parseKeyPath, type Occurrence } from '../../shared/src/edit/span.js';
import { findPyprojectVersion } from '../../shared/src/edit/toml.js';
import { findYamlScalar, parseYaml, yamlScalarsUnder } from '../../shared/src/edit/yaml.js';
import {
  checkRefPath,
  compileMatch,
  readDependencies,
  refPathOccurrences,
} from '../../shared/src/edit/zeitgeist.js';

/** Replace one occurrence and prove nothing outside its span moved. */
function replace(text: string, occurrence: Occurrence, value: string): string {
  const after = applyEdits(text, [{ occurrence, value }]);
  const written = occurrence.render(value);
  expect(after.slice(0, occurrence.start)).toBe(text.slice(0, occurrence.start));
  expect(after.slice(occurrence.start + written.length)).toBe(text.slice(occurrence.end));
  return after;
}

const VALUES = `# Default values for os-vim-driver.
docker:
  image: accanto/os-vim-driver   # the image
  version: '0.2.0.dev0'   # image tag
  other: "0.2.0.dev0"
  plain: 0.2.0.dev0
  list:
    - 1.0.0
    -   '2.0.0'
app:
    version: 9.9.9
`;

describe('YAML', () => {
  it.each([
    ['docker.version', `'0.3.0'`, "  version: '0.3.0'   # image tag"],
    ['docker.other', `"0.3.0"`, '  other: "0.3.0"'],
    ['docker.plain', '0.3.0', '  plain: 0.3.0'],
    ['docker.list[1]', `'0.3.0'`, "    -   '0.3.0'"],
  ])('%s keeps its quoting, comment and indentation', (path, written, line) => {
    const occurrence = findYamlScalar(VALUES, parseKeyPath(path));
    expect(occurrence.render('0.3.0')).toBe(written);
    const after = replace(VALUES, occurrence, '0.3.0');
    expect(after.split('\n')).toContain(line);
    expect(after.endsWith('\n')).toBe(true);
  });

  it('reads the value and its line', () => {
    const found = findYamlScalar(VALUES, ['docker', 'version']);
    expect(found).toMatchObject({ value: '0.2.0.dev0', line: 4 });
    expect(findYamlScalar(VALUES, ['app', 'version']).line).toBe(11);
  });

  it('quotes a plain value only when YAML would read it as something else', () => {
    const text = 'version: 0.2.0\nnumber: 1.5\n';
    expect(findYamlScalar(text, ['version']).render('1.10')).toBe('"1.10"');
    expect(findYamlScalar(text, ['version']).render('0.3.0')).toBe('0.3.0');
    expect(findYamlScalar(text, ['version']).render('yes: no')).toBe('"yes: no"');
    // A number stays a number when the new text reads as that number.
    expect(findYamlScalar(text, ['number']).render('1.6')).toBe('1.6');
    expect(findYamlScalar(text, ['number']).value).toBe('1.5');
  });

  it('keeps CRLF line ends and a missing final newline', () => {
    const text = 'apiVersion: v1\r\nversion: 0.2.0\r\nname: x';
    const after = replace(text, findYamlScalar(text, ['version']), '0.3.0');
    expect(after).toBe('apiVersion: v1\r\nversion: 0.3.0\r\nname: x');
  });

  it('names a missing key, a syntax error with its line, and a block scalar', () => {
    expect(() => findYamlScalar(VALUES, ['docker', 'tag'])).toThrow('has no key docker.tag');
    expect(() => findYamlScalar('a: 1\nb: [\nc: 2\n', ['a'])).toThrow(/is not valid YAML \(line \d\)/);
    try {
      findYamlScalar('a: 1\nb: [\nc: 2\n', ['a']);
    } catch (error) {
      expect((error as EditError).line).toBeGreaterThanOrEqual(2);
    }
    expect(() => findYamlScalar('v: |\n  0.1.0\n', ['v'])).toThrow(/block scalar/);
    expect(() => findYamlScalar(VALUES, ['docker'])).toThrow(/not a single value/);
    expect(() => findYamlScalar('docker:\n  version: 1\n  version: 2\n', ['docker', 'version'])).toThrow(
      'has the key docker.version twice (lines 2 and 3)',
    );
    // A plain number stays plain while the new value still reads as a number.
    expect(findYamlScalar('version: 1.10\n', ['version']).render('1.20')).toBe('1.20');
    expect(findYamlScalar('version: 1.10\n', ['version']).render('1.20.0')).toBe('1.20.0');
    try {
      findYamlScalar('a: 0\ndocker:\n  version: 1\n  version: 2\n', ['docker', 'version']);
    } catch (error) {
      expect((error as EditError).line).toBe(4);
    }
  });
});

describe('nesting too deep to read (issue 10 item 9)', () => {
  it('JSON: refuses past MAX_JSON_DEPTH with the line, instead of overflowing the stack', () => {
    const nested = (depth: number): string =>
      `{\n"version": "0.1.0",\n"x": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(findJsonString(nested(MAX_JSON_DEPTH - 1), ['version']).value).toBe('0.1.0');
    expect(() => findJsonString(nested(100_000), ['version'])).toThrow(
      new EditError(`nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels (line 3)`, 3),
    );
  });

  it('YAML: the parser running out of stack reads as nesting, with its line', () => {
    const text = `version: 0.1.0\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(() => findYamlScalar(text, ['version'])).toThrow('nests deeper than the YAML reader can follow');
  });
});

describe('YAML scalars under chosen keys (chart values)', () => {
  it('finds them at any depth, in lists too, with their key paths; skips maps, block scalars and nulls', () => {
    const text = [
      'docker:',
      '  image: accanto/os-vim-driver',
      "  version: '2.1.0'",
      'sidecars:',
      '- name: shipper',
      '  tag: 7.9.3',
      'tag:',
      '  nested: x',
      'notes: |',
      '  version: 9',
      'imageTag:',
      'appVersion: 2.1',
      '',
    ].join('\n');
    const found = yamlScalarsUnder(parseYaml(text), text, (k) =>
      ['version', 'tag', 'imageTag', 'appVersion'].includes(k),
    );
    expect(found.map((f) => [f.keys, f.occurrence.value, f.occurrence.line])).toEqual([
      [['docker', 'version'], '2.1.0', 3],
      [['sidecars', 0, 'tag'], '7.9.3', 6],
      [['appVersion'], '2.1', 12],
    ]);
    // Written back in its own style.
    expect(found[0]!.occurrence.render('2.2.0')).toBe("'2.2.0'");
  });
});

describe('JSON', () => {
  it.each([
    ['two spaces', '{\n  "version": "0.2.0.dev0",\n  "ignition-version": "==0.1.0"\n}\n'],
    ['four spaces', '{\n    "name": "x",\n    "version": "0.2.0.dev0"\n}'],
    ['tabs and CRLF', '{\r\n\t"nested": {"version": "1"},\r\n\t"version": "0.2.0.dev0"\r\n}\r\n'],
    ['one line', '{"a":[1,2,{"version":"x"}],"version":"0.2.0.dev0","z":null}'],
  ])('%s: only the value changes', (_name, text) => {
    const occurrence = findJsonString(text, ['version']);
    expect(occurrence.value).toBe('0.2.0.dev0');
    const after = replace(text, occurrence, '0.3.0');
    expect(after).toBe(
      text
        .replace('"version": "0.2.0.dev0"', '"version": "0.3.0"')
        .replace('"version":"0.2.0.dev0"', '"version":"0.3.0"'),
    );
    expect(JSON.parse(after)).toMatchObject({ version: '0.3.0' });
  });

  it('follows nested keys and indexes, and reads escapes', () => {
    const text = '{"a": {"b": [{"c": "x"}, {"c": "1.0\\u002e0"}]}}';
    const found = findJsonString(text, parseKeyPath('a.b[1].c'));
    expect(found.value).toBe('1.0.0');
    expect(found.line).toBe(1);
  });

  it('names a missing key, a value that is no string, and a syntax error with its line', () => {
    expect(() => findJsonString('{"name": "x"}', ['version'])).toThrow('has no key version');
    expect(() => findJsonString('{"version": 2}', ['version'])).toThrow('version holds 2, not a string');
    expect(() => findJsonString('{\n  "version": "1",\n  oops\n}', ['version'])).toThrow(
      'is not valid JSON (line 3): expected a key in double quotes',
    );
    expect(() => findJsonString('{"version": "1"} extra', ['version'])).toThrow(/after the JSON value/);
    const twice = '{\n  "a": {\n    "version": "1",\n    "version": "2"\n  },\n  "version": "x"\n}';
    expect(() => findJsonString(twice, ['a', 'version'])).toThrow(
      'has the key a.version twice (lines 3 and 4)',
    );
    // Elsewhere than along the key path, a repeated key is not ours to judge.
    expect(findJsonString(twice, ['version']).value).toBe('x');
  });
});

describe('regex targets', () => {
  it('needs exactly one capture group', () => {
    expect(() => compileCapture('version: \\S+')).toThrow('has 0 capture groups');
    expect(() => compileCapture('(a)(b)')).toThrow('has 2 capture groups');
    expect(() => compileCapture('(')).toThrow(/not a valid regular expression/);
    expect(compileCapture('(?:x)(y)').source).toBe('(?:x)(y)');
  });

  it("finds each match's group", () => {
    const text = "_IMG_VERSION: 'v4.5.1-0'\n_OTHER: 'v4.5.1-0'\n_IMG_VERSION: 'v4.5.1-0'\n";
    const found = findCaptures(text, compileCapture("^_IMG_VERSION: '(v[\\d.]+)-\\d+'"));
    expect(found.map((o) => [o.value, o.line])).toEqual([
      ['v4.5.1', 1],
      ['v4.5.1', 3],
    ]);
    expect(
      applyEdits(
        text,
        found.map((occurrence) => ({ occurrence, value: 'v4.6.0' })),
      ),
    ).toBe("_IMG_VERSION: 'v4.6.0-0'\n_OTHER: 'v4.5.1-0'\n_IMG_VERSION: 'v4.6.0-0'\n");
  });
});

describe('whole version strings', () => {
  const text =
    'use 0.7.0 or v0.7.0 (0.7.0). Not 10.7.0, 0.7.01, 0.7.0.1, 0.7.0-rc.1, 0.7.0.dev0, 0.7.0rc1, 0.7.0+b, dev0.7.0, 1.0.7.0; but driver-0.7.0.tgz and img v0.7.0-1 at the end: 0.7.0';
  it('finds whole versions only', () => {
    const found = findVersionStrings(text, '0.7.0');
    expect(found.map((o) => text.slice(o.start - 2, o.end + 1))).toEqual([
      'e 0.7.0 ',
      ' v0.7.0 ',
      ' (0.7.0)',
      'r-0.7.0.',
      ': 0.7.0',
    ]);
  });

  it('loose: an image revision after the version still names it', () => {
    expect(findVersionStrings(text, '0.7.0', true)).toHaveLength(6);
    expect(findVersionStrings('v4.5.1-0 v14.5.1-0 v4.5.10-0', '4.5.1', true).map((o) => o.start)).toEqual([
      1,
    ]);
  });
});

describe('pyproject.toml', () => {
  it('finds [project] and [tool.poetry] versions, not others', () => {
    const text =
      '[build-system]\nversion = "9"\n\n[project]\nname = "x"\nversion = "0.2.0.dev0"  # comment\n';
    const found = findPyprojectVersion(text)!;
    expect(found).toMatchObject({ value: '0.2.0.dev0', line: 6 });
    expect(replace(text, found, '0.3.0')).toContain('version = "0.3.0"  # comment\n');
    expect(findPyprojectVersion("[tool.poetry]\nversion = '1.0'\n")?.render('1.1')).toBe("'1.1'");
    expect(findPyprojectVersion('[project]\ndynamic = ["version"]\n')).toBeUndefined();
  });

  it.each([
    ['version = """0.1.0"""', 'is a multi-line string'],
    ["version = '''\n0.1.0'''", 'is a multi-line string'],
    ['version = ""', 'is empty'],
    ['version = "0.1.0" x', 'followed by nothing but a comment'],
    ['version = "0.1.0\\n"', 'is not a plain quoted string'],
  ])('refuses %s with its line', (line, message) => {
    expect(() => findPyprojectVersion(`[project]\n${line}\n`)).toThrow(message);
    try {
      findPyprojectVersion(`[project]\n${line}\n`);
    } catch (error) {
      expect((error as EditError).line).toBe(2);
    }
  });
});

describe('zeitgeist dependencies.yaml', () => {
  const deps = `dependencies:
  - name: "promo-tools"
    version: 4.5.1
    refPaths:
    - path: VERSION
    - path: cloudbuild.yaml
      match: "_IMG_VERSION: 'v\\\\d+\\\\.\\\\d+\\\\.\\\\d+-\\\\d+'"
`;
  it('reads names, versions and refPaths (no match: every line)', () => {
    const [dependency] = readDependencies(deps);
    expect(dependency?.name).toBe('promo-tools');
    expect(dependency?.version).toMatchObject({ value: '4.5.1', line: 3 });
    expect(dependency?.refPaths).toEqual([
      { path: 'VERSION', match: '', line: 5 },
      { path: 'cloudbuild.yaml', match: "_IMG_VERSION: 'v\\d+\\.\\d+\\.\\d+-\\d+'", line: 6 },
    ]);
  });

  it('checks as zeitgeist does: each selected line contains the version; a match selecting nothing fails', () => {
    const match = "_IMG_VERSION: 'v\\d+\\.\\d+\\.\\d+-\\d+'";
    expect(checkRefPath("a: 1\n_IMG_VERSION: 'v4.5.1-0'\n", match, '4.5.1')).toEqual({
      selected: 1,
      mismatches: [],
      agrees: true,
    });
    expect(checkRefPath("a: 1\n_IMG_VERSION: 'v4.5.0-0'\n", match, '4.5.1')).toEqual({
      selected: 1,
      mismatches: [{ line: 2, text: "_IMG_VERSION: 'v4.5.0-0'" }],
      agrees: false,
    });
    expect(checkRefPath('a: 1\n', match, '4.5.1').selected).toBe(0);
    expect(checkRefPath('a: 1\n', match, '4.5.1', 'one-line').agrees).toBe(false);
    expect(checkRefPath('v4.5.1\n', '', '4.5.1')).toEqual({ selected: 1, mismatches: [], agrees: true });
  });

  // zeitgeist before v0.6.0 (dependency.go LocalCheck: `found = true; break` on the first selected line
  // holding the version) and from v0.6.0 on (every selected line must hold it).
  it('follows the rule of the zeitgeist in use: one selected line, or every one', () => {
    const dockerfile = 'FROM kpromo:v4.5.1-0 AS build\nFROM kpromo:v4.4.0-0 AS old\n';
    expect(checkRefPath(dockerfile, '^FROM kpromo', '4.5.1', 'one-line')).toEqual({
      selected: 2,
      mismatches: [],
      agrees: true,
    });
    expect(checkRefPath(dockerfile, '^FROM kpromo', '4.5.1', 'every-line')).toEqual({
      selected: 2,
      mismatches: [{ line: 2, text: 'FROM kpromo:v4.4.0-0 AS old' }],
      agrees: false,
    });
    // set-version rewrites only the selected lines that hold the old version (both rules); the strict
    // rule refuses to start from a refPath that already disagrees.
    const found = refPathOccurrences(dockerfile, '^FROM kpromo', '4.5.1', 'one-line');
    expect(found.map((o) => [o.line, dockerfile.slice(o.start, o.end)])).toEqual([[1, '4.5.1']]);
    expect(() => refPathOccurrences(dockerfile, '^FROM kpromo', '4.5.1', 'every-line')).toThrow(
      'line 2 is selected by /^FROM kpromo/ but does not contain 4.5.1',
    );
    expect(() => refPathOccurrences(dockerfile, '^FROM kpromo', '4.6.0', 'one-line')).toThrow(
      'line 1 is selected by /^FROM kpromo/ but does not contain 4.6.0',
    );
  });

  it('locates the version on selected lines for editing, and refuses a selected line without it', () => {
    const text = "x: 'v4.5.1-0'\n_IMG_VERSION: 'v4.5.1-0'\n";
    const found = refPathOccurrences(text, '_IMG_VERSION', '4.5.1');
    expect(found.map((o) => [o.line, text.slice(o.start, o.end)])).toEqual([[2, '4.5.1']]);
    expect(() => refPathOccurrences("_IMG_VERSION: 'v14.5.1-0'\n", '_IMG_VERSION', '4.5.1')).toThrow(
      'line 1 is selected by /_IMG_VERSION/ but does not contain 4.5.1',
    );
    expect(() => refPathOccurrences('nothing\n', 'NOPE', '4.5.1')).toThrow('match /NOPE/ selects no line');
  });

  it('needs a dependencies list', () => {
    expect(() => readDependencies('deps: []\n')).toThrow('has no `dependencies:` list');
  });

  it('reads Go RE2 matches: leading flags, (?P<name>); refuses RE2-only syntax and paths outside', () => {
    expect(compileMatch('(?i)^V\\d').test('v4')).toBe(true);
    expect(compileMatch('(?is)^x(?P<n>\\d)').exec('X1')?.groups?.n).toBe('1');
    for (const match of ['[[:digit:]]', '^v\\d+\\z', '\\Ax', '\\pL', '(?U)a+'])
      expect(() => compileMatch(match)).toThrow(/uses .*which JavaScript reads otherwise/);
    expect(compileMatch('a\\\\z').test('a\\z')).toBe(true);
    const one = (path: string, match: string): string =>
      `dependencies:\n  - name: p\n    version: 1.0.0\n    refPaths:\n    - path: ${path}\n      match: '${match}'\n`;
    expect(() => readDependencies(one('VERSION', '^[[:digit:]]'))).toThrow(/^dependency p: match/);
    expect(() => readDependencies(one('../x', '^v'))).toThrow('p: refPaths[0] path ../x is outside');
    expect(() => readDependencies(one('/etc/x', '^v'))).toThrow('is outside the repository');
  });
});

describe('key paths', () => {
  it('parses dots and indexes', () => {
    expect(parseKeyPath('docker.version')).toEqual(['docker', 'version']);
    expect(parseKeyPath('a[0].b[2][1]')).toEqual(['a', 0, 'b', 2, 1]);
    expect(() => parseKeyPath('a..b')).toThrow(EditError);
  });
});
