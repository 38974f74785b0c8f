/**
 * The sandbox's git data, read from and written to bare repositories with the git CLI. Every call is
 * one or two short-lived git processes, so routes can use it per request.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitDate, refExists, runGit, safeRev, text } from './git-cli.js';
import { catFile, commitFromRaw, parseRefs, REF_FORMAT, tagFromRaw } from './git-read.js';
import type { GitDiffFile, GitStore } from './types.js';

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
    return tagFromRaw(obj.sha, obj.content);
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
    const files: GitDiffFile[] = [];
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
