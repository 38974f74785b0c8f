/**
 * kpromo-pr refusing what cannot work, each with one clear line and nothing written: bad inputs
 * (before any request), a tag that is not staged (with the closest staged tags), `latest`, a fork
 * that is no fork, a token GitHub refuses, a staging repository no promoter manifest names; and the
 * quiet successes: nothing to promote, every staged image found without naming them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { growImagesYaml, stagedInventory } from '../../shared/src/kpromo/images.js';
import { ARTIFACT_PROMOTER } from '../fixtures/kpromo/cases.js';
import {
  commitUpstream,
  createK8sIo,
  IMAGES_PATH,
  STAGING_DIR,
  stageRelease,
  UPSTREAM,
  type StagedRelease,
} from '../fixtures/kpromo-k8s-io.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';
import { useSandbox } from '../sandbox/jest.js';
import { promote, writesSince } from './kpromo-pr-helpers.js';

const sandbox = useSandbox({ tokenKind: 'pat', viewer: 'octocat', token: 'ghp_kpromoGuards' });
let registry: TestRegistry;
let v344: StagedRelease;
let v345: StagedRelease;

beforeAll(async () => {
  registry = await startRegistry();
  v344 = await stageRelease(registry.host, 'v3.4.4-1');
  v345 = await stageRelease(registry.host, 'v3.4.5-1', { earlier: [] });
  await createK8sIo(sandbox(), { stagingHost: registry.host });
  await sandbox().createRepo('notfork/k8s.io');
}, 60_000);
afterAll(async () => {
  await registry?.stop();
});

describe('bad inputs: one clear line, no request anywhere', () => {
  it.each([
    [
      { tag: 'latest' },
      /Input 'tag' got "latest": expected a release tag such as v3\.4\.4-1: the promoter pins digests/,
    ],
    [
      { tag: 'v3.4.4-1', 'git-tag': 'v3.4.4' },
      /Input 'git-tag' got "v3\.4\.4": expected either tag or git-tag and revision, not both/,
    ],
    [
      { tag: undefined, 'git-tag': 'v3.4.4', revision: 'one' },
      /Input 'revision' got "one": expected a number/,
    ],
    [{ tag: undefined }, /Input 'tag' is empty: expected the image tag to promote/],
    [{ tag: 'v3.4.4+1' }, /Input 'tag' got "v3\.4\.4\+1": expected an image tag/],
    [
      { fork: 'kubernetes' },
      /Input 'fork' got "kubernetes": expected your fork of kubernetes\/k8s\.io, not the repository itself/,
    ],
    [{ fork: 'octo cat' }, /Input 'fork' got "octo cat": expected owner or owner\/name/],
    [{ upstream: 'k8s.io' }, /Input 'upstream' got "k8s\.io": expected owner\/name/],
    [
      { 'staging-repo': 'k8s-staging-artifact-promoter' },
      /Input 'staging-repo' got "k8s-staging-artifact-promoter": expected a registry host/,
    ],
    [
      { 'staging-repo': 'gcr.io/k8s-staging-x:v1' },
      /Input 'staging-repo' got "gcr\.io\/k8s-staging-x:v1": expected a registry host/,
    ],
    [{ images: 'kpromo, Kpromo' }, /Input 'images' got "Kpromo": expected image names under/],
    [{ project: 'artifact promoter' }, /Input 'project' got "artifact promoter": expected a project name/],
    [{ hold: 'maybe' }, /Input 'hold' got "maybe": expected true or false/],
  ])('%j', async (inputs, message) => {
    const sb = sandbox();
    const before = sb.requests.length;
    const result = await promote(sb, registry.host, inputs);
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(message);
    expect(result.log).not.toContain('Unexpected failure');
    expect(sb.requests.length).toBe(before);
  });
});

describe('what the registry and GitHub say', () => {
  it('names the closest staged tags when the tag is not staged, before any request to GitHub', async () => {
    const sb = sandbox();
    const before = sb.requests.length;
    const result = await promote(sb, registry.host, { tag: 'v3.4.6-1', images: 'kpromo' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `Not staged: ${registry.host}/${STAGING_DIR}/kpromo has no tag v3.4.6-1; closest tags there: v3.4.3-1, v3.4.4-1, v3.4.5-1, v3.4.4`,
    );
    expect(sb.requests.length).toBe(before);
  });

  it('says no image carries the tag, with each image’s closest tags, when none was named', async () => {
    const result = await promote(sandbox(), registry.host, {
      'git-tag': 'v3.4.4',
      revision: '2',
      tag: undefined,
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `No image in ${registry.host}/${STAGING_DIR} carries the tag v3.4.4-2; closest tags there: kpromo: v3.4.4-1, v3.4.4`,
    );
  });

  it('finds every staged image carrying the tag when none is named (git-tag and revision)', async () => {
    const sb = sandbox();
    const before = sb.requests.length;
    const result = await promote(sb, registry.host, {
      tag: undefined,
      'git-tag': 'v3.4.4',
      revision: '1',
      'dry-run': 'true',
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.digests ?? '')).toEqual(v344.digests);
    expect(result.outputs.branch).toBe('artifact-promoter-v3.4.4-1-image-promotion');
    expect(writesSince(sb, before)).toEqual([]);
  });

  it('succeeds without writing when upstream already lists every digest (kpromo: "No changes detected")', async () => {
    const sb = sandbox();
    // Merged upstream already, as kpromo wrote it.
    const listed = growImagesYaml(
      ARTIFACT_PROMOTER,
      stagedInventory('v3.4.5-1', new Map(Object.entries(v345.digests))),
    ).text;
    await commitUpstream(sb, { [IMAGES_PATH]: listed }, 'Image promotion for artifact-promoter v3.4.5-1');
    const before = sb.requests.length;
    const result = await promote(sb, registry.host, { tag: 'v3.4.5-1' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ changed: 'false', 'pull-request-url': '' });
    expect(result.summary).toContain('already lists every digest: nothing to promote');
    expect(writesSince(sb, before)).toEqual([]);
    // Not even the fork was looked at.
    expect(sb.requests.slice(before).some((r) => r.path.includes('/repos/octocat/'))).toBe(false);
  });

  it('refuses a fork that is not a fork of upstream', async () => {
    const sb = sandbox();
    const before = sb.requests.length;
    const result = await promote(sb, registry.host, { fork: 'notfork' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `notfork/k8s.io is not a fork of ${UPSTREAM}: name your fork of ${UPSTREAM}`,
    );
    expect(writesSince(sb, before)).toEqual([]);
  });

  it('says which token GitHub refused, and never prints either', async () => {
    const sb = sandbox();
    const bogus = 'ghp_refusedForkToken123';
    const result = await promote(sb, registry.host, { 'fork-token': bogus });
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(/GitHub refused the fork-token input's token \(401 Bad credentials\)/);
    // Both tokens are masked from the first line on, and printed nowhere but in the mask command.
    const printed = (out: string) => out.replace(/^::add-mask::.*$/gm, '');
    expect(result.masks).toEqual(expect.arrayContaining([bogus, sb.token]));
    expect(printed(result.rawStdout)).not.toContain(bogus);
    expect(printed(result.rawStdout)).not.toContain(sb.token);
    const upstreamFirst = await promote(sb, registry.host, {
      token: 'ghp_refusedReadToken',
      'fork-token': sb.token,
    });
    expect(upstreamFirst.exitCode).toBe(1);
    expect(upstreamFirst.log).toMatch(/GitHub refused the token input's token \(401 Bad credentials\)/);
    expect(printed(upstreamFirst.rawStdout)).not.toContain('ghp_refusedReadToken');
    expect(printed(upstreamFirst.rawStdout)).not.toContain(sb.token);
  });

  it('refuses a staging repository no promoter manifest has as its source', async () => {
    const result = await promote(sandbox(), registry.host, {
      'staging-repo': `${registry.host}/k8s-staging-artifact-promoter-old`,
      images: 'kpromo',
    });
    expect(result.exitCode).toBe(1);
    // The images are checked first: this repository has none.
    expect(result.log).toContain('has no tags (the repository does not exist or is empty)');
  });

  it('reads a staging repository with a trailing slash as the same repository', async () => {
    const sb = sandbox();
    const before = sb.requests.length;
    const result = await promote(sb, registry.host, {
      'staging-repo': `${registry.host}/${STAGING_DIR}/`,
      'dry-run': 'true',
    });
    expect(result.exitCode).toBe(0);
    expect(writesSince(sb, before)).toEqual([]);
  });

  it('refuses when no promoter manifest has the staging repository as its source, after reading them all', async () => {
    const sb = sandbox();
    const port = registry.host.split(':')[1];
    const before = sb.requests.length;
    const result = await promote(sb, `localhost:${port}`, { images: 'kpromo' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `No promoter manifest in ${UPSTREAM} (registry.k8s.io/manifests/*/promoter-manifest.yaml) has localhost:${port}/${STAGING_DIR} as its source registry (src: true)`,
    );
    // The conventional folder, the folder listing, then every other manifest.
    const manifestReads = sb.requests.slice(before).filter((r) => r.path.includes('promoter-manifest.yaml'));
    expect(manifestReads).toHaveLength(5);
    expect(writesSince(sb, before)).toEqual([]);
  });
});
