/** fetch over node:http: what octokit and the registry session rely on, against local servers. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeFetch } from '../../shared/src/http/fetch.js';

interface Seen {
  server: string;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const seen: Seen[] = [];
let registry: Server;
let storage: Server;
let registryUrl = '';
let storageUrl = '';

async function start(
  name: string,
  answer: (method: string, url: string) => [number, Record<string, string>, string],
): Promise<[Server, string]> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      seen.push({ server: name, method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/hang') return;
      const [status, headers, text] = answer(req.method ?? '', req.url ?? '');
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : text);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`];
}

beforeAll(async () => {
  [storage, storageUrl] = await start('storage', () => [200, { 'content-type': 'text/plain' }, 'blob bytes']);
  [registry, registryUrl] = await start('registry', (method, url) => {
    if (url === '/blob') return [307, { location: `${storageUrl}/signed?sig=1` }, ''];
    if (url === '/same') return [302, { location: '/json' }, ''];
    if (url === '/json') return [200, { 'content-type': 'application/json', 'x-two': 'a' }, '{"ok":true}'];
    if (url === '/post') return [303, { location: '/json' }, ''];
    if (url === '/loop') return [302, { location: '/loop' }, ''];
    if (url === '/empty') return [204, {}, ''];
    return [404, {}, 'not here'];
  });
});
afterAll(async () => {
  await Promise.all([registry, storage].map((s) => new Promise((done) => s.close(done))));
});

const auth = { authorization: 'Bearer registry-token' };

describe('nodeFetch', () => {
  it('follows a redirect to another origin without the Authorization header, as fetch does', async () => {
    seen.length = 0;
    const answer = await nodeFetch(`${registryUrl}/blob`, { headers: auth });
    expect(await answer.text()).toBe('blob bytes');
    expect(answer.url).toBe(`${storageUrl}/signed?sig=1`);
    expect(seen.map((s) => [s.server, s.headers.authorization])).toEqual([
      ['registry', 'Bearer registry-token'],
      ['storage', undefined],
    ]);
  });

  it('keeps it within one origin; a 303 after a POST becomes a GET without the body', async () => {
    seen.length = 0;
    expect(await (await nodeFetch(`${registryUrl}/same`, { headers: auth })).json()).toEqual({ ok: true });
    const posted = await nodeFetch(`${registryUrl}/post`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(posted.status).toBe(200);
    await posted.body?.cancel();
    expect(seen.map((s) => [s.method, s.url, s.headers.authorization, s.body])).toEqual([
      ['GET', '/same', 'Bearer registry-token', ''],
      ['GET', '/json', 'Bearer registry-token', ''],
      ['POST', '/post', 'Bearer registry-token', '{"a":1}'],
      ['GET', '/json', 'Bearer registry-token', ''],
    ]);
    expect(seen[3]!.headers['content-type']).toBeUndefined();
  });

  it("answers a redirect as it is with redirect: 'manual', and gives up on a loop", async () => {
    const manual = await nodeFetch(`${registryUrl}/same`, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('Location')]).toEqual([302, '/json']);
    await manual.body?.cancel();
    const loop = await nodeFetch(`${registryUrl}/loop`).catch((e: unknown) => e);
    expect(loop).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(String((loop as Error).cause)).toContain('too many redirects');
  });

  it('reads headers as fetch does, streams a body, and has none for HEAD or 204', async () => {
    const json = await nodeFetch(`${registryUrl}/json`);
    expect(Object.fromEntries([...json.headers].filter(([k]) => k.startsWith('x-')))).toEqual({
      'x-two': 'a',
    });
    expect(json.headers.get('Content-Type')).toBe('application/json');
    const chunks: Buffer[] = [];
    for await (const chunk of json.stream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('{"ok":true}');
    await expect(json.text()).rejects.toThrow('Body is unusable');
    const head = await nodeFetch(`${registryUrl}/json`, { method: 'HEAD' });
    expect([head.status, head.body, await head.text()]).toEqual([200, null, '']);
    const empty = await nodeFetch(`${registryUrl}/empty`, { method: 'DELETE' });
    expect([empty.status, await empty.text()]).toEqual([204, '']);
  });

  it("fails as fetch fails: TypeError 'fetch failed' caused by the system error, or the signal's reason", async () => {
    const refused = await nodeFetch('http://127.0.0.1:1/').catch((e: unknown) => e);
    expect(refused).toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
      cause: { code: 'ECONNREFUSED' },
    });
    const timedOut = await nodeFetch(`${registryUrl}/hang`, { signal: AbortSignal.timeout(200) }).catch(
      (e: unknown) => e,
    );
    expect(timedOut).toMatchObject({ name: 'TimeoutError' });
  });
});
