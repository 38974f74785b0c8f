/**
 * The Go modules of a repository: every go.mod below the root (or below chosen folders), except those
 * under `vendor/` and `testdata/` (the go command never treats those as modules of the repository) or
 * under an excluded folder; each with its in-repository dependencies (its `require`s of another module
 * found here).
 */
import { posix } from 'node:path';
import { parseGoMod } from './parse.js';
import type { GoModFile } from './types.js';

export interface GoModule {
  /** Module path from the `module` directive. */
  path: string;
  /** Directory relative to the repository root, `/`-separated; `''` for the root. */
  dir: string;
  /** The go.mod file relative to the repository root. */
  file: string;
  /** Module paths of the modules found here that this one requires, sorted. */
  dependencies: string[];
  mod: GoModFile;
}

const IGNORED_FOLDERS = new Set(['vendor', 'testdata']);

/** Normalise a folder given by a user to `a/b` form (`''` for the root); undefined when it leaves the root. */
export function normaliseFolder(folder: string): string | undefined {
  const clean = posix.normalize(folder.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (clean === '.' || clean === '') return '';
  if (clean.startsWith('/') || clean === '..' || clean.startsWith('../')) return undefined;
  return clean;
}

/** True when `dir` is `folder` or below it. */
export function isWithin(dir: string, folder: string): boolean {
  return folder === '' || dir === folder || dir.startsWith(`${folder}/`);
}

/** The go.mod paths (of a file listing) that are modules of the repository. */
export function goModFiles(files: readonly string[]): string[] {
  return files
    .filter((file) => file === 'go.mod' || file.endsWith('/go.mod'))
    .filter(
      (file) =>
        !file
          .split('/')
          .slice(0, -1)
          .some((part) => IGNORED_FOLDERS.has(part)),
    )
    .sort();
}

/** Parse go.mod texts into modules with their in-repository dependencies; throws on a syntax error or a duplicate module path. */
export function readModules(texts: ReadonlyMap<string, string>): GoModule[] {
  const modules: GoModule[] = [];
  const byPath = new Map<string, GoModule>();
  for (const [file, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const mod = parseGoMod(text, file);
    if (!mod.module) throw new ModuleError(`${file} has no module directive`);
    const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    const known = byPath.get(mod.module.path);
    if (known) {
      throw new ModuleError(`${known.file} and ${file} both declare module ${mod.module.path}`);
    }
    const module: GoModule = { path: mod.module.path, dir, file, dependencies: [], mod };
    byPath.set(module.path, module);
    modules.push(module);
  }
  for (const module of modules) {
    const required = module.mod.require.map((r) => r.path).filter((p) => p !== module.path && byPath.has(p));
    module.dependencies = [...new Set(required)].sort();
  }
  return modules;
}

/** A problem with the modules found (no module directive, a module path declared twice, a cycle). */
export class ModuleError extends Error {
  override readonly name = 'ModuleError';
}
