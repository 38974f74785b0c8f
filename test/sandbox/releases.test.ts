/** Releases and assets through real HTTP: octokit from @actions/github, fetch and node:http. */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { useSandbox, sandboxOctokit } from './jest.js';
import { addPullRequest, commitFiles } from './seed.js';

const sandbox = useSandbox();
const owner = 'acme';
const repo = 'rockets';
let mainSha = '';

const revParse = (gitDir: string, ref: string): string =>
  execFileSync('git', ['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', ref], {
    encoding: 'utf8',
  }).trim();
const refExists = (gitDir: string, ref: string): boolean => {
  try {
    revParse(gitDir, ref);
    return true;
  } catch {
    return false;
  }
};

describe('releases', () => {
  beforeAll(async () => {
    const sb = sandbox();
    const r = await sb.createRepo(`${owner}/${repo}`);
    mainSha = await commitFiles(r.gitDir, 'main', { 'README.md': '# rockets\n' }, 'initial commit');
    await sb.createRepo(`${owner}/frozen`, { immutableReleases: true, gitDir: r.gitDir });
  });

  it('runs the draft -> upload -> publish lifecycle', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const gitDir = sb.repo(`${owner}/${repo}`).gitDir;

    const { data: draft } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v1.0.0',
      name: 'Rockets 1.0.0',
      draft: true,
    });
    expect(draft).toMatchObject({
      draft: true,
      published_at: null,
      tag_name: 'v1.0.0',
      target_commitish: 'main',
    });
    expect(draft.upload_url).toBe(
      `${sb.uploadsUrl}/repos/${owner}/${repo}/releases/${draft.id}/assets{?name,label}`,
    );
    // A draft does not create its tag, and is not found by tag.
    expect(refExists(gitDir, 'refs/tags/v1.0.0')).toBe(false);
    await expect(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })).rejects.toMatchObject({
      status: 404,
    });
    // Drafts may share a tag (a rerun leaves one behind): a second draft is accepted.
    const { data: twin } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v1.0.0',
      draft: true,
    });
    expect(twin.id).not.toBe(draft.id);
    await octokit.rest.repos.deleteRelease({ owner, repo, release_id: twin.id });

    const bytes = Buffer.from('rocket fuel\n'.repeat(1000));
    const { data: asset } = await octokit.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: draft.id,
      name: 'rockets linux (amd64).tar.gz',
      label: 'Linux tarball',
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': bytes.length },
      baseUrl: sb.uploadsUrl,
    });
    expect(asset).toMatchObject({
      name: 'rockets.linux.amd64.tar.gz',
      label: 'Linux tarball',
      state: 'uploaded',
      size: bytes.length,
      content_type: 'application/gzip',
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    });
    await expect(
      octokit.rest.repos.uploadReleaseAsset({
        owner,
        repo,
        release_id: draft.id,
        name: 'rockets.linux.amd64.tar.gz',
        data: 'again',
        headers: { 'content-type': 'text/plain', 'content-length': 5 },
        baseUrl: sb.uploadsUrl,
      }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] } },
    });

    const { data: published } = await octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: draft.id,
      draft: false,
    });
    expect(published.draft).toBe(false);
    expect(published.published_at).not.toBeNull();
    expect(revParse(gitDir, 'refs/tags/v1.0.0')).toBe(mainSha);
    const { data: byTag } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' });
    expect(byTag.id).toBe(draft.id);
    const { data: latest } = await octokit.rest.repos.getLatestRelease({ owner, repo });
    expect(latest.id).toBe(draft.id);

    // The download URL lives under the web root and serves the bytes.
    const { data: assets } = await octokit.rest.repos.listReleaseAssets({
      owner,
      repo,
      release_id: draft.id,
    });
    expect(assets).toHaveLength(1);
    const url = assets[0]?.browser_download_url ?? '';
    expect(url).toBe(`${sb.serverUrl}/${owner}/${repo}/releases/download/v1.0.0/rockets.linux.amd64.tar.gz`);
    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    // The API asset URL with Accept: application/octet-stream redirects to the bytes.
    const viaApi = await fetch(`${sb.apiUrl}/repos/${owner}/${repo}/releases/assets/${asset.id}`, {
      headers: { accept: 'application/octet-stream', authorization: `token ${sb.token}` },
    });
    expect(viaApi.redirected).toBe(true);
    expect(Buffer.from(await viaApi.arrayBuffer()).equals(bytes)).toBe(true);
    const { data: counted } = await octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id });
    expect(counted.download_count).toBe(2);

    // Renaming the tag of a published release creates the new tag; the old one stays.
    const { data: renamed } = await octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: draft.id,
      tag_name: 'v1.0.1',
    });
    expect(renamed.tag_name).toBe('v1.0.1');
    expect(revParse(gitDir, 'refs/tags/v1.0.1')).toBe(mainSha);
    expect(refExists(gitDir, 'refs/tags/v1.0.0')).toBe(true);

    // Deleting the release deletes its assets, not its tag.
    await octokit.rest.repos.deleteRelease({ owner, repo, release_id: draft.id });
    await expect(
      octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(sb.repo(`${owner}/${repo}`).assets.size).toBe(0);
    expect(refExists(gitDir, 'refs/tags/v1.0.1')).toBe(true);
  });

  it('creates the tag of a published release at target_commitish, and refuses an unknown target', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const gitDir = sb.repo(`${owner}/${repo}`).gitDir;
    const next = await commitFiles(gitDir, 'next', { 'NEXT.md': 'next\n' }, 'next commit');
    const { data } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v2.0.0-rc.1',
      target_commitish: 'next',
      prerelease: true,
    });
    expect(data.prerelease).toBe(true);
    expect(revParse(gitDir, 'refs/tags/v2.0.0-rc.1')).toBe(next);
    await expect(
      octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v9', target_commitish: 'no-such-branch' }),
    ).rejects.toMatchObject({ status: 422 });
    // A prerelease is never "latest".
    await expect(octokit.rest.repos.getLatestRelease({ owner, repo })).rejects.toMatchObject({ status: 404 });
    await octokit.rest.repos.deleteRelease({ owner, repo, release_id: data.id });
  });

  it('lists releases newest first with Link pagination', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    // Created concurrently (35 x git is slow one by one); newest first means highest id first.
    const created = await Promise.all(
      Array.from({ length: 35 }, (_, i) =>
        octokit.rest.repos.createRelease({
          owner,
          repo,
          tag_name: `page-${i + 1}`,
          draft: (i + 1) % 5 === 0,
        }),
      ),
    );
    const expectedOrder = created.map((r) => r.data.id).sort((a, b) => b - a);
    sb.clearLog();
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { owner, repo, per_page: 10 });
    expect(all).toHaveLength(35);
    expect(all.map((r) => r.id)).toEqual(expectedOrder);
    expect(sb.count('repos/list-releases')).toBe(4);
    expect(sb.requests.map((r) => new URL(r.path, sb.serverUrl).searchParams.get('page'))).toEqual([
      null,
      '2',
      '3',
      '4',
    ]);
    const first = await fetch(`${sb.apiUrl}/repos/${owner}/${repo}/releases?per_page=10`, {
      headers: { authorization: `token ${sb.token}` },
    });
    expect(first.headers.get('link')).toBe(
      `<${sb.apiUrl}/repos/${owner}/${repo}/releases?per_page=10&page=2>; rel="next", ` +
        `<${sb.apiUrl}/repos/${owner}/${repo}/releases?per_page=10&page=4>; rel="last"`,
    );
    // Anonymous users do not see drafts.
    const anonymous = await fetch(`${sb.apiUrl}/repos/${owner}/${repo}/releases?per_page=100`);
    expect(((await anonymous.json()) as unknown[]).length).toBe(28);
    for (const r of all) await octokit.rest.repos.deleteRelease({ owner, repo, release_id: r.id });
  });

  it('generates release notes from merged pull requests', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const r = sb.repo(`${owner}/${repo}`);
    addPullRequest(r, sb.state, {
      title: 'Add boosters',
      head: 'boosters',
      base: 'main',
      merged_at: sb.state.now(),
    });
    const { data } = await octokit.rest.repos.generateReleaseNotes({ owner, repo, tag_name: 'v3.0.0' });
    expect(data.name).toBe('v3.0.0');
    expect(data.body).toContain('* Add boosters by @');
    expect(data.body).toContain('**Full Changelog**');
  });

  it('freezes published releases of a repository with immutable releases', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const o = { owner, repo: 'frozen' };
    const { data: draft } = await octokit.rest.repos.createRelease({ ...o, tag_name: 'v5.0.0', draft: true });
    const { data: asset } = await octokit.rest.repos.uploadReleaseAsset({
      ...o,
      release_id: draft.id,
      name: 'a.txt',
      data: 'a',
      headers: { 'content-type': 'text/plain', 'content-length': 1 },
      baseUrl: sb.uploadsUrl,
    });
    const { data: published } = await octokit.rest.repos.updateRelease({
      ...o,
      release_id: draft.id,
      draft: false,
    });
    expect(published.immutable).toBe(true);
    await expect(
      octokit.rest.repos.uploadReleaseAsset({
        ...o,
        release_id: draft.id,
        name: 'b.txt',
        data: 'b',
        headers: { 'content-type': 'text/plain', 'content-length': 1 },
        baseUrl: sb.uploadsUrl,
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.repos.deleteReleaseAsset({ ...o, asset_id: asset.id })).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      octokit.rest.repos.updateRelease({ ...o, release_id: draft.id, tag_name: 'v5.0.1' }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('streams a 50 MiB upload without buffering it', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const { data: release } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'big',
      draft: true,
    });
    const size = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 7);
    const expected = createHash('sha256');
    for (let i = 0; i < 50; i++) expected.update(chunk);

    // Live memory (heap + buffers) after a full GC, measured before and three times late in the upload
    // (the lowest counts: buffers in flight come and go under load, a buffered body only grows): a
    // sandbox that buffered the body would hold the 40 MiB or more already sent at each of them.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const live = (): number => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const before = live();
    let middle = Number.POSITIVE_INFINITY;
    const url = new URL(`${sb.uploadsUrl}/repos/${owner}/${repo}/releases/${release.id}/assets?name=big.bin`);
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: {
            authorization: `token ${sb.token}`,
            'content-type': 'application/octet-stream',
            'content-length': size,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (text += d));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      Readable.from(
        (async function* () {
          for (let i = 0; i < 50; i++) {
            if (i === 40 || i === 43 || i === 46) {
              await new Promise((r) => setTimeout(r, 100));
              middle = Math.min(middle, live());
            }
            yield chunk;
          }
        })(),
      ).pipe(req);
    });
    const asset = JSON.parse(body) as { size: number; digest: string; state: string };
    expect(asset).toMatchObject({ size, state: 'uploaded', digest: `sha256:${expected.digest('hex')}` });
    expect(middle - before).toBeLessThan(16 * 1024 * 1024);
    const log = sb.requests.filter((r) => r.operationId === 'repos/upload-release-asset').at(-1);
    expect(log?.bytesIn).toBe(size);
    await octokit.rest.repos.deleteRelease({ owner, repo, release_id: release.id });
  });

  it('refuses the 1,001st asset of a release as GitHub does, counting unfinished ones', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const record = sb.repo(`${owner}/${repo}`);
    const { data: release } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'many',
      draft: true,
    });
    // 999 assets as GitHub would hold them (one a starter a broken upload left), without 999 uploads.
    const now = new Date().toISOString();
    for (let i = 0; i < 999; i++) {
      const id = sb.state.nextId();
      record.assets.set(id, {
        ...{ id, releaseId: release.id, name: `part-${i}.bin`, label: null },
        ...{ content_type: 'application/octet-stream', size: i === 0 ? 0 : 1 },
        ...{ state: i === 0 ? 'starter' : 'uploaded', digest: null, path: `/nonexistent/${id}` },
        ...{ uploader: 'octocat', download_count: 0, created_at: now, updated_at: now },
      });
      record.releases.get(release.id)!.assetIds.push(id);
    }
    const upload = (name: string) =>
      octokit.rest.repos.uploadReleaseAsset({
        owner,
        repo,
        release_id: release.id,
        name,
        data: 'x',
        headers: { 'content-type': 'text/plain', 'content-length': 1 },
        baseUrl: sb.uploadsUrl,
      });
    expect((await upload('the-1000th.txt')).data.state).toBe('uploaded');
    await expect(upload('the-1001st.txt')).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ code: 'custom', message: 'file_count limited to 1000 assets per release' }],
        },
      },
    });
    // The starter is one of the thousand: deleting it makes room.
    const starter = [...record.assets.values()].find(
      (a) => a.releaseId === release.id && a.state === 'starter',
    );
    await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: starter!.id });
    expect((await upload('the-1001st.txt')).data.state).toBe('uploaded');
    await octokit.rest.repos.deleteRelease({ owner, repo, release_id: release.id });
  });
});
