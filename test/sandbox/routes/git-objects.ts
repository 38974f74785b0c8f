/**
 * Git objects through the git data API, written into and read from the bare repository: blobs
 * (create, get), trees (create on a base tree with added, replaced and deleted paths; get, also
 * recursively) and commits (create). What a client commits without a clone.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitDate, runGit, safeRev, text } from '../git-cli.js';
import { catFile, objectType } from '../git-read.js';
import { bodyOf, HttpError, notFound, repoOf, str } from '../http.js';
import { gitIdentity, hashId, nodeId, repoApiUrl } from '../objects.js';
import { renderGitCommit } from '../render/git.js';
import type { RepoRecord, RouteContext, Routes } from '../types.js';

const unprocessable = (message: string): HttpError => new HttpError(422, message);
const SHA = /^[0-9a-f]{40}$/;

/** Base64 wrapped at 60 columns with a trailing newline, as GitHub sends blob content. */
function wrappedBase64(content: Buffer): string {
  const b64 = content.toString('base64');
  return b64.replace(/(.{60})/g, '$1\n') + (b64.length % 60 ? '\n' : '');
}

async function typeOf(repo: RepoRecord, sha: unknown): Promise<string | undefined> {
  return typeof sha === 'string' && SHA.test(sha) ? objectType(repo.gitDir, sha) : undefined;
}

interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

