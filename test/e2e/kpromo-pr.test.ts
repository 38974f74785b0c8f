/**
 * kpromo-pr end to end: the bundle under Node 24, Debian's docker-registry as staging (behind the
 * proxy that pages tag lists: kpromo's tag list has over a thousand tags), and the GitHub sandbox with
 * a k8s.io-like repository the token may only read, a personal access token, and forks GitHub takes a
 * moment to create. Seed 002's promotion is opened, rerun without change, rebased when upstream's
 * images.yaml moves, and refused when the branch holds someone else's commit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { growImagesYaml, stagedInventory } from '../../shared/src/kpromo/images.js';
import { ARTIFACT_PROMOTER, digest } from '../fixtures/kpromo/cases.js';
import {
  commitUpstream,
  createK8sIo,
  IMAGES_PATH,
  STAGING_DIR,
  stageRelease,
  UPSTREAM,
  type StagedRelease,
} from '../fixtures/kpromo-k8s-io.js';
import { startProxy, type CountingProxy } from '../registry/proxy.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { commitFiles } from '../sandbox/seed.js';
import { gitIn, promote, writesSince } from './kpromo-pr-helpers.js';

const sandbox = useSandbox({
  tokenKind: 'pat',
  viewer: 'octocat',
  token: 'ghp_kpromoE2E',
  forkReadyAfterMs: 1500,
});
const BRANCH = 'artifact-promoter-v3.4.4-1-image-promotion';
const FORK = 'octocat/k8s.io';
const TITLE = 'Image promotion for artifact-promoter v3.4.4-1';
let registry: TestRegistry;
let staging: CountingProxy;
let release: StagedRelease;
let firstUrl: string;

beforeAll(async () => {
  registry = await startRegistry();
  staging = await startProxy(registry.host, { pageTags: true });
  // Pushed straight to the registry; the action reads it through the paging proxy.
  release = await stageRelease(registry.host, 'v3.4.4-1', { extraTags: 1100 });
  await createK8sIo(sandbox(), { stagingHost: staging.host });
}, 60_000);
afterAll(async () => {
  await staging?.stop();
  await registry?.stop();
});

const expected = (before: string): string =>
  growImagesYaml(before, stagedInventory('v3.4.4-1', new Map(Object.entries(release.digests)))).text;

describe("seed 002's promotion", () => {
  it('checks the staged images, creates the fork, commits kpromo’s images.yaml and opens the pull request', async () => {
    const sb = sandbox();
    staging.reset();
    const before = sb.requests.length;
    const result = await promote(sb, staging.host);
    expect(result.log).not.toContain('Unexpected');
    expect(result.exitCode).toBe(0);
    firstUrl = result.outputs['pull-request-url'] ?? '';
    expect(firstUrl).toMatch(new RegExp(`/${UPSTREAM}/pull/\\d+$`));
    expect(result.outputs.branch).toBe(BRANCH);
    expect(result.outputs.changed).toBe('true');
    expect(JSON.parse(result.outputs.digests ?? '{}')).toEqual(release.digests);

    // The tag list of kpromo (1,100 CI tags beside the releases) was read page by page.
    const kpromoPages = staging.requests.filter((r) =>
      r.path.startsWith(`/v2/${STAGING_DIR}/kpromo/tags/list`),
    );
    expect(kpromoPages.length).toBe(2);

    // The fork's branch: one commit on upstream's main, changing images.yaml only, to kpromo's bytes.
    const main = gitIn(sb, UPSTREAM, 'rev-parse', 'main');
    expect(gitIn(sb, FORK, 'log', '-1', '--format=%P %s', BRANCH)).toBe(`${main} ${TITLE}`);
    expect(gitIn(sb, FORK, 'diff-tree', '--no-commit-id', '--name-only', '-r', BRANCH)).toBe(IMAGES_PATH);
    const written = gitIn(sb, FORK, 'show', `${BRANCH}:${IMAGES_PATH}`) + '\n';
    expect(written).toBe(expected(ARTIFACT_PROMOTER));
    expect(written).toContain(`    "${release.digests.kpromo}": ["v3.4.4-1"]\n`);

    // The pull request: fork branch into main, kpromo's title and body.
    const gh = sandboxOctokit(sb).rest;
    const number = Number(firstUrl.split('/').pop());
    const { data: pull } = await gh.pulls.get({ owner: 'kubernetes', repo: 'k8s.io', pull_number: number });
    expect(pull).toMatchObject({
      title: TITLE,
      head: { ref: BRANCH, label: `octocat:${BRANCH}` },
      base: { ref: 'main' },
    });
    expect(pull.body).toBe(
      'Image promotion for artifact-promoter v3.4.4-1\n' +
        'This is an automated PR generated from `kpromo`\n' +
        '```\n' +
        `kpromo pr --fork octocat --project artifact-promoter --staging-repo ${staging.host}/${STAGING_DIR} --tag v3.4.4-1\n` +
        '```\n\n' +
        '/hold\ncc: @kubernetes/release-engineering\n',
    );

    // Through the API only, a handful of writes: fork, blob, tree, commit, ref, pull.
    expect(writesSince(sb, before)).toEqual([
      'POST repos/create-fork',
      'POST git/create-blob',
      'POST git/create-tree',
      'POST git/create-commit',
      'POST git/create-ref',
      'POST pulls/create',
    ]);
    expect(result.summary).toContain(release.digests.kpromo);
    expect(result.summary).toContain('multi-arch index');
  });

  it('changes nothing when run again: same pull request, no write, changed false', async () => {
    const sb = sandbox();
    const before = sb.requests.length;
    const result = await promote(sb, staging.host);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'pull-request-url': firstUrl, changed: 'false', branch: BRANCH });
    expect(writesSince(sb, before)).toEqual([]);
    expect(result.summary).toContain('Already complete');
  });

  it('leaves the branch alone when upstream moved without touching images.yaml', async () => {
    const sb = sandbox();
    await commitUpstream(
      sb,
      { 'registry.k8s.io/manifests/README.md': '# Promoter manifests (edited)\n' },
      'docs',
    );
    const tip = gitIn(sb, FORK, 'rev-parse', BRANCH);
    const before = sb.requests.length;
    const result = await promote(sb, staging.host);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.changed).toBe('false');
    expect(writesSince(sb, before)).toEqual([]);
    expect(gitIn(sb, FORK, 'rev-parse', BRANCH)).toBe(tip);
  });

  it("rebases onto upstream's new head when another promotion changed images.yaml there", async () => {
    const sb = sandbox();
    // Another promotion merged upstream meanwhile: vulndash v0.4.4-1.
    const merged = ARTIFACT_PROMOTER.replace(
      /(- name: vulndash\n {2}dmap:\n(?:.*\n)*)$/,
      `$1    "${digest('vulndash-v0.4.4-1')}": ["v0.4.4-1"]\n`,
    );
    const head = await commitUpstream(
      sb,
      { [IMAGES_PATH]: merged },
      'Image promotion for artifact-promoter vulndash v0.4.4-1',
    );
    const before = sb.requests.length;
    const result = await promote(sb, staging.host);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ changed: 'true', 'pull-request-url': firstUrl });
    expect(writesSince(sb, before)).toEqual([
      'POST git/create-blob',
      'POST git/create-tree',
      'POST git/create-commit',
      'PATCH git/update-ref',
    ]);
    expect(gitIn(sb, FORK, 'log', '-1', '--format=%P', BRANCH)).toBe(head);
    expect(gitIn(sb, FORK, 'show', `${BRANCH}:${IMAGES_PATH}`) + '\n').toBe(expected(merged));
    // Still one open pull request for the branch.
    const open = await sandboxOctokit(sb).rest.pulls.list({
      owner: 'kubernetes',
      repo: 'k8s.io',
      state: 'open',
    });
    expect(open.data.filter((p) => p.head.ref === BRANCH)).toHaveLength(1);
  });

  it('refuses to replace a commit it did not make, and writes nothing', async () => {
    const sb = sandbox();
    // A maintainer pushed a fix to the promotion branch; upstream moved again since.
    const foreign = await commitFiles(
      sb.repo(FORK).gitDir,
      BRANCH,
      { 'NOTES.md': 'why\n' },
      'Explain the promotion',
      {
        name: 'alice',
        email: 'alice@example.com',
      },
    );
    await commitUpstream(
      sb,
      { [IMAGES_PATH]: `${gitIn(sb, UPSTREAM, 'show', `main:${IMAGES_PATH}`)}\n- name: zz\n  dmap:\n` },
      'another image',
    );
    const before = sb.requests.length;
    const result = await promote(sb, staging.host);
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(
      new RegExp(
        `has commits this promotion did not make \\(${foreign.slice(0, 7)} "Explain the promotion" by alice\\).*refusing`,
      ),
    );
    expect(result.log).not.toContain('Unexpected failure');
    expect(writesSince(sb, before)).toEqual([]);
    expect(gitIn(sb, FORK, 'rev-parse', BRANCH)).toBe(foreign);
  });

  it('prints the diff and the pull request in a dry run and writes nothing', async () => {
    const sb = sandbox();
    const before = sb.requests.length;
    const result = await promote(sb, staging.host, { tag: 'v3.4.3-1', 'dry-run': 'true' });
    expect(result.exitCode).toBe(0);
    expect(writesSince(sb, before)).toEqual([]);
    expect(result.outputs).toMatchObject({
      changed: 'false',
      'pull-request-url': '',
      branch: 'artifact-promoter-v3.4.3-1-image-promotion',
    });
    expect(result.log).toContain(`--- a/${IMAGES_PATH}`);
    expect(result.log).toMatch(/\n\+ {4}"sha256:[0-9a-f]{64}": \["v3\.4\.3-1"\]/);
    expect(result.log).toContain('kpromo pr --fork octocat --project artifact-promoter');
    expect(result.log).toMatch(/push branch octocat\/k8s\.io:artifact-promoter-v3\.4\.3-1-image-promotion/);
    expect(result.summary).toContain('The pull request it would open');
  });
  it('opens a new pull request when the earlier one was closed without merging, keeping the branch', async () => {
    const sb = sandbox();
    const first = await promote(sb, staging.host, { tag: 'v3.4.3-1' });
    expect(first.exitCode).toBe(0);
    const branch = 'artifact-promoter-v3.4.3-1-image-promotion';
    const tip = gitIn(sb, FORK, 'rev-parse', branch);
    // A reviewer closed it (the token cannot: upstream is read-only for it).
    const closed = sb.repo(UPSTREAM).issues.get(Number(first.outputs['pull-request-url']?.split('/').pop()))!;
    closed.state = 'closed';
    closed.closed_at = sb.state.now();
    const before = sb.requests.length;
    const again = await promote(sb, staging.host, { tag: 'v3.4.3-1' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.changed).toBe('true');
    expect(again.outputs['pull-request-url']).not.toBe(first.outputs['pull-request-url']);
    expect(writesSince(sb, before)).toEqual(['POST pulls/create']);
    expect(gitIn(sb, FORK, 'rev-parse', branch)).toBe(tip);
  });
});
