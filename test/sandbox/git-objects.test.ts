/**
 * The git data object routes (blobs, trees, commits) through real HTTP: what they write is read back
 * with git itself from the bare repository, and every request and response is checked against
 * GitHub's OpenAPI description.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { sandboxOctokit, useSandbox } from './jest.js';
import { commitFiles } from './seed.js';

const sandbox = useSandbox({ token: 'ghs_objects' });
const owner = 'kubernetes';
const repo = 'k8s.io';
let gitDir: string;
let head: string;

const git = (...args: string[]): string =>
  execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8' });

beforeAll(async () => {
  const r = await sandbox().createRepo(`${owner}/${repo}`);
  gitDir = r.gitDir;
  head = await commitFiles(
    gitDir,
    'main',
    {
      'README.md': '# k8s.io\n',
      'registry.k8s.io/images/k8s-staging-tools/images.yaml': '- name: tool\n  dmap:\n',
      'registry.k8s.io/images/k8s-staging-tools/OWNERS': 'approvers: []\n',
      'hack/run.sh': '#!/bin/sh\n',
    },
    'initial',
    { name: 'dev', email: 'dev@example.com', date: '2025-01-01T00:00:00Z' },
  );
});

describe('blobs', () => {
  it('creates blobs from utf-8 and base64 and reads them back as base64', async () => {
    const gh = sandboxOctokit(sandbox()).rest;
    const utf8 = await gh.git.createBlob({ owner, repo, content: 'héllo\n' });
    expect(utf8.status).toBe(201);
    expect(utf8.data.sha).toBe(
      execFileSync('git', ['hash-object', '--stdin'], { input: 'héllo\n' }).toString().trim(),
    );
    expect(git('cat-file', '-p', utf8.data.sha)).toBe('héllo\n');
    const bytes = Buffer.from([0, 1, 2, 255]);
    const b64 = await gh.git.createBlob({
      owner,
      repo,
      content: bytes.toString('base64'),
      encoding: 'base64',
    });
    const got = await gh.git.getBlob({ owner, repo, file_sha: b64.data.sha });
    expect(Buffer.from(got.data.content, 'base64')).toEqual(bytes);
    expect(got.data).toMatchObject({ encoding: 'base64', size: 4, sha: b64.data.sha });
    await expect(gh.git.getBlob({ owner, repo, file_sha: head })).rejects.toMatchObject({ status: 404 });
  });
});

describe('trees and commits', () => {
  it('builds a tree on a base tree, commits it, and the branch moves to it', async () => {
    const gh = sandboxOctokit(sandbox()).rest;
    const baseTree = git('rev-parse', `${head}^{tree}`).trim();
    const blob = await gh.git.createBlob({
      owner,
      repo,
      content: '- name: tool\n  dmap:\n    "sha256:1": ["v1"]\n',
    });
    const tree = await gh.git.createTree({
      owner,
      repo,
      base_tree: baseTree,
      tree: [
        {
          path: 'registry.k8s.io/images/k8s-staging-tools/images.yaml',
          mode: '100644',
          type: 'blob',
          sha: blob.data.sha,
        },
        {
          path: 'registry.k8s.io/images/k8s-staging-new/images.yaml',
          mode: '100644',
          type: 'blob',
          content: '',
        },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(tree.status).toBe(201);
    expect(tree.data.tree.map((e) => e.path).sort()).toEqual(['hack', 'registry.k8s.io']);
    const listing = git('ls-tree', '-r', '--name-only', tree.data.sha).trim().split('\n');
    expect(listing).toEqual([
      'hack/run.sh',
      'registry.k8s.io/images/k8s-staging-new/images.yaml',
      'registry.k8s.io/images/k8s-staging-tools/OWNERS',
      'registry.k8s.io/images/k8s-staging-tools/images.yaml',
    ]);
    const commit = await gh.git.createCommit({
      owner,
      repo,
      message: 'Image promotion for tools v1',
      tree: tree.data.sha,
      parents: [head],
    });
    expect(commit.status).toBe(201);
    expect(commit.data).toMatchObject({
      message: 'Image promotion for tools v1',
      tree: { sha: tree.data.sha },
      parents: [{ sha: head }],
    });
    expect(git('log', '--format=%s %P', '-1', commit.data.sha).trim()).toBe(
      `Image promotion for tools v1 ${head}`,
    );
    await gh.git.createRef({ owner, repo, ref: 'refs/heads/tools-v1-image-promotion', sha: commit.data.sha });
    expect(
      git('show', 'tools-v1-image-promotion:registry.k8s.io/images/k8s-staging-tools/images.yaml'),
    ).toContain('"v1"');
  });

  it('lists a tree recursively, from a tree sha or a branch', async () => {
    const gh = sandboxOctokit(sandbox()).rest;
    const top = await gh.git.getTree({ owner, repo, tree_sha: 'main' });
    expect(top.data.tree.map((e) => e.path)).toEqual(['README.md', 'hack', 'registry.k8s.io']);
    const all = await gh.git.getTree({ owner, repo, tree_sha: top.data.sha, recursive: '1' });
    expect(all.data.truncated).toBe(false);
    expect(all.data.tree.filter((e) => e.type === 'blob').map((e) => e.path)).toContain(
      'registry.k8s.io/images/k8s-staging-tools/images.yaml',
    );
    expect(all.data.tree.find((e) => e.path === 'hack/run.sh')).toMatchObject({ mode: '100644', size: 10 });
  });

  it('refuses what GitHub refuses: a base that is no tree, sha and content together, a parent that is no commit', async () => {
    const gh = sandboxOctokit(sandbox()).rest;
    const blob = await gh.git.createBlob({ owner, repo, content: 'x' });
    await expect(
      gh.git.createTree({
        owner,
        repo,
        base_tree: blob.data.sha,
        tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'a' }],
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      gh.git.createTree({
        owner,
        repo,
        tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'a', sha: blob.data.sha }],
      }),
    ).rejects.toMatchObject({ status: 422 });
    const tree = await gh.git.createTree({
      owner,
      repo,
      tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'a' }],
    });
    await expect(
      gh.git.createCommit({ owner, repo, message: 'm', tree: tree.data.sha, parents: [blob.data.sha] }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Parent SHA does not exist or is not a commit object' } },
    });
    await expect(
      gh.git.createCommit({ owner, repo, message: 'm', tree: blob.data.sha }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('answers 409 on a fork GitHub is still creating, and builds on the parent’s objects once it is there', async () => {
    const sb = sandbox();
    const gh = sandboxOctokit(sb).rest;
    await gh.repos.createFork({ owner, repo, organization: 'puerco', default_branch_only: true });
    // Still being created, whatever the time the fork took here; then done.
    const fork = sb.repo('puerco/k8s.io');
    fork.readyAt = Date.now() + 60_000;
    await expect(gh.git.createBlob({ owner: 'puerco', repo, content: 'x' })).rejects.toMatchObject({
      status: 409,
    });
    fork.readyAt = Date.now();
    const tree = await gh.git.createTree({
      owner: 'puerco',
      repo,
      base_tree: git('rev-parse', `${head}^{tree}`).trim(),
      tree: [{ path: 'NEW', mode: '100644', type: 'blob', content: 'new\n' }],
    });
    const commit = await gh.git.createCommit({
      owner: 'puerco',
      repo,
      message: 'on the parent',
      tree: tree.data.sha,
      parents: [head],
    });
    expect(commit.data.parents[0]?.sha).toBe(head);
  });
});
