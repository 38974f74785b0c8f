/**
 * The sandbox's git data, read from and written to bare repositories with the git CLI (execFile, no
 * shell). Every call is one or two short-lived git processes, so routes can use it per request.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitCommitInfo, GitRefInfo, GitStore, GitTagInfo } from './types.js';

type ObjectType = GitRefInfo['type'];

interface RunOptions {
  input?: Buffer | string;
  env?: Record<string, string>;
  /** Exit codes that are answers, not failures (returned in `code`). */
  okCodes?: number[];
}

interface RunResult {
  stdout: Buffer;
  code: number;
}

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

async function text(gitDir: string, args: string[], opts?: RunOptions): Promise<string> {
  return (await runGit(gitDir, args, opts)).stdout.toString('utf8');
}

/** Revisions never start with '-' (they would be read as options) nor carry newlines (batch input). */
function safeRev(rev: string): boolean {
  return rev.length > 0 && !rev.startsWith('-') && !/[\n\r\0]/.test(rev);
}

/** `git cat-file --batch` for one object: exact sha, type and raw content, or undefined. */
export async function catFile(
  gitDir: string,
  name: string,
): Promise<{ sha: string; type: string; content: Buffer } | undefined> {
  if (!safeRev(name)) return undefined;
  const { stdout } = await runGit(gitDir, ['cat-file', '--batch'], { input: `${name}\n` });
  const nl = stdout.indexOf(0x0a);
  const header = stdout.subarray(0, nl).toString('utf8');
  const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
  if (!m) return undefined; // "<name> missing" / "ambiguous"
  const size = Number(m[3]);
  return { sha: m[1]!, type: m[2]!, content: stdout.subarray(nl + 1, nl + 1 + size) };
}

/** `git cat-file --batch` for many objects in one process (missing ones are undefined). */
export async function catFiles(
  gitDir: string,
  names: string[],
): Promise<({ sha: string; type: string; content: Buffer } | undefined)[]> {
  const safe = names.map((n) => (safeRev(n) ? n : '0000000000000000000000000000000000000000'));
  if (!safe.length) return [];
  const { stdout } = await runGit(gitDir, ['cat-file', '--batch'], {
    input: safe.map((n) => `${n}\n`).join(''),
  });
  const out: ({ sha: string; type: string; content: Buffer } | undefined)[] = [];
  let pos = 0;
  for (let i = 0; i < safe.length; i++) {
    const nl = stdout.indexOf(0x0a, pos);
    const headerLine = stdout.subarray(pos, nl).toString('utf8');
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(headerLine);
    if (!m) {
      out.push(undefined);
      pos = nl + 1;
      continue;
    }
    const size = Number(m[3]);
    out.push({ sha: m[1]!, type: m[2]!, content: stdout.subarray(nl + 1, nl + 1 + size) });
    pos = nl + 1 + size + 1; // content is followed by a newline
  }
  return out;
}

/** Many commits in one git process (routes listing commits). */
export async function getCommits(gitDir: string, shas: string[]): Promise<(GitCommitInfo | undefined)[]> {
  const objs = await catFiles(gitDir, shas);
  return objs.map((o) => (o && o.type === 'commit' ? commitFromRaw(o.sha, o.content) : undefined));
}

function commitFromRaw(sha: string, raw: Buffer): GitCommitInfo {
  const { headers, message } = parseObject(raw);
  return {
    sha,
    tree: header(headers, 'tree') ?? '',
    parents: headers.filter(([k]) => k === 'parent').map(([, v]) => v),
    message: message.replace(/\n$/, ''),
    author: parseIdent(header(headers, 'author') ?? ''),
    committer: parseIdent(header(headers, 'committer') ?? ''),
  };
}

/** Tags with the commit they point at (annotated tags peeled). */
export async function listTags(gitDir: string): Promise<{ name: string; sha: string; commit: string }[]> {
  const out = await text(gitDir, [
    'for-each-ref',
    '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)',
    'refs/tags/',
  ]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [name, sha, peeled] = l.split('\0');
      return { name: name!, sha: sha!, commit: peeled || sha! };
    });
}

/** `Name <email> 1700000000 +0100` -> parts with an ISO UTC date like GitHub prints. */
function parseIdent(line: string): { name: string; email: string; date: string } {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: '', date: new Date(0).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const date = new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { name: m[1]!, email: m[2]!, date };
}

