/**
 * The token's origins (shared/src/github/origins.ts) and the client that obeys them for every request
 * (guard.ts): pagination, redirects and upload URLs, against real local HTTP servers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient } from '../../shared/src/github/client.js';
import { MAX_REDIRECTS } from '../../shared/src/github/guard.js';
import { ForeignOriginError, mayCarryToken, tokenOrigins } from '../../shared/src/github/origins.js';
import { checkUploadUrl } from '../../shared/src/github/upload.js';
import { MemoryLogger } from '../../shared/src/log.js';

describe('the origins a token belongs to', () => {
  it.each([
    ['https://api.github.com', ['https://api.github.com', 'https://uploads.github.com']],
    ['https://ghe.example.com/api/v3', ['https://ghe.example.com']],
    ['https://api.octocorp.ghe.com', ['https://api.octocorp.ghe.com', 'https://uploads.octocorp.ghe.com']],
    ['http://127.0.0.1:4000/api/v3', ['http://127.0.0.1:4000']],
  ])('API %s: %j', (api, origins) => {
    expect(tokenOrigins(api)).toEqual(origins);
  });

  it.each([
    ['https://api.github.com', 'https://api.github.com/repos/o/r/tags?page=2', true],
    ['https://api.github.com', 'https://API.GitHub.com:443/repos/o/r', true],
    ['https://api.github.com', 'https://uploads.github.com/repos/o/r/releases/1/assets?name=a', true],
    ['https://api.github.com', 'http://api.github.com/repos/o/r', false],
    ['https://api.github.com', 'https://github.com/o/r/releases/download/v1/a', false],
    ['https://api.github.com', 'https://objects.githubusercontent.com/x', false],
    ['https://api.github.com', 'https://api.github.com.evil.example/repos', false],
    ['https://api.github.com', 'https://api.github.com:8443/repos', false],
    [
      'https://ghe.example.com/api/v3',
      'https://ghe.example.com/api/uploads/repos/o/r/releases/1/assets',
      true,
    ],
    ['https://ghe.example.com/api/v3', 'https://uploads.ghe.example.com/repos/o/r', false],
    ['https://ghe.example.com/api/v3', 'https://ghe.example.com:8443/api/v3/repos', false],
    ['https://api.octocorp.ghe.com', 'https://uploads.octocorp.ghe.com/repos/o/r', true],
    ['https://api.octocorp.ghe.com', 'https://uploads.other.ghe.com/repos/o/r', false],
    ['https://api.octocorp.ghe.com', 'https://uploads.github.com/repos/o/r', false],
    ['http://127.0.0.1:4000/api/v3', 'http://127.0.0.1:4001/api/v3/repos', false],
  ])('API %s, token to %s: %s', (api, url, ok) => {
    expect(mayCarryToken(url, api)).toBe(ok);
    // The upload check is the same rule, not a copy of it.
    const upload = (): void => checkUploadUrl(new URL(url), api);
    if (ok) expect(upload).not.toThrow();
    else expect(upload).toThrow(`refusing to send the token to ${new URL(url).origin}`);
  });
});

interface Seen {
  server: string;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

describe('the client follows the rule for every request', () => {
  const seen: Seen[] = [];
  let api: Server;
  let other: Server;
  let apiOrigin = '';
  let otherOrigin = '';
  const start = async (name: string, route: (url: string) => [number, Record<string, string>, string]) => {
    const server = createServer((req, res) => {
      seen.push({ server: name, method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      const [status, headers, body] = route(req.url ?? '');
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`] as const;
  };

  beforeAll(async () => {
    [api, apiOrigin] = await start('api', (url) => {
      if (url.startsWith('/api/v3/repos/o/old/releases/1'))
        return [301, { location: `${apiOrigin}/api/v3/repositories/7/releases/1` }, '{}'];
      if (url.startsWith('/api/v3/repositories/7/releases/1')) return [200, {}, '{"id": 1}'];
      if (url.startsWith('/api/v3/repos/o/away/releases/1'))
        return [302, { location: `${otherOrigin}/api/v3/repos/o/away/releases/1` }, '{}'];
      if (url.startsWith('/api/v3/repos/o/loop/releases/1')) return [302, { location: url }, '{}'];
      if (url.startsWith('/api/v3/repos/o/r/tags'))
        return [
          200,
          { link: `<${otherOrigin}/api/v3/repos/o/r/tags?page=2>; rel="next"` },
          '[{"name": "v1"}]',
        ];
      return [404, {}, '{"message": "Not Found"}'];
    });
    [other, otherOrigin] = await start('other', () => [200, {}, '[]']);
  });
  afterAll(async () => {
    await Promise.all([api, other].map((s) => new Promise((done) => s.close(done))));
  });

  const client = () =>
    createGitHubClient({ token: 'ghs_unit', apiUrl: `${apiOrigin}/api/v3`, log: new MemoryLogger() });

  it('follows a redirect within the API origin, with the token', async () => {
    seen.length = 0;
    const { data } = await client().rest.repos.getRelease({ owner: 'o', repo: 'old', release_id: 1 });
    expect(data).toEqual({ id: 1 });
    expect(seen.map((s) => [s.server, s.url, s.headers.authorization])).toEqual([
      ['api', '/api/v3/repos/o/old/releases/1', 'token ghs_unit'],
      ['api', '/api/v3/repositories/7/releases/1', 'token ghs_unit'],
    ]);
  });

  it('refuses a redirect to another origin and sends it nothing', async () => {
    seen.length = 0;
    const error = await client()
      .rest.repos.getRelease({ owner: 'o', repo: 'away', release_id: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForeignOriginError);
    expect(String((error as Error).message)).toContain(
      `refusing to send the token to ${otherOrigin}, the host of the redirect GitHub answered to GET ${apiOrigin}/api/v3/repos/o/away/releases/1`,
    );
    expect(seen.map((s) => s.server)).toEqual(['api']);
  });

  it('refuses the next page of a paginated list on another origin, and retries nothing', async () => {
    seen.length = 0;
    const c = client();
    const error = await c.paginate(c.rest.repos.listTags, { owner: 'o', repo: 'r' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForeignOriginError);
    expect((error as ForeignOriginError).url).toBe(`${otherOrigin}/api/v3/repos/o/r/tags?page=2`);
    expect(seen.map((s) => s.server)).toEqual(['api']);
  });

  it(`gives up after ${MAX_REDIRECTS} redirects`, async () => {
    seen.length = 0;
    const error = await client()
      .rest.repos.getRelease({ owner: 'o', repo: 'loop', release_id: 1 })
      .catch((e: unknown) => e);
    expect(String(error)).toContain(`was redirected more than ${MAX_REDIRECTS} times`);
    expect(seen).toHaveLength(MAX_REDIRECTS + 1);
  });
});
