import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { auditProblems } from './audits.js';
import { KNOWN_FINDINGS } from './known-findings.js';
import { formatProblem } from './problems.js';
import { REPO_ROOT } from './repo-files.js';
import { loadTargets } from './targets.js';
import type { YamlFile } from './yaml-doc.js';

/** A repository of fixtures: each file marks the lines the audits must report, and nothing else may be. */
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'repo');

/**
 * `file:line: rule` for every `# expect: rule[, rule]` marker at the end of a line, and every
 * `# expect line N: rule` (for a line whose own comment would change what is checked).
 */
function expectedFindings(file: YamlFile): string[] {
  return file.text.split('\n').flatMap((text, i) => {
    const onLine = /(?:#|\/\/).*\bexpect: ([\w, -]+)$/.exec(text);
    const elsewhere = /# expect line (\d+): ([\w, -]+)$/.exec(text);
    const [line, rules] = onLine ? [i + 1, onLine[1]] : elsewhere ? [Number(elsewhere[1]), elsewhere[2]] : [];
    if (line === undefined || rules === undefined) return [];
    return rules.split(',').map((rule) => `${file.rel}:${line}: ${rule.trim()}`);
  });
}

describe('offline audits', () => {
  const fixtures = loadTargets(FIXTURES);
  const found = auditProblems(FIXTURES, fixtures);
  const files = [...fixtures.workflows, ...fixtures.actions];

  it('the fixtures parse', () => {
    expect(fixtures.problems).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [file.rel, file] as const))('%s: exactly the marked findings', (rel, file) => {
    const got = found
      .filter((problem) => problem.file === rel)
      .map((problem) => `${problem.file}:${problem.line}: ${problem.rule} — ${problem.message}`);
    const want = expectedFindings(file);
    expect(got.map((line) => line.split(' — ')[0]).sort()).toEqual(want.sort());
    // Printed when the assertion above fails: what was found, with the messages.
    expect(got.length).toBe(want.length);
  });

  it('every finding names its audit', () => {
    expect(found.filter((problem) => problem.rule === undefined).map(formatProblem)).toEqual([]);
  });
});

describe('offline audits over this repository', () => {
  const targets = loadTargets(REPO_ROOT);
  const found = auditProblems(REPO_ROOT, targets).map((p) => ({ ...p, text: formatProblem(p) }));
  const known = (p: { file: string; rule?: string; message: string }): boolean =>
    KNOWN_FINDINGS.some((k) => k.file === p.file && k.rule === p.rule && p.message.includes(k.excerpt));

  it('workflows, examples and action.yml files pass every audit (known findings aside)', () => {
    expect([...targets.problems, ...found.filter((p) => !known(p))].map(formatProblem).sort()).toEqual([]);
  });

  it('every known finding is still there (remove it from known-findings.ts once fixed)', () => {
    const stale = KNOWN_FINDINGS.filter(
      (k) => !found.some((p) => k.file === p.file && k.rule === p.rule && p.message.includes(k.excerpt)),
    );
    expect(stale).toEqual([]);
  });
});
