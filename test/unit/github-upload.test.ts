/** Streamed asset uploads (shared/src/github/upload.ts, assets.ts) against the sandbox's uploads host. */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checksumsText,
  githubAssetName,
  sha256File,
  sha256OfDigest,
} from '../../shared/src/github/assets.js';
import {
  checkUploadUrl,
  uploadOnce,
  uploadUrlFor,
  uploadWithRetry,
  UploadAttemptError,
} from '../../shared/src/github/upload.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { startForwardProxy } from '../harness/forward-proxy.js';
import { Gate } from '../sandbox/faults.js';
import { sanitizeAssetName } from '../sandbox/routes/assets.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { commitFiles } from '../sandbox/seed.js';

const sandbox = useSandbox();
const UPLOAD = 'repos/upload-release-asset';

async function draft(name: string): Promise<{ uploadUrl: string; id: number }> {
  const repo = await sandbox().createRepo(`o/${name}`);
  await commitFiles(repo.gitDir, 'main', { 'README.md': 'x\n' }, 'first');
  const { data } = await sandboxOctokit(sandbox()).rest.repos.createRelease({
    owner: 'o',
    repo: name,
    tag_name: 'v1.0.0',
    draft: true,
  });
  return { uploadUrl: data.upload_url, id: data.id };
}

function file(bytes: number): { path: string; size: number; sha256: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'up-')), 'f.bin');
  const data = Buffer.alloc(bytes, 7);
  writeFileSync(path, data);
  return { path, size: bytes, sha256: createHash('sha256').update(data).digest('hex') };
}

describe('asset names and checksums', () => {
  it.each(['kontain.tar.gz', 'a b (1).tgz', '.env', 'x..y...', 'über~1:2.zip', 'v1.0+build'])(
    'names %j as the sandbox (after GitHub) does',
    (name) => {
      expect(githubAssetName(name)).toBe(sanitizeAssetName(name));
    },
  );

  it('writes sha256sum lines sorted by name', () => {
    expect(
      checksumsText([
        { name: 'b', sha256: '2' },
        { name: 'a', sha256: '1' },
      ]),
    ).toBe('1  a\n2  b\n');
  });

  it('reads sha256 digests and streams file hashes', async () => {
    const f = file(3000);
    expect(await sha256File(f.path)).toBe(f.sha256);
    expect(sha256OfDigest(`sha256:${f.sha256}`)).toBe(f.sha256);
    expect(sha256OfDigest(null)).toBeUndefined();
    expect(sha256OfDigest('md5:abc')).toBeUndefined();
  });

  it('fills the upload_url template', () => {
    expect(
      uploadUrlFor('https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}', 'a b.tgz').href,
    ).toBe('https://uploads.github.com/repos/o/r/releases/1/assets?name=a+b.tgz');
  });
});

