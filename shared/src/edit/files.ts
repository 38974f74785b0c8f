/**
 * Where an action that edits files reads and writes (bump-dev-version, pin-image-tags). Every path — a
 * listed target, a detected file, a zeitgeist refPath, a file a glob matched — goes through the one
 * rule of shared/src/action/paths.ts
 * (links followed; inside the workspace or the runner's temp folder unless allow-outside-workspace
 * lists its folder) and is from then on known as the file it really is: a link inside the workspace
 * is edited, and committed, as the file it points to, and stays a link.
 *
 * What is read comes from a Source: the working tree, or (when the change is pushed) the commit the
 * branch will be built on, so a rerun computes the same commit whatever an earlier run left behind.
 */
import { spawn } from 'node:child_process';
import { stat, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { InputError, UserError } from '../action/errors.js';
import { realPath, resolveInputPath, type PathRoots } from '../action/paths.js';
import { readCommittedFile } from '../git/branch.js';
import { Git } from '../git/git.js';
import type { Logger } from '../log.js';

/** Who named a path: the error for a path outside the allowed folders says so. */
export type Origin =
  | { kind: 'input'; input: string }
  | { kind: 'detected' }
  | { kind: 'docs' }
  /** A file a glob of this input matched. */
  | { kind: 'matched'; input: string }
  | { kind: 'refPath'; file: string; line: number | undefined; dependency: string };

export interface FilePath {
  /** The file: relative to the workspace with `/`, or absolute when it lies outside it (allowed). */
  path: string;
  /** The absolute path to read and write. */
  absolute: string;
  /** True when `path` is inside the workspace (and so can be committed). */
  inWorkspace: boolean;
}

const OUTSIDE = "outside the workspace and the runner's temp folder";

/** The one path rule, for this run's workspace and allowed folders. */
export class PathRule {
  private readonly seen = new Set<string>();

  constructor(
    private readonly roots: PathRoots,
    private readonly log: Logger,
  ) {}

  get workspace(): string {
    return this.roots.workspace;
  }

  /** The file `given` (relative to the workspace, or absolute) really is; errors name its origin. */
  resolve(given: string, origin: Origin): FilePath {
    let resolved;
    try {
      resolved = resolveInputPath(origin.kind === 'input' ? origin.input : 'path', given, this.roots);
    } catch (error) {
      if (!(error instanceof InputError) || origin.kind === 'input') throw error;
      const real = realPath(isAbsolute(given) ? given : join(this.roots.workspace, given));
      const allow = 'list its folder in allow-outside-workspace to edit it';
      if (origin.kind === 'detected')
        throw new UserError(`${given} is a link to ${real}, ${OUTSIDE}: ${allow}`);
      if (origin.kind === 'docs' || origin.kind === 'matched')
        throw new UserError(
          `${given} (matched by ${origin.kind === 'docs' ? 'docs' : origin.input}) leads to ${real}, ${OUTSIDE}: ${allow}`,
        );
      throw new UserError(
        `${origin.file}${origin.line ? `:${origin.line}` : ''}: dependency "${origin.dependency}" refPath ${given} leads to ${real}, ${OUTSIDE}: ${allow}`,
      );
    }
    const path = resolved.inWorkspace ?? resolved.real;
    if (resolved.inWorkspace !== undefined && resolved.inWorkspace.split('/')[0] === '.git') {
      throw new UserError(
        `${given} leads into the repository's .git folder (${path}); it is no file to edit`,
      );
    }
    const named = given.replace(/^\.\//, '');
    if (named !== path && !this.seen.has(named)) {
      this.seen.add(named);
      this.log.info(`${named} is a link to ${path}: that file is the one edited`);
    }
    return { path, absolute: resolved.real, inWorkspace: resolved.inWorkspace !== undefined };
  }
}

/** Where file contents come from. */
export interface Source {
  /** The file's bytes; undefined when it does not exist there. */
  read(file: FilePath): Promise<Buffer | undefined>;
  /** Many files' bytes at once, by path (a missing one left out), where the source can batch them. */
  readMany?(files: readonly FilePath[]): Promise<Map<string, Buffer>>;
}

/** The working tree as it is. Anything but a regular file (a FIFO, a device) is refused unread. */
export const workingTree: Source = {
  async read(file) {
    const info = await stat(file.absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (!info) return undefined;
    if (!info.isFile()) throw new UserError(`${file.path}: is not a regular file`);
    return readFile(file.absolute);
  },
};

/** The commit a pushed change is built on, and where the workspace sits in its repository. */
export interface Base {
  git: Git;
  commit: string;
  /** The workspace's folder inside the repository (`''` at its top, else ending with `/`). */
  prefix: string;
}

/** The checkout's HEAD; UserError when the workspace is no git checkout (push needs one). */
export async function checkoutBase(workspace: string): Promise<Base> {
  const git = new Git(workspace);
  const head = await git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
  if (head.exitCode !== 0) {
    throw new UserError(
      `The workspace (${workspace}) is not a git checkout with a commit: push needs one to build the branch on`,
    );
  }
  const prefix = await git.output(['rev-parse', '--show-prefix']);
  return { git, commit: head.stdout.trim(), prefix };
}

/** The files of a commit: a pushed change starts from what is committed, not from the working tree. */
export function commitSource(base: Base): Source {
  return {
    read(file) {
      if (!file.inWorkspace) {
        throw new UserError(`${file.path} is outside the repository: a pushed change cannot include it`);
      }
      return readCommittedFile(base.git, base.commit, base.prefix + file.path);
    },
    async readMany(files) {
      const outside = files.find((f) => !f.inWorkspace);
      if (outside) {
        throw new UserError(`${outside.path} is outside the repository: a pushed change cannot include it`);
      }
      // cat-file's input is one name per line: a path with a line break in it is read on its own.
      const odd = (f: FilePath): boolean => /[\r\n]/.test(f.path);
      const blobs = await readCommittedFiles(
        base.git,
        base.commit,
        files.filter((f) => !odd(f)).map((f) => base.prefix + f.path),
      );
      const found = new Map<string, Buffer>();
      for (const file of files) {
        const bytes = odd(file)
          ? await readCommittedFile(base.git, base.commit, base.prefix + file.path)
          : blobs.get(base.prefix + file.path);
        if (bytes) found.set(file.path, bytes);
      }
      return found;
    },
  };
}

/**
 * The raw bytes of many files of a commit in one `git cat-file --batch` (one process, however many
 * files); paths that are missing or not blobs are left out. Paths are relative to the repository's top.
 */
export function readCommittedFiles(
  git: Git,
  commit: string,
  paths: readonly string[],
): Promise<Map<string, Buffer>> {
  if (paths.length === 0) return Promise.resolve(new Map<string, Buffer>());
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: git.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(
          new Error(`git cat-file --batch at ${commit}: ${Buffer.concat(errors).toString('utf8').trim()}`),
        );
        return;
      }
      const out = Buffer.concat(chunks);
      const files = new Map<string, Buffer>();
      let at = 0;
      for (const path of paths) {
        const end = out.indexOf(0x0a, at);
        if (end < 0) break;
        const header = out.subarray(at, end).toString('utf8').split(' ');
        at = end + 1;
        if (header.length !== 3) continue; // `<name> missing`, `<name> ambiguous`
        const size = Number(header[2]);
        if (header[1] === 'blob') files.set(path, Buffer.from(out.subarray(at, at + size)));
        at += size + 1;
      }
      resolve(files);
    });
    child.stdin.end(paths.map((p) => `${commit}:${p}\n`).join(''));
  });
}