/** Split a raw commit or tag object into header lines (continuations folded) and the message. */
function parseObject(raw: Buffer): { headers: [string, string][]; message: string } {
  const s = raw.toString('utf8');
  const sep = s.indexOf('\n\n');
  const head = sep < 0 ? s : s.slice(0, sep);
  const message = sep < 0 ? '' : s.slice(sep + 2);
  const headers: [string, string][] = [];
  for (const line of head.split('\n')) {
    if (line.startsWith(' ') && headers.length) {
      const last = headers[headers.length - 1]!;
      last[1] += `\n${line.slice(1)}`;
      continue;
    }
    const sp = line.indexOf(' ');
    headers.push(sp < 0 ? [line, ''] : [line.slice(0, sp), line.slice(sp + 1)]);
  }
  return { headers, message };
}

const header = (h: [string, string][], key: string): string | undefined => h.find(([k]) => k === key)?.[1];

/** git's date format for GIT_*_DATE / mktag from an ISO date (or now). */
function gitDate(iso?: string): string {
  const ms = iso ? Date.parse(iso) : Date.now();
  return `${Math.floor((Number.isNaN(ms) ? Date.now() : ms) / 1000)} +0000`;
}

const REF_FORMAT = '%(refname)%00%(objectname)%00%(objecttype)';

function parseRefs(out: string): GitRefInfo[] {
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref, sha, type] = line.split('\0');
      return { ref: ref!, sha: sha!, type: type as ObjectType };
    });
}

async function refExists(gitDir: string, ref: string): Promise<string | undefined> {
  if (!safeRev(ref)) return undefined;
  const { stdout, code } = await runGit(gitDir, ['rev-parse', '--verify', '--quiet', ref], { okCodes: [1] });
  return code === 0 ? stdout.toString('utf8').trim() : undefined;
}

