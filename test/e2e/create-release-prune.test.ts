/**
 * create-release's cleanup through the bundle (Node 24) against the sandbox: prune of stale daily and
 * demo releases among 300 (seeded, not released one by one), after a daily release into km-releases
 * and on its own; delete of one release by workflow_dispatch; the refusals (latest, immutable, bad
 * patterns and durations); a failure on one release that does not stop the others; and releases
 * past GitHub's 1,000-release listing cap.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, runAction, type RunResult } from '../harness/runner.js';
import { Gate } from '../sandbox/faults.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { commitFiles, initBareRepo, seedReleases, type ReleaseSeed } from '../sandbox/seed.js';
import type { RepoRecord } from '../sandbox/types.js';
import { makeRepo, removeScratch, workspaceWith, writes } from './create-release-helpers.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => {
  sandbox().clearLog();
  sandbox().clearFaults();
});

const DAY = 86_400_000;
const ago = (days: number): string =>
  new Date(Date.now() - days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
let counter = 0;

interface Target {
  fullName: string;
  record: RepoRecord;
  gitDir: string;
  head: string;
}

async function kmReleases(): Promise<Target> {
  const name = `km-releases-prune-${++counter}`;
  const gitDir = await initBareRepo(join(mkdtempSync(join(tmpdir(), 'km-rel-')), `${name}.git`), 'master');
  const head = await commitFiles(gitDir, 'master', { 'README.md': '# Kontain releases\n' }, 'readme');
  const record = await sandbox().createRepo(`kontainapp/${name}`, { gitDir });
  return { fullName: record.fullName, record, gitDir, head };
}

const tags = (target: Target): string[] => [...target.record.releases.values()].map((r) => r.tag_name).sort();

/** The first cell of each row of a summary table under `### <heading>`. */
function tableTags(summary: string, heading: string): string[] {
  const section = summary.split(`### ${heading}`)[1]?.split('### ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\| (tag|---) \|/.test(line))
    .map((line) => line.split(' | ')[0]!.slice(2).replace(/\\/g, ''))
    .sort();
}

/** KM's km-releases after a few years: 12 dailies, 6 demos, a draft and 281 version releases. */
function threeHundred(sha: string): ReleaseSeed[] {
  const seeds: ReleaseSeed[] = [];
  for (let i = 0; i < 281; i++) {
    seeds.push({ tag: `v0.${Math.floor(i / 10)}.${i % 10}-beta`, sha, published_at: ago(900 - i * 3) });
  }
  const demos = ['v0.1-beta-demo-a', 'v0.2-beta-demo-final', 'v0.4-beta-demo-nokia', 'v0.6-beta-demo-acme'];
  demos.push('v0.8-beta-demo-nokia', 'v0.10-beta-demo-nokia');
  demos.forEach((tag, i) =>
    seeds.push({
      tag,
      sha,
      published_at: ago(400 - i * 50),
      // A demo that went out as a full release, marked latest.
      ...(tag === 'v0.2-beta-demo-final' ? { prerelease: false, latest: true } : { prerelease: true }),
    }),
  );
  for (let n = 1; n <= 12; n++) {
    seeds.push({
      tag: `v0.${n}-daily`,
      sha,
      published_at: ago(400 - n * 30),
      prerelease: true,
      ...(n === 5 ? { immutable: true } : {}),
    });
  }
  seeds.push({ tag: 'v0.13-daily', sha, draft: true, prerelease: true });
  return seeds;
}

const KM_PRUNE = { prune: '*-daily\nv0.*-beta-demo-*', 'prune-keep': '3' };

describe('create-release prune', () => {
  it('after a daily release into km-releases, prunes 300 releases exactly as its plan says', async () => {
    const km = await makeRepo(sandbox());
    const target = await kmReleases();
    await seedReleases(target.record, sandbox().state, threeHundred(target.head));
    const before = tags(target);
    const github = { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token };
    const job = (inputs: Record<string, string>): Promise<RunResult> =>
      runAction({
        action: 'create-release',
        github,
        repository: km.fullName,
        sha: km.commits[1],
        ref: 'refs/heads/releases/v0.3-daily/hotfix',
        workspace: workspaceWith({ 'kontain.tar.gz': 5000 }),
        inputs: { repository: target.fullName, 'tag-pattern': '^v\\d+\\.\\d+(-[a-z.-]+)?$', ...inputs },
      });

    // The plan alone: nothing written.
    const dry = await job({ release: 'false', ...KM_PRUNE, 'dry-run': 'true' });
    expect(exitOf(dry)).toBe(0);
    expect(writes(sandbox())).toBe(0);
    expect(tableTags(dry.summary, 'Goes')).toEqual(
      ['v0.9-daily', 'v0.8-daily', 'v0.7-daily', 'v0.6-daily', 'v0.4-daily', 'v0.3-daily', 'v0.2-daily']
        .concat(['v0.1-daily', 'v0.4-beta-demo-nokia', 'v0.1-beta-demo-a'])
        .sort(),
    );
    expect(tags(target)).toEqual(before);

    // The daily release of the old minor v0.3 (a hotfix branch), then the prune in the same step.
    sandbox().clearLog();
    const result = await job({ files: 'kontain.tar.gz', ...KM_PRUNE });
    expect(exitOf(result)).toBe(0);
    const gone = [
      'v0.9-daily',
      'v0.8-daily',
      'v0.7-daily',
      'v0.6-daily',
      'v0.4-daily',
      'v0.2-daily',
      'v0.1-daily',
      'v0.4-beta-demo-nokia',
      'v0.1-beta-demo-a',
    ].sort();
    // Deleted exactly as the plan in the summary said, and nothing else.
    expect(tableTags(result.summary, 'Goes')).toEqual(gone);
    expect(before.filter((t) => !tags(target).includes(t)).sort()).toEqual(gone);
    expect(
      (JSON.parse(result.outputs.pruned ?? '[]') as Array<{ tag: string }>).map((p) => p.tag).sort(),
    ).toEqual(gone);
    expect(sandbox().count('repos/delete-release')).toBe(gone.length + 1); // and the replaced v0.3-daily
    for (const [tag, why] of <Array<[string, string]>>[
      ['v0.3-daily', 'kept: this run just published it'],
      ['v0.5-daily', 'kept: immutable, not deletable'],
      ['v0.2-beta-demo-final', 'kept: GitHub shows it as the Latest release'],
      ['v0.13-daily', 'a draft: left alone'],
      ['v0.10-daily', '#3 of \\*-daily by version: among the newest 3'],
    ])
      expect(result.summary.replace(/\\/g, '')).toMatch(
        new RegExp(`\\| ${tag.replace(/\./g, '\\.')} \\|[^\\n]*${why}`),
      );
    // Tags are history: every one is still there.
    const { data: refs } = await sandboxOctokit(sandbox()).rest.git.listMatchingRefs({
      owner: 'kontainapp',
      repo: target.record.name,
      ref: 'tags/',
    });
    expect(refs).toHaveLength(299); // the draft has none
    // ceil(300/100) listing pages; the latest asked once (a full release, the final demo, was a candidate).
    const pages = sandbox().requests.filter(
      (r) => r.operationId === 'repos/list-releases' && /[?&]page=/.test(r.path),
    );
    expect(pages.map((r) => new URL(r.path, sandbox().serverUrl).searchParams.get('page'))).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(result.summary).toContain('300 release(s) read in 3 listing call(s)');
    expect(sandbox().count('repos/get-latest-release')).toBe(1);
  }, 120_000);

  it('with prune-tags deletes each tag after reading that no release holds it; one it cannot delete is named at the end', async () => {
    const repo = await makeRepo(sandbox());
    const sha = repo.commits[1];
    const [oldest] = await seedReleases(
      repo.record,
      sandbox().state,
      [1, 2, 3, 4, 5].map((n) => ({
        tag: `v0.${n}-daily`,
        sha,
        published_at: ago(50 - n),
        prerelease: true,
      })),
    );
    const octokit = sandboxOctokit(sandbox());
    const [owner, name] = repo.fullName.split('/') as [string, string];
    // v0.2-daily is released again (a rolling tag) between the prune's delete of it and its tag's.
    const gate = new Gate();
    sandbox().inject({
      kind: 'hold',
      gate,
      operationId: 'repos/get-release-by-tag',
      where: (r) => r.params.tag === 'v0.2-daily',
    });
    // And GitHub refuses to delete v0.1-daily's release.
    sandbox().inject({
      operationId: 'repos/delete-release',
      pathPattern: new RegExp(`/releases/${oldest!.id}$`),
      kind: 'status',
      status: 403,
    });
    const running = runAction({
      action: 'create-release',
      github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
      repository: repo.fullName,
      sha,
      inputs: { release: 'false', prune: '*-daily', 'prune-keep': '2', 'prune-tags': 'true' },
    });
    const held = await gate.next();
    await octokit.rest.repos.createRelease({ owner, repo: name, tag_name: 'v0.2-daily', prerelease: true });
    held.release();
    const result = await running;
    expect(result.exitCode).toBe(1);
    const left = [...repo.record.releases.values()].map((r) => r.tag_name).sort();
    expect(left).toEqual(['v0.1-daily', 'v0.2-daily', 'v0.4-daily', 'v0.5-daily']);
    const tagOf = (tag: string) => sandbox().git.resolveCommit(repo.gitDir, `refs/tags/${tag}`);
    expect(await tagOf('v0.3-daily')).toBeUndefined();
    expect(await tagOf('v0.2-daily')).toBe(sha);
    expect(await tagOf('v0.1-daily')).toBe(sha);
    expect(result.log).toContain('Prune: 2 done, 2 left:');
    expect(result.log).toMatch(/release \d+ of v0\.1-daily \(GitHub answered 403/);
    expect(result.log).toMatch(/the tag v0\.2-daily \(release \d+ holds it now\)/);
    expect(result.log).toContain('A rerun deletes what is left.');
  }, 60_000);

  it('ranks a release once when one published while the listing is read shifts it onto the next page', async () => {
    const repo = await makeRepo(sandbox());
    const sha = repo.commits[1];
    // Oldest first: the two demos, then 99 newer version releases, so the listing's page 1 ends with
    // v0.10-beta-demo-nokia and page 2 holds v0.8-beta-demo-nokia.
    const seeds: ReleaseSeed[] = [
      { tag: 'v0.8-beta-demo-nokia', sha, published_at: ago(300), prerelease: true },
      { tag: 'v0.10-beta-demo-nokia', sha, published_at: ago(200), prerelease: true },
    ];
    for (let i = 0; i < 99; i++) seeds.push({ tag: `v1.${i}.0`, sha, published_at: ago(100 - i) });
    await seedReleases(repo.record, sandbox().state, seeds);
    const gate = new Gate();
    sandbox().inject({
      kind: 'hold',
      gate,
      operationId: 'repos/list-releases',
      where: (r) => r.query.page === '2',
    });
    const running = runAction({
      action: 'create-release',
      github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
      repository: repo.fullName,
      sha,
      inputs: { release: 'false', prune: 'v0.*-beta-demo-*', 'prune-keep': '1' },
    });
    // Between the two page reads another workflow publishes a release: page 2 now begins with
    // page 1's last item, v0.10-beta-demo-nokia, read a second time.
    const held = await gate.next();
    const [owner, name] = repo.fullName.split('/') as [string, string];
    await sandboxOctokit(sandbox()).rest.repos.createRelease({ owner, repo: name, tag_name: 'v1.99.0' });
    held.release();
    const result = await running;
    expect(exitOf(result)).toBe(0);
    const demos = [...repo.record.releases.values()].map((r) => r.tag_name).filter((t) => t.includes('demo'));
    expect(demos).toEqual(['v0.10-beta-demo-nokia']);
    expect(tableTags(result.summary, 'Goes')).toEqual(['v0.8-beta-demo-nokia']);
    expect(sandbox().count('repos/delete-release')).toBe(1);
  }, 60_000);

  it('refuses bad patterns and durations before anything is read or written, even with a release', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v1.0.0'] });
    for (const [inputs, message] of [
      [{ prune: '^v0\\.\\d+-daily$' }, `Input 'prune' got "^v0\\\\.\\\\d+-daily$": expected tag globs`],
      [{ prune: '*' }, 'Input \'prune\' got "*": expected tag globs'],
      [
        { prune: 'refs/tags/*-daily' },
        `Input 'prune' got "refs/tags/*-daily": expected tag globs, one per line or comma-separated`,
      ],
      [{ prune: '*-daily', 'prune-older-than': '30 days' }, `Input 'prune-older-than' got "30 days"`],
      [{ prune: '*-daily', 'prune-keep': 'two' }, `Input 'prune-keep' got "two"`],
      [{ delete: 'v1..0' }, `Input 'delete' got "v1..0"`],
      [{ release: 'false' }, `Input 'release' got "false": expected true, or prune or delete set`],
      [
        { release: 'false', prune: '*-daily' },
        `Input 'files' got "kontain.tar.gz": expected empty with release: false`,
      ],
      [
        { delete: 'v1.0.0' },
        `Input 'delete' got "v1.0.0": expected a tag other than v1.0.0, the one this run releases`,
      ],
      [
        { repository: 'kontainapp' },
        `Input 'repository' got "kontainapp": expected owner/name of a GitHub repository`,
      ],
    ] as Array<[Record<string, string>, string]>) {
      sandbox().clearLog();
      const result = await runAction({
        action: 'create-release',
        github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
        repository: repo.fullName,
        sha: repo.commits[1],
        ref: 'refs/tags/v1.0.0',
        workspace: workspaceWith({ 'kontain.tar.gz': 10 }),
        inputs: { files: 'kontain.tar.gz', ...inputs },
      });
      expect(result.exitCode).toBe(1);
      expect(result.log).toContain(message);
      expect(result.log).not.toMatch(/at .*\.js:\d+/);
      expect(sandbox().requests).toHaveLength(0);
    }
    expect(repo.record.releases.size).toBe(0);
  }, 60_000);

  it('sees releases past the 1,000 the listing reaches, and deletes the stale ones among them', async () => {
    const repo = await makeRepo(sandbox());
    const sha = repo.commits[1];
    // The oldest 30 are dailies (past the cap), then 1,000 newer version releases.
    const seeds: ReleaseSeed[] = [];
    for (let n = 1; n <= 30; n++)
      seeds.push({ tag: `v0.${n}-daily`, sha, published_at: ago(2000 - n), prerelease: true });
    for (let i = 0; i < 1000; i++) seeds.push({ tag: `v1.${i}.0`, sha, published_at: ago(1000 - i) });
    await seedReleases(repo.record, sandbox().state, seeds);
    const result = await runAction({
      action: 'create-release',
      github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
      repository: repo.fullName,
      sha,
      inputs: { release: 'false', prune: '*-daily', 'prune-keep': '27', 'prune-older-than': '365d' },
    });
    expect(exitOf(result)).toBe(0);
    const dailies = [...repo.record.releases.values()].filter((r) => r.tag_name.endsWith('-daily'));
    expect(dailies).toHaveLength(27);
    expect(dailies.map((r) => r.tag_name)).not.toContain('v0.3-daily');
    expect(result.summary).toContain(
      "GitHub's listing stopped after 1000 (it answered 422 past its cap), so 30 tag(s) matching the patterns were read one by one (30 with a release)",
    );
    // 10 pages and the refused 11th, the tags once, a read per daily past the cap, a delete per release.
    expect(sandbox().count('repos/list-releases')).toBe(11);
    expect(sandbox().count('git/list-matching-refs')).toBe(1);
    expect(sandbox().count('repos/get-release-by-tag')).toBe(30);
    expect(sandbox().count('repos/delete-release')).toBe(3);
  }, 60_000);
});

describe('create-release delete', () => {
  async function seeded() {
    const repo = await makeRepo(sandbox(), { immutableReleases: true });
    const sha = repo.commits[1];
    await seedReleases(repo.record, sandbox().state, [
      { tag: 'v0.9-beta', sha, prerelease: false, latest: true },
      { tag: 'v0.10-beta-demo-nokia', sha, prerelease: true },
      { tag: 'v0.11-beta', sha, prerelease: true, immutable: true },
    ]);
    const job = (inputs: Record<string, string>) =>
      runAction({
        action: 'create-release',
        github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
        repository: repo.fullName,
        sha,
        eventName: 'workflow_dispatch',
        inputs: { release: 'false', ...inputs },
      });
    return { repo, job };
  }

  it('deletes one release by workflow_dispatch, its tag when asked; run again, it is already done', async () => {
    const { repo, job } = await seeded();
    const result = await job({ delete: 'v0.10-beta-demo-nokia', 'delete-tag': 'true' });
    expect(exitOf(result)).toBe(0);
    expect(result.outputs.deleted).toBe('v0.10-beta-demo-nokia');
    expect([...repo.record.releases.values()].map((r) => r.tag_name).sort()).toEqual([
      'v0.11-beta',
      'v0.9-beta',
    ]);
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.10-beta-demo-nokia')).toBeUndefined();
    sandbox().clearLog();
    const again = await job({ delete: 'v0.10-beta-demo-nokia', 'delete-tag': 'true' });
    expect(exitOf(again)).toBe(0);
    expect(again.log).toContain('no published release holds v0.10-beta-demo-nokia');
    expect(writes(sandbox())).toBe(1); // the tag's delete, answered 'Reference does not exist'
  }, 60_000);

  it('refuses the latest release and an immutable one, with the reason, changing nothing', async () => {
    const { repo, job } = await seeded();
    const latest = await job({ delete: 'v0.9-beta' });
    expect(latest.exitCode).toBe(1);
    expect(latest.log).toContain('GitHub shows it as the Latest release (set allow-delete-latest: true');
    const frozen = await job({ delete: 'v0.11-beta', 'delete-tag': 'true' });
    expect(frozen.exitCode).toBe(1);
    expect(frozen.log).toContain('it is immutable, not deletable: GitHub keeps its tag and assets locked');
    expect(writes(sandbox())).toBe(0);
    expect(repo.record.releases.size).toBe(3);
    const allowed = await job({ delete: 'v0.9-beta', 'allow-delete-latest': 'true' });
    expect(exitOf(allowed)).toBe(0);
    expect(repo.record.releases.size).toBe(2);
  }, 60_000);
});
