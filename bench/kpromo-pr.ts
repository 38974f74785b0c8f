/**
 * kpromo-pr against a k8s.io-sized repository: seed 002's promotion opened (and rerun without change)
 * in a sandbox kubernetes/k8s.io of 1,000 and of 10,000 files whose artifact-promoter images.yaml
 * lists 2,000 digests, beside what `kpromo pr` transfers before it can edit one file: a depth-1 clone
 * of that repository (`git clone --depth 1`, over the git protocol of a file:// remote). API calls and
 * bytes are counted by a TCP proxy in front of the sandbox; wall time is the bundle's process, start
 * to exit. The fork exists beforehand (seed 002 asks for one). Target: the calls and bytes do not
 * grow with the repository, while the clone does.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderImagesYaml, type ImageInventory } from '../shared/src/kpromo/images.js';
import { digest } from '../test/fixtures/kpromo/cases.js';
import { createK8sIo, PROJECT, STAGING_DIR, stageRelease, UPSTREAM } from '../test/fixtures/kpromo-k8s-io.js';
import { runAction } from '../test/harness/runner.js';
import { REGISTRY_BIN, startRegistry } from '../test/registry/server.js';
import { startSandbox, type GitHubSandbox } from '../test/sandbox/index.js';

const exec = promisify(execFile);
const SIZES = [1_000, 10_000];
const DIGESTS = 2_000;

/** artifact-promoter's images.yaml with `n` digests over four images, as kpromo writes it. */
function bigImagesYaml(n: number): string {
  const inventory: ImageInventory = new Map();
  const images = ['cip', 'cip-auditor', 'kpromo', 'kpromo-auditor'];
  for (let i = 0; i < n; i++) {
    const image = images[i % images.length]!;
    const dmap = inventory.get(image) ?? new Map<string, string[]>();
    dmap.set(digest(`${image}-${i}`), [`v${Math.floor(i / 100)}.${i % 100}.0-1`]);
    inventory.set(image, dmap);
  }
  return renderImagesYaml(inventory);
}

/** A TCP proxy counting connections' bytes both ways (requests are counted by the sandbox). */
async function byteCounter(
  port: number,
): Promise<{ port: number; bytes: () => number; stop: () => Promise<void> }> {
  let total = 0;
  const server: Server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    client.on('data', (d: Buffer) => (total += d.length));
    upstream.on('data', (d: Buffer) => (total += d.length));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    bytes: () => total,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, entry));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

interface Run {
  calls: number;
  writes: number;
  bytes: number;
  wallMs: number;
  ok: boolean;
}

async function promoteOnce(
  sandbox: GitHubSandbox,
  apiPort: number,
  stagingHost: string,
  counter: () => number,
): Promise<Run> {
  const before = sandbox.requests.length;
  const bytesBefore = counter();
  const started = Date.now();
  const result = await runAction({
    action: 'kpromo-pr',
    repository: 'kubernetes-sigs/promo-tools',
    github: {
      apiUrl: `http://127.0.0.1:${apiPort}/api/v3`,
      serverUrl: sandbox.serverUrl,
      token: sandbox.token,
    },
    timeoutMs: 120_000,
    inputs: {
      project: PROJECT,
      'staging-repo': `${stagingHost}/${STAGING_DIR}`,
      tag: 'v3.4.4-1',
      fork: 'octocat',
    },
  });
  const made = sandbox.requests.slice(before);
  return {
    calls: made.length,
    writes: made.filter((r) => r.method !== 'GET').length,
    bytes: counter() - bytesBefore,
    wallMs: Date.now() - started,
    ok: result.exitCode === 0,
  };
}

