/**
 * create-release as seed 000 runs it: the pipeline runs in the private sources repository (km) and
 * releases into the public km-releases, whose default branch is `master` (its install script and
 * README live there). Dist bundle under Node 24 against the sandbox: a v0.9-beta release, the rolling
 * v0.1-test replaced twice (and never by an older build), a rerun after a kill between uploads, and a
 * token that may not write km-releases.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { exitOf, runAction, type RunOptions, type RunResult } from '../harness/runner.js';
import { Scheduler } from './create-release-scheduler.js';
import { Gate } from '../sandbox/faults.js';
import { useSandbox } from '../sandbox/jest.js';
import { commitFiles, initBareRepo } from '../sandbox/seed.js';
import type { RepoRecord } from '../sandbox/types.js';
import {
  digestsOf,
  makeRepo,
  removeScratch,
  sha256Of,
  workspaceWith,
  writes,
  type TestRepo,
} from './create-release-helpers.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => {
  sandbox().clearLog();
  sandbox().clearFaults();
});

const UPLOAD = 'repos/upload-release-asset';
const KM_TAGS = '^v\\d+\\.\\d+(\\.\\d+)?(-[0-9A-Za-z.-]+)?$';
let counter = 0;

interface KmReleases {
  fullName: string;
  record: RepoRecord;
  gitDir: string;
  head: string;
}

/** km-releases: README and install script on `master`, its own history (nothing of km's). */
async function kmReleases(opts: { access?: 'read' } = {}): Promise<KmReleases> {
  const name = `km-releases-${++counter}`;
  const gitDir = await initBareRepo(join(mkdtempSync(join(tmpdir(), 'km-rel-')), `${name}.git`), 'master');
  const head = await commitFiles(
    gitDir,
    'master',
    { 'README.md': '# Kontain releases\n', 'kontain-install.sh': '#!/bin/sh\n' },
    'install script',
  );
  const record = await sandbox().createRepo(`kontainapp/${name}`, {
    gitDir,
    ...(opts.access ? { access: opts.access } : {}),
  });
  return { fullName: record.fullName, record, gitDir, head };
}

const releasesOf = (target: KmReleases, tag: string) =>
  [...target.record.releases.values()].filter((r) => r.tag_name === tag);

/** A job of the km pipeline releasing into `target`. */
function kmJob(
  km: TestRepo,
  target: KmReleases,
  where: { sha: string; ref: string; workspace: string },
  inputs: Record<string, string> = {},
  extra: Partial<RunOptions> = {},
) {
  return runAction({
    action: 'create-release',
    github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
    repository: km.fullName,
    ...where,
    inputs: {
      repository: target.fullName,
      'tag-pattern': KM_TAGS,
      'fallback-tag': 'v0.1-test',
      'rolling-tags': 'v0.1-test, *-daily',
      name: 'Kontain {tag}',
      files: '*.tar.gz',
      ...inputs,
    },
    ...extra,
  });
}

const builtFrom = (km: TestRepo, sha: string): string =>
  `Built from [${km.fullName}@${sha}](${sandbox().serverUrl}/${km.fullName}/commit/${sha})`;

