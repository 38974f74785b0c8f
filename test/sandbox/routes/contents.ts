/** Repository contents: read a file or directory at a ref; create or update a file (one commit). */
import { GitError } from '../git-cli.js';
import { branchTips } from '../git-read.js';
import { bodyOf, HttpError, notFound, repoOf, str } from '../http.js';
import { gitIdentity, repoApiUrl, repoHtmlUrl } from '../objects.js';
import { renderGitCommit } from '../render/git.js';
import type { RepoRecord, RouteContext, Routes } from '../types.js';

/** Files above 1 MB come back without content (`encoding: none`), as on GitHub. */
const MAX_INLINE = 1024 * 1024;

const cleanPath = (p: string | undefined): string => (p ?? '').replace(/^\/+|\/+$/g, '');
const encodePath = (p: string): string => p.split('/').map(encodeURIComponent).join('/');

/** Links of one content item (file, dir, symlink, submodule) at a ref. */
function itemLinks(
  ctx: RouteContext,
  repo: RepoRecord,
  item: { path: string; sha: string; type: string },
  ref: string,
) {
  const api = repoApiUrl(ctx, repo);
  const html = repoHtmlUrl(ctx, repo);
  const path = encodePath(item.path);
  const self = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = item.type === 'dir' ? `${api}/git/trees/${item.sha}` : `${api}/git/blobs/${item.sha}`;
  const htmlUrl = `${html}/${item.type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
  // Choice: GitHub serves raw files from raw.githubusercontent.com; the sandbox names its own
  // server with GitHub's web path for raw files.
  const download = item.type === 'dir' ? null : `${html}/raw/${ref}/${path}`;
  return {
    url: self,
    git_url: git,
    html_url: htmlUrl,
    download_url: download,
    _links: { self, git, html: htmlUrl },
  };
}

/** Base64 wrapped at 60 columns with a trailing newline, as GitHub sends file content. */
function wrappedBase64(content: Buffer): string {
  const b64 = content.toString('base64');
  return b64.replace(/(.{60})/g, '$1\n') + (b64.length % 60 ? '\n' : '');
}

export const contentRoutes: Routes = {
  async 'repos/get-content'(ctx) {
    const repo = repoOf(ctx);
    const path = cleanPath(ctx.params.path);
    const ref = ctx.query.ref || repo.defaultBranch;
    const commit = await ctx.git.resolveCommit(repo.gitDir, ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    if (path) {
      const file = await ctx.git.readFile(repo.gitDir, commit, path);
      if (file) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const big = file.content.length > MAX_INLINE;
        return {
          status: 200,
          body: {
            type: 'file',
            encoding: big ? 'none' : 'base64',
            size: file.content.length,
            name,
            path,
            content: big ? '' : wrappedBase64(file.content),
            sha: file.sha,
            ...itemLinks(ctx, repo, { path, sha: file.sha, type: 'file' }, ref),
          },
        };
      }
    }
    const entries = await ctx.git.readDir(repo.gitDir, commit, path);
    if (!entries) throw notFound();
    return {
      status: 200,
      body: entries.map((e) => ({
        type: e.type,
        size: e.size,
        name: e.name,
        path: e.path,
        sha: e.sha,
        ...itemLinks(ctx, repo, e, ref),
      })),
    };
  },

  async 'repos/create-or-update-file-contents'(ctx) {
    const repo = repoOf(ctx);
    const path = cleanPath(ctx.params.path);
    const body = bodyOf(ctx.body);
    const branch = typeof body.branch === 'string' && body.branch ? body.branch : repo.defaultBranch;
    const tips = await branchTips(repo.gitDir);
    const tip = tips.get(branch);
    // An empty repository takes a first commit on any branch; otherwise the branch must exist.
    if (!tip && tips.size > 0) throw new HttpError(404, `Branch ${branch} not found`);
    const existing = tip ? await ctx.git.readFile(repo.gitDir, tip, path) : undefined;
    if (!existing && tip && (await ctx.git.readDir(repo.gitDir, tip, path))) {
      throw new HttpError(422, `${path} is a directory`);
    }
    const sha = typeof body.sha === 'string' ? body.sha : undefined;
    if (existing && sha === undefined)
      throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing && sha !== existing.sha) throw new HttpError(409, `${path} does not match ${sha}`);
    const content = Buffer.from(str(body, 'content'), 'base64');
    const login = ctx.viewer ?? ctx.state.viewer;
    const who = bodyOf(body.author ?? body.committer);
    const author = {
      name: typeof who.name === 'string' ? who.name : gitIdentity(login).name,
      email: typeof who.email === 'string' ? who.email : gitIdentity(login).email,
      date: typeof who.date === 'string' ? who.date : ctx.state.now(),
    };
    let commitSha: string;
    try {
      // The branch moves only from the tip the sha check above was made against ('' = still empty).
      commitSha = await ctx.git.commitFile(
        repo.gitDir,
        branch,
        path,
        content,
        str(body, 'message'),
        author,
        tip ?? '',
      );
    } catch (err) {
      // The branch moved between reading and committing (compare-and-swap lost).
      if (err instanceof GitError)
        throw new HttpError(409, `${path} does not match ${sha ?? 'the branch head'}`);
      throw err;
    }
    const [file, commit] = await Promise.all([
      ctx.git.readFile(repo.gitDir, commitSha, path),
      ctx.git.getCommit(repo.gitDir, commitSha),
    ]);
    if (!file || !commit) throw new HttpError(500, 'commit vanished');
    const name = path.slice(path.lastIndexOf('/') + 1);
    return {
      status: existing ? 200 : 201,
      body: {
        content: {
          name,
          path,
          sha: file.sha,
          size: file.content.length,
          type: 'file',
          ...itemLinks(ctx, repo, { path, sha: file.sha, type: 'file' }, branch),
        },
        commit: renderGitCommit(ctx, repo, commit),
      },
    };
  },
};
