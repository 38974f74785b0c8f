/** Shared by the pin-image-tags e2e tests: peer pods' images in a local registry, the bundle run, the tree read back. */
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { RegistryClient } from '../../shared/src/registry/client.js';
import { runAction, type RunOptions, type RunResult } from '../harness/runner.js';
import { buildImage, buildIndex } from '../registry/image.js';
import { pushImage, pushIndex } from '../registry/push.js';
import { CAA, PEERPOD_CTRL, WEBHOOK, readFiles, type Tree } from '../fixtures/pin-image-tags-trees.js';

/** The seed's example: the commit the release image was built from. */
export const RELEASE = '6d7d2a3fe8243809b3c3a710792c8498292e2fc3';
/** versions.yaml's guest-components reference after the components released. */
export const GUEST_COMPONENTS = '8e5a3b6f0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f';

export interface Staged {
  /** The release image's digest: a multi-arch index. */
  release: string;
  /** The digests of its platforms (never the one pinned). */
  platforms: string[];
  /** `<release>-dev` (Helm era) and `dev-<release>` (kustomize era), single images. */
  dev: string;
  devPrefixed: string;
}

/**
 * Peer pods' images as quay.io holds them: the adaptor at the release commit (amd64, arm64 and s390x
 * in one index), its dev builds, `latest`, and 1,100 CI tags beside them (its tag list pages); the
 * peerpod-ctrl and webhook images at the release and latest; guest-components at its reference.
 */
export async function stagePeerPods(host: string): Promise<Staged> {
  const client = new RegistryClient({ backoffMs: [10] });
  const repo = (path: string) => ({ registry: host, repository: path });
  const index = buildIndex(['amd64', 'arm64', 's390x']);
  const release = await pushIndex(client, repo(CAA), RELEASE, index);
  const image = (label: string) => buildImage({ layers: [{ files: { label } }], label });
  const dev = image('dev');
  const devPrefixed = image('dev-prefixed');
  const latest = image('latest');
  const staged: Staged = {
    release,
    platforms: index.images.map((i) => i.manifest.digest),
    dev: await pushImage(client, repo(CAA), `${RELEASE}-dev`, dev),
    devPrefixed: await pushImage(client, repo(CAA), `dev-${RELEASE}`, devPrefixed),
  };
  await pushImage(client, repo(CAA), 'latest', latest);
  await pushImage(client, repo(CAA), '6d7d2a3fe8243809b3c3a710792c8498292e2fc4', latest);
  const ci = Array.from({ length: 1100 }, (_, i) => `ci-${String(i).padStart(4, '0')}`);
  for (let i = 0; i < ci.length; i += 16)
    await Promise.all(ci.slice(i, i + 16).map((t) => client.putManifest(repo(CAA), t, latest.manifest)));
  for (const path of [PEERPOD_CTRL, WEBHOOK]) {
    await pushImage(client, repo(path), RELEASE, image(`${path}-release`));
    await pushImage(client, repo(path), 'latest', image(`${path}-latest`));
  }
  await pushImage(client, repo('confidential-containers/guest-components'), GUEST_COMPONENTS, image('gc'));
  return staged;
}

export const IMAGES = (host: string): string =>
  [CAA, PEERPOD_CTRL, WEBHOOK].map((path) => `${host}/${path}`).join('\n');

export function pin(
  workspace: string,
  inputs: RunOptions['inputs'],
  extra: Partial<RunOptions> = {},
): Promise<RunResult> {
  return runAction({
    action: 'pin-image-tags',
    workspace,
    repository: 'confidential-containers/cloud-api-adaptor',
    ref: 'refs/heads/main',
    timeoutMs: 50_000,
    ...extra,
    inputs,
  });
}

/** The run failed with a message containing `text`, as one line and no stack. */
export function failedWith(result: RunResult, text: string): void {
  expect(result.log).not.toContain('Unexpected failure');
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect(errors).toEqual([expect.stringContaining(text)]);
}

/** Nothing in the workspace changed: every file as committed, none added. */
export function untouched(workspace: string): void {
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: workspace, encoding: 'utf8' })).toBe('');
}

/** The files now hold exactly `expected`, and every other file of `tree` is as it was. */
export function expectFiles(workspace: string, tree: Tree, expected: Tree): void {
  const now = readFiles(workspace, Object.keys(tree));
  for (const [path, text] of Object.entries(tree)) {
    const want = expected[path] ?? text;
    expect({ path, text: now[path] }).toEqual({ path, text: want });
  }
}
