/**
 * Asset downloads against real local servers: an "API" origin that redirects to a "storage" origin
 * (another port, so another origin, as api.github.com → release-assets.githubusercontent.com). The
 * storage server, like S3 behind GitHub's signed URLs, refuses a request that also carries a token.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { assetApiUrl, downloadAsset } from '../../shared/src/github/download.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { removeScratch, scratch } from '../e2e/kvm-validate-helpers.js';

const TOKEN = 'ghs_downloadtesttoken';
const BYTES = Buffer.from('kontain tarball bytes '.repeat(5000));
const SHA = createHash('sha256').update(BYTES).digest('hex');

interface Seen {
  server: 'api' | 'storage';
  path: string;
  headers: IncomingHttpHeaders;
}
let seen: Seen[] = [];
/** What the API answers next for the asset (a queue; default: redirect to storage). */
let apiScript: Array<'500' | 'reset-body' | 'loop' | '404' | 'same-origin'> = [];
let api: Server;
let storage: Server;
let apiUrl: string;
let storageUrl: string;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

beforeAll(async () => {
  storage = createServer((req, res) => {
    seen.push({ server: 'storage', path: req.url ?? '', headers: req.headers });
    if (req.headers.authorization) {
      res.writeHead(400, { 'content-type': 'application/xml' });
      res.end(
        '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>',
      );
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(BYTES.length),
    });
    res.end(BYTES);
  });
  api = createServer((req, res) => {
    seen.push({ server: 'api', path: req.url ?? '', headers: req.headers });
    const next = apiScript.shift();
    if (req.url === '/web/download') {
      res.writeHead(200, { 'content-length': String(BYTES.length) });
      res.end(BYTES);
      return;
    }
    if (next === '500') {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"message":"Server Error"}');
    } else if (next === '404') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"Not Found"}');
    } else if (next === 'reset-body') {
      res.writeHead(200, { 'content-length': String(BYTES.length) });
      res.write(BYTES.subarray(0, 1000), () => res.destroy());
    } else if (next === 'loop') {
      res.writeHead(302, { location: req.url ?? '/' });
      res.end();
    } else if (next === 'same-origin') {
      res.writeHead(302, { location: '/web/download' });
      res.end();
    } else {
      res.writeHead(302, { location: `${storageUrl}/releases/blob?sig=abc&se=2099` });
      res.end();
    }
  });
  [apiUrl, storageUrl] = await Promise.all([listen(api), listen(storage)]);
  apiUrl = `${apiUrl}/api/v3`;
});
afterEach(() => {
  seen = [];
  apiScript = [];
});
afterAll(async () => {
  await Promise.all([api, storage].map((s) => new Promise((resolve) => s.close(resolve))));
  removeScratch();
});

const request = (path: string) => ({
  url: assetApiUrl(apiUrl, 'kontainapp', 'km-releases', 7),
  apiUrl,
  token: TOKEN,
  path,
  backoffMs: 1,
});

describe('downloadAsset', () => {
  it('sends the token to the API only: the redirect to storage on another origin goes without it', async () => {
    const path = join(scratch('kvm-dl-'), 'kontain.tar.gz');
    const got = await downloadAsset(request(path), new MemoryLogger());
    expect(got).toEqual({
      sha256: SHA,
      size: BYTES.length,
      hops: [
        { origin: new URL(apiUrl).origin, token: true },
        { origin: storageUrl, token: false },
      ],
    });
    expect(readFileSync(path).equals(BYTES)).toBe(true);
    expect(seen.map((s) => [s.server, s.path, s.headers.authorization, s.headers.accept])).toEqual([
      [
        'api',
        '/api/v3/repos/kontainapp/km-releases/releases/assets/7',
        `Bearer ${TOKEN}`,
        'application/octet-stream',
      ],
      ['storage', '/releases/blob?sig=abc&se=2099', undefined, 'application/octet-stream'],
    ]);
  });

  it("keeps the token on a redirect within the API's origin (GitHub Enterprise Server, the sandbox)", async () => {
    apiScript = ['same-origin'];
    const got = await downloadAsset(request(join(scratch('kvm-dl-'), 'a')), new MemoryLogger());
    expect(got.hops.map((h) => h.token)).toEqual([true, true]);
    expect(seen.map((s) => s.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  it('retries a 5xx and a connection broken in the body, leaving no partial file', async () => {
    apiScript = ['500', 'reset-body'];
    const log = new MemoryLogger();
    const path = join(scratch('kvm-dl-'), 'kontain.tar.gz');
    const got = await downloadAsset(request(path), log);
    expect(got.sha256).toBe(SHA);
    expect(log.lines.filter((l) => l.startsWith('warning: Download of'))).toHaveLength(2);
    expect(existsSync(`${path}.part`)).toBe(false);
  });

  it('gives up on a 404 at once, and on a redirect loop', async () => {
    apiScript = ['404'];
    await expect(downloadAsset(request(join(scratch('kvm-dl-'), 'a')), new MemoryLogger())).rejects.toThrow(
      /answered 404 to the download: \{"message":"Not Found"\}/,
    );
    expect(seen).toHaveLength(1);
    apiScript = ['loop', 'loop', 'loop', 'loop', 'loop', 'loop'];
    await expect(downloadAsset(request(join(scratch('kvm-dl-'), 'b')), new MemoryLogger())).rejects.toThrow(
      'more than 5 redirects',
    );
  });
});

describe("Node's own fetch (what the code does not rely on)", () => {
  it('drops Authorization on a cross-origin redirect and keeps it on a same-origin one', async () => {
    const cross = await fetch(request('').url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(cross.status).toBe(200);
    await cross.arrayBuffer();
    apiScript = ['same-origin'];
    const same = await fetch(request('').url, { headers: { authorization: `Bearer ${TOKEN}` } });
    await same.arrayBuffer();
    expect(seen.map((s) => [s.server, s.headers.authorization])).toEqual([
      ['api', `Bearer ${TOKEN}`],
      ['storage', undefined],
      ['api', `Bearer ${TOKEN}`],
      ['api', `Bearer ${TOKEN}`],
    ]);
  });
});
