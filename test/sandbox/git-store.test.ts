import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getCommits, listTags } from './git-read.js';
import { gitStore } from './git-store.js';

const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();
}

let root: string;
let bare: string;
let c1: string;
let c2: string;
let c3: string;
let annotated: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'git-store-'));
  bare = join(root, 'remote.git');
  const work = join(root, 'work');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  git(root, 'init', '--quiet', '--initial-branch=main', work);
  writeFileSync(join(work, 'README.md'), 'hello\n');
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'first');
  c1 = git(work, 'rev-parse', 'HEAD');
  writeFileSync(join(work, 'README.md'), 'hello\nworld\n');
  execFileSync('mkdir', ['-p', join(work, 'docs')]);
  writeFileSync(join(work, 'docs', 'guide.md'), 'guide\n');
  writeFileSync(join(work, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'second\n\nbody line');
  c2 = git(work, 'rev-parse', 'HEAD');
  git(work, 'tag', 'v1.0.0-light', c1);
  git(work, 'tag', '-a', '-m', 'Release v1.0.0', 'v1.0.0', c2);
  annotated = git(work, 'rev-parse', 'v1.0.0');
  git(work, 'checkout', '--quiet', '-b', 'feature');
  writeFileSync(join(work, 'feature.txt'), 'f\n');
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'feature');
  c3 = git(work, 'rev-parse', 'HEAD');
  git(work, 'remote', 'add', 'origin', `file://${bare}`);
  git(work, 'push', '--quiet', 'origin', 'main', 'feature', '--tags');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('gitStore on a real bare repository', () => {
  it('resolves branches, tags (peeled), full refs and shas', async () => {
    await expect(gitStore.resolveCommit(bare, 'main')).resolves.toBe(c2);
    await expect(gitStore.resolveCommit(bare, 'v1.0.0')).resolves.toBe(c2);
    await expect(gitStore.resolveCommit(bare, 'refs/tags/v1.0.0-light')).resolves.toBe(c1);
    await expect(gitStore.resolveCommit(bare, c3.slice(0, 10))).resolves.toBe(c3);
    await expect(gitStore.resolveCommit(bare, 'nope')).resolves.toBeUndefined();
    await expect(gitStore.resolveCommit(bare, '--all')).resolves.toBeUndefined();
  });

  it('lists refs by string prefix and gets one ref with its object type', async () => {
    const heads = await gitStore.listRefs(bare, 'refs/heads/');
    expect(heads.map((r) => r.ref)).toEqual(['refs/heads/feature', 'refs/heads/main']);
    expect((await gitStore.listRefs(bare, 'refs/heads/feat')).map((r) => r.ref)).toEqual([
      'refs/heads/feature',
    ]);
    await expect(gitStore.getRef(bare, 'refs/tags/v1.0.0')).resolves.toEqual({
      ref: 'refs/tags/v1.0.0',
      sha: annotated,
      type: 'tag',
    });
    await expect(gitStore.getRef(bare, 'refs/tags/v1.0.0-light')).resolves.toMatchObject({
      sha: c1,
      type: 'commit',
    });
    await expect(gitStore.getRef(bare, 'refs/heads/mai')).resolves.toBeUndefined();
  });

  it('reads commits and annotated tags', async () => {
    const commit = await gitStore.getCommit(bare, c2);
    expect(commit).toMatchObject({ sha: c2, parents: [c1], message: 'second\n\nbody line' });
    expect(commit?.author).toMatchObject({ name: 'Dev', email: 'dev@example.com' });
    expect(commit?.author.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    await expect(gitStore.getCommit(bare, annotated)).resolves.toBeUndefined();
    const tag = await gitStore.getTag(bare, annotated);
    expect(tag).toMatchObject({
      tag: 'v1.0.0',
      message: 'Release v1.0.0\n',
      object: { sha: c2, type: 'commit' },
    });
    await expect(gitStore.getTag(bare, c2)).resolves.toBeUndefined();
    const many = await getCommits(bare, [c1, 'f'.repeat(40), c3]);
    expect(many.map((c) => c?.sha)).toEqual([c1, undefined, c3]);
    const tags = await listTags(bare);
    expect(tags).toEqual([
      { name: 'v1.0.0', sha: annotated, commit: c2 },
      { name: 'v1.0.0-light', sha: c1, commit: c1 },
    ]);
  });

  it('creates, fast-forwards, force-moves and deletes refs', async () => {
    await expect(gitStore.createRef(bare, 'refs/heads/tmp', c1)).resolves.toBe(true);
    await expect(gitStore.createRef(bare, 'refs/heads/tmp', c2)).resolves.toBe(false);
    await expect(gitStore.updateRef(bare, 'refs/heads/tmp', c3, false)).resolves.toBe('ok');
    await expect(gitStore.updateRef(bare, 'refs/heads/tmp', c1, false)).resolves.toBe('not-fast-forward');
    await expect(gitStore.updateRef(bare, 'refs/heads/tmp', c1, true)).resolves.toBe('ok');
    await expect(gitStore.resolveCommit(bare, 'tmp')).resolves.toBe(c1);
    await expect(gitStore.updateRef(bare, 'refs/heads/none', c1, true)).resolves.toBe('missing');
    await expect(gitStore.deleteRef(bare, 'refs/heads/tmp')).resolves.toBe(true);
    await expect(gitStore.deleteRef(bare, 'refs/heads/tmp')).resolves.toBe(false);
  });

  it('creates annotated tag objects', async () => {
    const tag = await gitStore.createTag(bare, {
      tag: 'v2.0.0',
      message: 'Two',
      object: c3,
      type: 'commit',
      tagger: { name: 'Bot', email: 'bot@example.com', date: '2025-02-03T04:05:06Z' },
    });
    expect(tag).toMatchObject({
      tag: 'v2.0.0',
      message: 'Two\n',
      tagger: { name: 'Bot', email: 'bot@example.com', date: '2025-02-03T04:05:06Z' },
      object: { sha: c3, type: 'commit' },
    });
    // A tag object alone is not a ref.
    await expect(gitStore.getRef(bare, 'refs/tags/v2.0.0')).resolves.toBeUndefined();
  });

  it('compares ranges and diffs files', async () => {
    await expect(gitStore.commitsBetween(bare, c1, c3)).resolves.toEqual([c2, c3]);
    await expect(gitStore.commitsBetween(bare, c3, c1)).resolves.toEqual([]);
    await expect(gitStore.mergeBase(bare, 'main', 'feature')).resolves.toBe(c2);
    const files = await gitStore.diffFiles(bare, c1, c3);
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['README.md', 'modified', 1, 0],
      ['docs/guide.md', 'added', 1, 0],
      ['feature.txt', 'added', 1, 0],
      ['run.sh', 'added', 1, 0],
    ]);
  });

  it('reads files and directories at a revision', async () => {
    const file = await gitStore.readFile(bare, 'main', 'README.md');
    expect(file?.content.toString()).toBe('hello\nworld\n');
    expect(file?.sha).toMatch(/^[0-9a-f]{40}$/);
    await expect(gitStore.readFile(bare, c1, 'docs/guide.md')).resolves.toBeUndefined();
    await expect(gitStore.readFile(bare, 'main', 'docs')).resolves.toBeUndefined();
    const root = await gitStore.readDir(bare, 'main', '');
    expect(root?.map((e) => [e.name, e.type])).toEqual([
      ['README.md', 'file'],
      ['docs', 'dir'],
      ['run.sh', 'file'],
    ]);
    const docs = await gitStore.readDir(bare, 'main', 'docs');
    expect(docs).toEqual([expect.objectContaining({ name: 'guide.md', path: 'docs/guide.md', size: 6 })]);
    await expect(gitStore.readDir(bare, 'main', 'README.md')).resolves.toBeUndefined();
    await expect(gitStore.readDir(bare, 'main', 'missing')).resolves.toBeUndefined();
  });

  it('commits a file change with plumbing, keeping modes, and deletes files', async () => {
    const author = { name: 'Bot', email: 'bot@example.com' };
    const sha = await gitStore.commitFile(
      bare,
      'feature',
      'docs/new.md',
      Buffer.from('new\n'),
      'add new',
      author,
    );
    const commit = await gitStore.getCommit(bare, sha);
    expect(commit).toMatchObject({ parents: [c3], message: 'add new', author: { name: 'Bot' } });
    await expect(gitStore.resolveCommit(bare, 'feature')).resolves.toBe(sha);
    expect((await gitStore.readFile(bare, 'feature', 'docs/new.md'))?.content.toString()).toBe('new\n');
    const edited = await gitStore.commitFile(
      bare,
      'feature',
      'run.sh',
      Buffer.from('#!/bin/sh\necho\n'),
      'edit',
      author,
    );
    const mode = execFileSync('git', ['--git-dir', bare, 'ls-tree', edited, 'run.sh'], { encoding: 'utf8' });
    expect(mode.startsWith('100755')).toBe(true);
    const removed = await gitStore.commitFile(bare, 'feature', 'feature.txt', null, 'remove', author);
    await expect(gitStore.readFile(bare, removed, 'feature.txt')).resolves.toBeUndefined();
    // A new branch gets a root commit.
    const orphan = await gitStore.commitFile(bare, 'orphan', 'x.txt', Buffer.from('x'), 'root', author);
    await expect(gitStore.getCommit(bare, orphan)).resolves.toMatchObject({ parents: [] });
  });

  it('commits concurrently without losing a change (compare-and-swap)', async () => {
    const author = { name: 'Bot', email: 'bot@example.com' };
    const results = await Promise.allSettled(
      [1, 2, 3].map((i) =>
        gitStore.commitFile(bare, 'main', `c${i}.txt`, Buffer.from(`${i}`), `c${i}`, author),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    expect(ok).toBeGreaterThanOrEqual(1);
    const tip = await gitStore.resolveCommit(bare, 'main');
    const present = await Promise.all([1, 2, 3].map((i) => gitStore.readFile(bare, tip!, `c${i}.txt`)));
    // Every commit that succeeded is in the history; the failed ones left nothing behind.
    expect(present.filter(Boolean).length).toBe(ok);
  });
});
