/** Temporary repositories for the negative tests: each check must be able to fail. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];

/**
 * A temp directory holding `files` (root-relative path -> content) plus an empty `.git/` and
 * `.github/workflows/`, which is what actionlint takes for a project root.
 */
export function makeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'static-check-'));
  created.push(root);
  mkdirSync(path.join(root, '.git'));
  mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

/** Removes every repository made by makeRepo (call from afterAll). */
export function removeRepos(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Joins lines, so fixtures read as YAML without template-literal indentation. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}
