/**
 * verify: every target holds the same version (in its own scheme, `v` or not), and every line a
 * zeitgeist refPath selects contains its dependency's version, as `make verify-dependencies` checks.
 */
import { checkRefPath } from '../../../shared/src/edit/zeitgeist.js';
import { sameVersion, type Version } from '../../../shared/src/versions/schemes.js';
import { UserError } from '../../../shared/src/action/errors.js';
import type { Located } from './locate.js';
import type { Deps, RunResult } from './run.js';

export interface Mismatch {
  file: string;
  line: number;
  key: string;
  found: string;
  expected: string;
}

/** Every place that disagrees with `expected`. */
export function findMismatches(located: Located, expected: Version): Mismatch[] {
  const mismatches: Mismatch[] = [];
  // A citation cites a release: during development it rightly names the last one.
  const development = Boolean(expected.pep?.is_devrelease) || /(^|[.-])dev/.test(expected.text);
  for (const { path, key, occurrence, field, citation } of located.locations) {
    if (field || (citation && development)) continue;
    if (!sameVersion(occurrence.value, expected.text)) {
      mismatches.push({
        file: path,
        line: occurrence.line,
        key,
        found: occurrence.value,
        expected: expected.text,
      });
    }
  }
  for (const check of located.refChecks) {
    const text = located.texts.get(check.path) ?? '';
    const result = checkRefPath(text, check.match, check.version);
    const key = `${check.dependency} refPath${check.match ? ` /${check.match}/` : ''}`;
    if (result.selected === 0) {
      mismatches.push({
        file: check.path,
        line: 0,
        key,
        found: '(no line matches)',
        expected: check.version,
      });
    }
    for (const m of result.mismatches) {
      mismatches.push({ file: check.path, line: m.line, key, found: m.text.trim(), expected: check.version });
    }
  }
  return mismatches;
}

/** verify mode: the summary, one annotation per mismatch, and the failure when there is any. */
export function verify(
  expected: Version,
  located: Located,
  deps: Deps,
  show: (v: Version) => string,
): RunResult {
  const mismatches = findMismatches(located, expected);
  const checked = located.locations.filter((l) => !l.field).length + located.refChecks.length;
  deps.summary.heading(
    `Version references: ${mismatches.length ? `${mismatches.length} mismatch(es)` : `all ${checked} agree`} on ${show(expected)}`,
  );
  deps.summary.table(
    ['file', 'line', 'key', 'found', 'expected'],
    mismatches.map((m) => [m.file, m.line || '', m.key, m.found, m.expected]),
  );
  if (mismatches.length === 0) {
    const rows = located.locations
      .filter((l) => !l.field)
      .map((l) => [l.path, l.occurrence.line, l.key, l.occurrence.value]);
    deps.summary.table(['file', 'line', 'key', 'value'], rows);
  }
  for (const m of mismatches) {
    deps.log.error(
      `${m.file}${m.line ? `:${m.line}` : ''}: ${m.key} holds ${m.found}, expected ${m.expected}`,
      {
        file: m.file,
        ...(m.line ? { startLine: m.line } : {}),
        title: 'Version mismatch',
      },
    );
  }
  const outputs = {
    version: show(expected),
    'previous-version': show(expected),
    'next-dev-version': '',
    'changed-files': [],
    mismatches,
  };
  if (mismatches.length > 0) {
    const failure = new UserError(
      `${mismatches.length} version reference(s) disagree with ${show(expected)}: ${mismatches.map((m) => `${m.file}${m.line ? `:${m.line}` : ''}`).join(', ')}`,
    );
    return { outputs, failure };
  }
  deps.log.info(`All ${checked} version references agree on ${show(expected)}.`);
  return { outputs };
}
