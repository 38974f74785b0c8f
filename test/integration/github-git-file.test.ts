/**
 * The API-only pieces kpromo-pr is built from, against the GitHub sandbox: a fork found, refused or
 * created and waited for; one file read (through the blob API past the contents API's 1 MB) and
 * committed on a parent without a clone; a fork's branch compared with upstream; the pull request
 * from a fork opened, reused and updated.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import type { GitHubClient } from '../../shared/src/github/client.js';
import { createFork, findFork } from '../../shared/src/github/fork.js';
import {
  branchHead,
  commitOneFile,
  compareWithFork,
  gitBlobSha,
  listDir,
  pointBranch,
  readFile,
} from '../../shared/src/github/git-file.js';
import { openOrUpdateForkPullRequest } from '../../shared/src/github/pulls.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { commitFiles } from '../sandbox/seed.js';

const sandbox = useSandbox({
  tokenKind: 'pat',
  viewer: 'octocat',
  token: 'ghp_gitFile',
  forkReadyAfterMs: 600_000,
});
const upstream = { owner: 'kubernetes', repo: 'k8s.io' };
const fork = { owner: 'octocat', repo: 'k8s.io' };
const BIG = 'registry.k8s.io/images/k8s-staging-kubernetes/images.yaml';
let github: GitHubClient;
let head: string;
const log = new MemoryLogger();
const big = Array.from(
  { length: 12_000 },
  (_, i) => `    "sha256:${String(i).padStart(64, '0')}": ["v1.${i}.0"]\n`,
).join('');

beforeAll(async () => {
  const sb = sandbox();
  // Upstream is writable here so a pull request's title can be edited (the sandbox lets a PAT edit
  // only where it may push; GitHub also lets a pull request's author edit it).
  const repo = await sb.createRepo(`${upstream.owner}/${upstream.repo}`, { access: 'write' });
  head = await commitFiles(
    repo.gitDir,
    'main',
    {
      'README.md': '# k8s.io\n',
      [BIG]: `- name: conformance\n  dmap:\n${big}`,
      'registry.k8s.io/manifests/k8s-staging-kubernetes/promoter-manifest.yaml': 'registries: []\n',
    },
    'init',
  );
  await sb.createRepo('someone/k8s.io');
  github = sandboxOctokit(sb);
});

describe('forks', () => {
  it('finds no fork, creates one and waits until GitHub serves its git data', async () => {
    const sb = sandbox();
    expect(await findFork(github, upstream, fork)).toBeUndefined();
    // The fork stays "being created" until the wait has seen GitHub say so (409), then it is done.
    const refused = () =>
      sb.requests.some(
        (r) => r.operationId === 'git/get-ref' && r.path.includes('/octocat/') && r.status === 409,
      );
    const finish = setInterval(() => {
      if (refused()) sb.repo('octocat/k8s.io').readyAt = Date.now();
    }, 20);
    try {
      const created = await createFork(github, upstream, fork, { log, pollMs: [50] });
      expect(created).toEqual({ ...fork, defaultBranch: 'main', created: true });
    } finally {
      clearInterval(finish);
    }
    expect(refused()).toBe(true);
    expect(await findFork(github, upstream, fork)).toEqual({
      ...fork,
      defaultBranch: 'main',
      created: false,
    });
  });

  it('refuses a repository of that name that is not a fork of upstream', async () => {
    await expect(findFork(github, upstream, { owner: 'someone', repo: 'k8s.io' })).rejects.toThrow(
      'someone/k8s.io is not a fork of kubernetes/k8s.io',
    );
  });
});

describe('one file, no clone', () => {
  it('reads a file past 1 MB through the blob API, and a folder', async () => {
    const sb = sandbox();
    const before = sb.requests.length;
    const file = await readFile(github, upstream, BIG, head);
    expect(file?.content.toString('utf8')).toBe(`- name: conformance\n  dmap:\n${big}`);
    expect(file?.content.length).toBeGreaterThan(1024 * 1024);
    expect(sb.requests.slice(before).map((r) => r.operationId)).toEqual([
      'repos/get-content',
      'git/get-blob',
    ]);
    expect(await readFile(github, upstream, 'nope.yaml', head)).toBeUndefined();
    expect((await listDir(github, upstream, 'registry.k8s.io/manifests', head))?.map((e) => e.name)).toEqual([
      'k8s-staging-kubernetes',
    ]);
  });

  it("commits one file in the fork on upstream's head and points a branch at it", async () => {
    const parent = await branchHead(github, upstream, 'main');
    expect(parent?.sha).toBe(head);
    const content = '- name: conformance\n  dmap:\n';
    const commit = await commitOneFile(github, fork, {
      parent: parent!,
      path: BIG,
      content,
      message: 'promote',
    });
    await pointBranch(github, fork, 'promo', commit, 'create');
    const gitDir = sandbox().repo('octocat/k8s.io').gitDir;
    const git = (...args: string[]) =>
      execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8' });
    expect(git('show', `promo:${BIG}`)).toBe(content);
    expect(git('rev-parse', 'promo^').trim()).toBe(head);
    expect(git('diff-tree', '--no-commit-id', '--name-only', '-r', 'promo').trim()).toBe(BIG);

    const compared = await compareWithFork(github, upstream, head, { owner: 'octocat', branch: 'promo' });
    expect(compared).toMatchObject({ aheadBy: 1, behindBy: 0, mergeBase: head });
    expect(compared.commits.map((c) => c.message)).toEqual(['promote']);
    expect(compared.files).toEqual([{ filename: BIG, sha: gitBlobSha(content), status: 'modified' }]);

    // Replacing the branch's commit needs force; a plain move that is no fast-forward is refused.
    const again = await commitOneFile(github, fork, {
      parent: parent!,
      path: BIG,
      content: `${content}# x\n`,
      message: 'promote',
    });
    await expect(pointBranch(github, fork, 'promo', again, 'fast-forward')).rejects.toMatchObject({
      status: 422,
    });
    await pointBranch(github, fork, 'promo', again, 'force');
    expect(git('rev-parse', 'promo').trim()).toBe(again);
  });
});

describe('pull requests from a fork', () => {
  it('opens one, reuses it, and sets its title and body when they changed', async () => {
    const request = {
      ...upstream,
      headOwner: 'octocat',
      headRepo: 'k8s.io',
      head: 'promo',
      base: 'main',
      title: 'T1',
      body: 'B1',
    };
    const opened = await openOrUpdateForkPullRequest(github, request);
    expect(opened).toMatchObject({ reused: false, updated: false });
    expect(await openOrUpdateForkPullRequest(github, request)).toEqual({
      ...opened,
      reused: true,
      updated: false,
    });
    const updated = await openOrUpdateForkPullRequest(github, { ...request, title: 'T2', body: 'B2' });
    expect(updated).toMatchObject({ number: opened.number, reused: true, updated: true });
    const { data } = await github.rest.pulls.get({ ...upstream, pull_number: opened.number });
    expect(data).toMatchObject({ title: 'T2', body: 'B2', head: { label: 'octocat:promo' } });
  });
});