export const gitStore: GitStore = {
  async resolveCommit(gitDir, rev) {
    if (!safeRev(rev)) return undefined;
    const { stdout, code } = await runGit(gitDir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
      okCodes: [1, 128],
    });
    return code === 0 ? stdout.toString('utf8').trim() : undefined;
  },

  async listRefs(gitDir, prefix) {
    // for-each-ref patterns match whole path components; GitHub's matching-refs is a plain string
    // prefix (`heads/feat` matches `heads/featureA`), so list everything and filter here.
    const out = await text(gitDir, ['for-each-ref', `--format=${REF_FORMAT}`, 'refs/']);
    return parseRefs(out).filter((r) => r.ref.startsWith(prefix));
  },

  async getRef(gitDir, ref) {
    if (!safeRev(ref) || !ref.startsWith('refs/')) return undefined;
    const out = await text(gitDir, ['for-each-ref', `--format=${REF_FORMAT}`, ref]);
    return parseRefs(out).find((r) => r.ref === ref);
  },

  async createRef(gitDir, ref, sha) {
    if (!safeRev(ref) || !safeRev(sha)) return false;
    // An empty old value means "must not exist yet": git checks it under the ref lock.
    const { code } = await runGit(gitDir, ['update-ref', '--create-reflog', ref, sha, ''], {
      okCodes: [1, 128],
    });
    return code === 0;
  },

  async updateRef(gitDir, ref, sha, force) {
    if (!ref.startsWith('refs/') || !safeRev(sha)) return 'missing';
    // A forced move that loses its compare-and-swap re-reads and tries again: last writer wins.
    for (let attempt = 0; attempt < 20; attempt++) {
      const old = await refExists(gitDir, ref);
      if (!old) return 'missing';
      if (!force && old !== sha) {
        // Fast-forward: the old commit must be an ancestor of the new one (tags peel to commits).
        const { code } = await runGit(gitDir, ['merge-base', '--is-ancestor', old, sha], {
          okCodes: [1, 128],
        });
        if (code !== 0) return 'not-fast-forward';
      }
      // Compare-and-swap on the old value: a concurrent move makes this fail instead of losing it.
      const { code } = await runGit(gitDir, ['update-ref', ref, sha, old], { okCodes: [1, 128] });
      if (code === 0) return 'ok';
      // Lost the race. Not forced: what we checked is stale, as GitHub says for a lost update.
      if (!force) return (await refExists(gitDir, ref)) ? 'not-fast-forward' : 'missing';
    }
    throw new Error(`update-ref ${ref}: the ref kept moving`);
  },

  async deleteRef(gitDir, ref) {
    if (!ref.startsWith('refs/')) return false;
    for (let attempt = 0; attempt < 20; attempt++) {
      const old = await refExists(gitDir, ref);
      if (!old) return false;
      const { code } = await runGit(gitDir, ['update-ref', '-d', ref, old], { okCodes: [1, 128] });
      if (code === 0) return true;
      // It moved (delete again, at its new value) or someone else deleted it (false, next round).
    }
    throw new Error(`update-ref -d ${ref}: the ref kept moving`);
  },

  async getCommit(gitDir, sha) {
    const obj = await catFile(gitDir, sha);
    if (!obj || obj.type !== 'commit') return undefined;
    return commitFromRaw(obj.sha, obj.content);
  },

  async getTag(gitDir, sha) {
    const obj = await catFile(gitDir, sha);
    if (!obj || obj.type !== 'tag') return undefined;
    const { headers, message } = parseObject(obj.content);
    // A signed tag carries its signature after the message; GitHub shows the message without it.
    const sig = message.indexOf('-----BEGIN ');
    const info: GitTagInfo = {
      sha: obj.sha,
      tag: header(headers, 'tag') ?? '',
      message: sig >= 0 ? message.slice(0, sig) : message,
      tagger: parseIdent(header(headers, 'tagger') ?? ''),
      object: {
        sha: header(headers, 'object') ?? '',
        type: (header(headers, 'type') ?? 'commit') as ObjectType,
      },
    };
    return info;
  },

  async createTag(gitDir, tag) {
    const tagger = tag.tagger ?? { name: 'sandbox', email: 'sandbox@example.com' };
    let message = tag.message;
    if (message && !message.endsWith('\n')) message += '\n';
    const raw =
      `object ${tag.object}\ntype ${tag.type}\ntag ${tag.tag}\n` +
      `tagger ${tagger.name} <${tagger.email}> ${gitDate(tagger.date)}\n\n${message}`;
    const sha = (await text(gitDir, ['mktag'], { input: raw })).trim();
    const info = await this.getTag(gitDir, sha);
    if (!info) throw new Error(`tag object ${sha} vanished`);
    return info;
  },

  async commitsBetween(gitDir, base, head) {
    if (!safeRev(base) || !safeRev(head)) return [];
    const out = await text(gitDir, ['rev-list', '--reverse', '--topo-order', head, `^${base}`]);
    return out.split('\n').filter(Boolean);
  },

  async mergeBase(gitDir, a, b) {
    if (!safeRev(a) || !safeRev(b)) return undefined;
    const { stdout, code } = await runGit(gitDir, ['merge-base', a, b], { okCodes: [1, 128] });
    return code === 0 ? stdout.toString('utf8').trim() || undefined : undefined;
  },

  async diffFiles(gitDir, base, head) {
    if (!safeRev(base) || !safeRev(head)) return [];
    // Renames are not detected (GitHub does detect them; a rename shows here as removed + added).
    const common = ['diff-tree', '-r', '-z', '--no-renames', '--no-commit-id'];
    const [raw, num] = await Promise.all([
      text(gitDir, [...common, '--raw', base, head]),
      text(gitDir, [...common, '--numstat', base, head]),
    ]);
    const counts = new Map<string, { additions: number; deletions: number }>();
    for (const rec of num.split('\0')) {
      const m = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(rec);
      if (m) counts.set(m[3]!, { additions: Number(m[1]) || 0, deletions: Number(m[2]) || 0 });
    }
    const parts = raw.split('\0');
    const files: { filename: string; status: string; additions: number; deletions: number; sha: string }[] =
      [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) (\w)/.exec(parts[i]!);
      const filename = parts[i + 1]!;
      if (!m) continue;
      const status = { A: 'added', D: 'removed', M: 'modified', T: 'changed' }[m[3]!] ?? 'modified';
      const c = counts.get(filename) ?? { additions: 0, deletions: 0 };
      files.push({ filename, status, ...c, sha: status === 'removed' ? m[1]! : m[2]! });
    }
    return files;
  },

  async readFile(gitDir, rev, path) {
    const obj = await catFile(gitDir, `${rev}:${path.replace(/^\/+/, '')}`);
    if (!obj || obj.type !== 'blob') return undefined;
    return { sha: obj.sha, content: obj.content };
  },

  async readDir(gitDir, rev, path) {
    const clean = path.replace(/^\/+|\/+$/g, '');
    if (!safeRev(rev) || /[\n\0]/.test(clean)) return undefined;
    const { stdout, code } = await runGit(gitDir, ['ls-tree', '-z', '-l', `${rev}:${clean}`], {
      okCodes: [128],
    });
    if (code !== 0) return undefined;
    return stdout
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((rec) => {
        const tab = rec.indexOf('\t');
        const [mode, type, sha, size] = rec.slice(0, tab).split(/ +/);
        const name = rec.slice(tab + 1);
        const kind =
          type === 'tree' ? 'dir' : type === 'commit' ? 'submodule' : mode === '120000' ? 'symlink' : 'file';
        return {
          name,
          path: clean ? `${clean}/${name}` : name,
          sha: sha!,
          type: kind,
          size: Number(size) || 0,
        };
      });
  },

  /**
   * One commit changing one file, with plumbing on a temporary index. `author.date` (an ISO time,
   * optional) lets the sandbox clock date the commit.
   */
  commitFile(
    gitDir: string,
    branch: string,
    path: string,
    content: Buffer | null,
    message: string,
    author: { name: string; email: string; date?: string },
    expectedOld?: string,
  ): Promise<string> {
    return commitChanges(gitDir, branch, { [path]: content }, message, author, expectedOld);
  },
};

