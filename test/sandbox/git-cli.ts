/**
 * Running git against bare repositories (execFile, no shell, a deterministic environment): the
 * process layer under the git store, the seed fixtures and the fork clones.
 */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';

export interface RunOptions {
  input?: Buffer | string;
  env?: Record<string, string>;
  /** Exit codes that are answers, not failures (returned in `code`). */
  okCodes?: number[];
}

export interface RunResult {
  stdout: Buffer;
  code: number;
}

/** A git command that failed with an exit code the caller did not expect. */
export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | string | undefined,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${String(code)}): ${stderr.trim()}`);
  }
}

/** A deterministic environment: no user config, no prompts, no hooks from the machine. */
const BASE_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

/** Run git against a bare repository. */
export function runGit(gitDir: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const full = [`--git-dir=${gitDir}`, ...args];
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      full,
      { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, env: { ...BASE_ENV, ...opts.env } },
      (err, stdout, stderr) => {
        if (!err) return resolve({ stdout, code: 0 });
        const code = (err as NodeJS.ErrnoException & { code?: number | string }).code;
        if (typeof code === 'number' && opts.okCodes?.includes(code)) return resolve({ stdout, code });
        reject(new GitError(args, code, stderr.toString('utf8')));
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(opts.input ?? '');
  });
}

/** The stdout of a git command as text. */
export async function text(gitDir: string, args: string[], opts?: RunOptions): Promise<string> {
  return (await runGit(gitDir, args, opts)).stdout.toString('utf8');
}

/** Revisions never start with '-' (they would be read as options) nor carry newlines (batch input). */
export function safeRev(rev: string): boolean {
  return rev.length > 0 && !rev.startsWith('-') && !/[\n\r\0]/.test(rev);
}

/** git's date format for GIT_*_DATE / mktag from an ISO date (or now). */
export function gitDate(iso?: string): string {
  const ms = iso ? Date.parse(iso) : Date.now();
  return `${Math.floor((Number.isNaN(ms) ? Date.now() : ms) / 1000)} +0000`;
}

/** The sha a ref points at; undefined when it does not exist. */
export async function refExists(gitDir: string, ref: string): Promise<string | undefined> {
  if (!safeRev(ref)) return undefined;
  const { stdout, code } = await runGit(gitDir, ['rev-parse', '--verify', '--quiet', ref], { okCodes: [1] });
  return code === 0 ? stdout.toString('utf8').trim() : undefined;
}

/** Copy a ref from another repository (a fork) into this one, as GitHub does for `refs/pull/N/head`. */
export async function fetchRef(
  gitDir: string,
  fromGitDir: string,
  fromRef: string,
  toRef?: string,
): Promise<void> {
  const spec = toRef ? `+${fromRef}:${toRef}` : fromRef;
  await runGit(gitDir, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', fromGitDir, spec]);
}

/** An empty bare repository whose HEAD names `defaultBranch`. */
export async function initBareRepo(gitDir: string, defaultBranch = 'main'): Promise<string> {
  await mkdir(gitDir, { recursive: true });
  await runGit(gitDir, ['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, gitDir]);
  return gitDir;
}

/**
 * A bare clone (a fork's repository): every branch and tag, or only `branch` when given. `--shared`
 * writes `objects/info/alternates` pointing at the source's objects, like GitHub's fork network
 * sharing one object store: every object of the parent, also later ones, is visible in the fork.
 */
export async function cloneBare(source: string, dest: string, branch?: string): Promise<void> {
  const args = [
    'clone',
    '--quiet',
    '--bare',
    '--shared',
    ...(branch ? ['--single-branch', '--branch', branch] : []),
    '--',
    source,
    dest,
  ];
  await new Promise<void>((resolve, reject) => {
    execFile('git', args, { env: BASE_ENV }, (err, _stdout, stderr) =>
      err ? reject(new GitError(args, (err as NodeJS.ErrnoException).code, String(stderr))) : resolve(),
    );
  });
}