describe('create-release into km-releases', () => {
  it('releases the v0.9-beta tag of km into km-releases at its master head, tracing the build', async () => {
    const km = await makeRepo(sandbox(), { tags: ['v0.9-beta'] });
    const target = await kmReleases();
    const workspace = workspaceWith({ 'kontain.tar.gz': 200_000, 'km-python.tar.gz': 50_000 });
    const result = await kmJob(km, target, {
      sha: km.commits[1],
      ref: 'refs/tags/v0.9-beta',
      workspace,
    });
    expect(exitOf(result)).toBe(0);
    const [release, ...others] = releasesOf(target, 'v0.9-beta');
    expect(others).toHaveLength(0);
    expect(release).toMatchObject({
      draft: false,
      prerelease: true,
      name: 'Kontain v0.9-beta',
      target_commitish: target.head,
      body: builtFrom(km, km.commits[1]),
    });
    expect(digestsOf({ ...km, record: target.record }, release!)).toMatchObject({
      'kontain.tar.gz': `sha256:${sha256Of(join(workspace, 'kontain.tar.gz'))}`,
    });
    // The tag is km-releases' (at its own head); km itself is untouched.
    expect(await sandbox().git.resolveCommit(target.gitDir, 'refs/tags/v0.9-beta')).toBe(target.head);
    expect(km.record.releases.size).toBe(0);
    expect(result.outputs.repository).toBe(target.fullName);
    expect(result.outputs.url).toBe(`${sandbox().serverUrl}/${target.fullName}/releases/tag/v0.9-beta`);

    // The same job again: done, nothing written.
    sandbox().clearLog();
    const again = await kmJob(km, target, { sha: km.commits[1], ref: 'refs/tags/v0.9-beta', workspace });
    expect(exitOf(again)).toBe(0);
    expect(writes(sandbox())).toBe(0);
  }, 60_000);

  it('replaces the rolling v0.1-test twice, follows master, and never takes an older build back', async () => {
    const km = await makeRepo(sandbox());
    const third = await commitFiles(km.gitDir, 'main', { VERSION: '0.11\n' }, 'third');
    const target = await kmReleases();
    const branch = 'refs/heads/releases/beta/snapshot-api';
    const run = (sha: string, bytes: number) =>
      kmJob(km, target, {
        sha,
        ref: branch,
        workspace: workspaceWith({ 'kontain.tar.gz': bytes }),
      });
    expect(exitOf(await run(km.commits[0], 1000))).toBe(0);
    const [first] = releasesOf(target, 'v0.1-test');
    expect(first!.body).toBe(builtFrom(km, km.commits[0]));

    const second = await run(km.commits[1], 2000);
    expect(exitOf(second)).toBe(0);
    expect(second.outputs.replaced).toBe('true');
    expect(releasesOf(target, 'v0.1-test').map((r) => [r.draft, r.body])).toEqual([
      [false, builtFrom(km, km.commits[1])],
    ]);

    // km-releases' master moves on (a new install script): the rolling tag follows it.
    const newHead = await commitFiles(
      target.gitDir,
      'master',
      { 'kontain-install.sh': '#!/bin/sh\n# 2\n' },
      'v2',
    );
    const replaced = await run(third, 3000);
    expect(exitOf(replaced)).toBe(0);
    const [now] = releasesOf(target, 'v0.1-test');
    expect(now).toMatchObject({ draft: false, target_commitish: newHead, body: builtFrom(km, third) });
    expect(await sandbox().git.resolveCommit(target.gitDir, 'refs/tags/v0.1-test')).toBe(newHead);

    // A rerun of the second run (an older km commit): refused, nothing changed.
    sandbox().clearLog();
    const rerun = await run(km.commits[1], 2000);
    expect(rerun.exitCode).toBe(1);
    expect(rerun.log).toContain(
      `holds a release built from ${km.fullName}@${third} (${sandbox().serverUrl}/${target.fullName}/releases/tag/v0.1-test), and this run's build, ${km.fullName}@${km.commits[1]}, is an older commit`,
    );
    expect(writes(sandbox())).toBe(0);
    expect(releasesOf(target, 'v0.1-test').map((r) => r.id)).toEqual([now!.id]);
  }, 90_000);

  it('finishes after being killed between two uploads: the rerun finds its draft by the build', async () => {
    const km = await makeRepo(sandbox(), { tags: ['v0.10-beta'] });
    const target = await kmReleases();
    const workspace = workspaceWith({ 'a.tar.gz': 200_000, 'b.tar.gz': 200_000, 'kontain.tar.gz': 200_000 });
    const where = { sha: km.commits[1], ref: 'refs/tags/v0.10-beta', workspace };
    sandbox().inject({ operationId: UPLOAD, kind: 'latency', delayMs: 2000, times: Infinity });
    const onSpawn = (child: ChildProcess): void => {
      const timer = setInterval(() => {
        if (sandbox().requests.some((r) => r.operationId === UPLOAD && r.status === 201)) {
          child.kill('SIGKILL');
          clearInterval(timer);
        }
      }, 5);
      child.on('exit', () => clearInterval(timer));
    };
    const crashed = await kmJob(km, target, where, {}, { onSpawn });
    expect(crashed.signal).toBe('SIGKILL');
    const [draft] = releasesOf(target, 'v0.10-beta');
    expect(draft!.draft).toBe(true);
    // The upload in flight at the kill ends as the sandbox saw it: a starter when the body was cut, a
    // whole asset when its 200 KB were already in the socket's buffers (timing the test cannot fix).
    await new Promise((done) => setTimeout(done, 2500));
    const names = ['a.tar.gz', 'b.tar.gz', 'kontain.tar.gz'];
    const digestOf = (name: string): string => `sha256:${sha256Of(join(workspace, name))}`;
    const left = digestsOf({ ...km, record: target.record }, releasesOf(target, 'v0.10-beta')[0]!);
    const kept = names.filter((name) => left[name] === digestOf(name));
    expect(kept).toContain('a.tar.gz');
    expect(kept).not.toContain('kontain.tar.gz'); // never started: the kill came first
    // Meanwhile km-releases' master moved: the draft's target is no longer the head, yet it is this build's.
    await commitFiles(target.gitDir, 'master', { 'README.md': '# Kontain releases (2)\n' }, 'docs');

    sandbox().clearFaults();
    sandbox().clearLog();
    const rerun = await kmJob(km, target, where);
    expect(exitOf(rerun)).toBe(0);
    const releases = releasesOf(target, 'v0.10-beta');
    expect(releases.map((r) => [r.id, r.draft])).toEqual([[draft!.id, false]]);
    const digests = digestsOf({ ...km, record: target.record }, releases[0]!);
    expect(Object.keys(digests).sort()).toEqual(['SHA256SUMS', ...names]);
    for (const name of names) expect(digests[name]).toBe(digestOf(name));
    expect(sandbox().count('repos/create-release')).toBe(0);
    // Whole assets were kept by their digest: only the others and SHA256SUMS upload.
    expect(sandbox().count(UPLOAD)).toBe(names.length - kept.length + 1);
  }, 60_000);

  it.each([
    ['the older build publishes first: the newer one replaces it', ['older', 'newer']],
    ['the newer build publishes first: the older one stops, leaving nothing', ['newer', 'older']],
  ])(
    'two builds racing on v0.1-test, both drafts at the same master head: %s',
    async (_, order) => {
      const km = await makeRepo(sandbox());
      const target = await kmReleases();
      const shas: Record<string, string> = { older: km.commits[0], newer: km.commits[1] };
      const workspaces: Record<string, string> = {};
      const results: Record<string, RunResult> = {};
      const s = new Scheduler<RunResult>(sandbox(), (c) => void (results[c.name] = c.finished!));
      const start = (name: string) => {
        workspaces[name] = workspaceWith({ 'kontain.tar.gz': `km built from ${shas[name]}\n` });
        const where = { sha: shas[name]!, ref: 'refs/heads/master', workspace: workspaces[name] };
        return s.start(name, () => kmJob(km, target, where, {}, { timeoutMs: 55_000 }));
      };
      const first = await start(order[0]!);
      const second = await start(order[1]!);
      await s.step(first); // each makes its draft, at the same target commit
      await s.step(second);
      await s.runUntil(first); // the first runs to its end (publishes)
      await s.runUntil(second);
      const releases = releasesOf(target, 'v0.1-test');
      expect(releases.map((r) => [r.draft, r.body])).toEqual([[false, builtFrom(km, shas.newer!)]]);
      expect(digestsOf({ ...km, record: target.record }, releases[0]!)['kontain.tar.gz']).toBe(
        `sha256:${sha256Of(join(workspaces.newer!, 'kontain.tar.gz'))}`,
      );
      expect(exitOf(results.newer!)).toBe(0);
      if (order[0] === 'older') expect(exitOf(results.older!)).toBe(0);
      else expect(results.older!.log).toContain('built from a newer commit');
    },
    90_000,
  );

  it('with built-from false, records an opaque marker instead: the sources stay unnamed', async () => {
    const km = await makeRepo(sandbox(), { tags: ['v0.12-beta'] });
    const target = await kmReleases();
    const result = await kmJob(
      km,
      target,
      { sha: km.commits[1], ref: 'refs/tags/v0.12-beta', workspace: workspaceWith({ 'kontain.tar.gz': 10 }) },
      { 'built-from': 'false', body: 'Evaluation build.' },
    );
    expect(exitOf(result)).toBe(0);
    const [release] = releasesOf(target, 'v0.12-beta');
    expect(release!.body).toMatch(/^Evaluation build\.\n\n<!-- release-actions build [0-9a-f]{24} -->$/);
    expect(release!.body).not.toContain(km.fullName);
  }, 60_000);

  it('with built-from false, a newer build replaces v0.1-test and an older one never does', async () => {
    const km = await makeRepo(sandbox());
    const third = await commitFiles(km.gitDir, 'main', { VERSION: '0.11\n' }, 'third');
    const target = await kmReleases();
    const run = (sha: string, bytes: number) =>
      kmJob(
        km,
        target,
        { sha, ref: 'refs/heads/master', workspace: workspaceWith({ 'kontain.tar.gz': bytes }) },
        { 'built-from': 'false' },
      );
    const marker = /<!-- release-actions build ([0-9a-f]{24}) -->/;
    expect(exitOf(await run(km.commits[0], 1000))).toBe(0);
    const newer = await run(third, 3000);
    expect(exitOf(newer)).toBe(0);
    expect(newer.outputs.replaced).toBe('true');
    const [now] = releasesOf(target, 'v0.1-test');
    const key = marker.exec(now!.body ?? '')![1];

    // A rerun of an older run: both releases sit at km-releases' one master head, and the marker names
    // no commit, yet the older build is refused (its own history does not hold the newer marker).
    sandbox().clearLog();
    const rerun = await run(km.commits[1], 2000);
    expect(rerun.exitCode).toBe(1);
    expect(rerun.log).toContain(
      `The rolling tag v0.1-test holds a release (${sandbox().serverUrl}/${target.fullName}/releases/tag/v0.1-test) built from a commit this run cannot place`,
    );
    expect(rerun.log).toContain('nothing was changed');
    expect(writes(sandbox())).toBe(0);
    expect(releasesOf(target, 'v0.1-test').map((r) => [r.id, marker.exec(r.body ?? '')![1]])).toEqual([
      [now!.id, key],
    ]);
  }, 90_000);

  it('with built-from false, an older build leaves a newer run’s draft alone; the newer one then replaces it', async () => {
    const km = await makeRepo(sandbox());
    const target = await kmReleases();
    const job = (sha: string, content: string) =>
      kmJob(
        km,
        target,
        { sha, ref: 'refs/heads/master', workspace: workspaceWith({ 'kontain.tar.gz': content }) },
        { 'built-from': 'false' },
      );
    // The newer build's run has made its draft and waits on its upload...
    const gate = new Gate();
    sandbox().inject({ kind: 'hold', gate, operationId: UPLOAD });
    const newerRun = job(km.commits[1], 'km built from the newer commit\n');
    const held = await gate.next();
    const [draft] = releasesOf(target, 'v0.1-test');
    expect(draft!.draft).toBe(true);
    // ...when a run of an older build comes (a rerun): it cannot place the draft's build among its own
    // history, so the draft may be a newer run's in progress: it stays.
    const older = await job(km.commits[0], 'km built from the older commit\n');
    expect(exitOf(older)).toBe(0);
    expect(older.log).toContain(`Leaving draft ${draft!.id}`);
    expect(target.record.releases.get(draft!.id)?.draft).toBe(true);
    held.release();
    const newer = await newerRun;
    expect(exitOf(newer)).toBe(0);
    const releases = releasesOf(target, 'v0.1-test');
    expect(releases.map((r) => [r.id, r.draft])).toEqual([[draft!.id, false]]);
    expect(digestsOf({ ...km, record: target.record }, releases[0]!)['kontain.tar.gz']).toBe(
      `sha256:${createHash('sha256').update('km built from the newer commit\n').digest('hex')}`,
    );
  }, 90_000);

  it('refuses a token that may not write km-releases before writing anything, naming what is needed', async () => {
    const km = await makeRepo(sandbox(), { tags: ['v0.9-beta'] });
    const where = {
      sha: km.commits[1],
      ref: 'refs/tags/v0.9-beta',
      workspace: workspaceWith({ 'kontain.tar.gz': 10 }),
    };
    // GitHub says so: the repository's permissions.push is false for this token.
    const readOnly = await kmReleases({ access: 'read' });
    const refused = await kmJob(km, readOnly, where);
    expect(refused.exitCode).toBe(1);
    expect(writes(sandbox())).toBe(0);
    for (const text of [
      `The token cannot write to ${readOnly.fullName}: GitHub says the token may not push there`,
      `A workflow's GITHUB_TOKEN can write only the repository the workflow runs in (${km.fullName})`,
      '"Contents: write"',
      'Nothing was changed.',
    ])
      expect(refused.log).toContain(text);

    // GitHub does not say, and refuses the first write (a fine-grained token without Contents: write).
    const target = await kmReleases();
    sandbox().clearLog();
    sandbox().inject({
      operationId: 'repos/create-release',
      kind: 'status',
      status: 403,
      body: { message: 'Resource not accessible by personal access token', status: '403' },
    });
    const forbidden = await kmJob(km, target, where);
    expect(forbidden.exitCode).toBe(1);
    expect(forbidden.log).toContain(
      `The token cannot write to ${target.fullName}: GitHub answered 403 Resource not accessible by personal access token to POST`,
    );
    expect(forbidden.log).toContain('permission-contents: write');
    expect(target.record.releases.size).toBe(0);
  }, 60_000);
});
