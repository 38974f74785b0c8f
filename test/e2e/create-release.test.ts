/** create-release run as the runner runs it (dist bundle, Node 24) against the GitHub sandbox: the main flows. */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitOf, runAction } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';
import {
  assetsOf,
  baseOptions,
  digestsOf,
  makeRepo,
  removeScratch,
  releasesFor,
  sha256Of,
  workspaceWith,
  writes,
} from './create-release-helpers.js';

const sandbox = useSandbox();
afterAll(removeScratch);
beforeEach(() => sandbox().clearLog());

const UPLOAD = 'repos/upload-release-asset';

describe('create-release', () => {
  it('makes the release of the pushed tag with its assets, SHA256SUMS and the changelog body, in K+4 calls', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v1.2.0'] });
    const workspace = workspaceWith({
      'build/kontain.tar.gz': 300_000,
      'build/os-vim-driver-1.2.0-docs.tgz': 50_000,
      'notes.md': '## Fixed\n\n- a crash\n',
    });
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v1.2.0',
      workspace,
      inputs: {
        files: 'build/*.tar.gz\nbuild/os-vim-driver-1.2.0-docs.tgz',
        'body-file': 'notes.md',
        name: 'Kontain {tag}',
      },
    });
    expect(exitOf(result)).toBe(0);
    const [release, ...others] = releasesFor(repo, 'v1.2.0');
    expect(others).toHaveLength(0);
    expect(release).toMatchObject({
      draft: false,
      prerelease: false,
      name: 'Kontain v1.2.0',
      body: '## Fixed\n\n- a crash\n',
    });
    const tarball = sha256Of(join(workspace, 'build/kontain.tar.gz'));
    const docs = sha256Of(join(workspace, 'build/os-vim-driver-1.2.0-docs.tgz'));
    const sums = `${tarball}  kontain.tar.gz\n${docs}  os-vim-driver-1.2.0-docs.tgz\n`;
    expect(digestsOf(repo, release!)).toEqual({
      'kontain.tar.gz': `sha256:${tarball}`,
      'os-vim-driver-1.2.0-docs.tgz': `sha256:${docs}`,
      SHA256SUMS: `sha256:${sha256Text(sums)}`,
    });
    const sumsAsset = assetsOf(repo, release!).find((a) => a.name === 'SHA256SUMS');
    expect(readFileSync(sumsAsset!.path, 'utf8')).toBe(sums);
    // Outputs
    expect(result.outputs.id).toBe(String(release!.id));
    expect(result.outputs.tag).toBe('v1.2.0');
    expect(result.outputs.replaced).toBe('false');
    expect(result.outputs.url).toBe(`${sandbox().serverUrl}/${repo.fullName}/releases/tag/v1.2.0`);
    expect(result.outputs['upload-url']).toMatch(
      new RegExp(`^${sandbox().uploadsUrl}/repos/${repo.fullName}/releases/${release!.id}/assets`),
    );
    const assets = JSON.parse(result.outputs.assets ?? '[]') as Array<Record<string, unknown>>;
    expect(assets.map((a) => [a.name, a.sha256])).toEqual([
      ['kontain.tar.gz', tarball],
      ['os-vim-driver-1.2.0-docs.tgz', docs],
      ['SHA256SUMS', sha256Text(sums)],
    ]);
    expect(assets[0]?.url).toContain('/releases/download/v1.2.0/kontain.tar.gz');
    expect(result.summary).toContain(tarball);
    expect(result.summary).toContain('kontain.tar.gz');
    // K = 3 assets (SHA256SUMS included): list, create, list again, 3 uploads, publish.
    expect(sandbox().count(UPLOAD)).toBe(3);
    expect(sandbox().requests.length).toBeLessThanOrEqual(3 + 4);
    expect(result.log).not.toContain(sandbox().token);
  });

  it('refuses a tag whose release exists, naming it, and changes nothing; the same run again is a no-op', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v1.3.0'] });
    const workspace = workspaceWith({ 'kontain.tar.gz': 10_000 });
    const options = {
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v1.3.0',
      workspace,
      inputs: { files: 'kontain.tar.gz' },
    };
    expect(exitOf(await runAction(options))).toBe(0);
    const [release] = releasesFor(repo, 'v1.3.0');
    const before = digestsOf(repo, release!);

    sandbox().clearLog();
    const again = await runAction(options);
    expect(exitOf(again)).toBe(0);
    expect(again.outputs.id).toBe(String(release!.id));
    expect(writes(sandbox())).toBe(0);

    const changed = workspaceWith({ 'kontain.tar.gz': 20_000 });
    sandbox().clearLog();
    const refused = await runAction({ ...options, workspace: changed });
    expect(refused.exitCode).toBe(1);
    // A rebuilt file under a released name: the release is named, and so is the asset.
    expect(refused.log).toContain(
      `The release for v1.3.0 (${sandbox().serverUrl}/${repo.fullName}/releases/tag/v1.3.0) already holds kontain.tar.gz with other content`,
    );
    expect(refused.log).not.toMatch(/at .*\.js:\d+/);
    expect(writes(sandbox())).toBe(0);
    expect(releasesFor(repo, 'v1.3.0')).toHaveLength(1);
    expect(digestsOf(repo, release!)).toEqual(before);
  });

  it('replaces a rolling tag: new draft complete first, tag moved, old release deleted, then published', async () => {
    const repo = await makeRepo(sandbox());
    const old = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[0],
      ref: 'refs/heads/main',
      workspace: workspaceWith({ 'kontain.tar.gz': 5_000, 'old-only.tgz': 100 }),
      inputs: { files: '*.tar.gz\n*.tgz', 'fallback-tag': 'v0.1-test', name: 'Kontain {tag}' },
    });
    expect(exitOf(old)).toBe(0);
    const [oldRelease] = releasesFor(repo, 'v0.1-test');
    expect(oldRelease!.prerelease).toBe(true);
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.1-test')).toBe(repo.commits[0]);

    sandbox().clearLog();
    const workspace = workspaceWith({ 'kontain.tar.gz': 6_000 });
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/heads/main',
      workspace,
      inputs: { files: 'kontain.tar.gz', 'fallback-tag': 'v0.1-test', name: 'Kontain {tag}' },
    });
    expect(exitOf(result)).toBe(0);
    expect(result.outputs.replaced).toBe('true');
    const releases = releasesFor(repo, 'v0.1-test');
    expect(releases).toHaveLength(1);
    expect(releases[0]!.id).not.toBe(oldRelease!.id);
    expect(releases[0]!.draft).toBe(false);
    expect(Object.keys(digestsOf(repo, releases[0]!)).sort()).toEqual(['SHA256SUMS', 'kontain.tar.gz']);
    expect(digestsOf(repo, releases[0]!)['kontain.tar.gz']).toBe(
      `sha256:${sha256Of(join(workspace, 'kontain.tar.gz'))}`,
    );
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.1-test')).toBe(repo.commits[1]);
    // The order that keeps the tag's assets downloadable until the new release is complete.
    const order = sandbox()
      .requests.map((r) => r.operationId)
      .filter((id) => id && id !== 'repos/list-releases' && id !== 'git/get-ref');
    expect(order).toEqual([
      // One compare: the new commit is not an ancestor of the tag's (which would be refused).
      'repos/compare-commits',
      'repos/create-release',
      UPLOAD,
      UPLOAD,
      'git/update-ref',
      'repos/delete-release',
      'repos/update-release',
    ]);
  });

  it('marks SemVer prereleases as such, unless told otherwise', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v2.0.0-rc.1', 'v2.0.0-rc.2'] });
    const run = (tag: string, prerelease?: string) =>
      runAction({
        ...baseOptions(sandbox(), repo),
        sha: repo.commits[1],
        ref: `refs/tags/${tag}`,
        workspace: workspaceWith({ 'a.txt': 'a' }),
        inputs: { files: 'a.txt', checksums: 'none', prerelease },
      });
    expect(exitOf(await run('v2.0.0-rc.1'))).toBe(0);
    expect(exitOf(await run('v2.0.0-rc.2', 'false'))).toBe(0);
    expect(releasesFor(repo, 'v2.0.0-rc.1')[0]).toMatchObject({ prerelease: true, draft: false });
    expect(releasesFor(repo, 'v2.0.0-rc.2')[0]).toMatchObject({ prerelease: false, draft: false });
    expect(Object.keys(digestsOf(repo, releasesFor(repo, 'v2.0.0-rc.1')[0]!))).toEqual(['a.txt']);
  });

  it('works with immutable releases: draft, upload, publish; a rolling immutable release is refused untouched', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v1.0.0'], immutableReleases: true });
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v1.0.0',
      workspace: workspaceWith({ 'chart-1.0.0.tgz': 2_000 }),
      inputs: { files: 'chart-1.0.0.tgz' },
    });
    expect(exitOf(result)).toBe(0);
    const [release] = releasesFor(repo, 'v1.0.0');
    expect(release).toMatchObject({ draft: false, immutable: true });
    expect(Object.keys(digestsOf(repo, release!)).sort()).toEqual(['SHA256SUMS', 'chart-1.0.0.tgz']);

    const first = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[0],
      ref: 'refs/heads/main',
      workspace: workspaceWith({ 'a.txt': 'a' }),
      inputs: { files: 'a.txt', tag: 'v0.2-edge' },
    });
    expect(exitOf(first)).toBe(0);
    sandbox().clearLog();
    const second = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/heads/main',
      workspace: workspaceWith({ 'a.txt': 'b' }),
      inputs: { files: 'a.txt', tag: 'v0.2-edge' },
    });
    expect(second.exitCode).toBe(1);
    expect(second.log).toContain('The release for the rolling tag v0.2-edge is immutable');
    expect(writes(sandbox())).toBe(0);
  });

  it("releases the tag a releases/<tag>/<topic> branch names (KM), creating it at the run's commit", async () => {
    const repo = await makeRepo(sandbox());
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[0],
      ref: 'refs/heads/releases/v0.9-beta/snapshot-api',
      workspace: workspaceWith({ 'kontain.tar.gz': 1_000 }),
      inputs: {
        files: 'kontain.tar.gz',
        'tag-pattern': '^v\\d+\\.\\d+(\\.\\d+)?(-[0-9A-Za-z.-]+)?$',
        name: 'Kontain {tag}',
      },
    });
    expect(exitOf(result)).toBe(0);
    expect(releasesFor(repo, 'v0.9-beta')[0]).toMatchObject({
      draft: false,
      prerelease: true,
      name: 'Kontain v0.9-beta',
    });
    expect(await sandbox().git.resolveCommit(repo.gitDir, 'refs/tags/v0.9-beta')).toBe(repo.commits[0]);
  });

  it('refuses to release an existing tag that points at another commit, writing nothing', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v3.1.0'] });
    sandbox().clearLog();
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[0],
      ref: 'refs/heads/releases/v3.1.0/fix',
      workspace: workspaceWith({ 'a.tgz': 10 }),
      inputs: { files: 'a.tgz' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(`The tag v3.1.0 points at ${repo.commits[1]}, not at ${repo.commits[0]}`);
    expect(writes(sandbox())).toBe(0);
    expect(releasesFor(repo, 'v3.1.0')).toHaveLength(0);
  });

  it('dry-run prints the plan and writes nothing', async () => {
    const repo = await makeRepo(sandbox(), { tags: ['v4.0.0'] });
    const result = await runAction({
      ...baseOptions(sandbox(), repo),
      sha: repo.commits[1],
      ref: 'refs/tags/v4.0.0',
      workspace: workspaceWith({ 'a.tgz': 1_000 }),
      inputs: { files: 'a.tgz', 'dry-run': true },
    });
    expect(exitOf(result)).toBe(0);
    expect(result.log).toContain('1. create draft release v4.0.0');
    expect(result.log).toContain('upload asset a.tgz');
    expect(result.log).toContain('upload asset SHA256SUMS');
    expect(result.log).toContain('publish release v4.0.0');
    expect(writes(sandbox())).toBe(0);
    expect(releasesFor(repo, 'v4.0.0')).toHaveLength(0);
  });
});

function sha256Text(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