async function depthOneClone(
  gitDir: string,
): Promise<{ packBytes: number; checkoutBytes: number; wallMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-clone-'));
  try {
    const started = Date.now();
    await exec('git', ['clone', '--quiet', '--depth', '1', `file://${gitDir}`, join(dir, 'k8s.io')]);
    const wallMs = Date.now() - started;
    const packDir = join(dir, 'k8s.io', '.git', 'objects', 'pack');
    const packBytes = readdirSync(packDir)
      .filter((f) => f.endsWith('.pack'))
      .reduce((n, f) => n + statSync(join(packDir, f)).size, 0);
    const checkoutBytes = folderBytes(join(dir, 'k8s.io')) - folderBytes(join(dir, 'k8s.io', '.git'));
    return { packBytes, checkoutBytes, wallMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;

export async function benchKpromoPr(): Promise<{ lines: string[]; ok: boolean }> {
  const lines = ['### kpromo-pr', ''];
  if (
    !REGISTRY_BIN ||
    !(await exec('test', ['-x', REGISTRY_BIN]).then(
      () => true,
      () => false,
    ))
  ) {
    return {
      lines: [...lines, `skipped: ${REGISTRY_BIN} is not installed (apt-get install docker-registry)`],
      ok: true,
    };
  }
  const images = bigImagesYaml(DIGESTS);
  lines.push(
    `sandbox kubernetes/k8s.io; artifact-promoter images.yaml: ${DIGESTS} digests, ${kb(images.length)}; promoting kpromo and kpromo-auditor v3.4.4-1`,
    '',
    '| files in k8s.io | first run: API calls (writes) | bytes over the API | wall | rerun: API calls (writes) | wall | depth-1 clone: pack | checkout | clone wall |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const registry = await startRegistry();
  let ok = true;
  const calls: number[] = [];
  try {
    await stageRelease(registry.host, 'v3.4.4-1');
    for (const files of SIZES) {
      const sandbox = await startSandbox({ tokenKind: 'pat', viewer: 'octocat' });
      const counter = await byteCounter(Number(new URL(sandbox.apiUrl).port));
      try {
        await createK8sIo(sandbox, { stagingHost: registry.host, extraFiles: files, images });
        // Seed 002: the maintainer's fork exists before kpromo runs.
        const forked = await fetch(`${sandbox.apiUrl}/repos/${UPSTREAM}/forks`, {
          method: 'POST',
          headers: { Authorization: `token ${sandbox.token}`, 'Content-Type': 'application/json' },
          body: '{"default_branch_only":true}',
        });
        if (forked.status !== 202) throw new Error(`fork: ${forked.status}`);
        const first = await promoteOnce(sandbox, counter.port, registry.host, counter.bytes);
        const again = await promoteOnce(sandbox, counter.port, registry.host, counter.bytes);
        const clone = await depthOneClone(sandbox.repo(UPSTREAM).gitDir);
        const good = first.ok && again.ok && again.writes === 0 && sandbox.violations.length === 0;
        ok &&= good;
        calls.push(first.calls);
        lines.push(
          `| ${files.toLocaleString('en')} | ${first.calls} (${first.writes}) | ${kb(first.bytes)} | ${first.wallMs} ms | ${again.calls} (${again.writes}) | ${again.wallMs} ms | ${kb(clone.packBytes)} | ${kb(clone.checkoutBytes)} | ${clone.wallMs} ms |${good ? '' : ' FAILED'}`,
        );
      } finally {
        await counter.stop();
        await sandbox.stop();
      }
    }
  } finally {
    await registry.stop();
  }
  const flat = calls.every((c) => c === calls[0]);
  ok &&= flat;
  lines.push(
    '',
    flat
      ? `API calls stay flat (${calls[0]} for both sizes); the clone kpromo needs grows with the repository.`
      : `API calls grew with the repository: ${calls.join(' → ')} (target: flat)`,
    'Bytes over the API: images.yaml read (base64 in JSON) and written once (a base64 blob), headers included.',
    "The first run's wall time is mostly @octokit/plugin-throttling spacing its writes a second apart, as GitHub asks.",
  );
  return { lines, ok };
}
