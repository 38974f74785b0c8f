/**
 * What kvm-validate refuses, through the bundle against the sandbox: a tampered asset, a digest that
 * contradicts SHA256SUMS, a missing SHA256SUMS or a missing sum, a tarball with `../` members — each
 * before anything is unpacked. And what it does without writing: a dry run; a private release; a rerun.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitOf, runAction, type RunOptions } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import type { GitHubSandbox } from '../sandbox/server.js';
import { makeKmRelease, type KmRelease } from '../fixtures/kvm-validate-release.js';
import { tarGz } from '../fixtures/kvm-validate-tar.js';
import { freePort, kvmOpensHere, removeScratch, scratch } from './kvm-validate-helpers.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => sandbox().clearLog());

const DOWNLOAD = 'repos/get-release-asset';

async function validate(
  release: { repository: string; tag: string },
  inputs: RunOptions['inputs'] = {},
  prefix?: string,
) {
  const into = prefix ?? join(scratch('kvm-prefix-'), 'opt/kontain');
  const result = await runAction({
    action: 'kvm-validate',
    github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
    repository: 'kontainapp/km',
    workspace: scratch('kvm-validate-ws-'),
    env: { KM_PORT: String(await freePort()) },
    inputs: {
      repository: release.repository,
      tag: release.tag,
      assets: 'kontain.tar.gz, km-python.tar.gz',
      guides: 'GettingStarted.md',
      'guide-repository': release.repository,
      prefix: into,
      'require-kvm': 'false',
      'kvm-setup': 'false',
      ...inputs,
    },
  });
  return { result, prefix: into };
}

function asset(sb: GitHubSandbox, release: KmRelease, name: string) {
  const record = sb.repo(release.repository);
  const found = [...record.assets.values()].find((a) => a.name === name);
  if (!found) throw new Error(`no asset ${name}`);
  return found;
}

const errorOf = (result: { annotations: Array<{ level: string; message: string }> }): string =>
  result.annotations.find((a) => a.level === 'error')?.message ?? '';

describe('kvm-validate refuses before unpacking', () => {
  it('an asset whose bytes are not what SHA256SUMS and GitHub digested (tampered in storage)', async () => {
    const release = await makeKmRelease(sandbox(), { scratch });
    const python = asset(sandbox(), release, 'km-python.tar.gz');
    writeFileSync(python.path, tarGz([{ name: 'bin/km', content: '#!/bin/sh\necho owned\n', mode: 0o755 }]));
    sandbox().clearLog();
    const { result, prefix } = await validate(release);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      /^km-python\.tar\.gz as downloaded has sha256 [0-9a-f]{64}, not [0-9a-f]{64} as SHA256SUMS and GitHub's digest say: refused, nothing was unpacked \(done before it: download and verify kontain\.tar\.gz\)$/,
    );
    // kontain.tar.gz was fine and downloaded first, but nothing is unpacked until every download checks out.
    expect(sandbox().count(DOWNLOAD)).toBe(3);
    expect(existsSync(prefix)).toBe(false);
    expect(result.summary).toContain('**Failed:**');
  });

  it('a release whose GitHub digest contradicts SHA256SUMS, before downloading any tarball', async () => {
    const release = await makeKmRelease(sandbox(), { scratch });
    asset(sandbox(), release, 'kontain.tar.gz').digest = `sha256:${'0'.repeat(64)}`;
    sandbox().clearLog();
    const { result } = await validate(release);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      /^kontain\.tar\.gz: GitHub's digest \(0{64}\) differs from SHA256SUMS \([0-9a-f]{64}\): the release is inconsistent, nothing was downloaded or installed$/,
    );
    expect(sandbox().count(DOWNLOAD)).toBe(1);
  });

  it('a release without SHA256SUMS, and one whose SHA256SUMS lists no sum for an asset', async () => {
    const none = await makeKmRelease(sandbox(), { scratch, createReleaseInputs: { checksums: 'none' } });
    sandbox().clearLog();
    const first = await validate(none);
    expect(first.result.exitCode).toBe(1);
    expect(errorOf(first.result)).toMatch(
      /^The release v0\.10-beta of kontainapp\/km-releases-\d+-\d+ \(.*\) has no SHA256SUMS: without it no tarball can be checked, so none is installed/,
    );
    expect(sandbox().count(DOWNLOAD)).toBe(0);

    const partial = await makeKmRelease(sandbox(), {
      scratch,
      createReleaseInputs: { checksums: 'none', files: 'build/*.tar.gz\nbuild/SHA256SUMS' },
      beforeRelease: (ws) => {
        execFileSync('sh', ['-c', 'sha256sum kontain.tar.gz > SHA256SUMS'], { cwd: join(ws, 'build') });
      },
    });
    sandbox().clearLog();
    const second = await validate(partial);
    expect(second.result.exitCode).toBe(1);
    expect(errorOf(second.result)).toBe(
      'SHA256SUMS of v0.10-beta lists no sum for km-python.tar.gz: an asset without a sum is not installed (nothing was)',
    );
    expect(sandbox().count(DOWNLOAD)).toBe(1);
  });

  it('a tarball with ../ members, writing nothing anywhere', async () => {
    const ws = scratch('kvm-evil-ws-');
    const outside = scratch('kvm-outside-');
    const climb = `../../../../../../../..${outside}/escaped`;
    writeFileSync(
      join(ws, 'kontain.tar.gz'),
      tarGz([
        { name: 'bin/km', content: 'km' },
        { name: climb, content: 'x' },
      ]),
    );
    execFileSync('sh', ['-c', 'sha256sum kontain.tar.gz > SHA256SUMS'], { cwd: ws });
    writeFileSync(join(ws, 'guide.md'), '```sh\necho hi\n```\n');
    const prefix = join(ws, 'opt/kontain');
    const result = await runAction({
      action: 'kvm-validate',
      workspace: ws,
      inputs: {
        files: 'kontain.tar.gz',
        guides: 'guide.md',
        prefix,
        'require-kvm': 'false',
        'kvm-setup': 'false',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      `Refusing to install: 1 archive member(s) would escape the prefix (kontain.tar.gz: ${climb} — a path with \`..\`). Nothing was unpacked.`,
    );
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(prefix)).toBe(false);
  });
});

describe('kvm-validate without writing, and again', () => {
  it('dry run: lists the downloads, checks and steps after reading only SHA256SUMS, and writes nothing', async () => {
    const release = await makeKmRelease(sandbox(), { scratch });
    sandbox().clearLog();
    const { result, prefix } = await validate(release, { 'dry-run': 'true' });
    expect(exitOf(result)).toBe(0);
    expect(sandbox().count(DOWNLOAD)).toBe(1);
    expect(existsSync(prefix)).toBe(false);
    expect(readdirSync(result.runnerTemp).filter((f) => f.startsWith('kvm-validate-'))).toEqual([]);
    expect(result.log).toMatch(
      /1\. download and verify kontain\.tar\.gz — \d+ bytes, sha256 [0-9a-f]{12}… \(SHA256SUMS and GitHub's digest\)/,
    );
    expect(result.log).toContain('Dry run: 6 effect(s) planned, nothing written.');
    expect(result.outputs).toMatchObject({ passed: '0', failed: '0', skipped: '7' });
    expect(result.summary).toContain('dry run, 7 step(s) planned');
    expect(result.summary).toMatch(
      /\| 3 \| kmhomebinkm-kmhometest \| "\$KM\\_HOME\/bin\/km" .* \| {2}\| planned \| dry run \|/,
    );
  });

  it('downloads from a private repository with the token, and a rerun over the same prefix passes again', async () => {
    const release = await makeKmRelease(sandbox(), { scratch, private: true });
    const first = await validate(release);
    expect(exitOf(first.result)).toBe(0);
    const again = await validate(release, {}, first.prefix);
    expect(exitOf(again.result)).toBe(0);
    expect(again.result.outputs).toMatchObject({ passed: '5', failed: '0' });
    expect(again.result.log).not.toContain(sandbox().token);
  });

  it('says which release is missing', async () => {
    const release = await makeKmRelease(sandbox(), { scratch });
    const { result } = await validate(
      { repository: release.repository, tag: 'v9.9-nope' },
      { 'guide-ref': release.tag },
    );
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      `${release.repository} has no published release v9.9-nope (or the token cannot read it: a private repository needs a token with contents read access there; drafts are not validated)`,
    );
  });

  it("with require-kvm: true, follows this machine's /dev/kvm", async () => {
    const release = await makeKmRelease(sandbox(), { scratch });
    const { result } = await validate(release, { 'require-kvm': 'true' });
    if (await kvmOpensHere()) {
      expect(exitOf(result)).toBe(0);
      expect(result.outputs.kvm).toBe('available');
    } else {
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toMatch(/^KVM is required \(require-kvm: true\) and not usable: \/dev\/kvm /);
    }
  });
});
