/**
 * Reading git objects and refs: raw objects through `cat-file --batch` parsed into the facts routes
 * render, and the listings (tags, branch tips, commit logs) several routes need at once.
 */
import { runGit, safeRev, text } from './git-cli.js';
import type { GitCommitInfo, GitRefInfo, GitTagInfo } from './types.js';

type ObjectType = GitRefInfo['type'];

/** `git cat-file --batch` for one object: exact sha, type and raw content, or undefined. */
export async function catFile(
  gitDir: string,
  name: string,
): Promise<{ sha: string; type: string; content: Buffer } | undefined> {
  if (!safeRev(name)) return undefined;
  return (await catFiles(gitDir, [name]))[0];
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

/** A raw commit object as commit facts (dates in ISO UTC, as GitHub prints them). */
export function commitFromRaw(sha: string, raw: Buffer): GitCommitInfo {
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

/** A raw tag object as GitHub shows it: the message without a signature. */
export function tagFromRaw(sha: string, raw: Buffer): GitTagInfo {
  const { headers, message } = parseObject(raw);
  // A signed tag carries its signature after the message; GitHub shows the message without it.
  const sig = message.indexOf('-----BEGIN ');
  return {
    sha,
    tag: header(headers, 'tag') ?? '',
    message: sig >= 0 ? message.slice(0, sig) : message,
    tagger: parseIdent(header(headers, 'tagger') ?? ''),
    object: {
      sha: header(headers, 'object') ?? '',
      type: (header(headers, 'type') ?? 'commit') as ObjectType,
    },
  };
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

/** The `for-each-ref` format `parseRefs` reads. */
export const REF_FORMAT = '%(refname)%00%(objectname)%00%(objecttype)';

/** `for-each-ref` output in REF_FORMAT as ref facts. */
export function parseRefs(out: string): GitRefInfo[] {
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref, sha, type] = line.split('\0');
      return { ref: ref!, sha: sha!, type: type as ObjectType };
    });
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
