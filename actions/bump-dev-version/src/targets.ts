/**
 * Which files hold the version: the well-known ones found in the workspace, the ones an input lists
 * (`path: key.path`, `path: /regex/`, or a bare path whose whole content is the version), and the
 * detected ones an input leaves out (`!path`, `!path: key.path`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseKeyPath } from '../../../shared/src/edit/span.js';
import { compileCapture } from '../../../shared/src/edit/regex.js';
import { findPyprojectVersion } from '../../../shared/src/edit/toml.js';

/** How a target writes versions: the project's scheme, one fixed scheme, or Chart.yaml's `version`. */
export type TargetScheme = 'project' | 'pep440' | 'semver' | 'chart';

interface Base {
  /** As given: relative to the workspace with `/` (or absolute); the path rule resolves it. */
  path: string;
  /** Listed by an input: a missing file or key is an error (a detected one is skipped). */
  explicit: boolean;
}

export type TargetSpec =
  | (Base & { kind: 'key'; keys: (string | number)[]; scheme: TargetScheme })
  | (Base & { kind: 'regex'; pattern: string; scheme: TargetScheme })
  | (Base & { kind: 'file'; scheme: TargetScheme })
  | (Base & { kind: 'pyproject' })
  | (Base & { kind: 'citation' })
  | (Base & { kind: 'zeitgeist' });

/** A detected target (or chart values entry) an input leaves out: a whole file, or one key of it. */
export interface Exclude {
  path: string;
  keys?: (string | number)[];
}

/** One line of the `targets` input; throws with what was expected. */
export function parseTargetLine(line: string): TargetSpec {
  const colon = line.indexOf(': ');
  const path = (colon === -1 ? line : line.slice(0, colon)).trim().replace(/^\.\//, '');
  if (!path) throw new Error('`path: key.path`, `path: /regex/` or `path`');
  if (colon === -1) return { kind: 'file', path, scheme: 'project', explicit: true };
  let rest = line.slice(colon + 2).trim();
  let scheme: TargetScheme = 'project';
  const word = /\s+(project|pep440|semver)$/.exec(rest);
  if (word && !(rest.startsWith('/') && !rest.slice(0, word.index).endsWith('/'))) {
    scheme = word[1] as 'project' | 'pep440' | 'semver';
    rest = rest.slice(0, word.index);
  }
  if (rest.startsWith('/')) {
    if (rest.length < 3 || !rest.endsWith('/'))
      throw new Error('a regular expression between slashes: /version: (\\S+)/');
    const pattern = rest.slice(1, -1);
    compileCapture(pattern);
    return { kind: 'regex', path, pattern, scheme, explicit: true };
  }
  if (/\s/.test(rest))
    throw new Error('one key path such as docker.version, then optionally project, pep440 or semver');
  return { kind: 'key', path, keys: parseKeyPath(rest), scheme, explicit: true };
}

/** A `targets` line that leaves a detected target out (`!path` or `!path: key.path`); undefined otherwise. */
export function parseExcludeLine(line: string): Exclude | undefined {
  if (!line.startsWith('!')) return undefined;
  const rest = line.slice(1).trim();
  const colon = rest.indexOf(': ');
  const path = (colon === -1 ? rest : rest.slice(0, colon)).trim().replace(/^\.\//, '');
  if (!path) throw new Error('`!path` or `!path: key.path` after the `!`');
  if (colon === -1) return { path };
  const keys = rest.slice(colon + 2).trim();
  if (/\s/.test(keys) || keys.startsWith('/')) throw new Error('one key path after `!path: `');
  return { path, keys: parseKeyPath(keys) };
}

/** True when `exclude` leaves out the value at `keys` of `path` (or, without keys, the whole file). */
export function excludes(exclude: Exclude, path: string, keys?: readonly (string | number)[]): boolean {
  if (exclude.path !== path) return false;
  return !exclude.keys || (keys !== undefined && JSON.stringify(exclude.keys) === JSON.stringify(keys));
}

/** Folders that hold other projects' files (vendored code, test data, examples), never the project's. */
const SKIP = new Set([
  'node_modules',
  'vendor',
  'third_party',
  'dist',
  'build',
  'venv',
  '__pycache__',
  'testdata',
  'test',
  'tests',
  'examples',
  'fixtures',
]);

/** True when a relative path lies in a folder that detection and doc globs skip (dot-folders too). */
export function inSkippedFolder(path: string): boolean {
  return path
    .split('/')
    .slice(0, -1)
    .some((dir) => dir.startsWith('.') || SKIP.has(dir));
}

/** Files named `name` at most `depth` folders below the workspace (hidden and vendored folders skipped). */
async function findNamed(workspace: string, name: string, depth: number, dir = ''): Promise<string[]> {
  const entries = await readdir(join(workspace, dir), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    // A link to a file is found too: the path rule then decides whether it may be edited.
    if ((entry.isFile() || entry.isSymbolicLink()) && entry.name === name) found.push(rel);
    else if (entry.isDirectory() && depth > 0 && !entry.name.startsWith('.') && !SKIP.has(entry.name)) {
      found.push(...(await findNamed(workspace, name, depth - 1, rel)));
    }
  }
  return found;
}

/** The well-known version files in a workspace, in a stable order. */
export async function detectTargets(workspace: string): Promise<TargetSpec[]> {
  const auto = { explicit: false };
  const [pkgInfo, charts, root] = await Promise.all([
    findNamed(workspace, 'pkg_info.json', 1),
    findNamed(workspace, 'Chart.yaml', 3),
    readdir(workspace).catch(() => [] as string[]),
  ]);
  const has = (name: string): boolean => root.includes(name);
  const targets: TargetSpec[] = [];
  for (const path of pkgInfo)
    targets.push({ kind: 'key', path, keys: ['version'], scheme: 'pep440', ...auto });
  // A pyproject.toml holding only tool settings is not Python metadata (and must not switch schemes).
  if (has('pyproject.toml') && (await holdsVersion(join(workspace, 'pyproject.toml')))) {
    targets.push({ kind: 'pyproject', path: 'pyproject.toml', ...auto });
  }
  if (has('package.json'))
    targets.push({ kind: 'key', path: 'package.json', keys: ['version'], scheme: 'semver', ...auto });
  for (const path of charts) {
    targets.push({ kind: 'key', path, keys: ['version'], scheme: 'chart', ...auto });
    targets.push({ kind: 'key', path, keys: ['appVersion'], scheme: 'project', ...auto });
  }
  if (has('VERSION')) targets.push({ kind: 'file', path: 'VERSION', scheme: 'project', ...auto });
  if (has('dependencies.yaml')) targets.push({ kind: 'zeitgeist', path: 'dependencies.yaml', ...auto });
  if (has('CITATION.cff')) targets.push({ kind: 'citation', path: 'CITATION.cff', ...auto });
  return targets;
}

/** True when pyproject.toml has a [project] or [tool.poetry] version (or one too odd to read: the error shows). */
async function holdsVersion(file: string): Promise<boolean> {
  try {
    return findPyprojectVersion(await readFile(file, 'utf8')) !== undefined;
  } catch {
    return true;
  }
}

/** True when the targets include Python packaging metadata (the project then writes PEP 440). */
export function hasPythonMetadata(targets: readonly TargetSpec[]): boolean {
  return targets.some((t) => t.kind === 'pyproject' || t.path.endsWith('pkg_info.json'));
}
