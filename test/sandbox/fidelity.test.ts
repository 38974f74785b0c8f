/**
 * Fidelity fixes found in review, each through real HTTP (octokit from @actions/github, or fetch for
 * what clients like curl and gh send) against real bare repositories: races on one repository,
 * literal slashes in path parameters, permissions, forks, immutable releases, faults.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitStore } from './git-store.js';
import { sandboxOctokit, useSandbox } from './jest.js';
import { addIssue, commitFiles } from './seed.js';
import { startSandbox } from './server.js';
import type { GitHubSandbox } from './server.js';

const sandbox = useSandbox();
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** A raw request as curl or gh would send it (paths are sent exactly as given). */
async function api(
  sb: GitHubSandbox,
  method: string,
  path: string,
  body?: unknown,
  auth = true,
): Promise<{ status: number; data: Record<string, unknown> & { message?: string } }> {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method,
    headers: {
      ...(auth ? { authorization: `Bearer ${sb.token}` } : {}),
      accept: 'application/vnd.github+json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, data: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** A fresh repository with one commit on main; returns its git dir and that commit. */
async function repoWithCommit(sb: GitHubSandbox, fullName: string, opts = {}) {
  const r = await sb.createRepo(fullName, opts);
  const sha = await commitFiles(r.gitDir, 'main', { 'README.md': `# ${fullName}\n` }, 'initial commit');
  return { gitDir: r.gitDir, sha };
}

const statuses = (results: PromiseSettledResult<unknown>[]): number[] =>
  results
    .map((r) =>
      r.status === 'fulfilled'
        ? (r.value as { status: number }).status
        : ((r.reason as { status?: number }).status ?? 0),
    )
    .sort();

describe('races on one repository', () => {
  it('lets exactly one of several parallel publishes of a tag win; drafts may share it', async () => {
    const sb = sandbox();
    await repoWithCommit(sb, 'race/rel');
    const gh = sandboxOctokit(sb).rest;
    const o = { owner: 'race', repo: 'rel' };
    const created = await Promise.allSettled(
      Array.from({ length: 6 }, () => gh.repos.createRelease({ ...o, tag_name: 'v1.0.0' })),
    );
    expect(statuses(created)).toEqual([201, 422, 422, 422, 422, 422]);
    for (const r of created.filter((x) => x.status === 'rejected')) {
      expect(r.reason).toMatchObject({
        response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } },
      });
    }
    // Drafts for one tag (matrix jobs, a rerun after SIGKILL) are all accepted, even beside a
    // published release of that tag; publishing them races, and one wins.
    const drafts = await Promise.all(
      Array.from({ length: 4 }, () => gh.repos.createRelease({ ...o, tag_name: 'v2.0.0', draft: true })),
    );
    expect(new Set(drafts.map((d) => d.data.id)).size).toBe(4);
    await expect(gh.repos.createRelease({ ...o, tag_name: 'v1.0.0', draft: true })).resolves.toMatchObject({
      status: 201,
    });
    const published = await Promise.allSettled(
      drafts.map((d) => gh.repos.updateRelease({ ...o, release_id: d.data.id, draft: false })),
    );
    expect(statuses(published)).toEqual([200, 422, 422, 422]);
    const all = await gh.repos.listReleases(o);
    expect(all.data.filter((r) => r.tag_name === 'v2.0.0' && !r.draft)).toHaveLength(1);
  });

  it('opens one pull for parallel requests with one head and never reuses a number', async () => {
    const sb = sandbox();
    const { gitDir, sha } = await repoWithCommit(sb, 'race/pr');
    const gh = sandboxOctokit(sb).rest;
    const o = { owner: 'race', repo: 'pr' };
    for (const b of ['feat', 'other', 'third']) {
      await commitFiles(gitDir, b, { [`${b}.txt`]: b }, b, undefined);
    }
    await gh.git.createRef({ ...o, ref: 'refs/heads/empty', sha }); // no commits ahead of main
    const same = await Promise.allSettled(
      Array.from({ length: 4 }, () => gh.pulls.create({ ...o, title: 'Feat', head: 'feat', base: 'main' })),
    );
    expect(statuses(same)).toEqual([201, 422, 422, 422]);
    expect((same.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      response: { data: { errors: [{ message: 'A pull request already exists for race:feat.' }] } },
    });
    // A refused pull racing two good ones: every opened pull keeps its own number.
    const mixed = await Promise.allSettled([
      gh.pulls.create({ ...o, title: 'Empty', head: 'empty', base: 'main' }),
      gh.pulls.create({ ...o, title: 'Other', head: 'other', base: 'main' }),
      gh.pulls.create({ ...o, title: 'Third', head: 'third', base: 'main' }),
    ]);
    expect(statuses(mixed)).toEqual([201, 201, 422]);
    const { data: pulls } = await gh.pulls.list({ ...o, state: 'all' });
    expect(pulls.map((p) => p.title).sort()).toEqual(['Feat', 'Other', 'Third']);
    expect(new Set(pulls.map((p) => p.number)).size).toBe(3);
  });

  it('answers a lost ref race with 422 (fast-forward) or lets the last forced writer win', async () => {
    const sb = sandbox();
    const { gitDir, sha } = await repoWithCommit(sb, 'race/refs');
    const o = { owner: 'race', repo: 'refs' };
    // Siblings of main's tip: each is a fast-forward of main, none of another.
    const siblings: string[] = [];
    for (let i = 0; i < 5; i++) {
      await gitStore.createRef(gitDir, `refs/heads/s${i}`, sha);
      siblings.push(await commitFiles(gitDir, `s${i}`, { [`s${i}`]: String(i) }, `s${i}`));
    }
    await gitStore.createRef(gitDir, 'refs/heads/target', sha);
    const ff = await Promise.all(
      siblings.map((s) => api(sb, 'PATCH', '/repos/race/refs/git/refs/heads%2Ftarget', { sha: s })),
    );
    expect(ff.map((r) => r.status).sort()).toEqual([200, 422, 422, 422, 422]);
    expect(ff.filter((r) => r.status === 422).map((r) => r.data.message)).toEqual(
      Array(4).fill('Update is not a fast forward'),
    );
    const forced = await Promise.all(
      siblings.map((s) =>
        api(sb, 'PATCH', '/repos/race/refs/git/refs/heads%2Ftarget', { sha: s, force: true }),
      ),
    );
    expect(forced.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(siblings).toContain(await gitStore.resolveCommit(gitDir, 'target'));
    const deleted = await Promise.all(
      Array.from({ length: 3 }, () => api(sb, 'DELETE', `/repos/${o.owner}/${o.repo}/git/refs/heads/target`)),
    );
    expect(deleted.map((r) => r.status).sort()).toEqual([204, 422, 422]);
  });

  it('moves refs by compare-and-swap in the git store itself (no lock there)', async () => {
    const sb = sandbox();
    const { gitDir, sha } = await repoWithCommit(sb, 'race/store');
    const kids: string[] = [];
    for (let i = 0; i < 6; i++) {
      await gitStore.createRef(gitDir, `refs/heads/k${i}`, sha);
      kids.push(await commitFiles(gitDir, `k${i}`, { [`k${i}`]: String(i) }, `k${i}`));
    }
    await gitStore.createRef(gitDir, 'refs/heads/t', sha);
    const ff = await Promise.all(kids.map((k) => gitStore.updateRef(gitDir, 'refs/heads/t', k, false)));
    expect(ff.filter((r) => r === 'ok')).toHaveLength(1);
    expect(ff.filter((r) => r === 'not-fast-forward')).toHaveLength(5);
    const forced = await Promise.all(kids.map((k) => gitStore.updateRef(gitDir, 'refs/heads/t', k, true)));
    expect(forced).toEqual(Array(6).fill('ok'));
    const deleted = await Promise.all(kids.map(() => gitStore.deleteRef(gitDir, 'refs/heads/t')));
    expect(deleted.filter(Boolean)).toHaveLength(1);
  });

  it('commits a file change only onto the branch tip the caller checked', async () => {
    const sb = sandbox();
    const { gitDir, sha } = await repoWithCommit(sb, 'race/cas');
    const moved = await commitFiles(gitDir, 'main', { other: 'x\n' }, 'moved meanwhile');
    const who = { name: 'dev', email: 'dev@example.com' };
    const edit = (expectedOld: string) =>
      gitStore.commitFile(gitDir, 'main', 'README.md', Buffer.from('edit\n'), 'edit', who, expectedOld);
    await expect(edit(sha)).rejects.toThrow(/update-ref/);
    expect(await gitStore.resolveCommit(gitDir, 'main')).toBe(moved);
    await expect(edit(moved)).resolves.toMatch(/^[0-9a-f]{40}$/);
  });

  it('refuses a contents PUT whose checked branch tip moved (409), losing no change', async () => {
    const sb = sandbox();
    const { gitDir } = await repoWithCommit(sb, 'race/contents');
    const gh = sandboxOctokit(sb).rest;
    const o = { owner: 'race', repo: 'contents' };
    const file = await gh.repos.getContent({ ...o, path: 'README.md' });
    const blobSha = (file.data as { sha: string }).sha;
    // Staggered starts, so that commits land while other requests are between their check and
    // their commit (the window where the old code re-read the tip and built on an unchecked one).
    const writes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        new Promise((r) => setTimeout(r, i * 20)).then(() =>
          gh.repos.createOrUpdateFileContents({
            ...o,
            path: 'README.md',
            message: `edit ${i}`,
            content: b64(`edit ${i}\n`),
            sha: blobSha,
          }),
        ),
      ),
    );
    expect(statuses(writes)).toEqual([200, ...Array<number>(11).fill(409)]);
    // The one that won is what main holds, on top of the commit it checked.
    const winner = writes.find((w) => w.status === 'fulfilled') as PromiseFulfilledResult<{
      data: { commit: { message?: string } };
    }>;
    const n = /edit (\d+)/.exec(winner.value.data.commit.message ?? '')?.[1];
    const readme = await gitStore.readFile(gitDir, 'main', 'README.md');
    expect(readme?.content.toString()).toBe(`edit ${n}\n`);
    sb.clearViolations(); // 409 bodies: the description's oneOf is ambiguous (see repos.test.ts)
  });
});

