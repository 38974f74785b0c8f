/**
 * The run's artifact store on disk, and the file selection actions/upload-artifact@v4 makes: one
 * pattern a line (`!` excludes), relative to GITHUB_WORKSPACE, a folder meaning everything under
 * it, hidden files left out unless asked for, and paths kept relative to the least common ancestor
 * of the patterns' search paths (a single file keeps only its name).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { StepFailure } from './fixtures.js';
import { globToRegExp } from './hash-files.js';

export interface Selected {
  /** Absolute path of the file. */
  path: string;
  /** Path inside the artifact. */
  name: string;
}

const GLOB = /[*?[\]]/;

/** The search path of a pattern: its segments up to the first one holding a glob character. */
function searchPath(workspace: string, pattern: string): string {
  const segments = pattern.split('/');
  const literal: string[] = [];
  for (const s of segments) {
    if (GLOB.test(s)) break;
    literal.push(s);
  }
  return resolve(workspace, literal.join('/') || '.');
}

function filesUnder(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => filesUnder(join(path, e.name)));
}

function commonAncestor(paths: string[]): string {
  const split = paths.map((p) => p.split(sep));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/** The files upload-artifact would upload for its `path` input, with their names in the artifact. */
export function selectFiles(workspace: string, pathInput: string, includeHidden: boolean): Selected[] {
  const lines = pathInput
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const includes = lines.filter((l) => !l.startsWith('!'));
  const excludes = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  const rel = (p: string): string => relative(workspace, p).split(sep).join('/');
  const absolute = (pattern: string): string => rel(resolve(workspace, pattern));
  const found = new Set<string>();
  for (const pattern of includes) {
    const base = searchPath(workspace, pattern);
    const wanted = GLOB.test(pattern) ? globToRegExp(absolute(pattern)) : undefined;
    for (const file of filesUnder(base)) if (!wanted || wanted.test(rel(file))) found.add(file);
  }
  const excluded = excludes.map((e) => ({ re: globToRegExp(absolute(e)), dir: absolute(e) }));
  const kept = [...found]
    .filter((f) => !excluded.some((e) => e.re.test(rel(f)) || rel(f).startsWith(`${e.dir}/`)))
    .filter(
      (f) =>
        includeHidden ||
        !rel(f)
          .split('/')
          .some((s) => s.startsWith('.')),
    )
    .sort();
  if (kept.length === 0) return [];
  const searchPaths = includes.map((p) => searchPath(workspace, p));
  let root = commonAncestor(searchPaths);
  if (statSync(root, { throwIfNoEntry: false })?.isFile()) root = dirname(root);
  return kept.map((path) => ({ path, name: relative(root, path).split(sep).join('/') }));
}

export interface StoredArtifact {
  id: number;
  name: string;
  files: string[];
  digest: string;
}

/** One run's artifacts, each a folder under `dir`. */
export class ArtifactStore {
  private readonly artifacts = new Map<string, StoredArtifact>();
  private nextId = 1;
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  list(): StoredArtifact[] {
    return [...this.artifacts.values()];
  }

  get(name: string): StoredArtifact | undefined {
    return this.artifacts.get(name);
  }

  /** Store the files; Error (as upload-artifact's 409) when the name exists and overwrite is off. */
  upload(name: string, files: Selected[], overwrite: boolean): StoredArtifact {
    if (this.artifacts.has(name) && !overwrite)
      throw new StepFailure(
        'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
      );
    const folder = join(this.dir, name);
    rmSync(folder, { recursive: true, force: true });
    const digest = createHash('sha256');
    for (const file of files) {
      mkdirSync(dirname(join(folder, file.name)), { recursive: true });
      cpSync(file.path, join(folder, file.name));
      digest.update(`${file.name}\0`).update(readFileSync(file.path));
    }
    const stored = { id: this.nextId++, name, files: files.map((f) => f.name), digest: digest.digest('hex') };
    this.artifacts.set(name, stored);
    return stored;
  }

  /** Copy an artifact's files into `dest`; the names written. */
  download(name: string, dest: string): string[] {
    const stored = this.artifacts.get(name);
    if (!stored || !existsSync(join(this.dir, name)))
      throw new StepFailure(
        `Unable to download artifact(s): Artifact not found for name: ${name}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`,
      );
    mkdirSync(dest, { recursive: true });
    cpSync(join(this.dir, name), dest, { recursive: true });
    return stored.files;
  }
}
