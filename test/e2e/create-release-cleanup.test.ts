/**
 * create-release's cleanup when part of it fails, through the bundle (Node 24) against the sandbox:
 * a tag prune-tags could not delete is finished by a rerun (or named with what deletes it), releases
 * that could not be read are not promised to a rerun, a refused `delete` does not stop the prune nor
 * hide what the step changed, a `delete` of a tag without a release reports the tag it deleted, a tag
 * refused after the releases went does not pass for a token that cannot write, and a pattern that
 * takes nearly everything is pointed out in the plan.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, runAction } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import { commitFiles, initBareRepo, seedReleases, type ReleaseSeed } from '../sandbox/seed.js';
import { makeRepo, removeScratch, workspaceWith, type TestRepo } from './create-release-helpers.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => {
  sandbox().clearLog();
  sandbox().clearFaults();
});

const DAY = 86_400_000;
const ago = (days: number): string =>
  new Date(Date.now() - days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const github = () => ({ apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token });

/** Dailies v0.1-daily … v0.n-daily, the higher the newer (published n days apart, 40+ days ago). */
const dailies = (sha: string, n: number): ReleaseSeed[] =>
  Array.from({ length: n }, (_, i) => ({
    tag: `v0.${i + 1}-daily`,
    sha,
    published_at: ago(50 - i),
    prerelease: true,
  }));

const releaseTags = (repo: { record: TestRepo['record'] }): string[] =>
  [...repo.record.releases.values()].map((r) => r.tag_name).sort();

const tagAt = (repo: { gitDir: string }, tag: string) =>
  sandbox().git.resolveCommit(repo.gitDir, `refs/tags/${tag}`);

/** A refused tag delete, as a ruleset answers it. */
const refuseTagDelete = (tag: string, status = 422): void =>
  sandbox().inject({
    operationId: 'git/delete-ref',
    // The ref's slash comes escaped (`tags%2Fv0.1-daily`), as octokit sends it.
    pathPattern: new RegExp(`/git/refs/tags(/|%2F)${tag.replace(/\./g, '\\.')}$`, 'i'),
    kind: 'status',
    status,
  });

