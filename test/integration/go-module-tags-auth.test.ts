/**
 * How the token reaches git: an http server records the Authorization headers git really sends, for a
 * remote given by URL and for a configured remote whose checkout persisted a header of its own; and to
 * which hosts it is never sent (another host, plain http when the server is https).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticated } from '../../actions/go-module-tags/src/remote.js';
import { Git, GitError } from '../../shared/src/git/git.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { createGoMonorepo, git } from '../fixtures/go-monorepo.js';

const TOKEN = 'ghs_SECRETtoken123';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

let server: Server;
let base: string;
const seen: string[][] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const names = request.rawHeaders.filter((_, i) => i % 2 === 0);
    const values = request.rawHeaders.filter((_, i) => i % 2 === 1);
    seen.push(values.filter((_, i) => names[i]?.toLowerCase() === 'authorization'));
    response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** The GitHub server is the local http test server (as GITHUB_SERVER_URL would say). */
const local = () => ({ serverUrl: base, log: new MemoryLogger() });

describe('token → git', () => {
  it('a URL remote gets exactly one Authorization header, and the token is in no argv or message', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    seen.length = 0;
    const url = `${base}/o/r.git`;
    const authed = await authenticated(new Git(repo.workspace), url, TOKEN, local());
    const error = await authed.lsRemoteTags(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(seen).toContainEqual([`basic ${BASIC}`]);
    expect(seen.every((headers) => headers.length <= 1)).toBe(true);
    const { args, message } = error as GitError;
    expect(`${args.join(' ')} ${message}`).not.toContain(TOKEN);
    expect(`${args.join(' ')} ${message}`).not.toContain(BASIC);
  });

  it('replaces the header actions/checkout persisted for the host instead of sending two', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    git(repo.workspace, 'remote', 'add', 'upstream', `${base}/o/r.git`);
    git(repo.workspace, 'config', `http.${base}/.extraheader`, 'AUTHORIZATION: basic U1RBTEU=');
    seen.length = 0;
    await (
      await authenticated(new Git(repo.workspace), 'upstream', TOKEN, local())
    )
      .lsRemoteTags('upstream')
      .catch(() => 0);
    expect(seen.flat()).toContain(`basic ${BASIC}`);
    expect(seen.flat()).not.toContain('basic U1RBTEU=');
    expect(seen.every((headers) => headers.length <= 1)).toBe(true);
  });

  it('ssh and file remotes are left alone; no token means no header', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    const plain = new Git(repo.workspace);
    expect(await authenticated(plain, 'origin', TOKEN, local())).toBe(plain);
    expect(await authenticated(plain, 'git@github.com:o/r.git', TOKEN, local())).toBe(plain);
    expect(await authenticated(plain, `${base}/o/r.git`, undefined, local())).toBe(plain);
  });

  it('another host than GITHUB_SERVER_URL gets no token, with a notice saying so', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    const log = new MemoryLogger();
    seen.length = 0;
    const url = `${base}/o/r.git`;
    const authed = await authenticated(new Git(repo.workspace), url, TOKEN, {
      serverUrl: 'https://github.com',
      log,
    });
    await authed.lsRemoteTags(url).catch(() => 0);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.flat()).toEqual([]);
    const host = base.slice('http://'.length);
    expect(log.lines).toEqual([
      `Notice: the token was not sent to http://${host} (${url}): it goes only to https://github.com (GITHUB_SERVER_URL), and never over plain http; git uses its own credentials there.`,
    ]);
  });

  it('plain http to the server host is refused when the server is https; https to it gets the header', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    const plain = new Git(repo.workspace);
    const log = new MemoryLogger();
    const server = { serverUrl: 'https://github.example.com', log };
    expect(await authenticated(plain, 'http://github.example.com/o/r.git', TOKEN, server)).toBe(plain);
    expect(log.lines[0]).toMatch(/^Notice: the token was not sent to http:\/\/github\.example\.com /);
    expect(await authenticated(plain, 'https://evil.example.com/o/r.git', TOKEN, server)).toBe(plain);
    expect(log.lines).toHaveLength(2);
    const authed = await authenticated(plain, 'https://github.example.com/o/r.git', TOKEN, server);
    // GIT_CONFIG_* entries show in git config: the emptied list, then the one header.
    const headers = await authed.run(['config', '--get-all', 'http.https://github.example.com/.extraheader']);
    expect(headers.stdout.split('\n')).toEqual(['', `AUTHORIZATION: basic ${BASIC}`, '']);
    expect(log.lines).toHaveLength(2);
  });
});
