import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Git, GitError, redactCredentials } from '../../shared/src/git/index.js';

const sh = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

describe('Git (real repositories, bare remote)', () => {
  let work: string;
  let remote: string;
  let first: string;
  let second: string;

  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), 'git-client-'));
    remote = join(root, 'remote.git');
    work = join(root, 'work');
    sh(root, 'init', '-q', '--bare', '-b', 'main', remote);
    sh(root, 'init', '-q', '-b', 'main', work);
    sh(work, 'config', 'user.name', 'Release Bot');
    sh(work, 'config', 'user.email', 'bot@example.com');
    writeFileSync(join(work, 'a.txt'), 'one\n');
    sh(work, 'add', '.');
    sh(work, 'commit', '-qm', 'first');
    first = sh(work, 'rev-parse', 'HEAD');
    writeFileSync(join(work, 'a.txt'), 'two\n');
    sh(work, 'commit', '-qam', 'second');
    second = sh(work, 'rev-parse', 'HEAD');
    sh(work, 'remote', 'add', 'origin', `file://${remote}`);
    sh(work, 'push', '-q', 'origin', 'main');
  });

  it('resolves commits and says undefined for unknown revisions', async () => {
    const git = new Git(work);
    expect(await git.resolveCommit('main')).toBe(second);
    expect(await git.resolveCommit('HEAD~1')).toBe(first);
    expect(await git.resolveCommit('no-such-branch')).toBeUndefined();
  });

  it('ls-remote peels annotated tags to their commits', async () => {
    const git = new Git(work);
    await git.createTag('v1.0.0', first, { message: 'Release v1.0.0' });
    await git.createTag('light', second);
    await git.pushAtomic('origin', ['refs/tags/v1.0.0', 'refs/tags/light']);
    const tags = await git.lsRemoteTags('origin');
    const annotated = tags.get('v1.0.0');
    expect(annotated?.commit).toBe(first);
    expect(annotated?.sha).not.toBe(first);
    expect(sh(remote, 'cat-file', '-t', annotated?.sha ?? '')).toBe('tag');
    expect(tags.get('light')).toEqual({ name: 'light', sha: second, commit: second });
    expect((await git.localTags()).get('v1.0.0')).toBe(first);
  });

  it('an atomic push that the remote rejects in part pushes nothing', async () => {
    const git = new Git(work);
    await git.createTag('guard', second);
    await git.pushAtomic('origin', ['refs/tags/guard']);
    await git.createTag('v2.0.0', second, { message: 'v2' });
    // guard exists on the remote at `second`; pushing it at `first` must be rejected, and with it v2.0.0.
    sh(work, 'tag', '-f', 'guard', first);
    const error = await git
      .pushAtomic('origin', ['refs/tags/v2.0.0', 'refs/tags/guard'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    const tags = await git.lsRemoteTags('origin');
    expect(tags.has('v2.0.0')).toBe(false);
    expect(tags.get('guard')?.commit).toBe(second);
  });
});

describe('credentials in remote URLs', () => {
  it('never reach an error message', async () => {
    const git = new Git(mkdtempSync(join(tmpdir(), 'git-redact-')));
    const remote = 'http://x-access-token:ghs_SECRET123@127.0.0.1:9/o/r.git';
    const error = (await git.lsRemoteTags(remote).catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.message).toContain('ls-remote --tags http://***@127.0.0.1:9/o/r.git');
    expect(`${error.message} ${error.args.join(' ')} ${error.result.stderr}`).not.toContain('ghs_SECRET123');
  });

  it.each([
    ['https://user:pass@github.com/o/r', 'https://***@github.com/o/r'],
    [
      'git push https://x-access-token:t0k@ghe.example.com/o/r.git v1',
      'git push https://***@ghe.example.com/o/r.git v1',
    ],
    ['file:///tmp/remote.git', 'file:///tmp/remote.git'],
    ['git@github.com:o/r.git', 'git@github.com:o/r.git'],
  ])('%s → %s', (text, expected) => {
    expect(redactCredentials(text)).toBe(expected);
  });
});
