/**
 * A bundle loads one HTTP stack: node:http(s). Neither the undici that @actions/http-client and the
 * `undici` package bundle (with node:http2, node:worker_threads, zlib…), nor @actions/core's OIDC
 * client, nor Node's own fetch (another undici, compiled on first use) is loaded by a run that has
 * no proxy to go through. And a run loads only the code its mode uses: no GitHub client for a run
 * that asks GitHub nothing, no changelog parser before a mode needs one.
 *
 * Each bundle runs as the runner runs it, with a preloaded hook recording every Node module the
 * bundle requires (the bundled undici is the only part of any bundle that requires node:http2 or
 * node:worker_threads), whether Node loaded its internal undici (`fetch`), and which files of the
 * bundle's dist folder it loaded (index.js, and the chunks its `await import()`s bring in).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionNames } from '../../scripts/lib.js';
import { exitOf, ROOT, runAction, type RunOptions, type RunResult } from '../harness/runner.js';
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
const files = new Set();
const require0 = Module.prototype.require;
Module.prototype.require = function (id) { seen.add(id.replace(/^node:/, '')); return require0.apply(this, arguments); };
Module.registerHooks({ load(url, context, next) { if (url.startsWith('file:')) files.add(url); return next(url, context); } });
process.on('exit', () => {
  if (process.moduleLoadList.includes('NativeModule internal/deps/undici/undici')) seen.add('fetch');
  writeFileSync(process.env.REQUIRES_FILE, JSON.stringify({ required: [...seen], files: [...files] }));
});
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Modules only the bundled undici requires. */
const SECOND_STACK = ['http2', 'worker_threads'];
/** Node's own fetch. */
const FETCH = 'fetch';

/**
 * Parts of a bundle told apart by text found only in them: octokit's endpoint table, @actions/core's
 * OIDC client, the markdown parser (ncc names each module it concatenates in a comment).
 */
const PARTS = {
  'GitHub client': 'GET /repos/{owner}/{repo}/releases/tags/{tag}',
  '@actions/core': 'ACTIONS_ID_TOKEN_REQUEST_URL',
  'markdown parser': 'node_modules/micromark/',
} as const;
type Part = keyof typeof PARTS;

interface Loaded {
  /** Node modules required, and `fetch` when Node's fetch loaded. */
  required: string[];
  /** Files of the bundle's dist folder it loaded (index.js, chunks). */
  files: string[];
  /** Which PARTS those files hold. */
  parts: Part[];
  result: RunResult;
}

/** Run a bundle with the hook: what it loaded. */
async function modulesOf(options: RunOptions): Promise<Loaded> {
  const out = join(dir, `${options.action}-${Date.now()}.json`);
  const result = await runAction({
    ...options,
    env: { ...options.env, NODE_OPTIONS: `--require ${hook}`, REQUIRES_FILE: out },
  });
  rmSync(result.runnerTemp, { recursive: true, force: true });
  const seen = JSON.parse(readFileSync(out, 'utf8')) as { required: string[]; files: string[] };
  const bundle = join(ROOT, 'dist', options.action);
  const files = seen.files.map((url) => fileURLToPath(url)).filter((path) => dirname(path) === bundle);
  const text = files.map((path) => readFileSync(path, 'utf8')).join('\n');
  const parts = (Object.keys(PARTS) as Part[]).filter((part) => text.includes(PARTS[part]));
  return { required: seen.required, files: files.map((path) => basename(path)).sort(), parts, result };
}

