/**
 * create-release when things go wrong: a job killed between two uploads and run again, two jobs racing
 * on one tag, GitHub failing (5xx, secondary rate limit, a reset mid-upload), matrix jobs filling one
 * draft. Dist bundle under Node 24, against the sandbox (inputs that cannot work: create-release-review).
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { exitOf, runAction } from '../harness/runner.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import {
  assetsOf,
  baseOptions,
  digestsOf,
  makeRepo,
  removeScratch,
  releasesFor,
  sha256Of,
  workspaceWith,
  type TestRepo,
} from './create-release-helpers.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => {
  sandbox().clearLog();
  sandbox().clearFaults();
});

const UPLOAD = 'repos/upload-release-asset';

function expectComplete(repo: TestRepo, tag: string, workspace: string, names: string[]): void {
  const releases = releasesFor(repo, tag);
  expect(releases.map((r) => r.draft)).toEqual([false]);
  const digests = digestsOf(repo, releases[0]!);
  expect(Object.keys(digests).sort()).toEqual([...names, 'SHA256SUMS'].sort());
  for (const name of names) expect(digests[name]).toBe(`sha256:${sha256Of(join(workspace, name))}`);
}

describe('create-release recovery', () => {
  it('finishes after being killed between two uploads: one release, each asset once, right digests', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v5.0.0'] });
    const workspace = workspaceWith({ 'a.tgz': 200_000, 'b.tgz': 200_000, 'c.tgz': 200_000 });
    const options = {
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v5.0.0',
      workspace,
      inputs: { files: '*.tgz' },
    };
    // Every upload waits 2 s before it is read, so the kill lands while the second one waits.
    sandbox().inject({ operationId: UPLOAD, kind: 'latency', delayMs: 2000, times: Infinity });
    let killed = false;
    const onSpawn = (child: ChildProcess): void => {
      const timer = setInterval(() => {
        if (sandbox().requests.some((r) => r.operationId === UPLOAD && r.status === 201)) {
          killed = child.kill('SIGKILL');
          clearInterval(timer);
        }
      }, 5);
      child.on('exit', () => clearInterval(timer));
    };
    const crashed = await runAction({ ...options, onSpawn });
    expect(crashed.signal).toBe('SIGKILL');
    expect(killed).toBe(true);
    const [draft] = releasesFor(repo, 'v5.0.0');
    expect(draft!.draft).toBe(true);
    // The upload in flight at the kill ends as the sandbox saw it: a starter when the body was cut,
    // a whole asset when the kernel had already sent all of it (200 KB fits a loopback socket's
    // buffers, so which one happens depends on timing the test does not control).
    await new Promise((done) => setTimeout(done, 2500));
    const whole = (name: string): boolean =>
      digestsOf(repo, releasesFor(repo, 'v5.0.0')[0]!)[name] === `sha256:${sha256Of(join(workspace, name))}`;
    const kept = ['a.tgz', 'b.tgz', 'c.tgz'].filter(whole);
    expect(kept).toContain('a.tgz');
    expect(kept).not.toContain('c.tgz'); // never started: the kill came first
    const keptIds = assetsOf(repo, draft!)
      .filter((a) => kept.includes(a.name))
      .map((a) => a.id);

    sandbox().clearFaults();
    sandbox().clearLog();
    const rerun = await runAction(options);
    expect(exitOf(rerun)).toBe(0);
    expectComplete(repo, 'v5.0.0', workspace, ['a.tgz', 'b.tgz', 'c.tgz']);
    expect(releasesFor(repo, 'v5.0.0')[0]!.id).toBe(draft!.id);
    expect(sandbox().count('repos/create-release')).toBe(0);
    // Whole assets were kept by their digest (same asset ids): only the others and SHA256SUMS upload.
    expect(sandbox().count(UPLOAD)).toBe(3 - kept.length + 1);
    const after = assetsOf(repo, releasesFor(repo, 'v5.0.0')[0]!).map((a) => a.id);
    for (const id of keptIds) expect(after).toContain(id);
  }, 60_000);

  it('finishes the oldest draft a killed race left, deleting the other drafts for the tag', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v5.1.0'] });
    const octokit = sandboxOctokit(sandbox());
    const [owner, name] = repo.fullName.split('/') as [string, string];
    // As the action makes them: at the full sha.
    const draft = { owner, repo: name, tag_name: 'v5.1.0', draft: true, target_commitish: repo.commits[1] };
    const made = [];
    for (let i = 0; i < 2; i++) made.push((await octokit.rest.repos.createRelease(draft)).data.id);
    const workspace = workspaceWith({ 'a.tgz': 1000 });
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v5.1.0',
      workspace,
      inputs: { files: 'a.tgz' },
    });
    expect(exitOf(result)).toBe(0);
    expectComplete(repo, 'v5.1.0', workspace, ['a.tgz']);
    expect(releasesFor(repo, 'v5.1.0')[0]!.id).toBe(made[0]);
  });

  it('adopting a matrix sibling’s draft leaves its upload in flight alone: the published release holds it', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.5.0'] });
    const octokit = sandboxOctokit(sandbox());
    const [owner, name] = repo.fullName.split('/') as [string, string];
    const { data: draft } = await octokit.rest.repos.createRelease({
      ...{ owner, repo: name, tag_name: 'v6.5.0', draft: true, target_commitish: repo.commits[1] },
    });
    // The sibling (mac) job is mid-upload: GitHub lists its asset as `open` until the body ends.
    const body = Buffer.alloc(100_000, 'm');
    const url = new URL(`${draft.upload_url.replace(/\{.*\}$/, '')}?name=km-mac.tgz`);
    const request = httpRequest(url, {
      method: 'POST',
      headers: {
        authorization: `token ${sandbox().token}`,
        'content-type': 'application/gzip',
        'content-length': String(body.length),
      },
    });
    const answered = new Promise<number>((done, fail) => {
      request.on('response', (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      });
      request.on('error', fail);
    });
    request.write(body.subarray(0, 1000));
    const open = (): boolean =>
      assetsOf(repo, releasesFor(repo, 'v6.5.0')[0]!).some((a) => a.state === 'open');
    while (!open()) await new Promise((done) => setTimeout(done, 10));

    const workspace = workspaceWith({ 'km-linux.tgz': 50_000 });
    const linux = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v6.5.0',
      workspace,
      inputs: { files: 'km-linux.tgz', checksums: 'SHA256SUMS-km-linux' },
    });
    expect(exitOf(linux)).toBe(0);
    expect(sandbox().count('repos/delete-release-asset')).toBe(0);
    request.end(body.subarray(1000));
    expect(await answered).toBe(201);
    const [release] = releasesFor(repo, 'v6.5.0');
    expect([release!.id, release!.draft]).toEqual([draft.id, false]);
    const digests = digestsOf(repo, release!);
    expect(Object.keys(digests).sort()).toEqual(['SHA256SUMS-km-linux', 'km-linux.tgz', 'km-mac.tgz']);
    expect(digests['km-mac.tgz']).toBe(`sha256:${createHash('sha256').update(body).digest('hex')}`);
  });

  it('two jobs racing on one tag end with one release holding all their assets', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.0.0'] });
    const job = (file: string) => {
      const workspace = workspaceWith({ [file]: 100_000 });
      return {
        workspace,
        run: runAction({
          ...baseOptions(sandbox(), repo),
          sha: repo.commits[1],
          ref: 'refs/tags/v6.0.0',
          workspace,
          inputs: { files: file, checksums: `SHA256SUMS-${file.split('.')[0]}` },
        }),
      };
    };
    // Both jobs' first look finds nothing, so both create a draft: the later one must give way.
    sandbox().inject({ operationId: 'repos/list-releases', kind: 'latency', delayMs: 700, times: 2 });
    const [linux, mac] = [job('km-linux.tgz'), job('km-mac.tgz')];
    const results = await Promise.all([linux.run, mac.run]);
    for (const result of results) expect(exitOf(result)).toBe(0);
    const releases = releasesFor(repo, 'v6.0.0');
    expect(releases.map((r) => r.draft)).toEqual([false]);
    const digests = digestsOf(repo, releases[0]!);
    expect(Object.keys(digests).sort()).toEqual([
      'SHA256SUMS-km-linux',
      'SHA256SUMS-km-mac',
      'km-linux.tgz',
      'km-mac.tgz',
    ]);
    expect(digests['km-linux.tgz']).toBe(`sha256:${sha256Of(join(linux.workspace, 'km-linux.tgz'))}`);
    expect(digests['km-mac.tgz']).toBe(`sha256:${sha256Of(join(mac.workspace, 'km-mac.tgz'))}`);
    expect(results.map((r) => r.outputs.id)).toEqual([String(releases[0]!.id), String(releases[0]!.id)]);
    // Usually both create a draft and the later one gives way; under load one may find the other's.
    const creates = sandbox().count('repos/create-release');
    expect(creates).toBeGreaterThanOrEqual(1);
    expect(creates).toBeLessThanOrEqual(2);
    expect(results.filter((r) => r.log.includes('Another run made release')).length).toBe(creates - 1);
  }, 60_000);

  it('rides out a 502 that leaves a starter, a secondary rate limit, a reset mid-upload and a 502 on create', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v7.0.0'] });
    const workspace = workspaceWith({ 'a.tgz': 300_000, 'b.tgz': 300_000 });
    sandbox().inject({ operationId: 'repos/create-release', kind: 'status', status: 502 });
    sandbox().inject({ operationId: UPLOAD, kind: 'status', status: 502, leaveStarter: true });
    sandbox().inject({ operationId: UPLOAD, kind: 'secondary-rate-limit', retryAfter: 1 });
    sandbox().inject({ operationId: UPLOAD, kind: 'reset-mid-upload', afterBytes: 100_000 });
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v7.0.0',
      workspace,
      inputs: { files: '*.tgz' },
    });
    expect(exitOf(result)).toBe(0);
    expectComplete(repo, 'v7.0.0', workspace, ['a.tgz', 'b.tgz']);
    expect(result.log).toContain('retry 1 of 4');
    // 3 failed attempts + 3 good uploads.
    expect(sandbox().count(UPLOAD)).toBe(6);
  }, 60_000);

  it('leaves the draft and says how to finish when GitHub keeps failing an upload', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v8.0.0'] });
    const workspace = workspaceWith({ 'a.tgz': 1000, 'b.tgz': 1000 });
    // Faults match in order: the first upload only waits 1 ms, the second gets a 422 no retry can fix.
    sandbox().inject({ operationId: UPLOAD, kind: 'latency', delayMs: 1 });
    sandbox().inject({
      operationId: UPLOAD,
      kind: 'status',
      status: 422,
      body: { message: 'Bad', errors: [] },
    });
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v8.0.0',
      workspace,
      inputs: { files: '*.tgz' },
    });
    expect(result.exitCode).toBe(1);
    const [draft] = releasesFor(repo, 'v8.0.0');
    expect(draft!.draft).toBe(true);
    expect(result.log).toContain('Release v8.0.0 is not finished');
    expect(result.log).toContain(
      `Left: draft release ${sandbox().serverUrl}/${repo.fullName}/releases/tag/untagged-${draft!.id}`,
    );
    expect(result.log).toContain('with a.tgz verified');
    expect(result.log).toContain('Rerun the job to finish');
    const rerun = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v8.0.0',
      workspace,
      inputs: { files: '*.tgz' },
    });
    expect(exitOf(rerun)).toBe(0);
    expectComplete(repo, 'v8.0.0', workspace, ['a.tgz', 'b.tgz']);
  }, 60_000);

  it('a rolling replace that fails between deleting the old release and publishing says so, and a rerun converges', async () => {
    const repo = await makeRepo(sandbox());
    const options = (sha: string, workspace: string) => ({
      ...baseOptions(sandbox(), repo),
      sha,
      ref: 'refs/heads/main',
      workspace,
      inputs: { files: '*.tgz', tag: 'v0.10-daily' },
    });
    expect(exitOf(await runAction(options(repo.commits[0], workspaceWith({ 'km.tgz': 1_000 }))))).toBe(0);
    const [old] = releasesFor(repo, 'v0.10-daily');
    const workspace = workspaceWith({ 'km.tgz': 2_000 });
    sandbox().inject({ operationId: 'repos/update-release', kind: 'status', status: 422 });
    const failed = await runAction(options(repo.commits[1], workspace));
    expect(failed.exitCode).toBe(1);
    expect(failed.log).toContain(
      `The previous release was deleted and the tag points at ${repo.commits[1]}: until the draft is published the tag has no release.`,
    );
    expect(releasesFor(repo, 'v0.10-daily').map((r) => [r.id === old!.id, r.draft])).toEqual([[false, true]]);

    const rerun = await runAction(options(repo.commits[1], workspace));
    expect(exitOf(rerun)).toBe(0);
    expectComplete(repo, 'v0.10-daily', workspace, ['km.tgz']);
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.10-daily')).toBe(repo.commits[1]);
  }, 60_000);

  it('matrix jobs with publish: false fill one draft; a last job publishes it', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.1.0'] });
    const job = (files: Record<string, number>, inputs: Record<string, string>) =>
      runAction({
        ...baseOptions(sandbox(), repo),
        sha: repo.commits[1],
        ref: 'refs/tags/v6.1.0',
        workspace: workspaceWith(files),
        inputs,
      });
    expect(
      exitOf(
        await job(
          { 'linux.tgz': 100 },
          { files: '*.tgz', publish: 'false', checksums: 'SHA256SUMS-linux', body: 'All platforms.' },
        ),
      ),
    ).toBe(0);
    expect(
      exitOf(
        await job({ 'mac.tgz': 100 }, { files: '*.tgz', publish: 'false', checksums: 'SHA256SUMS-mac' }),
      ),
    ).toBe(0);
    expect(releasesFor(repo, 'v6.1.0').map((r) => r.draft)).toEqual([true]);
    // The last job brings no notes: the body the first job set stays.
    const last = await job({}, {});
    expect(exitOf(last)).toBe(0);
    const [release] = releasesFor(repo, 'v6.1.0');
    expect(release).toMatchObject({ draft: false, body: 'All platforms.' });
    // The last job's SHA256SUMS lists every asset of the release, its siblings' included.
    expect(Object.keys(digestsOf(repo, release!)).sort()).toEqual([
      'SHA256SUMS',
      'SHA256SUMS-linux',
      'SHA256SUMS-mac',
      'linux.tgz',
      'mac.tgz',
    ]);
  }, 60_000);
});
