/**
 * Matrix jobs that each publish (KM builds its tarballs per platform): a job that finds its commit's
 * release already published by a sibling adds its files to it instead of refusing, the checksums file
 * made again over every asset; a published asset is never overwritten, and an immutable release takes
 * nothing. Dist bundle under Node 24, against the sandbox, one job after the other (the jobs racing to
 * create the draft are in create-release-recovery.test.ts).
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitOf, runAction } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import {
  assetsOf,
  baseOptions,
  digestsOf,
  makeRepo,
  releasesFor,
  removeScratch,
  sha256Of,
  workspaceWith,
  writes,
  type TestRepo,
} from './create-release-helpers.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => sandbox().clearLog());

const UPLOAD = 'repos/upload-release-asset';

function job(
  repo: TestRepo,
  tag: string,
  files: Record<string, string>,
  inputs: Record<string, string> = {},
) {
  const workspace = workspaceWith(files);
  return {
    workspace,
    run: () =>
      runAction({
        ...baseOptions(sandbox(), repo),
        sha: repo.commits[1],
        ref: `refs/tags/${tag}`,
        workspace,
        inputs: { files: Object.keys(files).join('\n'), ...inputs },
      }),
  };
}

describe('create-release matrix jobs that each publish', () => {
  it('a job arriving after its sibling published adds its files; SHA256SUMS lists both; a rerun changes nothing', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.1.0'] });
    const linux = job(repo, 'v6.1.0', { 'km-linux.tgz': 'linux build\n' });
    const mac = job(repo, 'v6.1.0', { 'km-mac.tgz': 'mac build\n' }, { name: 'not the title' });
    const first = await linux.run();
    expect(exitOf(first)).toBe(0);
    const [published] = releasesFor(repo, 'v6.1.0');
    const linuxAsset = assetsOf(repo, published!).find((a) => a.name === 'km-linux.tgz')!;

    sandbox().clearLog();
    const second = await mac.run();
    expect(exitOf(second)).toBe(0);
    expect(second.log).toContain(`Adding this run's files to the published release ${published!.id}`);
    const releases = releasesFor(repo, 'v6.1.0');
    expect(releases.map((r) => [r.id, r.draft, r.name])).toEqual([[published!.id, false, published!.name]]);
    expect(second.outputs.id).toBe(String(published!.id));
    expect(sandbox().count('repos/create-release')).toBe(0);
    const digests = digestsOf(repo, releases[0]!);
    expect(Object.keys(digests).sort()).toEqual(['SHA256SUMS', 'km-linux.tgz', 'km-mac.tgz']);
    expect(digests['km-mac.tgz']).toBe(`sha256:${sha256Of(join(mac.workspace, 'km-mac.tgz'))}`);
    // The sibling's file is the very asset it uploaded, untouched.
    expect(assetsOf(repo, releases[0]!).find((a) => a.name === 'km-linux.tgz')!.id).toBe(linuxAsset.id);
    const sums = assetsOf(repo, releases[0]!).find((a) => a.name === 'SHA256SUMS')!;
    expect(readFileSync(sums.path, 'utf8')).toBe(
      `${sha256Of(join(linux.workspace, 'km-linux.tgz'))}  km-linux.tgz\n` +
        `${sha256Of(join(mac.workspace, 'km-mac.tgz'))}  km-mac.tgz\n`,
    );

    sandbox().clearLog();
    const again = await mac.run();
    expect(exitOf(again)).toBe(0);
    expect(again.log).toContain('already holds every asset with the same digest');
    expect(writes(sandbox())).toBe(0);
  }, 60_000);

  it('with publish: false, a late job adds its files and leaves the published release as it is', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.2.0'] });
    expect(exitOf(await job(repo, 'v6.2.0', { 'km-linux.tgz': 'linux\n' }).run())).toBe(0);
    const [published] = releasesFor(repo, 'v6.2.0');
    sandbox().clearLog();
    const late = job(repo, 'v6.2.0', { 'km-arm.tgz': 'arm\n' }, { publish: 'false', name: 'other title' });
    const result = await late.run();
    expect(exitOf(result)).toBe(0);
    const [now] = releasesFor(repo, 'v6.2.0');
    expect([now!.id, now!.draft, now!.name, now!.body]).toEqual([
      published!.id,
      false,
      published!.name,
      published!.body,
    ]);
    expect(Object.keys(digestsOf(repo, now!)).sort()).toEqual(['SHA256SUMS', 'km-arm.tgz', 'km-linux.tgz']);
    expect(sandbox().count('repos/update-release')).toBe(0);
  }, 60_000);

  it('refuses a file the published release holds with other content, before writing anything', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.3.0'] });
    expect(exitOf(await job(repo, 'v6.3.0', { 'km-linux.tgz': 'first build\n' }).run())).toBe(0);
    const [published] = releasesFor(repo, 'v6.3.0');
    const before = assetsOf(repo, published!).map((a) => [a.id, a.name, a.digest]);

    sandbox().clearLog();
    const rebuilt = await job(repo, 'v6.3.0', {
      'km-linux.tgz': 'another build\n',
      'km-mac.tgz': 'mac\n',
    }).run();
    expect(rebuilt.exitCode).toBe(1);
    const held = assetsOf(repo, published!).find((a) => a.name === 'km-linux.tgz')!;
    expect(rebuilt.log).toContain(`already holds km-linux.tgz with other content (${held.digest})`);
    expect(rebuilt.log).toContain('a published asset is never overwritten');
    expect(writes(sandbox())).toBe(0);
    expect(sandbox().count(UPLOAD)).toBe(0);
    expect(assetsOf(repo, releasesFor(repo, 'v6.3.0')[0]!).map((a) => [a.id, a.name, a.digest])).toEqual(
      before,
    );
  }, 60_000);

  it('refuses to add files to an immutable release, naming them, writing nothing', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v6.4.0'], immutableReleases: true });
    expect(exitOf(await job(repo, 'v6.4.0', { 'km-linux.tgz': 'linux\n' }).run())).toBe(0);
    expect(releasesFor(repo, 'v6.4.0')[0]!.immutable).toBe(true);

    sandbox().clearLog();
    const late = await job(repo, 'v6.4.0', { 'km-mac.tgz': 'mac\n' }).run();
    expect(late.exitCode).toBe(1);
    expect(late.log).toContain(
      "is immutable: GitHub lets no asset be added to it, so this run's files (km-mac.tgz)",
    );
    expect(writes(sandbox())).toBe(0);
  }, 60_000);
});
