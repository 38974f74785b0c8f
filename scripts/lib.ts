/** What the build and docs scripts share: where the repository is and which actions it has. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The `uses:` prefix users write for our actions and reusable workflows. */
export const REPOSITORY = 'release-actions/release-actions';
export const RELEASE_REF = 'v1';

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string | number | boolean;
  deprecationMessage?: string;
}

export interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main?: string };
}

/** Names of every action (a folder under actions/ with an action.yml). */
export function allActionNames(): string[] {
  const dir = join(ROOT, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'action.yml')))
    .sort();
}

/** Names of the actions that run on node (bundled into dist/). */
export function actionNames(): string[] {
  return allActionNames().filter((name) => readAction(name).runs.using.startsWith('node'));
}

export function readAction(name: string): ActionYml {
  return parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;
}
