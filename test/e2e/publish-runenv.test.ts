/** publish-runenv run as the runner runs it (dist bundle, Node 24) against real registries. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../shared/src/registry/client.js';
import { exitOf, runAction, type RunOptions } from '../harness/runner.js';
import { buildImage, buildIndex, type BuiltImage } from '../registry/image.js';
import { pushImage, pushIndex } from '../registry/push.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';
import { skopeoInspectJson } from '../registry/skopeo.js';

const SHA = '3f1c2b9d8e7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
let plain: TestRegistry;
let other: TestRegistry;
let locked: TestRegistry;
let locked2: TestRegistry;
let image: BuiltImage;
const client = new RegistryClient({
  credentials: () => ({ kind: 'basic', username: 'ci', password: 'ci-password' }),
});

beforeAll(async () => {
  [plain, other, locked, locked2] = await Promise.all([
    startRegistry(),
    startRegistry(),
    startRegistry({ auth: 'htpasswd', users: { ci: 'ci-password' } }),
    startRegistry({ auth: 'htpasswd', users: { pub: 'pub-password' } }),
  ]);
  image = buildImage({
    layers: [{ files: { 'opt/kontain/bin/python': 'python.km' } }, { randomBytes: 50_000 }],
  });
  await pushImage(client, { registry: plain.host, repository: 'kontainapp/runenv-python' }, 'ci-1234', image);
  await pushImage(client, { registry: locked.host, repository: 'kontainapp/runenv-node' }, 'ci-1234', image);
});
afterAll(async () => {
  await Promise.all([plain?.stop(), other?.stop(), locked?.stop(), locked2?.stop()]);
});

const publish = (inputs: RunOptions['inputs'], extra: Partial<RunOptions> = {}) =>
  runAction({ action: 'publish-runenv', sha: SHA, ref: 'refs/tags/v0.9.1', inputs, ...extra });

/** A HOME whose Docker config file holds `user:password` for `host`, as docker/login-action writes it. */
function dockerHome(host: string, userPassword: string): string {
  const home = mkdtempSync(join(tmpdir(), 'home-'));
  mkdirSync(join(home, '.docker'));
  const auth = Buffer.from(userPassword).toString('base64');
  writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ auths: { [host]: { auth } } }));
  return home;
}

