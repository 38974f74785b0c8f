/**
 * A bundle loads one HTTP stack: node:http(s). Neither the undici that @actions/http-client and the
 * `undici` package bundle (with node:http2, node:worker_threads, zlib…), nor @actions/core's OIDC
 * client, nor Node's own fetch (another undici, compiled on first use) is loaded by a run that has
 * no proxy to go through.
 *
 * Each bundle runs as the runner runs it, with a preloaded hook recording every Node module the
 * bundle requires (the bundled undici is the only part of any bundle that requires node:http2 or
 * node:worker_threads) and whether Node loaded its internal undici (`fetch`).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionNames } from '../../scripts/lib.js';
import { exitOf, runAction, type RunOptions, type RunResult } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import { commitFiles, initBareRepo } from '../sandbox/seed.js';

const sandbox = useSandbox();

const dir = mkdtempSync(join(tmpdir(), 'lean-start-'));
const hook = join(dir, 'record-requires.cjs');
writeFileSync(
  hook,
  `const Module = require('node:module');
const { writeFileSync } = require('node:fs');
const seen = new Set();
const require0 = Module.prototype.require;
Module.prototype.require = function (id) { seen.add(id.replace(/^node:/, '')); return require0.apply(this, arguments); };
process.on('exit', () => {
  if (process.moduleLoadList.includes('NativeModule internal/deps/undici/undici')) seen.add('fetch');
  writeFileSync(process.env.REQUIRES_FILE, JSON.stringify([...seen]));
});
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Modules only the bundled undici requires. */
const SECOND_STACK = ['http2', 'worker_threads'];
/** Node's own fetch. */
const FETCH = 'fetch';

/**
 * Bundles that still load it through @actions/glob, which imports @actions/core (and its OIDC client,
 * @actions/http-client, undici) at load: their actions import @actions/glob at the top of a module
 * (create-release's files.ts, bump-dev-version's docs.ts). When that import moves to the code that
 * globs, take the bundle off this list.
 */
const THROUGH_GLOB = ['create-release', 'bump-dev-version'];

/** Run a bundle with the hook; the Node modules it required (and `fetch` when Node's fetch loaded). */
async function modulesOf(options: RunOptions): Promise<{ required: string[]; result: RunResult }> {
  const out = join(dir, `${options.action}-${Date.now()}.json`);
  const result = await runAction({
    ...options,
    env: { ...options.env, NODE_OPTIONS: `--require ${hook}`, REQUIRES_FILE: out },
  });
  rmSync(result.runnerTemp, { recursive: true, force: true });
  return { required: JSON.parse(readFileSync(out, 'utf8')) as string[], result };
}

describe('one HTTP stack', () => {
  it.each(actionNames())('%s loads no second HTTP stack at start', async (action) => {
    const { required } = await modulesOf({ action, inputs: {} });
    const second = SECOND_STACK.filter((m) => required.includes(m));
    expect(second).toEqual(THROUGH_GLOB.includes(action) ? SECOND_STACK : []);
    expect(required).not.toContain(FETCH);
  });

  it('a GitHub bundle sends its requests without loading either undici', async () => {
    const gitDir = await initBareRepo(join(dir, 'notes.git'));
    const sha = await commitFiles(gitDir, 'main', { 'CHANGELOG.md': '# Changelog\n' }, 'first');
    await sandbox().git.createRef(gitDir, 'refs/tags/v1.0.0', sha);
    await sandbox().createRepo('lean/notes', { gitDir });
    sandbox().clearLog();
    const { required, result } = await modulesOf({
      action: 'changelog-section',
      github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
      repository: 'lean/notes',
      sha,
      ref: 'refs/tags/v1.0.0',
      inputs: { mode: 'generate', version: 'v1.0.0' },
    });
    expect(exitOf(result)).toBe(0);
    expect(sandbox().requests.length).toBeGreaterThan(0);
    expect(required.filter((m) => [...SECOND_STACK, FETCH].includes(m))).toEqual([]);
  });

  it('a registry bundle sends its requests without loading either undici', async () => {
    // A registry that knows nothing: the first manifest request is enough to see the stack.
    const paths: string[] = [];
    const registry = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"NAME_UNKNOWN"}]}');
    });
    await new Promise<void>((done) => registry.listen(0, '127.0.0.1', done));
    try {
      const host = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
      const { required } = await modulesOf({
        action: 'publish-runenv',
        inputs: {
          source: `${host}/k/runenv-python:ci-1`,
          target: `${host}/k`,
          payload: 'python',
          tags: 'latest',
        },
      });
      expect(paths.length).toBeGreaterThan(0);
      expect(required.filter((m) => [...SECOND_STACK, FETCH].includes(m))).toEqual([]);
    } finally {
      await new Promise((done) => registry.close(done));
    }
  });
});