/** `ls-tree` of a tree (recursive: every blob and subtree below it, paths from the top). */
async function listTree(repo: RepoRecord, tree: string, recursive: boolean): Promise<TreeEntry[]> {
  const out = await runGit(repo.gitDir, ['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), tree]);
  return out.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((rec) => {
      const tab = rec.indexOf('\t');
      const [mode, type, sha, size] = rec.slice(0, tab).split(/ +/);
      return {
        path: rec.slice(tab + 1),
        mode: mode!,
        type: type!,
        sha: sha!,
        ...(type === 'blob' ? { size: Number(size) || 0 } : {}),
      };
    });
}

function renderTree(
  ctx: RouteContext,
  repo: RepoRecord,
  sha: string,
  entries: TreeEntry[],
  truncated: boolean,
) {
  const api = repoApiUrl(ctx, repo);
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: entries.map((e) => ({
      ...e,
      url: `${api}/git/${e.type === 'tree' ? 'trees' : e.type === 'blob' ? 'blobs' : 'commits'}/${e.sha}`,
    })),
    truncated,
  };
}

/** GitHub stops listing a tree at 100,000 entries and says `truncated`. */
const TREE_LIMIT = 100_000;

/**
 * A new tree: `base` (or empty) with each entry added, replaced (a blob by sha or by content, a
 * subtree by sha) or deleted (`sha: null`), built on a temporary index.
 */
async function createTree(repo: RepoRecord, base: string | undefined, entries: Record<string, unknown>[]) {
  const index = join(tmpdir(), `sandbox-tree-${randomBytes(8).toString('hex')}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    await runGit(repo.gitDir, base ? ['read-tree', base] : ['read-tree', '--empty'], { env });
    for (const entry of entries) {
      const path = str(entry, 'path').replace(/^\/+|\/+$/g, '');
      const mode = str(entry, 'mode');
      const type = str(entry, 'type');
      if (!path || /(^|\/)\.\.?(\/|$)|\0|\n/.test(path))
        throw unprocessable(`tree.path ${JSON.stringify(path)} is not a valid path`);
      const hasContent = typeof entry.content === 'string';
      if (hasContent && entry.sha !== undefined && entry.sha !== null)
        throw unprocessable('Must supply either tree.sha or tree.content, not both');
      // Remove what is at the path first (a file, or a whole folder being replaced or deleted).
      const present = await text(repo.gitDir, ['--literal-pathspecs', 'ls-files', '-z', '--', path], { env });
      // --index-info with mode 0 removes a path (update-index --force-remove wants a work tree).
      const removals = present
        .split('\0')
        .filter(Boolean)
        .map((p) => `0 ${'0'.repeat(40)}\t${p}\0`)
        .join('');
      if (removals)
        await runGit(repo.gitDir, ['update-index', '-z', '--index-info'], { env, input: removals });
      if (entry.sha === null && !hasContent) continue;
      let sha: string;
      if (hasContent) {
        if (type !== 'blob') throw unprocessable('tree.content is only allowed for blobs');
        sha = (
          await text(repo.gitDir, ['hash-object', '-w', '--stdin'], { input: entry.content as string })
        ).trim();
      } else {
        sha = str(entry, 'sha');
        const actual = await typeOf(repo, sha);
        if (!actual || actual !== type)
          throw unprocessable(`tree.sha ${sha} is not a valid ${type || 'object'}`);
      }
      if (type === 'tree') {
        if (mode !== '040000') throw unprocessable('tree.mode must be 040000 for a tree');
        await runGit(repo.gitDir, ['read-tree', `--prefix=${path}/`, sha], { env });
      } else {
        const expected = type === 'commit' ? ['160000'] : ['100644', '100755', '120000'];
        if (!expected.includes(mode)) throw unprocessable(`tree.mode ${mode} does not fit a ${type}`);
        await runGit(repo.gitDir, ['update-index', '--add', '--cacheinfo', `${mode},${sha},${path}`], {
          env,
        });
      }
    }
    return (await text(repo.gitDir, ['write-tree'], { env })).trim();
  } finally {
    await rm(index, { force: true });
  }
}

export const gitObjectRoutes: Routes = {
  async 'git/create-blob'(ctx) {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx.body);
    const encoding = str(body, 'encoding', 'utf-8');
    if (encoding !== 'utf-8' && encoding !== 'base64')
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'Blob', field: 'encoding', code: 'invalid' },
      ]);
    const content = Buffer.from(str(body, 'content'), encoding === 'base64' ? 'base64' : 'utf8');
    const sha = (await text(repo.gitDir, ['hash-object', '-w', '--stdin'], { input: content })).trim();
    const url = `${repoApiUrl(ctx, repo)}/git/blobs/${sha}`;
    return { status: 201, body: { url, sha }, headers: { location: url } };
  },

  async 'git/get-blob'(ctx) {
    const repo = repoOf(ctx);
    const sha = ctx.params.file_sha ?? '';
    const blob = SHA.test(sha) ? await catFile(repo.gitDir, sha) : undefined;
    if (!blob || blob.type !== 'blob') throw notFound();
    return {
      status: 200,
      body: {
        sha: blob.sha,
        node_id: nodeId('B', hashId(`${repo.fullName}:${blob.sha}`)),
        size: blob.content.length,
        url: `${repoApiUrl(ctx, repo)}/git/blobs/${blob.sha}`,
        content: wrappedBase64(blob.content),
        encoding: 'base64',
      },
    };
  },

  async 'git/create-tree'(ctx) {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx.body);
    const base = typeof body.base_tree === 'string' ? body.base_tree : undefined;
    if (base !== undefined && (await typeOf(repo, base)) !== 'tree')
      throw unprocessable(`base_tree ${base} is not a valid tree oid`);
    const entries = (Array.isArray(body.tree) ? body.tree : []).map(bodyOf);
    const sha = await createTree(repo, base, entries);
    const rendered = renderTree(ctx, repo, sha, await listTree(repo, sha, false), false);
    return { status: 201, body: rendered, headers: { location: rendered.url } };
  },

  async 'git/get-tree'(ctx) {
    const repo = repoOf(ctx);
    const rev = ctx.params.tree_sha ?? '';
    if (!safeRev(rev)) throw notFound();
    // A tree sha, or a commit or ref whose tree is meant (GitHub accepts both).
    const { stdout, code } = await runGit(
      repo.gitDir,
      ['rev-parse', '--verify', '--quiet', `${rev}^{tree}`],
      {
        okCodes: [1, 128],
      },
    );
    if (code !== 0) throw notFound();
    const sha = stdout.toString('utf8').trim();
    // GitHub recurses for any value of `recursive`, even 0 or false.
    const all = await listTree(repo, sha, ctx.query.recursive !== undefined);
    const truncated = all.length > TREE_LIMIT;
    return { status: 200, body: renderTree(ctx, repo, sha, all.slice(0, TREE_LIMIT), truncated) };
  },

  async 'git/create-commit'(ctx) {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx.body);
    const tree = str(body, 'tree');
    if ((await typeOf(repo, tree)) !== 'tree') throw unprocessable('Tree SHA does not exist');
    const parents = Array.isArray(body.parents) ? body.parents : [];
    for (const parent of parents)
      if ((await typeOf(repo, parent)) !== 'commit')
        throw unprocessable('Parent SHA does not exist or is not a commit object');
    const login = ctx.viewer ?? ctx.state.viewer;
    const ident = (value: unknown, fallback: { name: string; email: string; date: string }) => {
      const who = bodyOf(value);
      return {
        name: typeof who.name === 'string' ? who.name : fallback.name,
        email: typeof who.email === 'string' ? who.email : fallback.email,
        date: typeof who.date === 'string' ? who.date : fallback.date,
      };
    };
    const author = ident(body.author, { ...gitIdentity(login), date: ctx.state.now() });
    const committer = ident(body.committer, author);
    const sha = (
      await text(
        repo.gitDir,
        ['commit-tree', tree, ...parents.flatMap((p) => ['-p', String(p)]), '-F', '-'],
        {
          input: str(body, 'message'),
          env: {
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_AUTHOR_DATE: gitDate(author.date),
            GIT_COMMITTER_NAME: committer.name,
            GIT_COMMITTER_EMAIL: committer.email,
            GIT_COMMITTER_DATE: gitDate(committer.date),
          },
        },
      )
    ).trim();
    const commit = await ctx.git.getCommit(repo.gitDir, sha);
    if (!commit) throw new HttpError(500, 'commit vanished');
    const rendered = renderGitCommit(ctx, repo, commit);
    return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
  },
};
