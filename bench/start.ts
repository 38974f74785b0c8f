/**
 * Start times: each bundle's size (what loads at start, and the chunks loaded only when needed) and
 * the time from spawning it under Node 24, as the runner does, to its first outside call: the first
 * request the GitHub sandbox receives, the first `git` it runs, the first request a registry
 * receives; and the CPU time a run given no inputs takes (loading the bundle, reading its inputs).
 * Runs are interleaved (one of each bundle per round) and the median is printed.
 *
 * Peers: with BENCH_PEERS=<dir> holding `softprops/` and `ncipollo/` (each a checkout's action.yml
 * and dist/index.js of softprops/action-gh-release and ncipollo/release-action, fetched by hand and
 * never committed here), their bundles make the same 1 KiB release in the same rounds, and each of
 * our bundles is compared with softprops' (issue 15's target: at most 0.8 of its time).
 *
 * Before/after: BENCH_BASELINE=<dir> holding an earlier build's bundles (`<dir>/<action>/index.js`,
 * a copy of dist/ at another commit) runs them too, in the same rounds and the same way.
 * BENCH_START=create-release (names, comma-separated) measures only those bundles, beside the peers.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { actionNames } from '../scripts/lib.js';
import { createGoMonorepo } from '../test/fixtures/go-monorepo.js';
import { NODE24, ROOT } from '../test/harness/runner.js';
import { commitFiles, initBareRepo } from '../test/sandbox/seed.js';
import { startSandbox, type GitHubSandbox } from '../test/sandbox/server.js';

const ROUNDS = 11;
/** Issue 15: each bundle's start at most this share of softprops' on the same run. */
const START_TARGET = 0.8;

/** Temporary folders made by a benchmark, removed at its end. */
const scratch: string[] = [];
export const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
export function removeScratch(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const median = (values: number[]): number =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Peak RSS (VmHWM) of a process in MB, sampled until it exits. */
export function watchPeak(child: ChildProcess): () => number {
  let peakKb = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process is gone
    }
  }, 20);
  child.on('exit', () => clearInterval(timer));
  return () => peakKb / 1024;
}

/** A sandbox repository with one commit and the tag v1.0.0 on it. */
export async function releaseRepo(
  sandbox: GitHubSandbox,
  name: string,
): Promise<{ fullName: string; sha: string }> {
  const gitDir = await initBareRepo(join(tempDir('bench-repo-'), `${name}.git`));
  const sha = await commitFiles(gitDir, 'main', { 'README.md': '# bench\n' }, 'first');
  await sandbox.git.createRef(gitDir, 'refs/tags/v1.0.0', sha);
  const record = await sandbox.createRepo(`bench/${name}`, { gitDir });
  return { fullName: record.fullName, sha };
}

// ---- peers (their bundles run from a folder given at run time; nothing of theirs is committed)

const PEER_INPUTS: Record<string, ReleaseBundle['inputs']> = {
  softprops: (files) => ({ tag_name: 'v1.0.0', files: files.join('\n') }),
  ncipollo: (files, sha) => ({ tag: 'v1.0.0', artifacts: files.join(','), commit: sha }),
};

/** The peers found under BENCH_PEERS (none when it is not set). */
export function peersFromEnv(env: NodeJS.ProcessEnv = process.env): ReleaseBundle[] {
  const dir = env.BENCH_PEERS;
  if (!dir) return [];
  return Object.entries(PEER_INPUTS).flatMap(([name, inputs]) => {
    const entry = join(dir, name, 'dist', 'index.js');
    return existsSync(entry) ? [{ name, entry, defaults: actionDefaults(join(dir, name)), inputs }] : [];
  });
}

export interface ReleaseRun {
  wallMs: number;
  /** Spawn to the first request the sandbox received. */
  firstRequestMs: number;
  peakMb: number;
  ok: boolean;
  log: string;
}

export interface Spawned {
  exitCode: number | null;
  spawnedAt: number;
  wallMs: number;
  peakMb: number;
  log: string;
}

/**
 * Run a bundle as the runner does (Node 24, a fresh environment with the GITHUB_* variables and
 * INPUT_* for `inputs` and the action.yml defaults in `defaults`), as runAction does, for any entry:
 * ours, an earlier build of ours, a peer's.
 */