/**
 * One commit applying several file changes (null deletes) on a branch, with plumbing on a temporary
 * index; a missing branch gets a root commit. The branch moves by compare-and-swap from `expectedOld`
 * (the tip the caller checked; '' = must not exist) or else from the tip read here, so a concurrent
 * change makes this throw instead of being lost. Returns the new commit sha.
 */
export async function commitChanges(
  gitDir: string,
  branch: string,
  files: Record<string, Buffer | string | null>,
  message: string,
  author: { name: string; email: string; date?: string },
  expectedOld?: string,
): Promise<string> {
  const ref = `refs/heads/${branch}`;
  const index = join(tmpdir(), `sandbox-index-${randomBytes(8).toString('hex')}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    const old = expectedOld === undefined ? await refExists(gitDir, ref) : expectedOld || undefined;
    const changes = Object.entries(files).map(([path, content]) => ({
      path: path.replace(/^\/+/, ''),
      content,
    }));
    const [, blobs, existing] = await Promise.all([
      runGit(gitDir, old ? ['read-tree', old] : ['read-tree', '--empty'], { env }),
      Promise.all(
        changes.map((c) =>
          c.content === null
            ? Promise.resolve('')
            : text(gitDir, ['hash-object', '-w', '--stdin'], { input: c.content }),
        ),
      ),
      old ? text(gitDir, ['ls-tree', '-z', old, '--', ...changes.map((c) => c.path)]) : Promise.resolve(''),
    ]);
    const executable = new Set(
      existing
        .split('\0')
        .filter((l) => l.startsWith('100755 '))
        .map((l) => l.slice(l.indexOf('\t') + 1)),
    );
    const lines = changes.map((c, i) =>
      c.content === null
        ? `0 ${'0'.repeat(40)}\t${c.path}`
        : `${executable.has(c.path) ? '100755' : '100644'} ${blobs[i]!.trim()}\t${c.path}`,
    );
    // --index-info: mode 0 removes the path; the others add or replace it.
    await runGit(gitDir, ['update-index', '-z', '--index-info'], { env, input: lines.join('\0') + '\0' });
    const tree = (await text(gitDir, ['write-tree'], { env })).trim();
    const date = gitDate(author.date);
    const commit = (
      await text(gitDir, ['commit-tree', tree, ...(old ? ['-p', old] : []), '-F', '-'], {
        input: message,
        env: {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_NAME: author.name,
          GIT_COMMITTER_EMAIL: author.email,
          GIT_COMMITTER_DATE: date,
        },
      })
    ).trim();
    await runGit(gitDir, ['update-ref', ref, commit, old ?? '']);
    return commit;
  } finally {
    await rm(index, { force: true });
  }
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

/** All branch tips of a repository at once (name -> sha), for rendering many pulls. */
export async function branchTips(gitDir: string): Promise<Map<string, string>> {
  const out = await text(gitDir, [
    'for-each-ref',
    '--format=%(refname:strip=2)%00%(objectname)',
    'refs/heads/',
  ]);
  return new Map(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\0') as [string, string]),
  );
}

/** Whether an object exists (any type). */
export async function objectType(gitDir: string, sha: string): Promise<string | undefined> {
  if (!safeRev(sha)) return undefined;
  const { stdout, code } = await runGit(gitDir, ['cat-file', '-t', sha], { okCodes: [1, 128] });
  return code === 0 ? stdout.toString('utf8').trim() : undefined;
}

/** Commit shas reachable from rev, newest first, filtered like `git log` (path, since, until). */
export async function logShas(
  gitDir: string,
  rev: string,
  opts: { path?: string; since?: string; until?: string; author?: string } = {},
): Promise<string[]> {
  if (!safeRev(rev)) return [];
  const args = ['rev-list', rev];
  if (opts.since) args.push(`--since=${opts.since}`);
  if (opts.until) args.push(`--until=${opts.until}`);
  if (opts.author) args.push(`--author=${opts.author}`);
  if (opts.path) args.push('--', opts.path.replace(/^\/+/, ''));
  const out = await text(gitDir, args);
  return out.split('\n').filter(Boolean);
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
