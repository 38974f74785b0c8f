/**
 * Where the registry client sends secrets: the registry's Authorization only to the registry's own
 * origin (never to an upload Location or Link on another host), and credentials to a token service
 * only over https unless the registry itself is plain http; a token service on another host is
 * warned about.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { RegistryAuth } from '../../shared/src/registry/auth.js';
import { RegistryClient } from '../../shared/src/registry/client.js';

interface Recorder {
  host: string;
  seen: Array<{ path: string; authorization?: string }>;
  server: Server;
}

/** A registry-like server: 401 with a Basic challenge without Authorization, 201 with it. */
async function recorder(): Promise<Recorder> {
  const seen: Recorder['seen'] = [];
  const server = createServer((req, res) => {
    seen.push({
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    req.resume();
    req.on('end', () => {
      if (req.headers.authorization) res.writeHead(201).end();
      else res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="r"' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

let registry: Recorder;
let storage: Recorder;
beforeAll(async () => {
  [registry, storage] = await Promise.all([recorder(), recorder()]);
});
afterAll(async () => {
  await Promise.all([registry, storage].map((r) => new Promise((resolve) => r?.server.close(resolve))));
});

describe('the Authorization header', () => {
  it('goes to the registry, never to a Location or Link on another origin', async () => {
    const client = new RegistryClient({
      backoffMs: [10],
      credentials: () => ({ kind: 'basic', username: 'ci', password: 'secret' }),
    });
    const session = client.session(registry.host);
    expect((await session.request('GET', '/v2/', { scopes: [] })).status).toBe(201);
    expect(registry.seen.at(-1)?.authorization).toMatch(/^Basic /);

    const elsewhere = `http://${storage.host}/upload?sig=1`;
    expect((await session.request('PUT', elsewhere, { scopes: [], body: 'x' })).status).toBe(401);
    const streamed = await session.stream('PUT', elsewhere, Readable.from([Buffer.from('x')]), 1, {
      scopes: [],
    });
    expect(streamed.status).toBe(401);
    expect(storage.seen).toHaveLength(2);
    expect(storage.seen.every((s) => s.authorization === undefined)).toBe(true);
  });
});

describe('token services', () => {
  const credentials = { kind: 'basic', username: 'ci', password: 'secret' } as const;

  it('refuses a plain-http token realm for a registry reached over https, before sending anything', async () => {
    const auth = new RegistryAuth({ userAgent: 't', registryUrl: 'https://registry.example', credentials });
    const failure = await auth
      .answer([{ scheme: 'bearer', params: { realm: `http://${storage.host}/token` } }], ['x'], undefined)
      .catch((e: unknown) => e);
    expect(String(failure)).toContain(
      `registry.example (reached over https) sends token requests to http://${storage.host}; refusing to send credentials there over http`,
    );
    expect(storage.seen.filter((s) => s.path.startsWith('/token'))).toEqual([]);
    expect(auth.tokenRequests).toBe(0);
  });

  it('warns when the token service is on another host than the registry', async () => {
    const warnings: string[] = [];
    const auth = new RegistryAuth({
      userAgent: 't',
      registryUrl: `http://${registry.host}`,
      credentials,
      warn: (m) => warnings.push(m),
    });
    const realm = `http://${storage.host.replace('127.0.0.1', 'localhost')}/token`;
    await auth.answer([{ scheme: 'bearer', params: { realm } }], ['x'], undefined).catch(() => undefined);
    expect(warnings).toEqual([
      `${registry.host} sends its token requests, with your credentials for it, to another host: ${new URL(realm).host}.`,
    ]);
  });
});
