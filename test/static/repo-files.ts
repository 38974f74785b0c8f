/** Enumerates the files the static checks read; every list may be empty while the repo grows. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPOSITORY } from '../../scripts/lib.js';

/** The repository root (test/static/ is two levels below it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * This repository on GitHub (owner/name), as the README's `uses:` examples spell it. Only `uses:` values under
 * it, and local `./` paths, are trusted without a commit SHA; the same name under another owner is a stranger's.
 * The one constant is scripts/lib.ts' REPOSITORY (the docs' examples and the workflow engine use it too).
 */
export const OWN_REPOSITORY = REPOSITORY;

/** Whether a `uses:` value names something in this repository (owner and name compare case-insensitively). */
export function isOwnRepositoryPath(uses: string): boolean {
  return uses.toLowerCase().startsWith(`${OWN_REPOSITORY.toLowerCase()}/`);
}

const YAML_FILE = /\.ya?ml$/;

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** Files under `dir` (relative to `root`) whose name matches `pattern`, recursively, as root-relative paths. */
export function listFiles(root: string, dir: string, pattern: RegExp, recursive = true): string[] {
  const base = path.join(root, dir);
  if (!isDirectory(base)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(base, { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive && entry.name !== 'node_modules') found.push(...listFiles(root, rel, pattern));
    } else if (pattern.test(entry.name)) {
      found.push(rel);
    }
  }
  return found.sort();
}

/** `.github/workflows/*.y*ml`: the reusable workflows and this repository's CI. */
export function workflowFiles(root: string): string[] {
  return listFiles(root, '.github/workflows', YAML_FILE, false);
}

/** `workflows-examples/**\/*.y*ml`: caller workflows, one per seed project. */
export function exampleFiles(root: string): string[] {
  return listFiles(root, 'workflows-examples', YAML_FILE);
}

/** Every workflow the checks lint: ours and the examples. */
export function allWorkflowFiles(root: string): string[] {
  return [...workflowFiles(root), ...exampleFiles(root)];
}

/** Names of the actions that have an `actions/<name>/action.yml` (or `.yaml`). */
export function actionNames(root: string): string[] {
  const base = path.join(root, 'actions');
  if (!isDirectory(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && actionFile(root, entry.name) !== undefined)
    .map((entry) => entry.name)
    .sort();
}

/** `actions/<name>/action.yml` or `.yaml` (root-relative), or undefined when neither exists. */
export function actionFile(root: string, name: string): string | undefined {
  return ['action.yml', 'action.yaml']
    .map((file) => `actions/${name}/${file}`)
    .find((rel) => existsSync(path.join(root, rel)));
}

/** TypeScript sources of one action (`actions/<name>/src/**\/*.ts`, no tests or declarations). */
export function actionSources(root: string, name: string): string[] {
  return listFiles(root, `actions/${name}/src`, /\.ts$/).filter((f) => !/\.(test|d)\.ts$/.test(f));
}

/** Whether `actions/<name>/src/` exists (an action.yml may be written before its code). */
export function hasSources(root: string, name: string): boolean {
  return isDirectory(path.join(root, 'actions', name, 'src'));
}

/** The core library's sources (`shared/src/**\/*.ts`). */
export function sharedSources(root: string): string[] {
  return listFiles(root, 'shared/src', /\.ts$/).filter((f) => !/\.(test|d)\.ts$/.test(f));
}
