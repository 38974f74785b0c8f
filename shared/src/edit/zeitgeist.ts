/**
 * zeitgeist's `dependencies.yaml`: `dependencies: [{name, version, refPaths: [{path, match}]}]`, and
 * its local check (`zeitgeist validate --local-only`, behind `make verify-dependencies`), which
 * changed in zeitgeist v0.6.0 (kubernetes-sigs/zeitgeist bd27f1b, "Allow multiple matches in a single
 * file", dependency/dependency.go LocalCheck):
 * - before v0.6.0 ('one-line'): a refPath agrees when one line its `match` selects contains the
 *   version; the scan stops there. An empty `match` selects every line.
 * - v0.6.0 and later ('every-line'): every selected line must contain it, at least one must be
 *   selected, and a refPath without `match` makes the whole file invalid.
 * `set-version` (both) rewrites only the selected lines that contain the old version.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { EditError, lineAt, type Occurrence } from './span.js';
import { findVersionStrings, textLines, type TextLine } from './regex.js';
import { parseYaml, yamlScalarAt } from './yaml.js';

/** Which zeitgeist's check a repository runs (see above). */
export type RefPathRule = 'one-line' | 'every-line';

export interface RefPath {
  path: string;
  /** The regular expression, in Go RE2 syntax (see compileMatch). */
  match: string;
  /** The line of the refPath (its `- path:`) in dependencies.yaml. */
  line?: number;
}

export interface Dependency {
  name: string;
  /** The `version` scalar in dependencies.yaml. */
  version: Occurrence;
  refPaths: RefPath[];
}

/** The dependencies a dependencies.yaml lists. */
export function readDependencies(text: string): Dependency[] {
  const doc = parseYaml(text);
  const list = doc.get('dependencies', true);
  if (!isSeq(list)) throw new EditError('has no `dependencies:` list');
  return list.items.map((item, index) => {
    if (!isMap(item)) throw new EditError(`dependencies[${index}] is not a mapping`);
    const map: YAMLMap = item;
    const name = map.get('name');
    if (typeof name !== 'string') throw new EditError(`dependencies[${index}] has no name`);
    const refs = map.get('refPaths', true);
    const refPaths = isSeq(refs)
      ? refs.items.map((ref, r) => {
          const path: unknown = isMap(ref) ? ref.get('path') : undefined;
          const match: unknown = isMap(ref) ? ref.get('match') : undefined;
          const line = lineAt(text, (isMap(ref) ? ref.range?.[0] : undefined) ?? 0);
          if (typeof path !== 'string') throw new EditError(`${name}: refPaths[${r}] has no path`, line);
          if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.split(/[\\/]/).includes('..')) {
            throw new EditError(`${name}: refPaths[${r}] path ${path} is outside the repository`, line);
          }
          const source = typeof match === 'string' || typeof match === 'number' ? String(match) : '';
          try {
            compileMatch(source);
          } catch (error) {
            throw new EditError(`dependency ${name}: ${(error as Error).message}`, line);
          }
          return { path, match: source, line };
        })
      : [];
    return { name, version: yamlScalarAt(doc, text, ['dependencies', index, 'version']), refPaths };
  });
}

/** RE2 syntax JavaScript would misread or reject, and what to write instead. */
const RE2_ONLY: [RegExp, string][] = [
  [/\[:\^?[a-z]+:\]/, 'POSIX classes such as [[:digit:]] (write [0-9] or \\d)'],
  [/(?<!\\)(?:\\\\)*\\[AzCQE]/, '\\A, \\z, \\C, \\Q…\\E (write ^ or $, or escape each character)'],
  [/(?<!\\)(?:\\\\)*\\[pP]/, 'Unicode classes such as \\pL or \\p{Greek}'],
  [/\(\?[imsU-]*U/, 'the U (ungreedy) flag'],
];

/**
 * Compile a zeitgeist `match` (Go RE2) as JavaScript: leading `(?i)`/`(?m)`/`(?s)` become flags and
 * `(?P<name>` becomes `(?<name>`; RE2-only syntax is an EditError naming what to write instead.
 */
export function compileMatch(match: string): RegExp {
  for (const [pattern, what] of RE2_ONLY) {
    if (pattern.test(match))
      throw new EditError(`match /${match}/ uses ${what}, which JavaScript reads otherwise`);
  }
  const leading = /^\(\?([ims]+)\)/.exec(match);
  const flags = [...new Set(leading?.[1] ?? '')].join('');
  const source = match.slice(leading?.[0].length ?? 0).replace(/\(\?P</g, '(?<');
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new EditError(`match /${match}/ is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** The lines of a file that a refPath's `match` selects. */
export function selectedLines(text: string, match: string): TextLine[] {
  const regex = compileMatch(match);
  return textLines(text).filter((line) => regex.test(line.text));
}

export interface RefMismatch {
  line: number;
  text: string;
}

/**
 * zeitgeist's check of one refPath under `rule`: the selected lines that lack the version (as a
 * substring, as zeitgeist checks), how many were selected, and whether the refPath agrees. Under
 * 'one-line' the lines are reported only when none holds the version (they are why it disagrees).
 */
export function checkRefPath(
  text: string,
  match: string,
  version: string,
  rule: RefPathRule = 'every-line',
): { selected: number; mismatches: RefMismatch[]; agrees: boolean } {
  const lines = selectedLines(text, match);
  const lacking = lines.filter((l) => !l.text.includes(version)).map((l) => ({ line: l.line, text: l.text }));
  const agrees =
    lines.length > 0 && (rule === 'every-line' ? lacking.length === 0 : lacking.length < lines.length);
  return { selected: lines.length, mismatches: agrees ? [] : lacking, agrees };
}

/**
 * Where the version stands on the lines `match` selects, to be replaced: whole occurrences only
 * (`4.0.5` in `v4.0.5-0`, never in `14.0.5`). Under 'every-line' a selected line that lacks it is an
 * EditError; under 'one-line' such lines are left as zeitgeist's set-version leaves them, and only a
 * refPath where no selected line holds it is an error (it already disagrees).
 */
export function refPathOccurrences(
  text: string,
  match: string,
  version: string,
  rule: RefPathRule = 'every-line',
): Occurrence[] {
  const lines = selectedLines(text, match);
  if (lines.length === 0) throw new EditError(`match /${match}/ selects no line`);
  const found: Occurrence[] = [];
  const lacking: TextLine[] = [];
  for (const line of lines) {
    const here = findVersionStrings(line.text, version, true);
    if (here.length === 0) lacking.push(line);
    for (const o of here)
      found.push({ ...o, start: o.start + line.start, end: o.end + line.start, line: line.line });
  }
  const bad = lacking[0];
  if (bad && (rule === 'every-line' || found.length === 0)) {
    throw new EditError(
      `line ${bad.line} is selected by /${match}/ but does not contain ${version}`,
      bad.line,
    );
  }
  return found;
}