describe('literal slashes in path parameters', () => {
  let sha = '';
  let feature = '';
  beforeAll(async () => {
    const sb = sandbox();
    const r = await repoWithCommit(sb, 'slash/repo');
    sha = r.sha;
    await commitFiles(r.gitDir, 'main', { 'd/f.txt': 'file\n' }, 'add d/f.txt');
    await gitStore.createRef(r.gitDir, 'refs/heads/releases/v1', r.sha);
    feature = await commitFiles(r.gitDir, 'releases/v1', { 'x.txt': 'x\n' }, 'on releases/v1');
  });

  it('routes refs, contents, branches and release tags sent with literal slashes', async () => {
    const sb = sandbox();
    const base = '/repos/slash/repo';
    const ref = await api(sb, 'GET', `${base}/git/ref/heads/main`);
    expect(ref).toMatchObject({ status: 200, data: { ref: 'refs/heads/main' } });
    // The ref's own url (literal slashes) can be followed.
    const followed = await fetch(String(ref.data.url), { headers: { authorization: `token ${sb.token}` } });
    expect(followed.status).toBe(200);
    expect(await followed.json()).toMatchObject({ ref: 'refs/heads/main' });
    const matching = await api(sb, 'GET', `${base}/git/matching-refs/heads/releases/`);
    expect(matching.status).toBe(200);
    expect((matching.data as unknown as { ref: string }[]).map((r) => r.ref)).toEqual([
      'refs/heads/releases/v1',
    ]);
    expect(await api(sb, 'POST', `${base}/git/refs`, { ref: 'refs/heads/x/y', sha })).toMatchObject({
      status: 201,
    });
    expect(await api(sb, 'PATCH', `${base}/git/refs/heads/x/y`, { sha: feature, force: true })).toMatchObject(
      {
        status: 200,
        data: { object: { sha: feature } },
      },
    );
    expect((await api(sb, 'DELETE', `${base}/git/refs/heads/x/y`)).status).toBe(204);
    expect(await api(sb, 'GET', `${base}/contents/d/f.txt`)).toMatchObject({
      status: 200,
      data: { path: 'd/f.txt', type: 'file' },
    });
    expect(await api(sb, 'GET', `${base}/branches/releases/v1`)).toMatchObject({
      status: 200,
      data: { name: 'releases/v1', commit: { sha: feature } },
    });
    expect(await api(sb, 'GET', `${base}/commits/releases/v1`)).toMatchObject({
      status: 200,
      data: { sha: feature },
    });
    await sandboxOctokit(sb).rest.repos.createRelease({ owner: 'slash', repo: 'repo', tag_name: 'a/b' });
    expect(await api(sb, 'GET', `${base}/releases/tags/a/b`)).toMatchObject({
      status: 200,
      data: { tag_name: 'a/b' },
    });
  });

  it('compares a branch with a slash, literally and through octokit, and 404s a malformed escape', async () => {
    const sb = sandbox();
    const gh = sandboxOctokit(sb).rest;
    const o = { owner: 'slash', repo: 'repo' };
    const literal = await api(sb, 'GET', '/repos/slash/repo/compare/main...releases/v1');
    expect(literal).toMatchObject({ status: 200 });
    const viaBasehead = await gh.repos.compareCommitsWithBasehead({ ...o, basehead: 'main...releases/v1' });
    expect(viaBasehead.data).toMatchObject({ ahead_by: 1, commits: [{ sha: feature }] });
    const viaPair = await gh.repos.compareCommits({ ...o, base: 'main', head: 'releases/v1' });
    expect(viaPair.data).toMatchObject({ ahead_by: 1 });
    expect((await api(sb, 'GET', '/repos/slash/repo/compare/main...x%E0%A4%A')).status).toBe(404);
  });
});

