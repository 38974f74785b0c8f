/** Shared by the bump-dev-version e2e tests: fixture trees in and out of workspaces, and the run. */
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, runAction, type RunOptions, type RunResult } from '../harness/runner.js';

export const TREES = join(ROOT, 'test/fixtures/version-trees');

/** Every file of a tree, by path (fixture files carry a `.txt` suffix so prettier leaves them alone). */
export function readTree(dir: string, strip: boolean, rel = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.name === '.git') continue;
    if (entry.isDirectory()) for (const [p, t] of readTree(dir, strip, path)) files.set(p, t);
    else files.set(strip ? path.replace(/\.txt$/, '') : path, readFileSync(join(dir, path), 'latin1'));
  }
  return files;
}

export function writeTree(dir: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text, 'latin1');
  }
}

/** A workspace holding a fixture tree. */
export function workspaceOf(tree: string, variant = 'input'): string {
  const dir = mkdtempSync(join(tmpdir(), `${tree}-`));
  writeTree(dir, readTree(join(TREES, tree, variant), true));
  return dir;
}

/** The workspace equals the expected tree, file for file and byte for byte. */
export function expectTree(workspace: string, tree: string, variant: string): void {
  const actual = readTree(workspace, false);
  const expected = readTree(join(TREES, tree, variant), true);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, text] of expected) expect({ path, text: actual.get(path) }).toEqual({ path, text });
}

export const bump = (
  workspace: string,
  inputs: RunOptions['inputs'],
  extra: Partial<RunOptions> = {},
): Promise<RunResult> =>
  runAction({ action: 'bump-dev-version', workspace, inputs, repository: 'o/promo-tools', ...extra });

export const VALUES_TARGET = 'helm/os-vim-driver/values.yaml: docker.version';

/** A workspace holding the given files (strings as UTF-8, buffers as they are). */
export function workspaceWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bump-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Run git with a fixed identity; trimmed output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

/** Make a workspace a repository with one commit of everything in it. */
export function commitAll(workspace: string): string {
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-qm', 'init');
  return git(workspace, 'rev-parse', 'HEAD');
}
