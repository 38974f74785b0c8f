/**
 * The release listing of a repository with more releases than GitHub lists (its cap of 1,000), the
 * tags that still reach them, and seedReleases, which makes such a repository in milliseconds. A file
 * of its own: the upload memory test in releases.test.ts measures the process's heap.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { useSandbox, sandboxOctokit } from './jest.js';
import { commitFiles, seedReleases } from './seed.js';

const sandbox = useSandbox();
const owner = 'acme';

const revParse = (gitDir: string, ref: string): string =>
  execFileSync('git', ['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', ref], {
    encoding: 'utf8',
  }).trim();

describe('the release listing and seeded releases', () => {
  it('lists only the first 1,000 releases, as GitHub does: a page past them is refused', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const r = await sb.createRepo(`${owner}/years-of-dailies`);
    const sha = await commitFiles(r.gitDir, 'main', { 'README.md': 'x\n' }, 'first');
    const day = (i: number): string =>
      new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const seeded = await seedReleases(
      r,
      sb.state,
      Array.from({ length: 1050 }, (_, i) => ({ tag: `v0.${i}-daily`, sha, published_at: day(i) })),
    );
    expect(seeded).toHaveLength(1050);
    const o = { owner, repo: 'years-of-dailies' };
    const tenth = await octokit.rest.repos.listReleases({ ...o, per_page: 100, page: 10 });
    expect(tenth.data.map((x) => x.tag_name).slice(0, 2)).toEqual(['v0.149-daily', 'v0.148-daily']);
    expect(tenth.headers.link).toContain('page=11>; rel="next"');
    await expect(octokit.rest.repos.listReleases({ ...o, per_page: 100, page: 11 })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Only the first 1000 results are available.'),
    });
    // A page that reaches past the cap is cut at it.
    const straddling = await octokit.rest.repos.listReleases({ ...o, per_page: 30, page: 34 });
    expect(straddling.data).toHaveLength(10);
    // The tags are all there (matching-refs does not page), and each release is found by its tag.
    const { data: refs } = await octokit.rest.git.listMatchingRefs({ ...o, ref: 'tags/' });
    expect(refs).toHaveLength(1050);
    const { data: oldest } = await octokit.rest.repos.getReleaseByTag({ ...o, tag: 'v0.0-daily' });
    expect(oldest).toMatchObject({ id: seeded[0]!.id, published_at: '2020-01-01T00:00:00Z' });
    // As GitHub answered in 2022 (release-drafter#1082), with a cap a test reaches cheaply.
    const old = await sb.createRepo(`${owner}/in-2022`, {
      gitDir: r.gitDir,
      releaseListCap: { limit: 150, status: 500 },
    });
    await seedReleases(
      old,
      sb.state,
      Array.from({ length: 160 }, (_, i) => ({ tag: `v0.${i}-daily`, sha })),
    );
    await expect(
      octokit.rest.repos.listReleases({ owner, repo: 'in-2022', per_page: 100, page: 2 }),
    ).resolves.toMatchObject({ data: { length: 50 } });
    await expect(
      octokit.rest.repos.listReleases({ owner, repo: 'in-2022', per_page: 50, page: 4 }),
    ).rejects.toMatchObject({ status: 500 });
  });

  it('seeds releases with tags and the latest mark, and deletes an immutable release (not its tag)', async () => {
    const sb = sandbox();
    const octokit = sandboxOctokit(sb);
    const r = await sb.createRepo(`${owner}/seeded`, { immutableReleases: true });
    const sha = await commitFiles(r.gitDir, 'main', { 'README.md': 'x\n' }, 'first');
    const [full, frozen] = await seedReleases(r, sb.state, [
      { tag: 'v1.0.0', sha, latest: true },
      { tag: 'v1.1.0', sha, immutable: true },
      { tag: 'v1.2.0-rc.1', sha, prerelease: true },
    ]);
    const o = { owner, repo: 'seeded' };
    expect((await octokit.rest.repos.getLatestRelease(o)).data.id).toBe(full!.id);
    expect((await octokit.rest.repos.getRelease({ ...o, release_id: frozen!.id })).data.immutable).toBe(true);
    // GitHub's immutable releases lock the tag and the assets; the release itself can be deleted
    // (its documentation lists those two protections, and the description has no 422 for it).
    await expect(octokit.rest.git.deleteRef({ ...o, ref: 'tags/v1.1.0' })).rejects.toMatchObject({
      status: 422,
    });
    await octokit.rest.repos.deleteRelease({ ...o, release_id: frozen!.id });
    expect(revParse(r.gitDir, 'refs/tags/v1.1.0')).toBe(sha);
    await expect(octokit.rest.repos.createRelease({ ...o, tag_name: 'v1.1.0' })).rejects.toMatchObject({
      status: 422,
    });
  });
});