/** A workspace that is a git repository with `files` committed. */
function repository(files: Record<string, string>): string {
  const workspace = mkdtempSync(join(dir, 'ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const git = (...args: string[]): void =>
    void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: workspace,
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'first');
  return workspace;
}

describe('one HTTP stack', () => {
  it.each(actionNames())('%s loads no second HTTP stack at start, and no chunk', async (action) => {
    const { files, required } = await modulesOf({ action, inputs: {} });
    // Refused at its inputs: what loaded is what every run loads. A chunk is code some runs need.
    expect(files).toEqual(['index.js']);
    const second = SECOND_STACK.filter((m) => required.includes(m));
    // @actions/glob imports @actions/core (its OIDC client, @actions/http-client, undici): no bundle
    // imports it at the top of a module, only where a glob is matched (create-release, bump-dev-version).
    expect(second).toEqual([]);
    expect(required).not.toContain(FETCH);
  });

  it('a GitHub bundle sends its requests without loading either undici', async () => {
    const gitDir = await initBareRepo(join(dir, 'notes.git'));
    const sha = await commitFiles(gitDir, 'main', { 'CHANGELOG.md': '# Changelog\n' }, 'first');
    await sandbox().git.createRef(gitDir, 'refs/tags/v1.0.0', sha);
    await sandbox().createRepo('lean/notes', { gitDir });
    sandbox().clearLog();
    const { required, parts, result } = await modulesOf({
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
    // What the next describe looks for is there when a run uses it.
    expect(parts).toEqual(['GitHub client', 'markdown parser']);
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

describe('a run loads the code its mode uses', () => {
  it('changelog-section starts on index.js alone: no parser, no GitHub client', async () => {
    // No version and a branch ref: refused while reading the inputs, before a mode runs.
    const { files, parts, result } = await modulesOf({ action: 'changelog-section', inputs: {} });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain("Input 'version' is empty");
    expect(files).toEqual(['index.js']);
    expect(parts).toEqual([]);
  });

  it('changelog-section extract loads the parser and no GitHub client', async () => {
    const workspace = repository({ 'CHANGELOG.md': '# Changelog\n\n## v1.0.0\n\n- First.\n' });
    const { parts, result } = await modulesOf({
      action: 'changelog-section',
      workspace,
      ref: 'refs/tags/v1.0.0',
      inputs: { mode: 'extract' },
    });
    expect(exitOf(result)).toBe(0);
    expect(result.outputs.body).toBe('- First.');
    expect(parts).toEqual(['markdown parser']);
  });

  it('bump-dev-version without doc globs or a pull request loads neither @actions/glob nor a GitHub client', async () => {
    const workspace = repository({ VERSION: '0.7.0\n', 'docs/install.md': 'pip install kit==0.7.0\n' });
    const { parts, required, result } = await modulesOf({
      action: 'bump-dev-version',
      workspace,
      inputs: { mode: 'release', version: '0.8.0', targets: 'VERSION' },
    });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('0.8.0\n');
    expect(parts).toEqual([]);
    expect(required.filter((m) => [...SECOND_STACK, FETCH].includes(m))).toEqual([]);
  });

  it('bump-dev-version with doc globs loads @actions/glob to match them', async () => {
    const workspace = repository({ VERSION: '0.7.0\n', 'docs/install.md': 'pip install kit==0.7.0\n' });
    const { parts, result } = await modulesOf({
      action: 'bump-dev-version',
      workspace,
      inputs: {
        mode: 'release',
        version: '0.8.0',
        targets: 'VERSION',
        docs: 'docs/*.md',
        'previous-release': '0.7.0',
      },
    });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'docs/install.md'), 'utf8')).toBe('pip install kit==0.8.0\n');
    expect(parts).toEqual(['@actions/core']);
  });

  /** A sandbox repository `lean/<name>` with the tag v1.0.0, and a workspace holding one asset file. */
  async function releasable(name: string): Promise<RunOptions> {
    const gitDir = await initBareRepo(join(dir, `${name}.git`));
    const sha = await commitFiles(gitDir, 'main', { 'README.md': '# kontain\n' }, 'first');
    await sandbox().git.createRef(gitDir, 'refs/tags/v1.0.0', sha);
    await sandbox().createRepo(`lean/${name}`, { gitDir });
    const workspace = mkdtempSync(join(dir, 'ws-'));
    writeFileSync(join(workspace, 'kontain.tar.gz'), 'kontain\n');
    return {
      action: 'create-release',
      github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
      repository: `lean/${name}`,
      sha,
      ref: 'refs/tags/v1.0.0',
      workspace,
      inputs: {},
    };
  }

  it('create-release given file paths loads no @actions/glob, and no second HTTP stack', async () => {
    const options = await releasable('paths');
    const { parts, required, result } = await modulesOf({
      ...options,
      inputs: { files: 'kontain.tar.gz' },
    });
    expect(exitOf(result)).toBe(0);
    expect(result.outputs['assets']).toContain('kontain.tar.gz');
    expect(parts).not.toContain('@actions/core');
    expect(required.filter((m) => [...SECOND_STACK, FETCH].includes(m))).toEqual([]);
  });

  it('create-release given a glob loads @actions/glob to match it', async () => {
    const options = await releasable('glob');
    const { parts, result } = await modulesOf({ ...options, inputs: { files: '*.tar.gz' } });
    expect(exitOf(result)).toBe(0);
    expect(result.outputs['assets']).toContain('kontain.tar.gz');
    expect(parts).toContain('@actions/core');
  });

  it('pin-image-tags without a pull request loads no GitHub client', async () => {
    const workspace = repository({
      'deploy/caa.yaml':
        'spec:\n  containers:\n    - name: caa\n      image: quay.io/confidential-containers/caa:latest\n',
    });
    const { parts, result } = await modulesOf({
      action: 'pin-image-tags',
      workspace,
      inputs: { image: 'quay.io/confidential-containers/caa', tag: 'v0.8.0', 'check-registry': 'false' },
    });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'deploy/caa.yaml'), 'utf8')).toContain(
      'image: quay.io/confidential-containers/caa:v0.8.0',
    );
    expect(parts).toEqual([]);
  });
});