export async function spawnBundle(options: {
  entry: string;
  defaults: Record<string, string>;
  inputs: Record<string, string>;
  workspace?: string;
  repository?: string;
  sha?: string;
  ref?: string;
  github?: { apiUrl: string; serverUrl: string; token: string };
  env?: Record<string, string>;
}): Promise<Spawned> {
  const temp = tempDir('bench-runner-');
  const workspace = options.workspace ?? tempDir('bench-workspace-');
  const repository = options.repository ?? 'octo-org/octo-repo';
  const ref = options.ref ?? 'refs/heads/main';
  const apiUrl = options.github?.apiUrl ?? 'https://api.github.com';
  const files = Object.fromEntries(
    ['OUTPUT', 'STEP_SUMMARY', 'ENV', 'STATE', 'PATH'].map((f) => [
      `GITHUB_${f}`,
      join(temp, f.toLowerCase()),
    ]),
  );
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(join(temp, 'event.json'), '{}');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_RUN_ID: '1',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: options.github?.serverUrl ?? 'https://github.com',
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    ...files,
  };
  for (const [name, value] of Object.entries({ ...options.defaults, ...options.inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace(
      /\$\{\{\s*github\.token\s*\}\}/g,
      options.github?.token ?? '',
    );
  Object.assign(env, options.env);
  const spawnedAt = Date.now();
  const child = spawn(NODE24, [options.entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const peak = watchPeak(child);
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  return { exitCode, spawnedAt, wallMs: Date.now() - spawnedAt, peakMb: peak(), log };
}

/** action.yml's input defaults (as text) of `dir/action.yml`. */
export function actionDefaults(dir: string): Record<string, string> {
  const yml = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  return Object.fromEntries(
    Object.entries(yml.inputs ?? {})
      .filter(([, spec]) => spec.default !== undefined)
      .map(([key, spec]) => [key, String(spec.default)]),
  );
}

/** A create-release bundle: ours, an earlier build of ours (BENCH_BASELINE), or a peer (BENCH_PEERS). */
export interface ReleaseBundle {
  name: string;
  entry: string;
  defaults: Record<string, string>;
  /** The inputs for a release of `files` (workspace-relative) for the tag v1.0.0. */
  inputs(files: string[], sha: string): Record<string, string>;
}

const ours = (name: string, entry: string): ReleaseBundle => ({
  name,
  entry,
  defaults: actionDefaults(join(ROOT, 'actions', 'create-release')),
  inputs: (files) => ({ files: files.join('\n') }),
});

/** Ours, then the baseline and the peers the environment names. */
export function releaseBundles(env: NodeJS.ProcessEnv = process.env): ReleaseBundle[] {
  const bundles = [ours('release-actions', join(ROOT, 'dist', 'create-release', 'index.js'))];
  const baseline = env.BENCH_BASELINE && join(env.BENCH_BASELINE, 'create-release', 'index.js');
  if (baseline && existsSync(baseline)) bundles.push(ours('release-actions (baseline)', baseline));
  return [...bundles, ...peersFromEnv(env)];
}

/** One release of `files` in `workspace` by `bundle`, for the tag v1.0.0 of `repo`. */
export async function runRelease(
  bundle: ReleaseBundle,
  sandbox: GitHubSandbox,
  repo: { fullName: string; sha: string },
  workspace: string,
  files: string[],
): Promise<ReleaseRun> {
  sandbox.clearLog();
  const run = await spawnBundle({
    entry: bundle.entry,
    defaults: bundle.defaults,
    inputs: { token: sandbox.token, ...bundle.inputs(files, repo.sha) },
    workspace,
    repository: repo.fullName,
    sha: repo.sha,
    ref: 'refs/tags/v1.0.0',
    github: { apiUrl: sandbox.apiUrl, serverUrl: sandbox.serverUrl, token: sandbox.token },
  });
  return {
    wallMs: run.wallMs,
    firstRequestMs: (sandbox.requests[0]?.time ?? Number.NaN) - run.spawnedAt,
    peakMb: run.peakMb,
    ok: run.exitCode === 0,
    log: run.log,
  };
}

// ---- each bundle's first outside call

/** A `git` first on PATH that records when it first ran (the file's mtime), then runs the real git. */
function gitClock(): { path: string; firstMs: () => number } {
  const dir = tempDir('bench-git-');
  const stamp = join(dir, 'first');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(dir, 'git'), `#!/bin/sh\n[ -e '${stamp}' ] || : > '${stamp}'\nexec '${real}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return {
    path: `${dir}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    firstMs: () => (existsSync(stamp) ? statSync(stamp).mtimeMs : Number.NaN),
  };
}

/** A registry that records when its first request came and answers every request 404. */
async function registryClock(): Promise<{
  host: string;
  firstMs: () => number;
  reset(): void;
  stop(): Promise<void>;
}> {
  let first = Number.NaN;
  const server: Server = createServer((req, res) => {
    if (Number.isNaN(first)) first = Date.now();
    req.resume();
    res.writeHead(404, {
      'content-type': 'application/json',
      'docker-distribution-api-version': 'registry/2.0',
    });
    res.end('{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    firstMs: () => first,
    reset: () => void (first = Number.NaN),
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

/** A workspace that is a git repository with `files` committed. */
function trackedWorkspace(files: Record<string, string>): { workspace: string; sha: string } {
  const workspace = tempDir('bench-tracked-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: workspace,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'first');
  return { workspace, sha: git('rev-parse', 'HEAD') };
}

/** When changelog-section wrote its body file under `runnerTemp` (NaN when it wrote none). */
function bodyFileWritten(runnerTemp: string): number {
  for (const entry of readdirSync(runnerTemp, { recursive: true, encoding: 'utf8' }))
    if (entry.endsWith('.md')) return statSync(join(runnerTemp, entry)).mtimeMs;
  return Number.NaN;
}

interface StartCase {
  /** What the first outside call is. */
  first: string;
  /** Run `entry` (a build of this action) once; spawn → first call in ms (NaN when it never came). */
  run(entry: string): Promise<number>;
}

async function startCases(
  sandbox: GitHubSandbox,
  registry: Awaited<ReturnType<typeof registryClock>>,
): Promise<Record<string, StartCase>> {
  const asset = tempDir('bench-start-ws-');
  writeFileSync(join(asset, 'kontain.tar.gz'), Buffer.alloc(1024, 7));
  let releases = 0;
  const defaults = (action: string): Record<string, string> => actionDefaults(join(ROOT, 'actions', action));
  const timed = async (
    action: string,
    entry: string,
    options: Omit<Parameters<typeof spawnBundle>[0], 'entry' | 'defaults'>,
    first: () => number,
  ): Promise<number> => {
    const run = await spawnBundle({ entry, defaults: defaults(action), ...options });
    return Math.round(first() - run.spawnedAt);
  };
  const github = { apiUrl: sandbox.apiUrl, serverUrl: sandbox.serverUrl, token: sandbox.token };
  const sandboxFirst = (): number => sandbox.requests[0]?.time ?? Number.NaN;
  const go = createGoMonorepo({
    base: 'example.com/bench',
    modules: [
      { dir: 'api', requires: [] },
      { dir: 'cmd', requires: ['api'] },
    ],
  });
  const changelogRepo = await releaseRepo(sandbox, 'start-changelog');
  const kvmRepo = await releaseRepo(sandbox, 'start-kvm');
  const kvmGuide = tempDir('bench-kvm-ws-');
  writeFileSync(join(kvmGuide, 'guide.md'), '# Getting started\n\n```bash\nkm --version\n```\n');
  const pinTree = trackedWorkspace({
    'deploy/caa.yaml': `spec:\n  containers:\n    - name: caa\n      image: ${registry.host}/caa:latest\n`,
  });
  return {
    'create-release': {
      first: 'API request (1 KiB asset release)',
      run: async (entry) => {
        const repo = await releaseRepo(sandbox, `start-release-${++releases}`);
        sandbox.clearLog();
        const options = { github, repository: repo.fullName, sha: repo.sha, ref: 'refs/tags/v1.0.0' };
        return timed(
          'create-release',
          entry,
          { ...options, workspace: asset, inputs: { files: 'kontain.tar.gz' } },
          sandboxFirst,
        );
      },
    },
    'changelog-section': {
      first: 'API request (generate)',
      run: (entry) => {
        sandbox.clearLog();
        const { fullName: repository, sha } = changelogRepo;
        const inputs = { mode: 'generate', version: 'v1.0.0' };
        return timed(
          'changelog-section',
          entry,
          { github, repository, sha, ref: 'refs/tags/v1.0.0', inputs },
          sandboxFirst,
        );
      },
    },
    'go-module-tags': {
      first: 'git call (dry run, 2 modules)',
      run: (entry) => {
        const git = gitClock();
        const inputs = { version: 'v1.0.0', 'dry-run': 'true' };
        return timed(
          'go-module-tags',
          entry,
          { workspace: go.workspace, sha: go.sha, inputs, env: { PATH: git.path } },
          git.firstMs,
        );
      },
    },
    'bump-dev-version': {
      // A release of one file runs no git and calls no API: its first outside act is the write.
      first: 'file written (release, one file)',
      run: (entry) => {
        const workspace = tempDir('bench-bump-');
        const file = join(workspace, 'VERSION');
        writeFileSync(file, '0.7.0\n');
        const inputs = { mode: 'release', version: '0.8.0', 'previous-release': '0.7.0', targets: 'VERSION' };
        const written = (): number =>
          readFileSync(file, 'utf8') === '0.8.0\n' ? statSync(file).mtimeMs : Number.NaN;
        return timed('bump-dev-version', entry, { workspace, inputs }, written);
      },
    },
    'changelog-section (extract)': {
      // extract reads the changelog and calls nothing outside: its first outside act is the body file.
      first: 'body-file written (extract)',
      run: async (entry) => {
        const workspace = tempDir('bench-extract-');
        writeFileSync(join(workspace, 'CHANGELOG.md'), '# Changelog\n\n## v1.0.0\n\n- First release.\n');
        const spawnedAt = Date.now();
        const runnerTemp = tempDir('bench-extract-temp-');
        await spawnBundle({
          entry,
          defaults: defaults('changelog-section'),
          workspace,
          ref: 'refs/tags/v1.0.0',
          inputs: { mode: 'extract', version: 'v1.0.0' },
          env: { RUNNER_TEMP: runnerTemp },
        });
        return Math.round(bodyFileWritten(runnerTemp) - spawnedAt);
      },
    },
    'kpromo-pr': {
      // The staging registry is asked first (is the image there, at which digest), GitHub after it.
      first: 'registry request (staging check)',
      run: (entry) => {
        registry.reset();
        const inputs = {
          project: 'artifact-promoter',
          'staging-repo': `${registry.host}/k8s-staging-artifact-promoter`,
          tag: 'v1.0.0',
          fork: 'octocat',
        };
        return timed('kpromo-pr', entry, { github, inputs }, registry.firstMs);
      },
    },
    'pin-image-tags': {
      first: 'git call (the tracked files, push none)',
      run: (entry) => {
        const git = gitClock();
        const inputs = { image: `${registry.host}/caa`, tag: 'v1.0.0' };
        return timed(
          'pin-image-tags',
          entry,
          { workspace: pinTree.workspace, sha: pinTree.sha, inputs, env: { PATH: git.path } },
          git.firstMs,
        );
      },
    },
    'kvm-validate': {
      // KVM is probed (a stat of /dev/kvm), the guide read, then the release asked for.
      first: 'API request (release, workspace guide)',
      run: (entry) => {
        sandbox.clearLog();
        const { fullName: repository, sha } = kvmRepo;
        const inputs = { guides: 'guide.md', 'require-kvm': 'false', 'kvm-setup': 'false' };
        return timed(
          'kvm-validate',
          entry,
          { github, repository, sha, ref: 'refs/tags/v1.0.0', workspace: kvmGuide, inputs },
          sandboxFirst,
        );
      },
    },
    'publish-runenv': {
      first: 'registry request',
      run: (entry) => {
        registry.reset();
        const inputs = {
          source: `${registry.host}/kontainapp/runenv-python:ci-1234`,
          target: `${registry.host}/kontainapp`,
          payload: 'python',
          tags: 'latest',
        };
        return timed('publish-runenv', entry, { inputs }, registry.firstMs);
      },
    },
  };
}

/** A preloaded hook that writes the process's CPU time (user + system, ms) to CPU_FILE at exit. */
function cpuHook(): string {
  const hook = join(tempDir('bench-cpu-'), 'cpu.cjs');
  writeFileSync(
    hook,
    "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(process.env.CPU_FILE, String((u.user + u.system) / 1000)); });\n",
  );
  return hook;
}

/**
 * CPU time of a run of `entry` given no inputs: loading the bundle and reading its inputs up to the
 * first refusal (a required input is empty), which is what every run pays before its work.
 */
async function startCpu(entry: string, hook: string): Promise<number> {
  const file = join(tempDir('bench-cpu-run-'), 'cpu');
  await spawnBundle({
    entry,
    defaults: {},
    inputs: {},
    env: { NODE_OPTIONS: `--require ${hook}`, CPU_FILE: file },
  });
  return Math.round(Number(readFileSync(file, 'utf8')));
}

/** Bytes of a bundle folder: index.js (loaded at start) and the chunks it imports only when needed. */
function bundleBytes(dir: string): { start: number; lazy: number } {
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const size = (f: string): number => statSync(join(dir, f)).size;
  return {
    start: js.filter((f) => f === 'index.js').reduce((n, f) => n + size(f), 0),
    lazy: js.filter((f) => f !== 'index.js').reduce((n, f) => n + size(f), 0),
  };
}

const kb = (bytes: number): string => `${Math.round(bytes / 1000)} KB`;

export async function benchStart(rounds = ROUNDS): Promise<{ lines: string[]; ok: boolean }> {
  const sandbox = await startSandbox();
  const registry = await registryClock();
  const peers = peersFromEnv();
  const baseline = process.env.BENCH_BASELINE;
  try {
    const cases = await startCases(sandbox, registry);
    // Each row: a bundle folder and the case that runs it.
    // A case is named after its action, or `action (variant)` for a second mode of one action.
    const actionOf = (name: string): string => name.replace(/ \(.*\)$/, '');
    // BENCH_START=<action>,… measures those bundles only (and the peers), for a quicker before/after.
    const only = process.env.BENCH_START?.split(',').filter(Boolean);
    const rows = actionNames()
      .filter((action) => !only?.length || only.includes(action))
      .flatMap((action) => Object.keys(cases).filter((name) => actionOf(name) === action))
      .flatMap((name) => [
        { label: name, name, dir: join(ROOT, 'dist', actionOf(name)) },
        ...(baseline && existsSync(join(baseline, actionOf(name), 'index.js'))
          ? [{ label: `${name} (baseline)`, name, dir: join(baseline, actionOf(name)) }]
          : []),
      ]);
    const times: Record<string, number[]> = Object.fromEntries(
      [...rows.map((r) => r.label), ...peers.map((p) => p.name)].map((n) => [n, []]),
    );
    const cpu: Record<string, number[]> = Object.fromEntries(rows.map((r) => [r.label, []]));
    const hook = cpuHook();
    const asset = tempDir('bench-peer-ws-');
    writeFileSync(join(asset, 'kontain.tar.gz'), Buffer.alloc(1024, 7));
    for (let round = 0; round < rounds; round++) {
      for (const row of rows) {
        times[row.label]!.push(await cases[row.name]!.run(join(row.dir, 'index.js')));
        cpu[row.label]!.push(await startCpu(join(row.dir, 'index.js'), hook));
      }
      for (const peer of peers) {
        const repo = await releaseRepo(sandbox, `start-${peer.name}-${round}`);
        times[peer.name]!.push(
          Math.round((await runRelease(peer, sandbox, repo, asset, ['kontain.tar.gz'])).firstRequestMs),
        );
      }
    }
    const softprops = peers.some((p) => p.name === 'softprops') ? median(times.softprops!) : undefined;
    let ok = true;
    const lines = [
      `Start: spawn under Node 24 → first outside call, median of ${rounds} interleaved runs`,
      '| bundle | loaded at start | loaded when needed | CPU at start | first call | spawn → first call | runs (ms) |' +
        (softprops ? ' ÷ softprops |' : ''),
      '| --- | ---: | ---: | ---: | --- | ---: | --- |' + (softprops ? ' ---: |' : ''),
    ];
    for (const row of rows) {
      const { start, lazy } = bundleBytes(row.dir);
      const ms = median(times[row.label]!);
      const ratio = softprops ? ms / softprops : undefined;
      // The target is this build's; a baseline row is for comparison.
      if (ratio !== undefined && row.label === row.name) ok &&= ratio <= START_TARGET;
      lines.push(
        `| ${row.label} | ${kb(start)} | ${lazy ? kb(lazy) : '—'} | ${median(cpu[row.label]!)} ms | ${cases[row.name]!.first} | ${ms} | ${times[row.label]!.join(', ')} |` +
          (ratio !== undefined
            ? ` ${ratio.toFixed(2)}${row.label === row.name ? (ratio <= START_TARGET ? ' ✓' : ' ✗') : ''} |`
            : ''),
      );
    }
    for (const peer of peers) {
      lines.push(
        `| ${peer.name} (peer) | ${kb(statSync(peer.entry).size)} | — | — | API request (1 KiB asset release) | ${median(times[peer.name]!)} | ${times[peer.name]!.join(', ')} |` +
          (softprops ? ` ${(median(times[peer.name]!) / softprops).toFixed(2)} |` : ''),
      );
    }
    lines.push(
      '',
      'CPU at start: user + system time of a run given no inputs (the bundle loaded, its inputs read up to',
      'the first refusal), median of the same rounds. Loaded when needed: the chunks `await import()` brings in.',
      softprops
        ? `Target (issue 15): every bundle ≤ ${START_TARGET} × softprops' spawn → first call on the same run.`
        : 'Set BENCH_PEERS to a folder holding softprops/ and ncipollo/ (action.yml and dist/index.js of each) to run the peers alongside.',
    );
    return { lines, ok };
  } finally {
    await registry.stop();
    await sandbox.stop();
    removeScratch();
  }
}
