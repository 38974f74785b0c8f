/**
 * Commit new file contents and push them to a branch without touching the working copy: the commit is
 * built from the contents themselves (blobs and a scratch index) on top of a given parent, so the
 * decision to push, reuse or refuse is made before anything in the workspace is written.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../action/errors.js';
import { Git, GitError, redactCredentials } from './git.js';

/** Who commits when git has no identity configured (GitHub's own bot). */
export const BOT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

async function identityEnv(git: Git): Promise<Record<string, string>> {
  const email = await git.run(['config', 'user.email'], { allowFailure: true });
  if (email.exitCode === 0 && email.stdout.trim()) return {};
  return {
    GIT_AUTHOR_NAME: BOT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
    GIT_COMMITTER_NAME: BOT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
  };
}

export interface FileContent {
  /** Relative to the repository's top folder, with `/`. */
  path: string;
  content: string;
}

/**
 * A commit on top of `parent` in which `files` hold the given contents (modes kept); undefined when
 * that changes nothing. Only objects are written: no ref, index or working file moves.
 */
export async function commitContents(
  git: Git,
  options: { files: readonly FileContent[]; message: string; parent: string },
): Promise<string | undefined> {
  const folder = await mkdtemp(join(tmpdir(), 'release-actions-index-'));
  try {
    const scratch = new Git(git.cwd, { GIT_INDEX_FILE: join(folder, 'index'), ...(await identityEnv(git)) });
    await scratch.run(['read-tree', options.parent]);
    for (const file of options.files) {
      const hashed = await git.run(['hash-object', '-w', '--stdin', `--path=${file.path}`], {
        input: file.content,
      });
      const blob = hashed.stdout.trim();
      const listed = await git.output(['ls-tree', options.parent, '--', file.path]);
      const mode = /^(\d{6}) blob /.exec(listed)?.[1] ?? '100644';
      // Content written over a link's blob would replace the link by a file named like its target.
      if (mode === '120000') {
        throw new UserError(
          `${file.path} is a symbolic link in the commit: give the path of the file it points to`,
        );
      }
      await scratch.run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${file.path}`]);
    }
    const tree = await scratch.output(['write-tree']);
    if (tree === (await git.output(['rev-parse', `${options.parent}^{tree}`]))) return undefined;
    return await scratch.output(['commit-tree', tree, '-p', options.parent, '-m', options.message]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export type PushOutcome = 'created' | 'updated' | 'reused';

/**
 * What pushing `commit` to `branch` would do: create it, fast-forward it (it is at `commit`'s parent)
 * or reuse it (it already holds the same files: a rerun). UserError for a branch holding other work.
 */
export async function planPush(
  git: Git,
  options: { remote: string; branch: string; commit: string },
): Promise<{ outcome: PushOutcome; tip?: string }> {
  const ref = `refs/heads/${options.branch}`;
  const listed = await git.output(['ls-remote', options.remote, ref]);
  const tip = listed
    .split('\n')
    .find((line) => line.endsWith(`\t${ref}`))
    ?.split('\t')[0];
  if (!tip) return { outcome: 'created' };
  if (tip === options.commit) return { outcome: 'reused', tip };
  await git.run(['fetch', '--no-tags', '--quiet', options.remote, ref]);
  const [theirs, ours, parent] = await Promise.all([
    git.output(['rev-parse', `${tip}^{tree}`]),
    git.output(['rev-parse', `${options.commit}^{tree}`]),
    git.output(['rev-parse', `${options.commit}^`]),
  ]);
  if (theirs === ours) return { outcome: 'reused', tip };
  if (tip === parent) return { outcome: 'updated', tip };
  if (await sameChangeOnOlderBase(git, tip, options.commit)) return { outcome: 'reused', tip };
  throw new UserError(
    `Branch ${options.branch} already exists at ${tip.slice(0, 12)} with other changes; delete it or choose another branch`,
  );
}

/** The changed paths of a one-parent commit; undefined for a merge or a root commit. */
async function changedPaths(git: Git, commit: string): Promise<string[] | undefined> {
  const parents = (await git.output(['rev-list', '--parents', '-n', '1', commit])).split(' ').slice(1);
  if (parents.length !== 1) return undefined;
  const listed = await git.output(['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', commit]);
  return listed.split('\0').filter(Boolean).sort();
}

/**
 * A rerun after the base branch moved on: the branch's tip is one commit on top of an ancestor of our
 * parent, changing exactly our paths to exactly our contents. Its pull request already proposes this
 * change, so it is reused (rebuilding it on the new base would need a force push).
 */
async function sameChangeOnOlderBase(git: Git, tip: string, commit: string): Promise<boolean> {
  const [theirs, ours] = await Promise.all([changedPaths(git, tip), changedPaths(git, commit)]);
  if (!theirs || !ours || theirs.join('\0') !== ours.join('\0')) return false;
  const ancestor = await git.run(['merge-base', '--is-ancestor', `${tip}^`, `${commit}^`], {
    allowFailure: true,
  });
  if (ancestor.exitCode !== 0) return false;
  const differ = await git.run(
    ['--literal-pathspecs', 'diff-tree', '--quiet', '-r', tip, commit, '--', ...ours],
    {
      allowFailure: true,
    },
  );
  return differ.exitCode === 0;
}

/** The remote refused a push (a hook, branch protection, a push that landed first): the user's to act on. */
export class PushRefusedError extends UserError {
  constructor(
    readonly branch: string,
    /** What the remote said: its `remote:` lines and the reason git gives for the ref. */
    readonly said: string,
  ) {
    super(`The remote refused the push to branch ${branch}${said ? `: ${said}` : ''}`);
  }
}

/** The remote's own words in a failed push: `remote:` lines and the `[rejected] (reason)` of the ref. */
function refusal(result: { stdout: string; stderr: string }): string | undefined {
  const reason = /^!\t[^\t]*\t(\[[^\]]+\](?: \(.*\))?)$/m.exec(result.stdout)?.[1];
  if (!reason) return undefined;
  const remote = result.stderr
    .split('\n')
    .map((line) => /^remote: (.*)$/.exec(line)?.[1]?.trim())
    .filter((line): line is string => Boolean(line));
  return redactCredentials([...remote, reason].join('; '));
}

/**
 * Push `commit` to `branch`; a non-fast-forward is refused by git (someone pushed meanwhile). A ref
 * the remote rejects is a PushRefusedError with its message; a failure to reach it stays a GitError.
 */
export async function pushCommit(
  git: Git,
  options: { remote: string; branch: string; commit: string },
): Promise<void> {
  const args = ['push', '--porcelain', options.remote, `${options.commit}:refs/heads/${options.branch}`];
  const result = await git.run(args, { allowFailure: true });
  if (result.exitCode === 0) return;
  const said = refusal(result);
  if (said !== undefined) throw new PushRefusedError(options.branch, said);
  throw new GitError(args.map(redactCredentials), {
    ...result,
    stdout: redactCredentials(result.stdout),
    stderr: redactCredentials(result.stderr),
  });
}

/**
 * The bytes of `path` at `commit` (raw, for a byte-exact edit), or undefined when the commit has no
 * such file. `path` is relative to the repository's top folder.
 */
export function readCommittedFile(git: Git, commit: string, path: string): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['cat-file', 'blob', `${commit}:${path}`],
      { cwd: git.cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const said = stderr.toString('utf8');
        if (/does not exist|exists on disk, but not in|not a valid object name|bad file/i.test(said)) {
          return resolve(undefined);
        }
        reject(new Error(`git cat-file blob ${commit}:${path}: ${said.trim() || error.message}`));
      },
    );
  });
}
