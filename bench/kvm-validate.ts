/**
 * kvm-validate: the dist bundle under Node 24 against the GitHub sandbox, on releases create-release
 * made. Figures: download+verify, archive check and install throughput for a kontain.tar.gz of
 * 32 MiB and of 256 MiB, the bundle's peak RSS for each, and the cost of one guide step (bash, env
 * dump read back, process-group check) over N trivial steps. Times are printed, never asserted.
 *
 * Memory target: nothing holds a tarball, so 224 MiB more tarball may only add what garbage
 * collection lets pile up of the per-chunk buffers undici and zlib allocate: at most 64 MB, V8's
 * external-memory soft limit, past which it collects.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../test/harness/runner.js';
import { prepareKmReleases, KM_RELEASE_INPUTS } from '../test/fixtures/kvm-validate-release.js';
import { startSandbox, type GitHubSandbox } from '../test/sandbox/server.js';

const MIB = 1024 ** 2;
const SIZES_MIB = [32, 256];
const GROWTH_TARGET_MB = 64;
const STEPS = 40;

/** Peak RSS (VmHWM) of a process in MB, sampled until it exits. */
function watchPeak(child: ChildProcess): () => number {
  let peakKb = 0;
  const timer = setInterval(() => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    } catch {
      // gone
    }
  }, 20);
  child.on('exit', () => clearInterval(timer));
  return () => peakKb / 1024;
}

const secondsIn = (log: string, pattern: RegExp): number => Number(pattern.exec(log)?.[1] ?? NaN);
const mbs = (bytes: number, seconds: number): string =>
  seconds > 0 ? (bytes / MIB / seconds).toFixed(0) : '∞';

interface Figures {
  bytes: number;
  download: number;
  check: number;
  install: number;
  unpacked: number;
  rss: number;
  stepSeconds: number;
  passed: string;
}

async function measure(
  sandbox: GitHubSandbox,
  sizeMib: number,
  scratch: (p: string) => string,
): Promise<Figures> {
  const km = await prepareKmReleases(sandbox, { scratch });
  // kontain.tar.gz plus one incompressible file, so gzip and hashing both see every byte.
  const stage = scratch('bench-kvm-stage-');
  execFileSync(
    'sh',
    [
      '-c',
      `tar -xzf build/kontain.tar.gz -C "$STAGE" && head -c ${sizeMib * MIB} /dev/urandom > "$STAGE/payload.bin" && tar -cf - -C "$STAGE" . | gzip -1 > build/kontain.tar.gz`,
    ],
    { cwd: km.workspace, env: { ...process.env, STAGE: stage } },
  );
  const github = { apiUrl: sandbox.apiUrl, serverUrl: sandbox.serverUrl, token: sandbox.token };
  const released = await runAction({
    action: 'create-release',
    github,
    repository: km.repository,
    sha: km.sha,
    ref: `refs/tags/${km.tag}`,
    workspace: km.workspace,
    inputs: KM_RELEASE_INPUTS,
    timeoutMs: 300_000,
  });
  if (released.exitCode !== 0) throw new Error(`create-release failed:\n${released.log}`);
  const guideWs = scratch('bench-kvm-guide-');
  const fence = '```';
  writeFileSync(
    join(guideWs, 'steps.md'),
    [
      '# Many small steps',
      `${fence}sh\nexport COUNT=0\n${fence}`,
      ...Array.from({ length: STEPS - 2 }, () => `${fence}sh\nexport COUNT=$((COUNT + 1))\n${fence}`),
      `${fence}sh\necho "$COUNT"\n${fence}\n\n${fence}text\n${STEPS - 2}\n${fence}`,
    ].join('\n\n'),
  );
  let peak = (): number => 0;
  const result = await runAction({
    action: 'kvm-validate',
    github,
    repository: km.repository,
    workspace: guideWs,
    inputs: {
      tag: km.tag,
      assets: 'kontain.tar.gz',
      guides: 'steps.md',
      prefix: join(scratch('bench-kvm-prefix-'), 'opt/kontain'),
      'require-kvm': 'false',
      'kvm-setup': 'false',
    },
    timeoutMs: 300_000,
    onSpawn: (child) => (peak = watchPeak(child)),
  });
  if (result.exitCode !== 0) throw new Error(`kvm-validate failed:\n${result.log}`);
  const report = JSON.parse(result.outputs.report ?? '{}') as { steps: Array<{ seconds: number }> };
  return {
    bytes: Number(/kontain\.tar\.gz: (\d+) bytes in/.exec(result.log)?.[1] ?? 0),
    download: secondsIn(result.log, /kontain\.tar\.gz: \d+ bytes in ([\d.]+) s/),
    check: secondsIn(result.log, /archive members checked in ([\d.]+) s/),
    unpacked: Number(/kontain\.tar\.gz: \d+ files \((\d+) bytes\)/.exec(result.log)?.[1] ?? 0),
    install: secondsIn(result.log, /kontain\.tar\.gz: \d+ files .* in ([\d.]+) s/),
    rss: peak(),
    stepSeconds: report.steps.reduce((n, s) => n + s.seconds, 0),
    passed: result.outputs.passed ?? '',
  };
}

export async function benchKvmValidate(): Promise<{ lines: string[]; ok: boolean }> {
  const sandbox = await startSandbox();
  const dirs: string[] = [];
  const scratch = (prefix: string): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  try {
    const runs: Figures[] = [];
    for (const size of SIZES_MIB) runs.push(await measure(sandbox, size, scratch));
    const [small, big] = [runs[0]!, runs[runs.length - 1]!];
    const growth = big.rss - small.rss;
    const ok = growth <= GROWTH_TARGET_MB && runs.every((r) => r.passed === String(STEPS));
    const lines = [
      'kvm-validate bundle under Node 24 against the sandbox; kontain.tar.gz = the fixture + one incompressible file',
      '',
      '| kontain.tar.gz | download + sha256 | archive check (gunzip, list) | install (gunzip, write) | peak RSS |',
      '| ---: | ---: | ---: | ---: | ---: |',
      ...runs.map(
        (r) =>
          `| ${(r.bytes / MIB).toFixed(0)} MiB | ${r.download.toFixed(1)} s, ${mbs(r.bytes, r.download)} MB/s | ${r.check.toFixed(1)} s, ${mbs(r.bytes, r.check)} MB/s | ${r.install.toFixed(1)} s, ${mbs(r.unpacked, r.install)} MB/s | ${r.rss.toFixed(0)} MB |`,
      ),
      '',
      `Peak RSS grows ${growth.toFixed(0)} MB for ${((big.bytes - small.bytes) / MIB).toFixed(0)} MiB more tarball (target ≤ ${GROWTH_TARGET_MB} MB: streamed, never held): ${growth <= GROWTH_TARGET_MB ? 'met' : 'MISSED'}.`,
      `Guide steps: ${STEPS} trivial steps took ${big.stepSeconds.toFixed(2)} s in all, ${((big.stepSeconds / STEPS) * 1000).toFixed(0)} ms a step (bash start, env dump read back, process-group check).`,
      'The download goes through the sandbox (asset API, then a same-origin redirect to the web root) and is hashed and written as it arrives.',
    ];
    return { lines, ok };
  } finally {
    await sandbox.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