describe('uploads', () => {
  it('streams a file and returns the asset with its digest', async () => {
    const { uploadUrl } = await draft('once');
    expect(uploadUrl.startsWith(sandbox().uploadsUrl)).toBe(true);
    const f = file(500_000);
    const uploaded = await uploadOnce({
      uploadUrl,
      apiUrl: sandbox().apiUrl,
      token: sandbox().token,
      name: 'f.bin',
      path: f.path,
      size: f.size,
      contentType: 'application/octet-stream',
    });
    expect(uploaded.asset).toMatchObject({
      name: 'f.bin',
      size: 500_000,
      state: 'uploaded',
      digest: `sha256:${f.sha256}`,
    });
    // The sha256 of the bytes sent, hashed as they went: the file was read once.
    expect(uploaded).toMatchObject({ sha256: f.sha256, steady: true });
  });

  it('retries a 5xx and a reset, reopening the file, and asks recover between attempts', async () => {
    const { uploadUrl } = await draft('retry');
    const f = file(300_000);
    sandbox().inject({ operationId: UPLOAD, kind: 'status', status: 503 });
    sandbox().inject({ operationId: UPLOAD, kind: 'reset-mid-upload', afterBytes: 1000 });
    let recovers = 0;
    const octokit = sandboxOctokit(sandbox());
    const recover = async () => {
      recovers++;
      const { data } = await octokit.rest.repos.listReleaseAssets({
        owner: 'o',
        repo: 'retry',
        release_id: await draftId('retry'),
      });
      for (const a of data)
        await octokit.rest.repos.deleteReleaseAsset({ owner: 'o', repo: 'retry', asset_id: a.id });
      return undefined;
    };
    const log = new MemoryLogger();
    const uploaded = await uploadWithRetry(
      {
        uploadUrl,
        apiUrl: sandbox().apiUrl,
        token: sandbox().token,
        name: 'f.bin',
        path: f.path,
        size: f.size,
        contentType: 'application/octet-stream',
      },
      recover,
      log,
      { backoffMs: 10 },
    );
    expect(uploaded.asset.digest).toBe(`sha256:${f.sha256}`);
    expect(uploaded.sha256).toBe(f.sha256);
    expect(recovers).toBe(2);
    expect(sandbox().count(UPLOAD)).toBeGreaterThanOrEqual(3);
    expect(log.lines.filter((l) => l.includes('retry'))).toHaveLength(2);
  });

  it('refuses a file swapped for a named pipe after it was hashed: no hang, nothing sent', async () => {
    const { uploadUrl } = await draft('fifo');
    const path = join(mkdtempSync(join(tmpdir(), 'up-')), 'kontain.tar.gz');
    execFileSync('mkfifo', [path]);
    const before = sandbox().requests.length;
    const attempt = uploadOnce({
      uploadUrl,
      apiUrl: sandbox().apiUrl,
      token: sandbox().token,
      name: 'kontain.tar.gz',
      path,
      size: 1000,
      contentType: 'application/gzip',
      idleTimeoutMs: 2000,
    }).catch((e: unknown) => e);
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      attempt,
      new Promise((done) => (timer = setTimeout(() => done('still waiting'), 3000))),
    ]);
    clearTimeout(timer);
    if (outcome === 'still waiting') {
      // The open blocks a thread until a writer comes: be that writer, so the test can end.
      closeSync(openSync(path, 'w'));
      await attempt;
    }
    expect(outcome).toBeInstanceOf(UploadAttemptError);
    expect((outcome as UploadAttemptError).kind).toBe('fatal');
    expect(String(outcome)).toContain('is not a regular file (a named pipe)');
    expect(sandbox().requests.length).toBe(before);
  });

  it('gives up at once on a wait over the bound, and on a 4xx no retry fixes', async () => {
    const { uploadUrl } = await draft('bounded');
    const f = file(1000);
    const target = {
      uploadUrl,
      apiUrl: sandbox().apiUrl,
      token: sandbox().token,
      name: 'f.bin',
      path: f.path,
      size: f.size,
      contentType: 'application/octet-stream',
    };
    sandbox().inject({ operationId: UPLOAD, kind: 'secondary-rate-limit', retryAfter: 3600 });
    await expect(
      uploadWithRetry(target, () => Promise.resolve(undefined), new MemoryLogger(), { maxWaitSeconds: 60 }),
    ).rejects.toThrow('asks to wait 3600 s, over 60 s');
    const bad = { ...target, token: 'wrong' };
    const error = await uploadWithRetry(bad, () => Promise.resolve(undefined), new MemoryLogger()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UploadAttemptError);
    expect((error as UploadAttemptError).status).toBe(401);
  });
});

describe('a file that changes while it is sent', () => {
  it('is reported as not steady, with the sha256 of what was sent', async () => {
    const { uploadUrl } = await draft('torn');
    const f = file(200_000);
    const gate = new Gate();
    sandbox().inject({ operationId: UPLOAD, kind: 'hold', gate });
    const sending = uploadOnce({
      uploadUrl,
      apiUrl: sandbox().apiUrl,
      token: sandbox().token,
      name: 'f.bin',
      path: f.path,
      size: f.size,
      contentType: 'application/octet-stream',
    });
    // The upload has begun (its request is held): the build rewrites the file meanwhile. Its mtime
    // is set a minute on, as a write later than the clock's granularity would leave it.
    const held = await gate.next();
    writeFileSync(f.path, Buffer.alloc(f.size, 8));
    const later = new Date(Date.now() + 60_000);
    utimesSync(f.path, later, later);
    held.release();
    const uploaded = await sending;
    expect(uploaded.steady).toBe(false);
    expect(uploaded.asset.digest).toBe(`sha256:${uploaded.sha256}`);
  });
});