describe('publish-runenv', () => {
  it('publishes python and its 3.7 alias under latest, the SHA and the release tag, all at the source digest', async () => {
    const result = await publish({
      source: `${plain.host}/kontainapp/runenv-python:ci-1234`,
      target: `${plain.host}/kontainapp`,
      payload: 'python',
      aliases: 'python-3.7',
      tags: 'latest, {sha}, v0.9.1',
    });
    expect(exitOf(result)).toBe(0);
    const references = JSON.parse(result.outputs.references ?? '[]') as Array<{
      reference: string;
      digest: string;
    }>;
    const expected = ['runenv-python', 'runenv-python-3.7'].flatMap((repo) =>
      ['latest', SHA, 'v0.9.1'].map((tag) => `${plain.host}/kontainapp/${repo}:${tag}`),
    );
    expect(references.map((r) => r.reference)).toEqual(expected);
    expect(new Set(references.map((r) => r.digest))).toEqual(new Set([image.manifest.digest]));
    expect(result.outputs.digest).toBe(image.manifest.digest);
    for (const reference of expected)
      expect((await skopeoInspectJson(reference)).Digest).toBe(image.manifest.digest);
    expect(result.log).toContain(
      `push image ${plain.host}/kontainapp/runenv-python — tags latest, ${SHA}, v0.9.1; manifest PUTs only (same repository)`,
    );
    expect(result.log).toContain(
      `push image ${plain.host}/kontainapp/runenv-python-3.7 — tags latest, ${SHA}, v0.9.1; blobs mounted from the source repository, then manifest PUTs`,
    );
    expect(result.summary).toContain(`| ${plain.host}/kontainapp/runenv-python-3.7:v0.9.1 |`);
    expect(result.summary).toMatch(/bytes uploaded\*\*: 0/);
  });

  it('a re-run pushes nothing, and a tag that moves says from which digest', async () => {
    const inputs = {
      source: `${plain.host}/kontainapp/runenv-python:ci-1234`,
      target: `${plain.host}/kontainapp`,
      payload: 'python',
      aliases: 'python-rerun',
      tags: 'latest',
    };
    expect(exitOf(await publish(inputs))).toBe(0);
    const again = await publish(inputs);
    expect(exitOf(again)).toBe(0);
    expect(again.log).toContain(
      `${plain.host}/kontainapp/runenv-python-rerun:latest already names ${image.manifest.digest}`,
    );
    expect(again.log).toContain('Plan: 0 effects');
    const next = buildImage({
      layers: [{ files: { 'opt/kontain/bin/python': 'python.km 2' } }],
      label: 'next',
    });
    await pushImage(
      client,
      { registry: plain.host, repository: 'kontainapp/runenv-python' },
      'ci-1235',
      next,
    );
    const moved = await publish({ ...inputs, source: `${plain.host}/kontainapp/runenv-python:ci-1235` });
    expect(exitOf(moved)).toBe(0);
    expect(moved.log).toContain(
      `push image ${plain.host}/kontainapp/runenv-python-rerun — tags latest; blobs mounted from the source repository, then manifest PUTs; moves latest from ${image.manifest.digest}`,
    );
    expect(
      (
        await client.headManifest(
          { registry: plain.host, repository: 'kontainapp/runenv-python-rerun' },
          'latest',
        )
      )?.digest,
    ).toBe(next.manifest.digest);
  });

  it('copies a multi-arch index to another registry with every child', async () => {
    const index = buildIndex(['amd64', 'arm64']);
    await pushIndex(client, { registry: plain.host, repository: 'kontainapp/runenv-node' }, 'ci-55', index);
    const result = await publish({
      source: `${plain.host}/kontainapp/runenv-node:ci-55`,
      target: `${other.host}/kontainapp`,
      payload: 'node',
      aliases: 'node-12',
      tags: 'latest',
    });
    expect(exitOf(result)).toBe(0);
    for (const repo of ['runenv-node', 'runenv-node-12']) {
      const target = { registry: other.host, repository: `kontainapp/${repo}` };
      expect((await client.headManifest(target, 'latest'))?.digest).toBe(index.manifest.digest);
      for (const child of index.images)
        expect((await client.headManifest(target, child.manifest.digest))?.digest).toBe(
          child.manifest.digest,
        );
    }
  });

  it('logs in with username and password, never printing the password', async () => {
    const result = await publish({
      source: `${locked.host}/kontainapp/runenv-node:ci-1234`,
      target: `${locked.host}/kontainapp`,
      payload: 'node',
      tags: 'latest',
      username: 'ci',
      password: 'ci-password',
    });
    expect(exitOf(result)).toBe(0);
    const printed = result.rawStdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toMatch(/ci-password|Y2k6Y2ktcGFzc3dvcmQ/);
    expect(printed.join('\n')).toContain('done: push image');
    expect(result.masks).toContain('ci-password');
    expect(
      (await skopeoInspectJson(`${locked.host}/kontainapp/runenv-node:latest`, 'ci:ci-password')).Digest,
    ).toBe(image.manifest.digest);
  });

  it('reads credentials from the Docker config file that docker/login-action writes', async () => {
    const home = dockerHome(locked.host, 'ci:ci-password');
    const ok = await publish(
      {
        source: `${locked.host}/kontainapp/runenv-node:ci-1234`,
        target: `${locked.host}/kontainapp`,
        payload: 'node',
        tags: 'v0.9.1',
      },
      { env: { HOME: home } },
    );
    expect(exitOf(ok)).toBe(0);
    const refused = await publish(
      {
        source: `${locked.host}/kontainapp/runenv-node:ci-1234`,
        target: `${locked.host}/kontainapp`,
        payload: 'node',
        tags: 'v0.9.2',
      },
      { env: { HOME: mkdtempSync(join(tmpdir(), 'home-')) } },
    );
    expect(refused.exitCode).toBe(1);
    expect(refused.log).toContain('registry answered 401');
  });

  it('reads the source with the Docker config file and pushes to the target with the inputs, masking both', async () => {
    const home = dockerHome(locked.host, 'ci:ci-password');
    const auth = Buffer.from('ci:ci-password').toString('base64');
    const result = await publish(
      {
        source: `${locked.host}/kontainapp/runenv-node:ci-1234`,
        target: `${locked2.host}/kontainapp`,
        payload: 'node',
        tags: 'latest',
        username: 'pub',
        password: 'pub-password',
      },
      { env: { HOME: home } },
    );
    expect(exitOf(result)).toBe(0);
    expect(result.masks).toEqual(expect.arrayContaining(['pub-password', 'ci-password', auth]));
    expect(
      (await skopeoInspectJson(`${locked2.host}/kontainapp/runenv-node:latest`, 'pub:pub-password')).Digest,
    ).toBe(image.manifest.digest);
  });

  it('a dry run prints the plan and pushes nothing', async () => {
    const result = await publish({
      source: `${plain.host}/kontainapp/runenv-python:ci-1234`,
      target: `${plain.host}/kontainapp`,
      payload: 'python',
      aliases: 'python-dry',
      'dry-run': true,
    });
    expect(exitOf(result)).toBe(0);
    expect(result.log).toContain(
      `push image ${plain.host}/kontainapp/runenv-python-dry — tags latest, ${SHA};`,
    );
    expect(
      await client.listTags({ registry: plain.host, repository: 'kontainapp/runenv-python-dry' }),
    ).toEqual([]);
    expect(result.outputs.references).toBe('[]');
  });

  it.each([
    [
      { aliases: 'Python-3.7' },
      `Input 'aliases' got "Python-3.7": expected a name that makes a valid repository`,
    ],
    [
      { tags: 'latest, -bad' },
      `Input 'tags' got "latest, -bad": expected valid tags: "-bad": a tag is letters`,
    ],
    [
      { source: 'kontainapp/runenv:Bad Tag' },
      `Input 'source' got "kontainapp/runenv:Bad Tag": expected a valid image reference (a reference has no spaces)`,
    ],
    [
      { 'name-template': 'runenv-{payload}' },
      `Input 'name-template' got "runenv-{payload}": expected only {name} and {platform} placeholders`,
    ],
    [{ tags: '', sha: 'main' }, `Input 'sha' got "main": expected a commit SHA for {sha} in tags`],
    [{ username: 'ci' }, `Input 'password' is empty: expected both username and password, or neither`],
    [
      { 'name-template': '{name}-{platform}' },
      `Input 'platform' is empty: expected a platform such as fedora`,
    ],
    [{ target: '' }, `Input 'target' is empty: expected the registry and namespace to publish to`],
  ])('bad input %j fails with one line and writes nothing', async (bad, message) => {
    const result = await publish({
      source: `${plain.host}/kontainapp/runenv-python:ci-1234`,
      target: `${plain.host}/kontainapp`,
      payload: 'python',
      aliases: 'python-bad',
      ...bad,
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(result.log).not.toMatch(/^\s+at /m);
    expect(
      await client.listTags({ registry: plain.host, repository: 'kontainapp/runenv-python-bad' }),
    ).toEqual([]);
  });

  it('a missing source names the reference and the registry error', async () => {
    const result = await publish({
      source: `${plain.host}/kontainapp/runenv-python:nope`,
      target: `${plain.host}/kontainapp`,
      payload: 'python',
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('MANIFEST_UNKNOWN');
  });
});
