/**
 * go-module-tags on 200 nested modules: network operations (target: one ls-remote and one push), counted
 * twice — the git subcommands the action runs (a `git` wrapper first on PATH records each argv) and the
 * connections the file:// remote serves (upload-pack/receive-pack wrappers) — and wall time of the dist
 * bundle under Node 24, dry run and real run. Figures are printed, not asserted on.
 */
import { runAction } from '../test/harness/runner.js';
import { countRemoteConnections, gitWrapper, subcommand } from '../test/fixtures/go-monorepo-git-log.js';
import { createGoMonorepo, git, type ModuleSpec } from '../test/fixtures/go-monorepo.js';

const NETWORK = ['ls-remote', 'push', 'fetch', 'pull', 'clone'];

/** n modules under modules/, module i requiring i-1 and i/2: a deep, branching graph. */
function layout(n: number): ModuleSpec[] {
  const dir = (i: number): string => `modules/m${String(i).padStart(3, '0')}`;
  return Array.from({ length: n }, (_, i) => ({
    dir: dir(i),
    requires: [...new Set([i - 1, Math.floor(i / 2)].filter((j) => j >= 0 && j < i))].map(dir),
  }));
}

interface Measured {
  wallMs: number;
  network: string[];
  connections: string[];
  invocations: number;
  exitCode: number | null;
}

async function measure(n: number, dryRun: boolean): Promise<Measured> {
  const repo = createGoMonorepo({ base: 'example.com/bench', modules: layout(n) });
  const wrapper = gitWrapper();
  const connections = countRemoteConnections(repo.workspace);
  const started = Date.now();
  const result = await runAction({
    action: 'go-module-tags',
    workspace: repo.workspace,
    sha: repo.sha,
    inputs: { version: 'v1.0.0', 'dry-run': String(dryRun) },
    env: { PATH: wrapper.path },
    timeoutMs: 300_000,
  });
  const wallMs = Date.now() - started;
  const invoked = wrapper.invocations();
  if (!dryRun && result.exitCode === 0) {
    const pushed = git(repo.remote, 'tag', '--list').split('\n').filter(Boolean).length;
    if (pushed !== n) throw new Error(`expected ${n} tags on the remote, found ${pushed}`);
  }
  return {
    wallMs,
    network: invoked.map(subcommand).filter((s) => NETWORK.includes(s)),
    connections: connections.list(),
    invocations: invoked.length,
    exitCode: result.exitCode,
  };
}

/** Run the benchmark; `ok` when each run made one ls-remote (and the real run one push) and nothing else on the network. */
export async function benchGoModuleTags(n = 200): Promise<{ lines: string[]; ok: boolean }> {
  const dry = await measure(n, true);
  const real = await measure(n, false);
  const count = (list: string[], what: string): number => list.filter((x) => x === what).length;
  const okDry =
    dry.exitCode === 0 && dry.network.join() === 'ls-remote' && dry.connections.join() === 'upload-pack';
  const okReal =
    real.exitCode === 0 &&
    real.network.join() === 'ls-remote,push' &&
    real.connections.join() === 'upload-pack,receive-pack';
  const row = (name: string, m: Measured, ok: boolean): string =>
    `| ${name} | ${count(m.network, 'ls-remote')} | ${count(m.network, 'push')} | ${m.network.length - count(m.network, 'ls-remote') - count(m.network, 'push')} | ${m.connections.length} | ${m.invocations} | ${m.wallMs} | ${ok ? 'yes' : 'NO'} |`;
  return {
    lines: [
      `go-module-tags — ${n} nested modules (module i requires i-1 and i/2), dist bundle under Node 24`,
      '| run | ls-remote | push | other network | remote connections | git invocations | wall ms | target met |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
      row('dry run', dry, okDry),
      row('real run', real, okReal),
      '',
      'Target: one ls-remote (and, for the real run, one atomic push); git invocations are all local',
      'otherwise (ls-tree, cat-file --batch, for-each-ref, config, one `git tag` per module).',
    ],
    ok: okDry && okReal,
  };
}