describe('through the runner proxy', () => {
  const HOST = 'uploads.proxy-test.invalid';
  const credentials = { username: 'runner', password: 'p@ss:word' };
  /** The sandbox's URL with its host named by a name only the proxy resolves. */
  const renamed = (url: string): string => url.replace('127.0.0.1', HOST);

  it('goes through the CONNECT tunnel HTTP(S)_PROXY names, with its credentials', async () => {
    const proxy = await startForwardProxy({ hosts: { [HOST]: '127.0.0.1' }, credentials });
    try {
      const { uploadUrl } = await draft('proxied');
      const f = file(300_000);
      const uploaded = await uploadOnce({
        uploadUrl: renamed(uploadUrl),
        apiUrl: renamed(sandbox().apiUrl),
        token: sandbox().token,
        name: 'f.bin',
        path: f.path,
        size: f.size,
        contentType: 'application/octet-stream',
        env: { HTTP_PROXY: proxy.url },
      });
      expect(uploaded.asset.digest).toBe(`sha256:${f.sha256}`);
      const port = new URL(sandbox().apiUrl).port;
      expect(proxy.requests).toEqual([
        {
          method: 'CONNECT',
          target: `${HOST}:${port}`,
          authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
        },
      ]);
    } finally {
      await proxy.stop();
    }
  });

  it('goes directly to a host NO_PROXY lists (which then does not resolve)', async () => {
    const proxy = await startForwardProxy({ hosts: { [HOST]: '127.0.0.1' } });
    try {
      const { uploadUrl } = await draft('bypassed');
      const f = file(1000);
      const error = await uploadOnce({
        uploadUrl: renamed(uploadUrl),
        apiUrl: renamed(sandbox().apiUrl),
        token: sandbox().token,
        name: 'f.bin',
        path: f.path,
        size: f.size,
        contentType: 'application/octet-stream',
        env: { http_proxy: proxy.url, no_proxy: '.proxy-test.invalid' },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadAttemptError);
      expect(String(error)).toContain('ENOTFOUND');
      expect(proxy.requests).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });

  it('fails the attempt, for a retry, when the proxy refuses the tunnel', async () => {
    const proxy = await startForwardProxy({ hosts: { [HOST]: '127.0.0.1' }, credentials });
    try {
      const { uploadUrl } = await draft('refused');
      const f = file(1000);
      const error = await uploadOnce({
        uploadUrl: renamed(uploadUrl),
        apiUrl: renamed(sandbox().apiUrl),
        token: sandbox().token,
        name: 'f.bin',
        path: f.path,
        size: f.size,
        contentType: 'application/octet-stream',
        // No credentials: the proxy answers 407.
        env: { HTTP_PROXY: proxy.url.replace(/\/\/[^@]*@/, '//') },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadAttemptError);
      expect((error as UploadAttemptError).kind).toBe('transient');
      expect(String(error)).toMatch(/the proxy 127\.0\.0\.1:\d+ answered 407 to CONNECT/);
    } finally {
      await proxy.stop();
    }
  });
});

describe('where the token may go', () => {
  it.each<[string, string, boolean]>([
    // API root, upload URL → allowed
    ['https://api.github.com', 'https://uploads.github.com/repos/o/r/releases/1/assets', true],
    ['https://api.github.com', 'http://uploads.github.com/repos/o/r/releases/1/assets', false],
    ['https://api.github.com', 'https://uploads.github.com:8443/repos/o/r/releases/1/assets', false],
    ['https://api.github.com', 'https://evil.example/repos/o/r/releases/1/assets', false],
    ['https://api.github.com', 'https://uploads.acme.ghe.com/x', false],
    ['https://api.acme.ghe.com', 'https://uploads.acme.ghe.com/repos/o/r/releases/1/assets', true],
    ['https://api.acme.ghe.com', 'https://uploads.other.ghe.com/x', false],
    ['https://api.acme.ghe.com', 'https://uploads.github.com/x', false],
    ['https://ghes.corp/api/v3', 'https://ghes.corp/api/uploads/repos/o/r/releases/1/assets', true],
    ['https://ghes.corp/api/v3', 'http://ghes.corp/api/uploads/x', false],
    ['https://ghes.corp/api/v3', 'https://uploads.ghes.corp/x', false],
    ['http://127.0.0.1:4000/api/v3', 'http://127.0.0.1:4000/api/uploads/x', true],
    ['http://127.0.0.1:4000/api/v3', 'http://127.0.0.1:4001/api/uploads/x', false],
  ])('API %s, upload to %s: %s', (api, upload, ok) => {
    const check = (): void => checkUploadUrl(new URL(upload), api);
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(/refusing to send the token to/);
  });

  it('sends nothing to a host that does not belong to the API', async () => {
    const { uploadUrl } = await draft('elsewhere');
    const f = file(1000);
    const before = sandbox().requests.length;
    const error = await uploadOnce({
      uploadUrl,
      apiUrl: 'https://api.github.com',
      token: sandbox().token,
      name: 'f.bin',
      path: f.path,
      size: f.size,
      contentType: 'application/octet-stream',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadAttemptError);
    expect((error as UploadAttemptError).kind).toBe('fatal');
    expect(String(error)).toContain(`refusing to send the token to ${new URL(uploadUrl).origin}`);
    expect(sandbox().requests.length).toBe(before);
  });
});

async function draftId(repo: string): Promise<number> {
  const { data } = await sandboxOctokit(sandbox()).rest.repos.listReleases({ owner: 'o', repo });
  return data[0]!.id;
}

describe('API calls', () => {
  it('abandon an attempt that gets no answer within the timeout', async () => {
    const { createServer } = await import('node:http');
    const { createGitHubClient } = await import('../../shared/src/github/client.js');
    let seen = 0;
    const hung = createServer(() => void seen++); // never answers
    await new Promise<void>((done) => hung.listen(0, '127.0.0.1', done));
    const { port } = hung.address() as { port: number };
    try {
      const github = createGitHubClient({
        token: 't',
        apiUrl: `http://127.0.0.1:${port}`,
        log: new MemoryLogger(),
        retries: 1,
        requestTimeoutMs: 300,
      });
      await expect(github.rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toThrow(
        'no answer within 300 ms',
      );
      expect(seen).toBe(2); // the first attempt and one retry, each abandoned
    } finally {
      hung.closeAllConnections();
      hung.close();
    }
  });
});

describe('an attempt that sent the whole file and then failed', () => {
  /** Stands in for GitHub storing the asset and the connection then breaking before the answer. */
  async function breaksAfterBody(onFirstChunk: () => void) {
    const { createServer } = await import('node:http');
    const server = createServer((req) => {
      let first = true;
      req.on('data', () => {
        if (first) onFirstChunk();
        first = false;
      });
      req.on('end', () => req.socket.destroy());
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    return { server, origin: `http://127.0.0.1:${port}` };
  }

  async function attempt(touch: boolean): Promise<{ error: UploadAttemptError; sha256: string }> {
    const bytes = Buffer.alloc(4 * 1024 * 1024, 9);
    const path = join(mkdtempSync(join(tmpdir(), 'upload-break-')), 'kontain.tar.gz');
    writeFileSync(path, bytes);
    const later = new Date(Date.now() + 60_000);
    const { server, origin } = await breaksAfterBody(() => touch && utimesSync(path, later, later));
    try {
      const error = await uploadOnce({
        uploadUrl: `${origin}/repos/o/r/releases/1/assets{?name,label}`,
        apiUrl: origin,
        token: 't',
        name: 'kontain.tar.gz',
        path,
        size: bytes.length,
        contentType: 'application/gzip',
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UploadAttemptError);
      return { error: error as UploadAttemptError, sha256: createHash('sha256').update(bytes).digest('hex') };
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  it('hands the recovery the sha256 of what it sent, so a stored asset is known without reading again', async () => {
    const { error, sha256 } = await attempt(false);
    expect(error.sentSha256).toBe(sha256);
  });

  it('hands no sha256 when the file changed while it was sent: the stored asset may mix two builds', async () => {
    const { error } = await attempt(true);
    expect(error.sentSha256).toBeUndefined();
  });
});
