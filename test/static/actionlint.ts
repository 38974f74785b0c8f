/** actionlint over our workflows, with local actions and reusable workflows resolved from disk. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Problem } from './problems.js';
import { REPO_ROOT } from './repo-files.js';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'actionlint-runner.ts');

export interface Finding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

/**
 * Findings actionlint 1.7.7 gets wrong for this repository:
 * - it predates `node24` (GitHub's runners accept it; action-metadata.test.ts checks `runs.using`);
 * - when dist/ is not built it reports `runs.main` missing (action-metadata.test.ts owns that rule, and
 *   says when it skips it).
 */
function isKnownFalsePositive(finding: Finding, root: string): boolean {
  if (/invalid runner name "node24"/.test(finding.message)) return true;
  const missingMain = /file "[^"]*" does not exist in "[^"]*"\. it is specified at "main" key/;
  return missingMain.test(finding.message) && !existsSync(path.join(root, 'dist'));
}

/** Runs actionlint once over absolute `files`, which may belong to different repositories. */
export async function actionlintFindings(files: readonly string[]): Promise<Finding[]> {
  if (files.length === 0) return [];
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', RUNNER, ...files], {
    cwd: REPO_ROOT, // where `--import tsx` resolves
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = stdout.trimEnd().split('\n').pop() ?? '[]';
  return JSON.parse(last) as Finding[];
}

/** The findings that concern files under `root`, as problems (known false positives dropped). */
export function actionlintProblems(root: string, findings: readonly Finding[]): Problem[] {
  return findings
    .filter((finding) => !path.relative(root, finding.file).startsWith('..'))
    .filter((finding) => !isKnownFalsePositive(finding, root))
    .map((finding) => ({
      file: path.relative(root, finding.file),
      line: finding.line,
      message: `actionlint [${finding.kind}] ${finding.message} (column ${finding.column})`,
    }));
}

/** Lints `files` (root-relative) with actionlint; returns its findings as problems. */
export async function actionlint(root: string, files: readonly string[]): Promise<Problem[]> {
  const findings = await actionlintFindings(files.map((file) => path.join(root, file)));
  return actionlintProblems(root, findings);
}
