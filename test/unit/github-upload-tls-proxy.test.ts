/**
 * An upload to an https host through the runner's proxy: a CONNECT tunnel with TLS inside it, so the
 * proxy sees the host and port only, and the host's certificate is checked as on a direct
 * connection. GitHub here is the sandbox behind a TLS front with a certificate made for the test
 * (for a name only the proxy resolves); a run trusts it the way a runner trusts a private CA, through
 * NODE_EXTRA_CA_CERTS, which Node reads at start: that upload runs in a child process under Node 24.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server } from 'node:tls';
import { promisify } from 'node:util';
import { uploadOnce, UploadAttemptError } from '../../shared/src/github/upload.js';
import { startForwardProxy, type ForwardProxy } from '../harness/forward-proxy.js';
import { NODE24, ROOT } from '../harness/runner.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { commitFiles } from '../sandbox/seed.js';

const sandbox = useSandbox();
const HOST = 'uploads.tls-proxy-test.invalid';
const dir = mkdtempSync(join(tmpdir(), 'up-tls-'));
const cert = join(dir, 'cert.pem');
const key = join(dir, 'key.pem');
let front: Server;
let proxy: ForwardProxy;
const sockets = new Set<Socket>();

beforeAll(async () => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${HOST}`,
      '-addext',
      `subjectAltName=DNS:${HOST}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  // TLS in front of the sandbox: what it decrypts goes on to the sandbox's port as it is.
  const port = Number(new URL(sandbox().apiUrl).port);
  front = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (tls) => {
    const upstream = connect(port, '127.0.0.1');
    sockets.add(upstream).add(tls);
    tls.pipe(upstream).pipe(tls);
    upstream.on('error', () => tls.destroy());
    tls.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => front.listen(0, '127.0.0.1', done));
  proxy = await startForwardProxy({ hosts: { [HOST]: '127.0.0.1' } });
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((done) => front?.close(done));
  await proxy?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A draft's upload URL and the API root, both on the TLS front under HOST. */
async function target(name: string): Promise<{ uploadUrl: string; apiUrl: string }> {
  const repo = await sandbox().createRepo(`o/${name}`);
  await commitFiles(repo.gitDir, 'main', { 'README.md': 'x\n' }, 'first');
  const { data } = await sandboxOctokit(sandbox()).rest.repos.createRelease({
    owner: 'o',
    repo: name,
    tag_name: 'v1.0.0',
    draft: true,
  });
  const origin = `https://${HOST}:${(front.address() as AddressInfo).port}`;
  const rehost = (url: string): string => url.replace(/^http:\/\/127\.0\.0\.1:\d+/, origin);
  return { uploadUrl: rehost(data.upload_url), apiUrl: rehost(sandbox().apiUrl) };
}

describe('an https upload through the proxy', () => {
  it('runs TLS inside the CONNECT tunnel and checks the certificate of the host', async () => {
    const { uploadUrl, apiUrl } = await target('tls');
    const bytes = Buffer.alloc(200_000, 9);
    const file = join(dir, 'kontain.tar.gz');
    writeFileSync(file, bytes);
    const script = join(dir, 'upload.mts');
    writeFileSync(
      script,
      `import { uploadOnce } from ${JSON.stringify(join(ROOT, 'shared/src/github/upload.ts'))};
const uploaded = await uploadOnce(JSON.parse(process.env.TARGET));
process.stdout.write(JSON.stringify(uploaded));
`,
    );
    proxy.requests.length = 0;
    const { stdout } = await promisify(execFile)(NODE24, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        NODE_EXTRA_CA_CERTS: cert,
        HTTPS_PROXY: proxy.url,
        TARGET: JSON.stringify({
          uploadUrl,
          apiUrl,
          token: sandbox().token,
          name: 'kontain.tar.gz',
          path: file,
          size: bytes.length,
          contentType: 'application/gzip',
        }),
      },
    });
    const uploaded = JSON.parse(stdout) as { asset: { digest: string }; sha256: string };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(uploaded.sha256).toBe(sha256);
    expect(uploaded.asset.digest).toBe(`sha256:${sha256}`);
    expect(proxy.requests.map((r) => [r.method, r.target])).toEqual([
      ['CONNECT', `${HOST}:${(front.address() as AddressInfo).port}`],
    ]);
  }, 60_000);

  it('refuses a host whose certificate it does not trust, having sent nothing to it', async () => {
    const { uploadUrl, apiUrl } = await target('untrusted');
    const file = join(dir, 'small.tar.gz');
    writeFileSync(file, 'kontain\n');
    sandbox().clearLog();
    const error = await uploadOnce({
      uploadUrl,
      apiUrl,
      token: sandbox().token,
      name: 'small.tar.gz',
      path: file,
      size: 8,
      contentType: 'application/gzip',
      env: { HTTPS_PROXY: proxy.url },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadAttemptError);
    expect(String(error)).toMatch(/self[- ]signed certificate/);
    expect(sandbox().requests).toEqual([]);
  });
});
