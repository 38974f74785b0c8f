/** The sandbox holds clients to GitHub's OpenAPI contract: bad requests are answered as GitHub does and recorded. */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { useSandbox, sandboxOctokit } from './jest.js';
import { commitFiles } from './seed.js';

const sandbox = useSandbox({ token: 'ghs_contract' });

const json = (token?: string): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

describe('GitHub sandbox contract', () => {
  beforeAll(async () => {
    const sb = sandbox();
    const repo = await sb.createRepo('acme/widget');
    await commitFiles(repo.gitDir, 'main', { 'README.md': '# widget\n' }, 'initial commit');
    const secret = await sb.createRepo('acme/secret', { private: true });
    await commitFiles(secret.gitDir, 'main', { 'README.md': 'secret\n' }, 'initial commit');
  });

  it('starts fast and lays out GHES URLs on one port', () => {
    const sb = sandbox();
    expect(sb.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect(sb.uploadsUrl).toBe(sb.apiUrl.replace('/api/v3', '/api/uploads'));
    expect(sb.serverUrl).toBe(sb.apiUrl.replace('/api/v3', ''));
    expect(sb.startMs).toBeLessThan(5000);
  });

  it('answers with GitHub headers', async () => {
    const sb = sandbox();
    const res = await fetch(`${sb.apiUrl}/repos/acme/widget/releases`, { headers: json(sb.token) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-github-api-version-selected')).toBe('2022-11-28');
    expect(res.headers.get('x-github-request-id')).toBeTruthy();
    expect(res.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(res.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(res.headers.get('x-ratelimit-used'))).toBeGreaterThan(0);
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBe(
      5000 - Number(res.headers.get('x-ratelimit-used')),
    );
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('answers a body that breaks the schema with 422 and records a violation', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    await expect(
      octokit.rest.repos.createRelease({ owner: 'acme', repo: 'widget', tag_name: 123 as unknown as string }),
    ).rejects.toMatchObject({ status: 422 });
    expect(sb.violations).toHaveLength(1);
    expect(sb.violations[0]).toMatchObject({
      kind: 'request',
      operationId: 'repos/create-release',
      method: 'POST',
    });
    expect(sb.violations[0]?.details).toContain('tag_name');
    expect(() => sb.assertNoViolations()).toThrow(/1 contract violation.*\n1\. \[request\] POST .*tag_name/);
    sb.clearViolations();

    // A missing required field.
    const res = await fetch(`${sb.apiUrl}/repos/acme/widget/releases`, {
      method: 'POST',
      headers: json(sb.token),
      body: JSON.stringify({ name: 'no tag' }),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { message: string }).message).toMatch(/^Invalid request\.\n\n.*tag_name/);
    expect(() => sb.assertNoViolations()).toThrow(/required/);
    sb.clearViolations();
    expect(sb.repo('acme/widget').releases.size).toBe(0);
  });

  it('rejects unknown query parameters and enum values', async () => {
    const sb = sandbox();
    const bad = await fetch(`${sb.apiUrl}/repos/acme/widget/releases?per_page=many`, {
      headers: json(sb.token),
    });
    expect(bad.status).toBe(422);
    const unknown = await fetch(`${sb.apiUrl}/repos/acme/widget/releases?sort=oldest`, {
      headers: json(sb.token),
    });
    expect(unknown.status).toBe(422);
    const badEnum = await fetch(`${sb.apiUrl}/repos/acme/widget/releases/1`, {
      method: 'PATCH',
      headers: json(sb.token),
      body: JSON.stringify({ make_latest: 'yes' }),
    });
    expect(badEnum.status).toBe(422);
    expect(sb.violations.map((v) => v.kind)).toEqual(['request', 'request', 'request']);
    sb.clearViolations();
  });

  it('answers malformed JSON with 400 Problems parsing JSON', async () => {
    const sb = sandbox();
    const res = await fetch(`${sb.apiUrl}/repos/acme/widget/releases`, {
      method: 'POST',
      headers: json(sb.token),
      body: '{"tag_name": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: 'Problems parsing JSON' });
    expect(sb.violations).toMatchObject([{ kind: 'request' }]);
    sb.clearViolations();
  });

  it('answers a path outside the spec with 404 and records unknown-route', async () => {
    const sb = sandbox();
    const res = await fetch(`${sb.apiUrl}/repos/acme/widget/no-such-thing`, { headers: json(sb.token) });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ message: 'Not Found' });
    expect(sb.violations).toMatchObject([{ kind: 'unknown-route', method: 'GET' }]);
    expect(() => sb.assertNoViolations()).toThrow(/unknown-route/);
    sb.clearViolations();
  });

  it('answers a spec-ed operation without a handler with 404 and records unimplemented', async () => {
    const sb = sandbox();
    const res = await fetch(`${sb.apiUrl}/emojis`, { headers: json(sb.token) });
    expect(res.status).toBe(404);
    expect(sb.violations).toMatchObject([{ kind: 'unimplemented', operationId: 'emojis/get' }]);
    sb.clearViolations();
  });

  it('sends uploads to the uploads root only', async () => {
    const sb = sandbox();
    const res = await fetch(`${sb.apiUrl}/repos/acme/widget/releases/1/assets?name=x`, {
      method: 'POST',
      headers: { authorization: `token ${sb.token}`, 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(res.status).toBe(404);
    expect(sb.violations).toMatchObject([
      { kind: 'unknown-route', operationId: 'repos/upload-release-asset' },
    ]);
    sb.clearViolations();
  });

  it('checks credentials like GitHub', async () => {
    const sb = sandbox();
    const wrong = await fetch(`${sb.apiUrl}/repos/acme/widget/releases`, { headers: json('nope') });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials' });

    const anonymousWrite = await fetch(`${sb.apiUrl}/repos/acme/widget/releases`, {
      method: 'POST',
      headers: json(),
      body: JSON.stringify({ tag_name: 'v1' }),
    });
    expect(anonymousWrite.status).toBe(401);
    expect(await anonymousWrite.json()).toMatchObject({ message: 'Requires authentication' });

    const anonymousRead = await fetch(`${sb.apiUrl}/repos/acme/widget/releases`);
    expect(anonymousRead.status).toBe(200);
    const anonymousPrivate = await fetch(`${sb.apiUrl}/repos/acme/secret/releases`);
    expect(anonymousPrivate.status).toBe(404);
    const privateWithToken = await fetch(`${sb.apiUrl}/repos/acme/secret/releases`, {
      headers: { authorization: `token ${sb.token}` },
    });
    expect(privateWithToken.status).toBe(200);
    const missing = await fetch(`${sb.apiUrl}/repos/acme/nothing/releases`, { headers: json(sb.token) });
    expect(missing.status).toBe(404);
  });

  it('validates responses against the spec', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const { data } = await octokit.rest.repos.createRelease({
      owner: 'acme',
      repo: 'widget',
      tag_name: 'v0.0.1',
    });
    // Corrupt the stored record: the rendered release no longer satisfies the `release` schema.
    const record = sb.repo('acme/widget').releases.get(data.id);
    if (!record) throw new Error('release not stored');
    record.created_at = 'yesterday';
    await octokit.rest.repos.getRelease({ owner: 'acme', repo: 'widget', release_id: data.id });
    expect(sb.violations).toMatchObject([{ kind: 'response', operationId: 'repos/get-release' }]);
    expect(sb.violations[0]?.details).toMatch(/created_at.*date-time/);
    sb.clearViolations();
    await octokit.rest.repos.deleteRelease({ owner: 'acme', repo: 'widget', release_id: data.id });
  });

  it('serves rate-limit/get, and users/get-authenticated refuses an installation token', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const { data: rate } = await octokit.rest.rateLimit.get();
    expect(rate.resources.core.limit).toBe(5000);
    expect(rate.resources.search.limit).toBe(30);
    // An installation token (the default, like GITHUB_TOKEN) is no user; fidelity.test.ts covers PATs.
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    const anonymous = await fetch(`${sb.apiUrl}/user`);
    expect(anonymous.status).toBe(401);
  });

  it('logs requests by operationId', async () => {
    const sb = sandbox();
    sb.clearLog();
    const octokit = sandboxOctokit(sb);
    await octokit.rest.repos.listReleases({ owner: 'acme', repo: 'widget' });
    await octokit.rest.repos.listReleases({ owner: 'acme', repo: 'widget', per_page: 5 });
    expect(sb.count('repos/list-releases')).toBe(2);
    expect(sb.count()).toBe(2);
    expect(sb.requests[1]).toMatchObject({
      method: 'GET',
      path: '/api/v3/repos/acme/widget/releases?per_page=5',
      status: 200,
      bytesIn: 0,
    });
  });
});
