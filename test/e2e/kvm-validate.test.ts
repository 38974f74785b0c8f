/**
 * kvm-validate run as the runner runs it (dist bundle, Node 24) against the GitHub sandbox, on a
 * release create-release's bundle made: downloads verified, tarballs installed in order, the guide's
 * steps run, nothing left running.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exitOf, runAction, type RunOptions } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import { buildTarballs, makeKmRelease } from '../fixtures/kvm-validate-release.js';
import { freePort, kvmOpensHere, leftoverMarker, removeScratch, scratch } from './kvm-validate-helpers.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => sandbox().clearLog());

const DOWNLOAD = 'repos/get-release-asset';

async function validate(
  release: { repository: string; tag: string },
  inputs: RunOptions['inputs'],
  env: Record<string, string> = {},
) {
  const prefix = join(scratch('kvm-prefix-'), 'opt/kontain');
  const result = await runAction({
    action: 'kvm-validate',
    github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
    repository: 'kontainapp/km',
    workspace: scratch('kvm-validate-ws-'),
    env: { KM_PORT: String(await freePort()), ...env },
    inputs: {
      repository: release.repository,
      tag: release.tag,
      assets: 'km-python.tar.gz, kontain.tar.gz',
      guides: 'GettingStarted.md',
      'guide-repository': release.repository,
      prefix,
      'require-kvm': 'false',
      'kvm-setup': 'false',
      ...inputs,
    },
  });
  return { result, prefix };
}

describe('kvm-validate on a release create-release made', () => {
  it('downloads and verifies the tarballs, installs kontain.tar.gz first and runs every step of the guide', async () => {
    const release = await makeKmRelease(sandbox(), { scratch });
    sandbox().clearLog();
    const marker = leftoverMarker();
    const { result, prefix } = await validate(release, {}, marker.env);
    expect(exitOf(result)).toBe(0);
    expect(result.outputs).toMatchObject({ passed: '5', failed: '0', skipped: '2' });
    expect(result.outputs.kvm).toBe((await kvmOpensHere()) ? 'available' : 'absent');
    const report = JSON.parse(result.outputs.report!) as {
      steps: Array<{ name: string; result: string; reason?: string }>;
      tarballs: Array<{ name: string }>;
    };
    expect(report.steps.map((s) => [s.name, s.result])).toEqual([
      ['install', 'skipped'],
      ['km-home', 'passed'],
      ['kmhomebinkm-kmhometest', 'passed'],
      ['cat-kmhomeshareversion', 'passed'],
      ['micro-srv', 'passed'],
      ['query', 'passed'],
      ['docker-run', 'skipped'],
    ]);
    // kontain.tar.gz first whatever the order given; the payload's VERSION then replaced kontain's.
    expect(report.tarballs.map((t) => t.name)).toEqual(['kontain.tar.gz', 'km-python.tar.gz']);
    expect(readFileSync(join(prefix, 'share/VERSION'), 'utf8')).toBe(`python payload ${release.tag}\n`);
    expect(existsSync(join(prefix, 'bin/km'))).toBe(true);
    // The downloads go once installed; the step logs stay for the artifact.
    const [work] = readdirSync(result.runnerTemp).filter((f) => f.startsWith('kvm-validate-'));
    expect(readdirSync(join(result.runnerTemp, work!)).sort()).toEqual(['guide-1', 'logs', 'scripts']);
    // Two tarballs and SHA256SUMS came through the asset API.
    expect(sandbox().count(DOWNLOAD)).toBe(3);
    expect(marker.left()).toEqual([]);
    expect(result.summary).toContain(`Validation of ${release.tag}: 5 passed, 0 failed, 2 skipped`);
    expect(result.summary).toMatch(
      /\| 6 \| query \| curl -s "http:\/\/127\.0\.0\.1:\$KM\\_PORT\/" \| [\d.]+ \| passed \|/,
    );
  });
});

describe('kvm-validate cancelled', () => {
  it('stops every process of the running step when the runner stops the action (SIGTERM)', async () => {
    const ws = scratch('kvm-cancel-ws-');
    const { kontain } = buildTarballs(join(ws, 'build'), 'v0.10-beta');
    execFileSync('sh', ['-c', 'sha256sum kontain.tar.gz > SHA256SUMS'], { cwd: join(ws, 'build') });
    writeFileSync(join(ws, 'guide.md'), '```sh {"name":"long"}\nsleep 120 &\necho started\nsleep 121\n```\n');
    const marker = leftoverMarker();
    const result = await runAction({
      action: 'kvm-validate',
      workspace: ws,
      env: marker.env,
      inputs: {
        files: relative(ws, kontain),
        guides: 'guide.md',
        prefix: join(ws, 'opt/kontain'),
        'require-kvm': 'false',
        'kvm-setup': 'false',
      },
      onSpawn: (child) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('▶ guide.md step 1')) setTimeout(() => child.kill('SIGTERM'), 300);
        });
      },
    });
    expect(result.exitCode).toBe(143);
    expect(marker.left()).toEqual([]);
  });
});
