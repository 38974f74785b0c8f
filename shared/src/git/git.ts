/**
 * The git CLI through @actions/exec. Remotes may carry credentials (`https://x-access-token:…@host`):
 * every command line and output that can reach a message goes through `redactCredentials` first.
 */
import { getExecOutput } from '@actions/exec';

/** Replace the userinfo of every URL in a text (`https://user:token@host` → `https://***@host`). */
export function redactCredentials(text: string): string {
  // Up to the last `@` before the path, as URL parsers split: a password may hold a raw `@`.
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s]+@/gi, '$1***@');
}

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly args: string[],
    readonly result: GitResult,
  ) {
    super(
      redactCredentials(
        `git ${args.join(' ')} exited ${result.exitCode}: ${result.stderr.trim() || result.stdout.trim()}`,
      ),
    );
  }
}

export interface RemoteTag {
  name: string;
  /** The tag object for annotated tags, else the commit. */
  sha: string;
  /** The commit the tag points at (peeled). */
  commit: string;
}

/** A git working copy (or bare repository) at `cwd`. */
export class Git {
  constructor(
    readonly cwd: string,
    private readonly env: Record<string, string> = {},
  ) {}

  /** Run git; throws GitError on a non-zero exit unless `allowFailure`. */
  async run(args: string[], options: { allowFailure?: boolean; input?: string } = {}): Promise<GitResult> {
    const result = await getExecOutput('git', args, {
      cwd: this.cwd,
      silent: true,
      ignoreReturnCode: true,
      env: { ...(process.env as Record<string, string>), GIT_TERMINAL_PROMPT: '0', ...this.env },
      ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
    });
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new GitError(args.map(redactCredentials), {
        ...result,
        stdout: redactCredentials(result.stdout),
        stderr: redactCredentials(result.stderr),
      });
    }
    return result;
  }

  async output(args: string[]): Promise<string> {
    return (await this.run(args)).stdout.trim();
  }

  /** The commit a revision names, or undefined when it names none. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    const result = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
      allowFailure: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /** Tags on a remote in one `git ls-remote`, peeled to their commits. */
  async lsRemoteTags(remote: string): Promise<Map<string, RemoteTag>> {
    const out = await this.output(['ls-remote', '--tags', remote]);
    const tags = new Map<string, RemoteTag>();
    for (const line of out.split('\n')) {
      const [sha, ref] = line.split('\t');
      if (!sha || !ref?.startsWith('refs/tags/')) continue;
      const peeled = ref.endsWith('^{}');
      const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
      const known = tags.get(name);
      if (!known) tags.set(name, { name, sha, commit: sha });
      else if (peeled) known.commit = sha;
      else known.sha = sha;
    }
    return tags;
  }

  /** Local tags and the commits they point at. */
  async localTags(): Promise<Map<string, string>> {
    const out = await this.output([
      'for-each-ref',
      '--format=%(refname:strip=2)%09%(*objectname)%09%(objectname)',
      'refs/tags',
    ]);
    const tags = new Map<string, string>();
    for (const line of out.split('\n').filter(Boolean)) {
      const [name, peeled, sha] = line.split('\t');
      if (name) tags.set(name, peeled || sha || '');
    }
    return tags;
  }

  /** Local tags with the commit each points at and its object type (`tag` when annotated, `commit` when lightweight). */
  async localTagObjects(): Promise<Map<string, { commit: string; type: string }>> {
    const out = await this.output([
      'for-each-ref',
      '--format=%(refname:strip=2)%09%(*objectname)%09%(objectname)%09%(objecttype)',
      'refs/tags',
    ]);
    const tags = new Map<string, { commit: string; type: string }>();
    for (const line of out.split('\n').filter(Boolean)) {
      const [name, peeled, sha, type] = line.split('\t');
      if (name) tags.set(name, { commit: peeled || sha || '', type: type ?? '' });
    }
    return tags;
  }

  /** Create an annotated tag (or lightweight when no message) at a commit. */
  async createTag(name: string, commit: string, options: TagOptions = {}): Promise<void> {
    await this.run(tagCommand(name, commit, options));
  }

  /** Delete a local tag (no error when it does not exist). */
  async deleteLocalTag(name: string): Promise<void> {
    await this.run(['tag', '-d', name], { allowFailure: true });
  }

  /** Push refspecs in one `git push --atomic`: all land or none do. */
  async pushAtomic(remote: string, refspecs: string[]): Promise<void> {
    if (refspecs.length === 0) return;
    await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs]);
  }

  /** Push tags in one `git push --atomic <remote> refs/tags/…` (never forced: an existing remote tag is never moved). */
  async pushTagsAtomic(remote: string, tags: string[]): Promise<void> {
    if (tags.length === 0) return;
    await this.run(pushTagsCommand(remote, tags));
  }

  /** A config value, or undefined when it is not set. */
  async config(key: string): Promise<string | undefined> {
    const result = await this.run(['config', '--get', key], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /** The fetch URL of a configured remote, or undefined when `remote` is not the name of one. */
  async remoteUrl(remote: string): Promise<string | undefined> {
    const result = await this.run(['remote', 'get-url', '--', remote], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /** Every file path in a commit's tree, relative to the repository root (one `git ls-tree`). */
  async listTree(commit: string): Promise<string[]> {
    const out = (await this.run(['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit])).stdout;
    return out.split('\0').filter(Boolean);
  }

  /** The text of files at a commit, in one `git cat-file --batch`; files that are not blobs are left out. */
  async readFiles(commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    if (paths.length === 0) return files;
    const input = paths.map((p) => `${commit}:${p}\n`).join('');
    const out = Buffer.from((await this.run(['cat-file', '--batch'], { input })).stdout, 'utf8');
    let at = 0;
    for (const path of paths) {
      const end = out.indexOf(0x0a, at);
      const header = out.subarray(at, end).toString('utf8').split(' ');
      at = end + 1;
      if (header[1] === 'missing' || header.length !== 3) continue;
      const size = Number(header[2]);
      if (header[1] === 'blob') files.set(path, out.subarray(at, at + size).toString('utf8'));
      at += size + 1;
      // Invalid UTF-8 in a file changes byte counts once decoded: refuse rather than misread the rest.
      if (out[at - 1] !== 0x0a) throw new Error(`git cat-file: ${path} at ${commit} is not UTF-8 text`);
    }
    return files;
  }

  /** The same repository with config entries given through GIT_CONFIG_* (never in argv, so never in a process list or log). */
  withConfig(entries: ReadonlyArray<readonly [string, string]>): Git {
    // Entries already given this way (by the runner, or an earlier withConfig) are kept; ours come after.
    const base = Number(this.env.GIT_CONFIG_COUNT ?? process.env.GIT_CONFIG_COUNT ?? 0) || 0;
    const env: Record<string, string> = { ...this.env, GIT_CONFIG_COUNT: String(base + entries.length) };
    entries.forEach(([key, value], i) => {
      env[`GIT_CONFIG_KEY_${base + i}`] = key;
      env[`GIT_CONFIG_VALUE_${base + i}`] = value;
    });
    return new Git(this.cwd, env);
  }

  /** Names of the refs under `prefix` (e.g. `refs/remotes/origin/`) whose history contains `commit`. */
  async refsContaining(commit: string, prefix: string): Promise<string[]> {
    const out = await this.output(['for-each-ref', '--format=%(refname)', '--contains', commit, prefix]);
    return out.split('\n').filter(Boolean);
  }

  /** The same repository with more environment variables for git (an identity, a date). */
  withEnv(env: Record<string, string>): Git {
    return new Git(this.cwd, { ...this.env, ...env });
  }
}

export interface TagOptions {
  /** Annotated tag message; without one (and unsigned) the tag is lightweight. */
  message?: string;
  /** `git tag -s`: signed with the configured key. */
  sign?: boolean;
}

/** The argv (after `git`) that creates a tag: `tag -a|-s -m <message> <name> <commit>`. */
export function tagCommand(name: string, commit: string, options: TagOptions = {}): string[] {
  const args = ['tag'];
  if (options.sign) args.push('-s');
  else if (options.message !== undefined) args.push('-a');
  if (options.message !== undefined || options.sign) args.push('-m', options.message ?? name);
  return [...args, name, commit];
}

/** The argv (after `git`) that pushes tags atomically: `push --atomic <remote> refs/tags/<tag>…`. */
export function pushTagsCommand(remote: string, tags: readonly string[]): string[] {
  return ['push', '--atomic', remote, ...tags.map((t) => `refs/tags/${t}`)];
}
