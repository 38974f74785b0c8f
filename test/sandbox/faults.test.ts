/** Injected faults, and octokit with the retry and throttling plugins recovering from them. */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { request } from 'node:http';
import { Gate } from './faults.js';
import { useSandbox, sandboxOctokit } from './jest.js';
import { commitFiles } from './seed.js';

const sandbox = useSandbox();
const owner = 'acme';
const repo = 'faulty';
const o = { owner, repo };

describe('faults', () => {
  beforeAll(async () => {
    const sb = sandbox();
    const r = await sb.createRepo(`${owner}/${repo}`);
    await commitFiles(r.gitDir, 'main', { 'README.md': 'faulty\n' }, 'initial commit');
  });

  it('answers 5xx; octokit with plugin-retry recovers', async () => {
    const sb = sandbox();
    sb.inject({ operationId: 'repos/list-releases', kind: 'status' });
    await expect(sandboxOctokit(sb).rest.repos.listReleases(o)).rejects.toMatchObject({
      status: 502,
      response: { data: { message: 'Server Error' } },
    });

    sb.clearLog();
    sb.inject({ operationId: 'repos/create-release', kind: 'status', status: 500, times: 2 });
    const { data } = await sandboxOctokit(sb, { resilient: true }).rest.repos.createRelease({
      ...o,
      tag_name: 'r1',
    });
    expect(data.tag_name).toBe('r1');
    expect(sb.requests.map((r) => r.status)).toEqual([500, 500, 201]);
    expect(sb.repo(`${owner}/${repo}`).releases.size).toBe(1);
  });

  it('answers 403 secondary rate limit with retry-after; octokit with plugin-throttling recovers', async () => {
    const sb = sandbox();
    sb.inject({ method: 'GET', pathPattern: /\/releases$/, kind: 'secondary-rate-limit', retryAfter: 3 });
    const res = await fetch(`${sb.apiUrl}/repos/${owner}/${repo}/releases`, {
      headers: { authorization: `token ${sb.token}` },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(((await res.json()) as { message: string }).message).toMatch(/\bsecondary rate\b/i);

    sb.clearLog();
    sb.inject({ operationId: 'repos/list-releases', kind: 'secondary-rate-limit', times: 2 });
    const { data } = await sandboxOctokit(sb, { resilient: true }).rest.repos.listReleases(o);
    expect(Array.isArray(data)).toBe(true);
    expect(sb.requests.map((r) => r.status)).toEqual([403, 403, 200]);
  });

  it('answers 429 with retry-after and an exhausted rate limit; octokit recovers', async () => {
    const sb = sandbox();
    sb.inject({ operationId: 'repos/list-releases', kind: 'rate-limit-429', retryAfter: 1 });
    const res = await fetch(`${sb.apiUrl}/repos/${owner}/${repo}/releases`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');

    sb.clearLog();
    sb.inject({ operationId: 'repos/list-releases', kind: 'rate-limit-429', retryAfter: 1 });
    await sandboxOctokit(sb, { resilient: true }).rest.repos.listReleases(o);
    expect(sb.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('resets the connection without an answer', async () => {
    const sb = sandbox();
    sb.inject({ operationId: 'repos/list-releases', kind: 'reset' });
    await expect(fetch(`${sb.apiUrl}/repos/${owner}/${repo}/releases`)).rejects.toThrow();
    expect(sb.requests.at(-1)).toMatchObject({ operationId: 'repos/list-releases', status: 0 });

    sb.clearLog();
    sb.inject({ operationId: 'repos/list-releases', kind: 'reset' });
    await sandboxOctokit(sb, { resilient: true }).rest.repos.listReleases(o);
    expect(sb.requests.map((r) => r.status)).toEqual([0, 200]);
  });

  it('resets an upload midway and leaves a starter asset, as GitHub does', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const { data: release } = await octokit.rest.repos.createRelease({ ...o, tag_name: 'up', draft: true });
    const bytes = Buffer.alloc(1024 * 1024, 1);
    sb.inject({ kind: 'reset-mid-upload', afterBytes: 64 * 1024 });

    // node:http, to see the reset exactly as a streaming uploader does.
    const url = `${sb.uploadsUrl}/repos/${owner}/${repo}/releases/${release.id}/assets?name=pkg.tgz`;
    const headers = { authorization: `token ${sb.token}`, 'content-type': 'application/gzip' };
    const failure = await new Promise<Error>((resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', headers: { ...headers, 'content-length': bytes.length } },
        (res) => {
          reject(new Error(`answered ${res.statusCode}`));
          res.resume();
        },
      );
      req.on('error', resolve);
      req.end(bytes);
    });
    expect(String((failure as NodeJS.ErrnoException).code)).toMatch(/ECONNRESET|EPIPE/);
    const logged = sb.requests.at(-1);
    expect(logged).toMatchObject({ operationId: 'repos/upload-release-asset', status: 0 });
    expect(logged?.bytesIn).toBeGreaterThanOrEqual(64 * 1024);

    const { data: assets } = await octokit.rest.repos.listReleaseAssets({ ...o, release_id: release.id });
    expect(assets).toMatchObject([{ name: 'pkg.tgz', state: 'starter', size: 0, digest: null }]);
    const upload = () =>
      octokit.rest.repos.uploadReleaseAsset({
        ...o,
        release_id: release.id,
        name: 'pkg.tgz',
        data: bytes as unknown as string,
        headers: { 'content-type': 'application/gzip', 'content-length': bytes.length },
        baseUrl: sb.uploadsUrl,
      });
    await expect(upload()).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] } },
    });
    await octokit.rest.repos.deleteReleaseAsset({ ...o, asset_id: assets[0]?.id ?? 0 });
    const { data: asset } = await upload();
    expect(asset).toMatchObject({ state: 'uploaded', size: bytes.length });
  });

  it('delays with latency, then answers normally', async () => {
    const sb = sandbox();
    sb.inject({ operationId: 'rate-limit/get', kind: 'latency', delayMs: 300 });
    const started = Date.now();
    const res = await fetch(`${sb.apiUrl}/rate_limit`);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('matches faults in order and counts them down', async () => {
    const sb = sandbox();
    sb.inject({ operationId: 'rate-limit/get', kind: 'status', status: 503, times: 2 });
    sb.inject({ operationId: 'rate-limit/get', kind: 'status', status: 504 });
    sb.inject({ operationId: 'users/get-authenticated', kind: 'status', status: 500, times: Infinity });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${sb.apiUrl}/rate_limit`)).status);
    expect(statuses).toEqual([503, 503, 504, 200]);
    const headers = { authorization: `token ${sb.token}` };
    for (let i = 0; i < 3; i++) expect((await fetch(`${sb.apiUrl}/user`, { headers })).status).toBe(500);
    sb.clearFaults();
    // The default token is an installation token (like GITHUB_TOKEN): GET /user is 403 for it.
    expect((await fetch(`${sb.apiUrl}/user`, { headers })).status).toBe(403);
  });

  it('holds a matching request until the test releases it; others pass meanwhile', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const { data: draft } = await octokit.rest.repos.createRelease({ ...o, tag_name: 'held', draft: true });
    const gate = new Gate();
    // Only the publish is held: an update that leaves the draft a draft passes.
    sb.inject({
      operationId: 'repos/update-release',
      kind: 'hold',
      gate,
      where: (r) => (r.body as { draft?: boolean }).draft === false,
    });
    const publishing = octokit.rest.repos.updateRelease({ ...o, release_id: draft.id, draft: false });
    const held = await gate.next();
    expect(held.request).toMatchObject({
      operationId: 'repos/update-release',
      method: 'PATCH',
      params: { release_id: String(draft.id) },
      body: { draft: false },
    });
    const renamed = await octokit.rest.repos.updateRelease({ ...o, release_id: draft.id, name: 'x' });
    expect(renamed.data).toMatchObject({ name: 'x', draft: true });
    expect(sb.repo(`${owner}/${repo}`).releases.get(draft.id)?.draft).toBe(true);
    expect(gate.holding).toBe(1);

    held.release();
    expect((await publishing).data.draft).toBe(false);
    expect(gate.holding).toBe(0);
    // The hold was for one request: the next publish-like update is not held.
    await octokit.rest.repos.updateRelease({ ...o, release_id: draft.id, draft: false });
  });

  it('hands out held requests in arrival order, and clearFaults releases what is still held', async () => {
    const sb = sandbox();
    const gate = new Gate();
    sb.inject({ operationId: 'repos/create-release', kind: 'hold', gate, times: Infinity });
    const octokit = sandboxOctokit(sb);
    const first = octokit.rest.repos.createRelease({ ...o, tag_name: 'h1', draft: true });
    const a = await gate.next();
    const second = octokit.rest.repos.createRelease({ ...o, tag_name: 'h2', draft: true });
    const b = await gate.next();
    expect([a.request.body, b.request.body]).toMatchObject([{ tag_name: 'h1' }, { tag_name: 'h2' }]);
    // Released in the other order: h2 is created (and numbered) first.
    b.release();
    const made2 = (await second).data;
    a.release();
    const made1 = (await first).data;
    expect(made2.id).toBeLessThan(made1.id);

    const third = octokit.rest.repos.createRelease({ ...o, tag_name: 'h3', draft: true });
    await gate.next();
    sb.clearFaults();
    expect((await third).data.tag_name).toBe('h3');
    // A cleared gate holds nothing more.
    await octokit.rest.repos.createRelease({ ...o, tag_name: 'h4', draft: true });
  });
});