/** A file's bytes as UTF-8 text (a BOM kept); UserError naming the file when they are not UTF-8. */
export function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError(`${path}: is not UTF-8 text; it would be corrupted by rewriting it`);
  }
}

/** Reads each file once, through the rule and from the source; keeps every text read, by path. */
export class Reader {
  readonly texts = new Map<string, string>();
  /** Every file read, by path. */
  readonly files = new Map<string, FilePath>();

  constructor(
    readonly rule: PathRule,
    private readonly source: Source,
  ) {}

  /**
   * The file `given` names and its text; undefined when it does not exist and `optional`. A file
   * that is missing and not optional is a UserError naming it.
   */
  async read(
    given: string,
    origin: Origin,
    optional: boolean,
  ): Promise<{ file: FilePath; text: string } | undefined> {
    const file = this.rule.resolve(given, origin);
    this.files.set(file.path, file);
    const known = this.texts.get(file.path);
    if (known !== undefined) return { file, text: known };
    const bytes = await this.source.read(file);
    if (bytes === undefined) {
      if (optional) return undefined;
      throw new UserError(`${file.path}: no such file`);
    }
    const text = decodeUtf8(file.path, bytes);
    this.texts.set(file.path, text);
    return { file, text };
  }

  /**
   * Many files at once (those that exist; the missing left out), each read once: batched where the
   * source can (one git process for a commit), else a few at a time from the working tree.
   */
  async readAll(givens: readonly string[], origin: Origin): Promise<{ file: FilePath; text: string }[]> {
    const files = givens.map((given) => this.rule.resolve(given, origin));
    const unread = [
      ...new Map(files.filter((f) => !this.texts.has(f.path)).map((f) => [f.path, f])).values(),
    ];
    const bytes = new Map<string, Buffer>();
    if (this.source.readMany) {
      for (const [path, content] of await this.source.readMany(unread)) bytes.set(path, content);
    } else {
      for (let i = 0; i < unread.length; i += 32) {
        const batch = unread.slice(i, i + 32);
        const read = await Promise.all(batch.map((f) => this.source.read(f)));
        batch.forEach((f, j) => {
          const content = read[j];
          if (content) bytes.set(f.path, content);
        });
      }
    }
    for (const [path, content] of bytes) this.texts.set(path, decodeUtf8(path, content));
    const result: { file: FilePath; text: string }[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      this.files.set(file.path, file);
      const text = this.texts.get(file.path);
      if (text === undefined || seen.has(file.path)) continue;
      seen.add(file.path);
      result.push({ file, text });
    }
    return result;
  }
}

/** A path relative to the workspace, with `/` (for files found by walking it). */
export function workspaceRelative(workspace: string, absolute: string): string {
  return relative(workspace, absolute).split(sep).join('/');
}
