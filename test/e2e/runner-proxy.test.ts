/**
 * The runner's proxy (HTTP(S)_PROXY, NO_PROXY) still carries every API request although a run
 * without one loads no proxy code. GitHub is named by a host only the proxy can resolve, so a run
 * that reaches the sandbox went through the proxy, and one that bypasses it cannot resolve the name.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../harness/runner.js';
import { startForwardProxy, type ForwardProxy } from '../harness/forward-proxy.js';
import { useSandbox } from '../sandbox/jest.js';
import { makeRepo, releasesFor, removeScratch } from './create-release-helpers.js';

const sandbox = useSandbox();
const HOST = 'github.proxy-test.invalid';
const credentials = { username: 'runner', password: 'p@ss:word' };
let proxy: ForwardProxy;

beforeAll(async () => {
  proxy = await startForwardProxy({ hosts: { [HOST]: '127.0.0.1' }, credentials });
});
afterAll(async () => {
  await proxy?.stop();
  removeScratch();
});

/** The sandbox's URLs with its host name replaced by one only the proxy resolves. */
function throughName(): { apiUrl: string; serverUrl: string; token: string } {
  const rename = (url: string): string => url.replace('127.0.0.1', HOST);
  return { apiUrl: rename(sandbox().apiUrl), serverUrl: rename(sandbox().serverUrl), token: sandbox().token };
}

async function release(env: Record<string, string>) {
  const repo = await makeRepo(sandbox(), { tags: ['v1.0.0'] });
  proxy.requests.length = 0;
  const result = await runAction({
    action: 'create-release',
    github: throughName(),
    repository: repo.fullName,
    sha: repo.commits[1],
    ref: 'refs/tags/v1.0.0',
    inputs: { body: 'Released through the proxy.' },
    env,
  });
  return { result, repo };
}

describe('the runner proxy', () => {
  it('carries every API request, with its credentials, when HTTP_PROXY names it', async () => {
    const { result, repo } = await release({ HTTP_PROXY: proxy.url });
    expect(result.exitCode === 0 ? 0 : result.log).toBe(0);
    expect(releasesFor(repo, 'v1.0.0').map((r) => r.draft)).toEqual([false]);
    const port = new URL(sandbox().apiUrl).port;
    expect(proxy.requests.length).toBeGreaterThan(0);
    for (const request of proxy.requests) {
      expect(request.target).toMatch(new RegExp(`^(http://)?${HOST.replace(/\./g, '\\.')}:${port}`));
      expect(request.authorization).toBe(
        `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
      );
    }
  });

  it('is bypassed for a host NO_PROXY lists (which then does not resolve, and says so)', async () => {
    const { result } = await release({ http_proxy: proxy.url, no_proxy: `example.com, .proxy-test.invalid` });
    expect(proxy.requests).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toContain('the host name did not resolve (DNS: ENOTFOUND)');
  });
});
