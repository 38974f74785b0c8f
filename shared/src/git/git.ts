/**
 * The git CLI through @actions/exec. Remotes may carry credentials (`https://x-access-token:…@host`):
 * every command line and output that can reach a message goes through `redactCredentials` first.
 */
import { getExecOutput } from '@actions/exec';

/** Replace the userinfo of every URL in a text (`https://user:token@host` → `https://***@host`). */
export function redactCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@');
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

  /** Create an annotated tag (or lightweight when no message) at a commit. */
  async createTag(
    name: string,
    commit: string,
    options: { message?: string; sign?: boolean } = {},
  ): Promise<void> {
    const args = ['tag'];
    if (options.sign) args.push('-s');
    else if (options.message !== undefined) args.push('-a');
    if (options.message !== undefined || options.sign) args.push('-m', options.message ?? name);
    await this.run([...args, name, commit]);
  }

  /** Push refspecs in one `git push --atomic`: all land or none do. */
  async pushAtomic(remote: string, refspecs: string[]): Promise<void> {
    if (refspecs.length === 0) return;
    await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs]);
  }
}