describe('tag names and immutable releases', () => {
  it('refuses tag names git refuses, creating neither release nor tag', async () => {
    const sb = sandbox();
    const { gitDir } = await repoWithCommit(sb, 'tags/bad');
    const gh = sandboxOctokit(sb).rest;
    const o = { owner: 'tags', repo: 'bad' };
    for (const tag of ['bad tag', 'v1..2', 'v1.2~x']) {
      await expect(gh.repos.createRelease({ ...o, tag_name: tag })).rejects.toMatchObject({
        status: 422,
        response: {
          data: {
            message: 'Validation Failed',
            errors: expect.arrayContaining([
              {
                resource: 'Release',
                code: 'custom',
                field: 'tag_name',
                message: 'tag_name is not a valid tag',
              },
            ]),
          },
        },
      });
    }
    const { data: draft } = await gh.repos.createRelease({ ...o, tag_name: 'v1', draft: true });
    await expect(
      gh.repos.updateRelease({ ...o, release_id: draft.id, tag_name: 'bad tag', draft: false }),
    ).rejects.toMatchObject({ status: 422 });
    expect((await gh.repos.listReleases(o)).data.map((r) => [r.tag_name, r.draft])).toEqual([['v1', true]]);
    expect(await gitStore.listRefs(gitDir, 'refs/tags/')).toEqual([]);
  });

  it('locks the tag of an immutable release and never reuses it', async () => {
    const sb = sandbox();
    await repoWithCommit(sb, 'tags/frozen', { immutableReleases: true });
    const gh = sandboxOctokit(sb).rest;
    const o = { owner: 'tags', repo: 'frozen' };
    const { data: rel } = await gh.repos.createRelease({ ...o, tag_name: 'v1.0.0' });
    expect(rel.immutable).toBe(true);
    const { data: main } = await gh.git.getRef({ ...o, ref: 'heads/main' });
    await expect(gh.git.deleteRef({ ...o, ref: 'tags/v1.0.0' })).rejects.toMatchObject({ status: 422 });
    await expect(
      gh.git.updateRef({ ...o, ref: 'tags/v1.0.0', sha: main.object.sha, force: true }),
    ).rejects.toMatchObject({ status: 422 });
    await gh.repos.deleteRelease({ ...o, release_id: rel.id });
    const reused = {
      status: 422,
      response: {
        data: {
          errors: [
            {
              resource: 'Release',
              code: 'custom',
              field: 'tag_name',
              message: 'tag_name was used by an immutable release',
            },
          ],
        },
      },
    };
    await expect(gh.repos.createRelease({ ...o, tag_name: 'v1.0.0' })).rejects.toMatchObject(reused);
    await expect(gh.repos.createRelease({ ...o, tag_name: 'v1.0.0', draft: true })).rejects.toMatchObject(
      reused,
    );
    // With the release gone its tag may be deleted, not created again.
    await gh.git.deleteRef({ ...o, ref: 'tags/v1.0.0' });
    await expect(
      gh.git.createRef({ ...o, ref: 'refs/tags/v1.0.0', sha: main.object.sha }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('takes the legacy latest release by the date of its tag commit', async () => {
    const sb = sandbox();
    const r = await sb.createRepo('tags/latest');
    const who = { name: 'dev', email: 'dev@example.com' };
    await commitFiles(r.gitDir, 'main', { a: '1' }, 'old', { ...who, date: '2024-01-01T00:00:00Z' });
    await commitFiles(r.gitDir, 'newer', { b: '2' }, 'new', { ...who, date: '2025-01-01T00:00:00Z' });
    const gh = sandboxOctokit(sb).rest;
    const o = { owner: 'tags', repo: 'latest' };
    await gh.repos.createRelease({
      ...o,
      tag_name: 'from-newer',
      target_commitish: 'newer',
      make_latest: 'legacy',
    });
    await gh.repos.createRelease({
      ...o,
      tag_name: 'from-main',
      target_commitish: 'main',
      make_latest: 'legacy',
    });
    expect((await gh.repos.getLatestRelease(o)).data.tag_name).toBe('from-newer');
  });
});

describe('permissions, forks and search', () => {
  it('refuses writes without push access: 403 for an installation token, 404 when private', async () => {
    const sb = sandbox();
    await repoWithCommit(sb, 'perm/pub', { access: 'read' });
    await repoWithCommit(sb, 'perm/priv', { access: 'read', private: true });
    const gh = sandboxOctokit(sb).rest;
    await expect(gh.repos.get({ owner: 'perm', repo: 'pub' })).resolves.toMatchObject({
      data: { permissions: { push: false, pull: true, admin: false } },
    });
    await expect(
      gh.repos.createRelease({ owner: 'perm', repo: 'pub', tag_name: 'v1' }),
    ).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    await expect(gh.repos.createFork({ owner: 'perm', repo: 'pub' })).rejects.toMatchObject({ status: 403 });
    await expect(
      gh.repos.createRelease({ owner: 'perm', repo: 'priv', tag_name: 'v1' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(gh.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
  });

  it('hides private repositories from anonymous searches', async () => {
    const sb = sandbox();
    const r = await sb.createRepo('search/secret', { private: true });
    addIssue(r, sb.state, { title: 'hidden needle' });
    const anon = await api(
      sb,
      'GET',
      `/search/issues?q=${encodeURIComponent('needle is:issue')}`,
      undefined,
      false,
    );
    expect(anon).toMatchObject({ status: 200, data: { total_count: 0, items: [] } });
    const named = await api(
      sb,
      'GET',
      `/search/issues?q=${encodeURIComponent('repo:search/secret')}`,
      undefined,
      false,
    );
    expect(named.status).toBe(422);
    const authed = await api(sb, 'GET', `/search/issues?q=${encodeURIComponent('needle is:issue')}`);
    expect(authed).toMatchObject({ status: 200, data: { total_count: 1 } });
  });

  describe('with a personal access token and slow forks', () => {
    let pat: GitHubSandbox;
    beforeAll(async () => {
      pat = await startSandbox({ tokenKind: 'pat', viewer: 'bot', forkReadyAfterMs: 1000 });
    });
    afterAll(async () => {
      pat.assertNoViolations();
      await pat.stop();
    });

    it('forks, waits for the fork, writes there and opens a pull upstream (the kpromo flow)', async () => {
      const { gitDir: upstream } = await repoWithCommit(pat, 'k8s/promo', { access: 'read' });
      const gh = sandboxOctokit(pat).rest;
      const o = { owner: 'k8s', repo: 'promo' };
      await expect(gh.users.getAuthenticated()).resolves.toMatchObject({ data: { login: 'bot' } });
      await expect(gh.repos.createRelease({ ...o, tag_name: 'v1' })).rejects.toMatchObject({ status: 404 });
      const fork = await gh.repos.createFork(o);
      expect(fork.data).toMatchObject({ full_name: 'bot/promo', permissions: { push: true } });
      // Forking is asynchronous on GitHub: git data first answers 409.
      await expect(gh.git.getRef({ owner: 'bot', repo: 'promo', ref: 'heads/main' })).rejects.toMatchObject({
        status: 409,
        response: { data: { message: 'Git Repository is empty.' } },
      });
      // A client polls until the fork has its git data (GitHub: "a few minutes" at most).
      let polls = 0;
      for (;;) {
        const res = await api(pat, 'GET', '/repos/bot/promo/git/ref/heads/main');
        if (res.status !== 409) break;
        polls += 1;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(polls).toBeGreaterThan(0);
      const { data: main } = await gh.git.getRef({ owner: 'bot', repo: 'promo', ref: 'heads/main' });
      // The fork shares the parent's objects: a commit made upstream after forking is usable in it.
      const fresh = await commitFiles(upstream, 'main', { 'late.txt': 'late\n' }, 'after the fork');
      const alternates = join(pat.repo('bot/promo').gitDir, 'objects', 'info', 'alternates');
      expect(existsSync(alternates) && readFileSync(alternates, 'utf8')).toContain(upstream);
      await gh.git.createRef({ owner: 'bot', repo: 'promo', ref: 'refs/heads/promote', sha: fresh });
      await gh.repos.createOrUpdateFileContents({
        owner: 'bot',
        repo: 'promo',
        path: 'images.yaml',
        message: 'promote',
        content: b64('- name: x\n'),
        branch: 'promote',
      });
      const { data: pr } = await gh.pulls.create({
        ...o,
        title: 'Promote',
        head: 'bot:promote',
        base: 'main',
      });
      expect(pr).toMatchObject({
        head: { label: 'bot:promote', repo: { full_name: 'bot/promo' } },
        commits: 1,
      });
      expect(main.object.sha).not.toBe(fresh);
    });
  });
});

describe('faults', () => {
  it('leaves a starter asset behind a 502 on upload, and answers 403/404/422 as GitHub', async () => {
    const sb = sandbox();
    await repoWithCommit(sb, 'fault/up');
    const gh = sandboxOctokit(sb).rest;
    const o = { owner: 'fault', repo: 'up' };
    const { data: rel } = await gh.repos.createRelease({ ...o, tag_name: 'v1', draft: true });
    sb.inject({ operationId: 'repos/upload-release-asset', kind: 'status', status: 502, leaveStarter: true });
    const bytes = Buffer.from('payload\n'.repeat(100));
    const upload = () =>
      gh.repos.uploadReleaseAsset({
        ...o,
        baseUrl: sb.uploadsUrl,
        release_id: rel.id,
        name: 'a.tgz',
        data: bytes as unknown as string,
        headers: { 'content-type': 'application/gzip', 'content-length': bytes.length },
      });
    await expect(upload()).rejects.toMatchObject({ status: 502 });
    const { data: assets } = await gh.repos.listReleaseAssets({ ...o, release_id: rel.id });
    expect(assets).toMatchObject([{ name: 'a.tgz', state: 'starter', size: 0 }]);
    await expect(upload()).rejects.toMatchObject({ status: 422 });

    const messages: Record<number, string> = {
      403: 'Resource not accessible by integration',
      404: 'Not Found',
      422: 'Validation Failed',
    };
    for (const [status, message] of Object.entries(messages)) {
      sb.inject({ operationId: 'repos/list-releases', kind: 'status', status: Number(status) });
      expect(await api(sb, 'GET', '/repos/fault/up/releases')).toMatchObject({
        status: Number(status),
        data: { message, status },
      });
    }
    sb.inject({
      operationId: 'repos/list-releases',
      kind: 'status',
      status: 403,
      body: { message: 'custom' },
    });
    expect(await api(sb, 'GET', '/repos/fault/up/releases')).toMatchObject({
      status: 403,
      data: { message: 'custom' },
    });
    sb.inject({ operationId: 'repos/list-releases', kind: 'secondary-rate-limit' });
    expect(await api(sb, 'GET', '/repos/fault/up/releases')).toMatchObject({
      status: 403,
      data: { status: '403' },
    });
  });
});
