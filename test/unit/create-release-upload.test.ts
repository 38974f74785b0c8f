/**
 * The upload step's checks, now that a file is hashed as it is sent: an upload of a file that changed
 * while it was sent (torn) is deleted and sent again, and a file hashed first (an asset of its name
 * was there) that changed since is never left as an asset.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashAssetFile, type LocalAsset } from '../../actions/create-release/src/files.js';
import { uploadStep, type Progress } from '../../actions/create-release/src/steps.js';
import { createGitHubClient } from '../../shared/src/github/client.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { Gate } from '../sandbox/faults.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { commitFiles } from '../sandbox/seed.js';

const sandbox = useSandbox();
const UPLOAD = 'repos/upload-release-asset';
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A draft in a fresh repository, a file to upload to it, and the step's deps. */
async function setup(name: string, bytes: Buffer) {
  const repo = await sandbox().createRepo(`o/${name}`);
  await commitFiles(repo.gitDir, 'main', { a: 'a\n' }, 'first');
  const octokit = sandboxOctokit(sandbox());
  const { data } = await octokit.rest.repos.createRelease({
    owner: 'o',
    repo: name,
    tag_name: 'v1.0.0',
    draft: true,
  });
  const path = join(mkdtempSync(join(tmpdir(), 'cr-upload-')), 'kontain.tar.gz');
  writeFileSync(path, bytes);
  const log = new MemoryLogger();
  const github = createGitHubClient({ token: sandbox().token, apiUrl: sandbox().apiUrl, log });
  const deps = {
    github,
    repo: { owner: 'o', repo: name },
    token: sandbox().token,
    apiUrl: sandbox().apiUrl,
    log,
  };
  const progress: Progress = {
    release: data,
    uploaded: [],
    tagMoved: false,
    oldDeleted: false,
    published: false,
  };
  const asset: LocalAsset = { path, name: 'kontain.tar.gz', size: bytes.length, sha256: '' };
  const assets = async () =>
    (await octokit.rest.repos.listReleaseAssets({ owner: 'o', repo: name, release_id: data.id })).data;
  return { repo, deps, progress, asset, path, log, assets, octokit, releaseId: data.id };
}

/** Rewrite the file with `bytes`, its mtime a minute on (past any clock granularity). */
function rewrite(path: string, bytes: Buffer): void {
  writeFileSync(path, bytes);
  const later = new Date(Date.now() + 60_000);
  utimesSync(path, later, later);
}

describe('uploadStep', () => {
  it('hashes a new file as it sends it, and keeps the sha256 of what GitHub took', async () => {
    const bytes = Buffer.alloc(300_000, 3);
    const { deps, progress, asset, assets } = await setup('plain', bytes);
    await uploadStep(deps, asset, progress).apply();
    expect(asset.sha256).toBe(sha256(bytes));
    expect((await assets()).map((a) => [a.name, a.digest])).toEqual([
      ['kontain.tar.gz', `sha256:${sha256(bytes)}`],
    ]);
    expect(sandbox().count(UPLOAD)).toBeGreaterThan(0);
  });

  it('deletes an upload torn by a change while it was sent, and sends the file again', async () => {
    const first = Buffer.alloc(300_000, 1);
    const second = Buffer.alloc(300_000, 2);
    const { deps, progress, asset, path, log, assets } = await setup('torn', first);
    const gate = new Gate();
    sandbox().inject({ operationId: UPLOAD, kind: 'hold', gate });
    const applying = uploadStep(deps, asset, progress).apply();
    const held = await gate.next();
    rewrite(path, second);
    held.release();
    await applying;
    expect(log.lines).toContain(
      'warning: kontain.tar.gz: the file changed while it was uploaded; deleted, uploading it again',
    );
    expect(asset.sha256).toBe(sha256(second));
    expect((await assets()).map((a) => [a.name, a.digest])).toEqual([
      ['kontain.tar.gz', `sha256:${sha256(second)}`],
    ]);
  });

  it('leaves no asset of a file that changed after it was hashed to compare with the one there', async () => {
    const built = Buffer.alloc(100_000, 1);
    const { deps, progress, asset, path, assets, octokit, releaseId } = await setup('rehashed', built);
    // The draft holds an older build's asset of that name: the file is hashed first, to compare.
    await octokit.rest.repos.uploadReleaseAsset({
      owner: 'o',
      repo: 'rehashed',
      release_id: releaseId,
      name: 'kontain.tar.gz',
      data: 'older build\n',
      headers: { 'content-type': 'application/gzip', 'content-length': 12 },
      baseUrl: sandbox().uploadsUrl,
    });
    progress.release!.assets = await assets();
    await hashAssetFile(asset);
    // …and the build rewrites it after that, before it is uploaded.
    rewrite(path, Buffer.alloc(100_000, 2));
    const error = await uploadStep(deps, asset, progress)
      .apply()
      .catch((e: unknown) => e);
    expect(String(error)).toContain(
      `kontain.tar.gz: the file changed since it was hashed (sha256 ${sha256(built)}, then ${sha256(Buffer.alloc(100_000, 2))} as sent), twice; the file may be changing while it is uploaded. The asset was deleted`,
    );
    expect(await assets()).toEqual([]);
  });
  it('never deletes a published asset a sibling job uploaded under its name after it looked', async () => {
    const { deps, progress, asset, assets, octokit, releaseId } = await setup(
      'sibling',
      Buffer.alloc(50_000, 5),
    );
    const { data: published } = await octokit.rest.repos.updateRelease({
      ...{ owner: 'o', repo: 'sibling', release_id: releaseId, draft: false },
    });
    progress.release = { ...published, assets: [] }; // as this job read it: no asset of its name yet
    const theirs = Buffer.from('sibling build\n');
    await octokit.rest.repos.uploadReleaseAsset({
      ...{ owner: 'o', repo: 'sibling', release_id: releaseId, name: 'kontain.tar.gz' },
      data: theirs as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': theirs.length },
      baseUrl: sandbox().uploadsUrl,
    });
    sandbox().clearLog();
    await expect(uploadStep(deps, asset, progress).apply()).rejects.toThrow(
      'already holds kontain.tar.gz with other content',
    );
    expect((await assets()).map((a) => [a.name, a.digest])).toEqual([
      ['kontain.tar.gz', `sha256:${sha256(theirs)}`],
    ]);
    expect(sandbox().count('repos/delete-release-asset')).toBe(0);
  });

  it('keeps a published asset of its name and size on a GitHub without digests, warning it is unverified', async () => {
    const bytes = Buffer.alloc(20_000, 6);
    const { deps, progress, asset, log, octokit, releaseId } = await setup('nodigest', bytes);
    await octokit.rest.repos.uploadReleaseAsset({
      ...{ owner: 'o', repo: 'nodigest', release_id: releaseId, name: 'kontain.tar.gz' },
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': bytes.length },
      baseUrl: sandbox().uploadsUrl,
    });
    const { data: published } = await octokit.rest.repos.updateRelease({
      ...{ owner: 'o', repo: 'nodigest', release_id: releaseId, draft: false },
    });
    // As GitHub Enterprise Server answers: no digest on any asset.
    progress.release = { ...published, assets: published.assets.map((a) => ({ ...a, digest: null })) };
    sandbox().clearLog();
    await uploadStep(deps, asset, progress).apply();
    expect(progress.uploaded.map((u) => [u.asset.name, u.kept])).toEqual([['kontain.tar.gz', true]]);
    expect(sandbox().count(UPLOAD)).toBe(0);
    expect(log.lines.join('\n')).toContain('no sha256 digest');
  });
});
