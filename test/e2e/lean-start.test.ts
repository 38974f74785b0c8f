/**
 * A bundle loads one HTTP stack: Node's own fetch. The undici that @actions/http-client and the
 * `undici` package bundle (a second copy, with node:http2, node:worker_threads, zlib…) and
 * @actions/core's OIDC client are not loaded by a run that has no proxy to go through.
 *
 * Each bundle is started as the runner starts it, with a preloaded hook recording every Node module
 * the bundle requires; the bundled undici is the only part of any bundle that requires node:http2 or
 * node:worker_threads.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionNames } from '../../scripts/lib.js';
import { runAction } from '../harness/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'lean-start-'));
const hook = join(dir, 'record-requires.cjs');
writeFileSync(
  hook,
  `const Module = require('node:module');
const { writeFileSync } = require('node:fs');
const seen = new Set();
const require0 = Module.prototype.require;
Module.prototype.require = function (id) { seen.add(id.replace(/^node:/, '')); return require0.apply(this, arguments); };
process.on('exit', () => writeFileSync(process.env.REQUIRES_FILE, JSON.stringify([...seen])));
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Modules only the bundled undici requires. */
const SECOND_STACK = ['http2', 'worker_threads'];

/**
 * Bundles that still load it through @actions/glob, which imports @actions/core (and its OIDC client,
 * @actions/http-client, undici) at load: their actions import @actions/glob at the top of a module
 * (create-release's files.ts, bump-dev-version's docs.ts). When that import moves to the code that
 * globs, take the bundle off this list.
 */
const THROUGH_GLOB = ['create-release', 'bump-dev-version'];

describe('one HTTP stack', () => {
  it.each(actionNames())('%s loads no second HTTP stack at start', async (action) => {
    const out = join(dir, `${action}.json`);
    const result = await runAction({
      action,
      inputs: {},
      env: { NODE_OPTIONS: `--require ${hook}`, REQUIRES_FILE: out },
    });
    rmSync(result.runnerTemp, { recursive: true, force: true });
    const required = JSON.parse(readFileSync(out, 'utf8')) as string[];
    const second = SECOND_STACK.filter((m) => required.includes(m));
    expect(second).toEqual(THROUGH_GLOB.includes(action) ? SECOND_STACK : []);
  });
});
