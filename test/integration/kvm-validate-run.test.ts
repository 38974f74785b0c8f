/**
 * The whole action (run) on machines this one is not: without /dev/kvm (x64 and arm64), and with
 * GitHub's closed /dev/kvm that the udev rule opens after the installs — a temporary root with
 * stand-in udevadm and sudo, local tarballs, real bash steps.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Inputs } from '../../actions/kvm-validate/src/inputs.js';
import type { ArtifactUploader } from '../../actions/kvm-validate/src/logs.js';
import { run } from '../../actions/kvm-validate/src/run.js';
import { JobSummary, UserError, type RunnerContext } from '../../shared/src/action/index.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { buildTarballs } from '../fixtures/kvm-validate-release.js';
import { testMachine } from '../fixtures/kvm-validate-system.js';
import { removeScratch, scratch } from '../e2e/kvm-validate-helpers.js';

afterAll(removeScratch);

const GUIDE =
  '# Try\n\n```console\n$ "$INSTALL_PREFIX/bin/km" "$INSTALL_PREFIX/tests/hello_test.km" Hi\nHello, world\n...\n```\n';

function setup(machine: Parameters<typeof testMachine>[1], inputs: Partial<Inputs> = {}) {
  const ws = scratch('kvm-run-ws-');
  const { kontain, python } = buildTarballs(join(ws, 'build'), 'v0.10-beta');
  execFileSync('sh', ['-c', 'sha256sum *.tar.gz > SHA256SUMS'], { cwd: join(ws, 'build') });
  writeFileSync(join(ws, 'guide.md'), GUIDE);
  const temp = scratch('kvm-run-temp-');
  const full: Inputs = {
    token: '',
    source: { kind: 'files', files: [python, kontain], checksumsFile: join(ws, 'build/SHA256SUMS') },
    prefix: join(ws, 'opt/kontain'),
    guides: { kind: 'workspace', files: [{ name: 'guide.md', path: join(ws, 'guide.md') }] },
    requireKvm: true,
    kvmSetup: true,
    stepTimeoutSeconds: 30,
    uploadLogs: 'on-failure',
    artifactName: 'logs',
    dryRun: false,
    runnerTemp: temp,
    ...inputs,
  };
  const uploads: unknown[] = [];
  const artifacts: ArtifactUploader = {
    uploadArtifact: (...args) => {
      uploads.push(args);
      return Promise.resolve({ id: 1 });
    },
  };
  const context = {
    workspace: ws,
    runnerTemp: temp,
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
  } as RunnerContext;
  const m = testMachine(scratch('kvm-run-root-'), machine);
  const log = new MemoryLogger();
  const summary = new JobSummary();
  const deps = { log, summary, context, system: m.system, artifacts, env: { PATH: process.env.PATH ?? '' } };
  return { inputs: full, deps, machine: m, log, summary, uploads };
}

describe('run on a machine without KVM', () => {
  it('require-kvm: true fails with the reason before anything is installed', async () => {
    const { inputs, deps } = setup({ kvm: 'absent' });
    const attempt = run(inputs, deps);
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(
      "KVM is required (require-kvm: true) and not usable: /dev/kvm does not exist on this x64 runner: GitHub's hosted x64 Linux runners have it, but a container job, a self-hosted runner without (nested) virtualization or a kernel without the kvm module does not. Nothing was downloaded or installed.",
    );
    expect(existsSync(inputs.prefix)).toBe(false);
  });

  it('on an arm64 image without KVM, the reason says so', async () => {
    const { inputs, deps } = setup({ kvm: 'absent', arch: 'arm64' });
    await expect(run(inputs, deps)).rejects.toThrow(/some of GitHub's arm64 Linux images have none at all/);
  });

  it('require-kvm: false runs the steps and says "KVM absent" loudly in the summary and the output', async () => {
    const { inputs, deps, log, summary } = setup({ kvm: 'absent' }, { requireKvm: false });
    const outputs = await run(inputs, deps);
    expect(outputs).toMatchObject({ passed: 1, failed: 0, skipped: 0, kvm: 'absent' });
    expect(summary.toMarkdown()).toContain(
      '> [!CAUTION]\n> **KVM absent** — the steps ran without it (require-kvm: false): /dev/kvm does not exist on this x64 runner',
    );
    expect(
      log.lines.some((l) =>
        l.startsWith('warning: KVM absent: the steps run without it (require-kvm: false).'),
      ),
    ).toBe(true);
  });
});

describe("run on GitHub's runners: /dev/kvm root:kvm 0660, the runner user outside kvm", () => {
  it('installs, then opens /dev/kvm with the udev rule, then runs the steps with KVM', async () => {
    const { inputs, deps, machine, log } = setup({});
    const outputs = await run(inputs, deps);
    expect(outputs).toMatchObject({ passed: 1, failed: 0, kvm: 'available' });
    const done = log.lines.filter((l) => l.startsWith('done: '));
    expect(done).toEqual([
      'done: check archives kontain.tar.gz, km-python.tar.gz',
      `done: prepare prefix ${inputs.prefix}`,
      'done: install kontain.tar.gz',
      'done: install km-python.tar.gz',
      'done: open /dev/kvm (sudo) /etc/udev/rules.d/99-kvm-validate.rules',
    ]);
    expect(machine.calls().filter((c) => c.startsWith('sudo'))).toEqual([
      `sudo -n tee ${join(machine.root, '/etc/udev/rules.d/99-kvm-validate.rules')}`,
      'sudo -n udevadm control --reload-rules',
      'sudo -n udevadm trigger --name-match=kvm',
      'sudo -n udevadm settle --timeout=10',
    ]);
  });

  it('with kvm-setup: false changes nothing and, KVM being required, says why', async () => {
    const { inputs, deps, machine } = setup({}, { kvmSetup: false });
    await expect(run(inputs, deps)).rejects.toThrow(
      /^KVM is required \(require-kvm: true\) and not usable: \/dev\/kvm exists \(mode 0660, group id \d+\) but this user \(uid 1001\) cannot open it read-write \(EACCES\)/,
    );
    expect(machine.calls()).toEqual([]);
  });

  it('a udev rule that does not help fails before any step runs', async () => {
    const { inputs, deps, summary } = setup({ udevFails: true });
    await expect(run(inputs, deps)).rejects.toThrow(
      'KVM is required (require-kvm: true) and not usable: the udev rule that opens /dev/kvm could not be applied (through sudo -n: the runner user needs password-less sudo): `sudo -n udevadm control --reload-rules` exited with 1: Failed to send reload request: No such file or directory. The steps were not run.',
    );
    expect(summary.toMarkdown()).toContain('**KVM absent**:');
  });
});
