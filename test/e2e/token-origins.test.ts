/**
 * The token goes only to the API's origin and its uploads origin, whatever URL GitHub hands back:
 * the bundles run against the sandbox through a hostile hop that points a pagination `Link`, a
 * redirect or a release's `upload_url` at another server, which records what it receives.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createSampleProject } from '../fixtures/sample-project.js';
import { startHostileProxy, type HostileProxy } from '../harness/hostile-proxy.js';
import { exitOf, runAction, type RunResult } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import { makeRepo, removeScratch, workspaceWith } from './create-release-helpers.js';

const sandbox = useSandbox();
let proxy: HostileProxy;
beforeAll(async () => {
  proxy = await startHostileProxy(sandbox().serverUrl);
});
afterAll(async () => {
  await proxy?.stop();
  removeScratch();
});
beforeEach(() => {
  proxy.clear();
  sandbox().clearLog();
});

const github = () => ({ apiUrl: proxy.apiUrl, serverUrl: proxy.serverUrl, token: sandbox().token });

function expectRefused(result: RunResult, what: string): void {
  expect(result.exitCode).not.toBe(0);
  // Nothing at all went to the other server, the token least of all.
  expect(proxy.elsewhere.requests).toEqual([]);
  expect(result.log).not.toContain(sandbox().token);
  const error = result.annotations.find((a) => a.level === 'error')?.message ?? '';
  expect(error).toContain(`refusing to send the token to ${proxy.elsewhere.origin}, the host of ${what}`);
  expect(error).toContain(`only ${proxy.serverUrl} belong to the API at ${proxy.apiUrl} (GITHUB_API_URL)`);
  expect(result.log).not.toMatch(/^\s+at /m);
}

describe('changelog-section generate: listing tags', () => {
  let projects = 0;
  const generate = async (): Promise<RunResult> => {
    const project = await createSampleProject(sandbox(), `accanto-systems/origins-${++projects}`);
    return runAction({
      action: 'changelog-section',
      github: github(),
      repository: project.repository,
      sha: project.sha,
      ref: `refs/tags/${project.tag}`,
      workspace: project.workspace,
      inputs: { mode: 'generate' },
    });
  };

  it('runs through the hop when it tampers with nothing (the proxy itself is transparent)', async () => {
    expect(exitOf(await generate())).toBe(0);
    expect(proxy.elsewhere.requests).toEqual([]);
  });

  it('refuses a Link header whose next page is on another host', async () => {
    proxy.tamper({ kind: 'link-next', method: 'GET', path: /\/git\/matching-refs\/tags/ });
    const result = await generate();
    expect(proxy.tampered['link-next']).toBe(1);
    expectRefused(result, 'a URL the API handed back');
  });

  it('refuses a redirect to another host', async () => {
    proxy.tamper({ kind: 'redirect', method: 'GET', path: /\/git\/matching-refs\/tags/ });
    const result = await generate();
    expect(proxy.tampered.redirect).toBe(1);
    expectRefused(result, 'the redirect GitHub answered to GET');
  });
});

describe('create-release: uploads and the listing that recovers one', () => {
  const release = async (): Promise<RunResult> => {
    const repo = await makeRepo(sandbox(), { tags: ['v2.0.0'] });
    return runAction({
      action: 'create-release',
      github: github(),
      repository: repo.fullName,
      sha: repo.commits[1],
      ref: 'refs/tags/v2.0.0',
      workspace: workspaceWith({ 'km.tar.gz': 100_000 }),
      inputs: { files: 'km.tar.gz' },
    });
  };

  it('refuses the next page of the asset listing when it is on another host', async () => {
    // The first upload breaks halfway; recovering lists the release's assets.
    sandbox().inject({
      operationId: 'repos/upload-release-asset',
      kind: 'reset-mid-upload',
      afterBytes: 50_000,
      times: 1,
    });
    proxy.tamper({ kind: 'link-next', method: 'GET', path: /\/releases\/\d+\/assets/ });
    const result = await release();
    expect(proxy.tampered['link-next']).toBe(1);
    expectRefused(result, 'a URL the API handed back');
  }, 60_000);

  it('refuses an upload_url on another host', async () => {
    proxy.tamper({ kind: 'upload-url', method: 'POST', path: /\/releases$/ });
    proxy.tamper({ kind: 'upload-url', method: 'GET', path: /\/releases(\/\d+)?(\?|$)/ });
    const result = await release();
    expect(proxy.tampered['upload-url']).toBeGreaterThan(0);
    expectRefused(result, "the release's upload_url");
  });
});
