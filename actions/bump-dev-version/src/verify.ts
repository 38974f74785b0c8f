/**
 * verify: every target holds the same version (in its own scheme, `v` or not), and every line a
 * zeitgeist refPath selects contains its dependency's version, as `make verify-dependencies` checks.
 */
import { checkRefPath } from '../../../shared/src/edit/zeitgeist.js';
import { sameVersion, type Version } from '../../../shared/src/versions/schemes.js';
import type { Located } from './locate.js';

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
