/**
 * verify: every target holds the same version (in its own scheme, `v` or not), a chart's own version
 * is one Helm accepts, and every zeitgeist refPath agrees with its dependency under the rule of the
 * zeitgeist the repository pins, as `make verify-dependencies` checks. Templated values are listed,
 * not checked.
 */
import semver from 'semver';
import { checkRefPath, selectedLines } from '../../../shared/src/edit/zeitgeist.js';
import {
  formatVersion,
  sameVersion,
  SchemeError,
  type Version,
} from '../../../shared/src/versions/schemes.js';
import { UserError } from '../../../shared/src/action/errors.js';
import type { Cell } from '../../../shared/src/action/outputs.js';
import type { Located } from './locate.js';
import type { Deps, RunResult } from './run.js';

export interface Mismatch {
  file: string;
  line: number;
  key: string;
  found: string;
  /** The value expected there (for a chart version: the SemVer to write). */
  expected: string;
  /** Why, when it is not simply another version. */
  reason?: string;
}

export interface CheckOptions {
  /** Check Chart.yaml `version` values against SemVer 2 (chart-version: semver). */
  chartSemver: boolean;
}

function semverForm(version: Version): string {
  try {
    return formatVersion(version, 'semver');
  } catch (error) {
    if (error instanceof SchemeError) return `a SemVer 2 version (${error.message})`;
    throw error;
  }
}

/** Every place that disagrees with `expected`. */
export function findMismatches(located: Located, expected: Version, options: CheckOptions): Mismatch[] {
  const mismatches: Mismatch[] = [];
  // A citation cites a release: during development it rightly names the last one.
  const development = Boolean(expected.pep?.is_devrelease) || /(^|[.-])dev/.test(expected.text);
  for (const { path, key, occurrence, field, citation, chart, image } of located.locations) {
    if (field || image || (citation && development)) continue;
    const found = occurrence.value;
    if (chart && options.chartSemver && !semver.valid(found)) {
      mismatches.push({
        file: path,
        line: occurrence.line,
        key,
        found,
        expected: semverForm(expected),
        reason: `a chart version must be SemVer 2: Helm 3.5.2 and later refuse this chart (chart.metadata.version "${found}" is invalid)`,
      });
    } else if (!sameVersion(found, expected.text)) {
      mismatches.push({ file: path, line: occurrence.line, key, found, expected: expected.text });
    }
  }
  const rule = located.rule.rule;
  for (const check of located.refChecks) {
    const key = `dependency "${check.dependency}" refPath${check.match ? ` /${check.match}/` : ''}`;
    if (rule === 'every-line' && check.match === '') {
      mismatches.push({
        file: check.from,
        line: check.line ?? 0,
        key,
        found: '(no match)',
        expected: 'a match: zeitgeist v0.6.0 and later refuse a refPath without one',
      });
      continue;
    }
    const result = checkRefPath(located.texts.get(check.path) ?? '', check.match, check.version, rule);
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

/** The rows of what was checked and agrees: each version value, each refPath, each templated value. */
function checkedRows(located: Located): Cell[][] {
  const rows: Cell[][] = located.locations
    .filter((l) => !l.field && !l.image)
    .map((l) => [l.path, l.occurrence.line, l.key, l.occurrence.value, 'agrees']);
  for (const check of located.refChecks) {
    const holding = selectedLines(located.texts.get(check.path) ?? '', check.match)
      .filter((l) => l.text.includes(check.version))
      .map((l) => l.line);
    const key = `dependency "${check.dependency}" refPath${check.match ? ` /${check.match}/` : ''}`;
    rows.push([check.path, holding.slice(0, 3).join(', '), key, check.version, 'agrees']);
  }
  return rows;
}

/** verify mode: the summary, one annotation per mismatch, and the failure when there is any. */
export function verify(
  expected: Version,
  located: Located,
  deps: Deps,
  show: (v: Version) => string,
  options: CheckOptions,
): RunResult {
  const mismatches = findMismatches(located, expected, options);
  const rows = checkedRows(located);
  const templated = located.templated.map((t) => [t.path, t.line, t.key, t.value, 'templated: skipped']);
  const skipped = templated.length ? ` (${templated.length} templated, skipped)` : '';
  deps.summary.heading(
    `Version references: ${mismatches.length ? `${mismatches.length} mismatch(es)` : `all ${rows.length} agree`} on ${show(expected)}${skipped}`,
  );
  for (const note of located.notes) deps.summary.paragraph(`- ${note}`);
  deps.summary.table(
    ['file', 'line', 'key', 'found', 'expected'],
    mismatches.map((m) => [
      m.file,
      m.line || '',
      m.key,
      m.found,
      m.reason ? `${m.expected} (${m.reason})` : m.expected,
    ]),
  );
  if (mismatches.length === 0)
    deps.summary.table(['file', 'line', 'key', 'value', 'check'], [...rows, ...templated]);
  else deps.summary.table(['file', 'line', 'key', 'value', 'check'], templated);
  for (const t of located.templated)
    deps.log.info(`${t.path}:${t.line}: ${t.key} is templated (${t.value}): skipped`);
  for (const m of mismatches) {
    // The annotation carries the file and line; the message says only what is wrong there.
    const message = m.reason
      ? `${m.key} holds ${m.found}: ${m.reason}; write ${m.expected}`
      : `${m.key} holds ${m.found}, expected ${m.expected}`;
    deps.log.error(message, {
      file: m.file,
      ...(m.line ? { startLine: m.line } : {}),
      title: 'Version mismatch',
    });
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
  deps.log.info(`All ${rows.length} version references agree on ${show(expected)}${skipped}.`);
  return { outputs };
}