describe('create-release prune-tags when a tag delete fails', () => {
  it('names the tag left, and the rerun deletes it although its release is already gone', async () => {
    const repo = await makeRepo(sandbox());
    const sha = repo.commits[1];
    await seedReleases(repo.record, sandbox().state, dailies(sha, 4));
    const job = () =>
      runAction({
        action: 'create-release',
        github: github(),
        repository: repo.fullName,
        sha,
        inputs: { release: 'false', prune: '*-daily', 'prune-keep': '2', 'prune-tags': 'true' },
      });
    refuseTagDelete('v0.1-daily');
    const first = await job();
    expect(first.exitCode).toBe(1);
    expect(first.log).toMatch(/the tag v0\.1-daily \(GitHub answered 422/);
    expect(first.log).toContain('A rerun deletes what is left.');
    expect(releaseTags(repo)).toEqual(['v0.3-daily', 'v0.4-daily']);
    expect(await tagAt(repo, 'v0.1-daily')).toBe(sha);
    expect(await tagAt(repo, 'v0.2-daily')).toBeUndefined();

    // The rerun: v0.1-daily has no release now, yet with prune-tags its tag ranks beyond the newest 2.
    sandbox().clearLog();
    const rerun = await job();
    expect(exitOf(rerun)).toBe(0);
    expect(await tagAt(repo, 'v0.1-daily')).toBeUndefined();
    expect(await tagAt(repo, 'v0.3-daily')).toBe(sha);
    expect(await tagAt(repo, 'v0.4-daily')).toBe(sha);
    expect(releaseTags(repo)).toEqual(['v0.3-daily', 'v0.4-daily']);
    expect(rerun.summary).toMatch(/\| v0\.1-daily \|[^\n]*a tag without a release/);
    expect(sandbox().count('repos/delete-release')).toBe(0);
    expect(sandbox().count('git/delete-ref')).toBe(1);
  }, 60_000);

  it('with prune-older-than, says what deletes the tag left instead of promising a rerun', async () => {
    const repo = await makeRepo(sandbox());
    const sha = repo.commits[1];
    await seedReleases(repo.record, sandbox().state, dailies(sha, 3));
    refuseTagDelete('v0.1-daily');
    const result = await runAction({
      action: 'create-release',
      github: github(),
      repository: repo.fullName,
      sha,
      inputs: {
        release: 'false',
        prune: '*-daily',
        'prune-keep': '1',
        'prune-older-than': '10d',
        'prune-tags': 'true',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(releaseTags(repo)).toEqual(['v0.3-daily']);
    expect(await tagAt(repo, 'v0.1-daily')).toBe(sha);
    expect(result.log).toContain(
      'delete it with delete: v0.1-daily and delete-tag: true (a rerun with prune-older-than leaves a tag without a release alone)',
    );
    expect(result.log).not.toContain('A rerun deletes what is left.');
  }, 60_000);
});

describe('create-release prune, releases it could not read', () => {
  it('does not promise that a rerun deletes them', async () => {
    const gitDir = await initBareRepo(join(mkdtempSync(join(tmpdir(), 'cr-cap-')), 'capped.git'));
    const sha = await commitFiles(gitDir, 'main', { 'README.md': '# km\n' }, 'first');
    const record = await sandbox().createRepo('kontainapp/km-capped', {
      gitDir,
      releaseListCap: { limit: 100, status: 422 },
    });
    // 5 dailies past the cap (the oldest), then 100 version releases the listing reaches.
    const seeds = dailies(sha, 5);
    for (let i = 0; i < 100; i++) seeds.push({ tag: `v1.${i}.0`, sha, published_at: ago(40 - i / 10) });
    await seedReleases(record, sandbox().state, seeds);
    sandbox().inject({
      operationId: 'repos/get-release-by-tag',
      pathPattern: /\/releases\/tags\/v0\.2-daily$/,
      kind: 'status',
      status: 403,
    });
    const result = await runAction({
      action: 'create-release',
      github: github(),
      repository: record.fullName,
      sha,
      inputs: { release: 'false', prune: '*-daily', 'prune-keep': '2' },
    });
    expect(result.exitCode).toBe(1);
    expect(releaseTags({ record }).filter((t) => t.endsWith('-daily'))).toEqual([
      'v0.2-daily',
      'v0.4-daily',
      'v0.5-daily',
    ]);
    expect(result.log).toContain('releases it could not read (the release of v0.2-daily');
    expect(result.log).toContain('A rerun reads them again');
    expect(result.log).not.toContain('A rerun deletes what is left.');
  }, 60_000);
});

describe('create-release delete and prune in one step', () => {
  it('a refused delete does not stop the prune, and the error says what the step changed', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v1.0.0'], immutableReleases: true });
    const sha = repo.commits[1];
    await seedReleases(repo.record, sandbox().state, [
      { tag: 'v0.11-beta', sha, prerelease: true, immutable: true, published_at: ago(60) },
      ...dailies(sha, 2),
    ]);
    const result = await runAction({
      action: 'create-release',
      github: github(),
      repository: repo.fullName,
      sha,
      ref: 'refs/tags/v1.0.0',
      workspace: workspaceWith({ 'kontain.tar.gz': 100 }),
      inputs: {
        files: 'kontain.tar.gz',
        delete: 'v0.11-beta',
        prune: '*-daily',
        'prune-keep': '1',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(releaseTags(repo)).toEqual(['v0.11-beta', 'v0.2-daily', 'v1.0.0']);
    expect(result.log).toContain('Not deleting the release of v0.11-beta');
    expect(result.log).toContain('it is immutable, not deletable');
    expect(result.log).not.toContain('Nothing was changed');
    expect(result.log).toMatch(
      /This step changed: published v1\.0\.0 \([^)]+\); prune deleted 1 release\(s\)/,
    );
    expect(result.outputs.tag).toBe('v1.0.0');
    expect((JSON.parse(result.outputs.pruned ?? '[]') as Array<{ tag: string }>).map((p) => p.tag)).toEqual([
      'v0.1-daily',
    ]);
  }, 60_000);
});

describe('create-release delete of a tag without a release', () => {
  it('with delete-tag reports the tag it deleted', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v0.10-beta-demo-nokia'] });
    const result = await runAction({
      action: 'create-release',
      github: github(),
      repository: repo.fullName,
      sha: repo.commits[1],
      eventName: 'workflow_dispatch',
      inputs: { release: 'false', delete: 'v0.10-beta-demo-nokia', 'delete-tag': 'true' },
    });
    expect(exitOf(result)).toBe(0);
    expect(await tagAt(repo, 'v0.10-beta-demo-nokia')).toBeUndefined();
    expect(result.outputs.deleted).toBe('v0.10-beta-demo-nokia');
    expect(result.summary).toContain('Deleted the tag v0.10-beta-demo-nokia (no release held it).');
    expect(result.summary).not.toContain('Nothing to delete.');
  }, 60_000);
});

describe('create-release prune into another repository', () => {
  it('a tag refused after its release went is named, without blaming the token', async () => {
    const km = await makeRepo(sandbox());
    const gitDir = await initBareRepo(join(mkdtempSync(join(tmpdir(), 'km-rel-')), 'rel.git'), 'master');
    const head = await commitFiles(gitDir, 'master', { 'README.md': '# Kontain releases\n' }, 'readme');
    const target = await sandbox().createRepo('kontainapp/km-releases-ruleset', { gitDir });
    await seedReleases(target, sandbox().state, dailies(head, 3));
    refuseTagDelete('v0.1-daily', 403);
    const result = await runAction({
      action: 'create-release',
      github: github(),
      repository: km.fullName,
      sha: km.commits[1],
      inputs: {
        repository: target.fullName,
        release: 'false',
        prune: '*-daily',
        'prune-keep': '1',
        'prune-tags': 'true',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(releaseTags({ record: target })).toEqual(['v0.3-daily']);
    expect(result.log).toMatch(/the tag v0\.1-daily \(GitHub answered 403/);
    expect(result.log).toContain('a ruleset or tag protection may guard it');
    expect(result.log).not.toContain('The token cannot write to');
  }, 60_000);
});

describe('create-release prune patterns', () => {
  it('points out a pattern that takes nearly every release', async () => {
    const repo = await makeRepo(sandbox());
    const sha = repo.commits[1];
    await seedReleases(repo.record, sandbox().state, [
      ...dailies(sha, 3),
      { tag: 'v1.0.0', sha, published_at: ago(5) },
    ]);
    const result = await runAction({
      action: 'create-release',
      github: github(),
      repository: repo.fullName,
      sha,
      inputs: { release: 'false', prune: 'v*', 'prune-keep': '2', 'dry-run': 'true' },
    });
    expect(exitOf(result)).toBe(0);
    expect(result.log).toContain(
      '::warning::The prune pattern v* is broad: it takes 4 of the 4 releases read',
    );
    expect(result.summary).toContain('The prune pattern v* is broad');
  }, 60_000);
});
