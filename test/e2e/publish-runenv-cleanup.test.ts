/** publish-runenv's other paths run as the runner runs them: cleanup mode against the real registry, and the docker CLI path. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../shared/src/registry/client.js';
import { exitOf, runAction, type RunOptions } from '../harness/runner.js';
import { buildImage, type BuiltImage } from '../registry/image.js';
import { startProxy } from '../registry/proxy.js';
import { pushImage } from '../registry/push.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';

const SHA = '3f1c2b9d8e7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
let plain: TestRegistry;
let image: BuiltImage;
const client = new RegistryClient();

beforeAll(async () => {
  plain = await startRegistry();
  image = buildImage({ layers: [{ files: { 'opt/kontain/bin/java': 'java.km' } }] });
});
afterAll(async () => {
  await plain?.stop();
});

const publish = (inputs: RunOptions['inputs'], extra: Partial<RunOptions> = {}) =>
  runAction({ action: 'publish-runenv', sha: SHA, ref: 'refs/tags/v0.9.1', inputs, ...extra });
describe('publish-runenv from a local Docker daemon', () => {
  it('pushes the source as it is where the target names it, and tags, pushes and untags the others', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'fake-docker-'));
    const calls = join(bin, 'calls.txt');
    const digest = `sha256:${'c'.repeat(64)}`;
    const id = `sha256:${'1'.repeat(64)}`;
    // Knows the source image only (by its name and ID); records every call.
    writeFileSync(
      join(bin, 'docker'),
      [
        '#!/bin/sh',
        `echo "$*" >> '${calls}'`,
        'if [ "$1 $2" = "image inspect" ]; then',
        `  case "$5" in kontainapp/runenv-node:latest|${id}) echo ${id}; exit 0;; esac`,
        '  echo "Error: No such image: $5" >&2; exit 1',
        'fi',
        `if [ "$1" = push ]; then echo "latest: digest: ${digest} size: 528"; fi`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    const result = await publish(
      {
        'source-from': 'docker-daemon',
        source: 'kontainapp/runenv-node:latest',
        target: 'docker.io/kontainapp',
        payload: 'node',
        aliases: 'node-12',
        tags: 'latest',
      },
      { env: { PATH: `${bin}:${process.env.PATH ?? ''}` } },
    );
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      'image inspect --format {{.Id}} kontainapp/runenv-node:latest',
      'image inspect --format {{.Id}} docker.io/kontainapp/runenv-node-12:latest',
      'push docker.io/kontainapp/runenv-node:latest',
      `tag ${id} docker.io/kontainapp/runenv-node-12:latest`,
      'push docker.io/kontainapp/runenv-node-12:latest',
      'image rm docker.io/kontainapp/runenv-node-12:latest',
    ]);
    expect(result.outputs.digest).toBe(digest);
  });
});

describe('publish-runenv from a Docker daemon it cannot reach', () => {
  it('says the daemon could not be reached (the real docker CLI, DOCKER_HOST at no socket), not that the image is missing', async () => {
    const socket = join(mkdtempSync(join(tmpdir(), 'no-daemon-')), 'docker.sock');
    const result = await publish(
      {
        'source-from': 'docker-daemon',
        source: 'kontainapp/runenv-node:latest',
        target: 'docker.io/kontainapp',
        payload: 'node',
        tags: 'latest',
      },
      { env: { DOCKER_HOST: `unix://${socket}` } },
    );
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^The Docker daemon could not be reached: docker image inspect kontainapp\/runenv-node:latest exited 1: /,
    );
    expect(errors[0]).toContain(`Cannot connect to the Docker daemon at unix://${socket}`);
    expect(errors[0]).toContain('`docker info` shows whether the docker CLI reaches one');
    expect(errors[0]).not.toContain('has no image');
  });
});

describe('publish-runenv cleanup mode', () => {
  it('deletes the CI tag where it is alone, keeps it where a release tag shares its digest, and reports both', async () => {
    const ciOnly = buildImage({ layers: [{ files: { a: 'ci-only' } }], label: 'ci-only' });
    const target = (repository: string) => ({ registry: plain.host, repository: `cleanup/${repository}` });
    await pushImage(client, target('runenv-java'), 'CI-4242', ciOnly);
    await pushImage(client, target('runenv-java-11'), 'CI-4242', image);
    await pushImage(client, target('runenv-java-11'), 'latest', image);
    await pushImage(client, target('test-km-fedora'), 'CI-4242', ciOnly);
    const inputs = {
      target: `${plain.host}/cleanup`,
      payload: 'java',
      aliases: 'java-11, jdk-11',
      'cleanup-tag': 'CI-4242',
      'cleanup-repositories': 'test-km-fedora',
    };
    const dry = await runAction({ action: 'publish-runenv', inputs: { ...inputs, 'dry-run': true } });
    expect(exitOf(dry)).toBe(0);
    expect(dry.log).toContain(`delete tag ${plain.host}/cleanup/runenv-java:CI-4242`);
    expect(JSON.parse(dry.outputs.cleanup ?? '[]')).toContainEqual(
      expect.objectContaining({ result: 'would delete' }),
    );
    expect(await client.listTags(target('runenv-java'))).toEqual(['CI-4242']);

    const result = await runAction({ action: 'publish-runenv', inputs });
    expect(exitOf(result)).toBe(0);
    const cleanup = JSON.parse(result.outputs.cleanup ?? '[]') as Array<Record<string, unknown>>;
    expect(cleanup).toEqual([
      {
        reference: `${plain.host}/cleanup/runenv-java:CI-4242`,
        result: 'deleted',
        digest: ciOnly.manifest.digest,
        'shared-with': [],
      },
      {
        reference: `${plain.host}/cleanup/runenv-java-11:CI-4242`,
        result: 'kept',
        digest: image.manifest.digest,
        'shared-with': ['latest'],
      },
      { reference: `${plain.host}/cleanup/runenv-jdk-11:CI-4242`, result: 'absent', 'shared-with': [] },
      {
        reference: `${plain.host}/cleanup/test-km-fedora:CI-4242`,
        result: 'deleted',
        digest: ciOnly.manifest.digest,
        'shared-with': [],
      },
    ]);
    expect(await client.listTags(target('test-km-fedora'))).toEqual([]);
    expect(await client.listTags(target('runenv-java'))).toEqual([]);
    expect((await client.listTags(target('runenv-java-11'))).sort()).toEqual(['CI-4242', 'latest']);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringContaining(`Kept ${plain.host}/cleanup/runenv-java-11:CI-4242`),
    ]);
    expect(result.summary).toContain('## Cleanup of CI-4242');
  });

  it('with delete-tags-by-name, removes a shared CI tag alone where the registry can, and fails clearly where it cannot', async () => {
    const repo = { registry: plain.host, repository: 'byname/runenv-python' };
    await pushImage(client, repo, 'CI-5151', image);
    await pushImage(client, repo, 'latest', image);
    const inputs = { payload: 'python', 'cleanup-tag': 'CI-5151', 'delete-tags-by-name': true };

    const refused = await runAction({
      action: 'publish-runenv',
      inputs: { ...inputs, target: `${plain.host}/byname` },
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.log).toContain(`${plain.host} does not delete a tag by name`);
    expect((await client.listTags(repo)).sort()).toEqual(['CI-5151', 'latest']);

    const v3 = await startProxy(plain.host, { tagDeleteStorage: join(plain.dir, 'data') });
    try {
      const result = await runAction({
        action: 'publish-runenv',
        inputs: { ...inputs, target: `${v3.host}/byname` },
      });
      expect(exitOf(result)).toBe(0);
      expect(result.log).toContain(`by name, keeping ${image.manifest.digest} for latest`);
      expect(JSON.parse(result.outputs.cleanup ?? '[]')).toEqual([
        {
          reference: `${v3.host}/byname/runenv-python:CI-5151`,
          result: 'deleted',
          digest: image.manifest.digest,
          'shared-with': ['latest'],
        },
      ]);
      expect(await client.listTags(repo)).toEqual(['latest']);
    } finally {
      await v3.stop();
    }
  });

  it('reports a repository whose registry deletes nothing as error, cleans the others, writes the outputs, then fails naming it', async () => {
    const ciOnly = buildImage({ layers: [{ files: { a: 'hub' } }], label: 'hub' });
    for (const name of ['runenv-python', 'runenv-python-3.7'])
      await pushImage(client, { registry: plain.host, repository: `hub/${name}` }, 'CI-6161', ciOnly);
    // Docker Hub's registry API answers a DELETE with 405 UNSUPPORTED.
    const hub = await startProxy(plain.host);
    hub.failNext({
      mode: 'unsupported',
      match: (method, path) => method === 'DELETE' && path.startsWith('/v2/hub/runenv-python/manifests/'),
    });
    try {
      const result = await runAction({
        action: 'publish-runenv',
        inputs: {
          target: `${hub.host}/hub`,
          payload: 'python',
          aliases: 'python-3.7',
          'cleanup-tag': 'CI-6161',
        },
      });
      expect(result.exitCode).toBe(1);
      const cleanup = JSON.parse(result.outputs.cleanup ?? '[]') as Array<Record<string, unknown>>;
      expect(cleanup.map((e) => [e.reference, e.result])).toEqual([
        [`${hub.host}/hub/runenv-python:CI-6161`, 'error'],
        [`${hub.host}/hub/runenv-python-3.7:CI-6161`, 'deleted'],
      ]);
      expect(String(cleanup[0]?.error)).toContain(
        `${hub.host} does not delete manifests through its registry API (it answered 405`,
      );
      expect(String(cleanup[0]?.error)).toContain('Docker Hub: hub.docker.com or its Hub API');
      const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      expect(errors).toEqual([
        expect.stringContaining(`Cleanup of CI-6161 failed for ${hub.host}/hub/runenv-python:CI-6161`),
      ]);
      expect(result.summary).toContain(`| ${hub.host}/hub/runenv-python-3.7:CI-6161 | deleted |`);
      expect(await client.listTags({ registry: plain.host, repository: 'hub/runenv-python' })).toEqual([
        'CI-6161',
      ]);
      expect(await client.listTags({ registry: plain.host, repository: 'hub/runenv-python-3.7' })).toEqual(
        [],
      );
    } finally {
      await hub.stop();
    }
  });

  it.each([
    ['registry.example/x:tag', 'registry.example/x'],
    ['test-km-fedora:CI-4242', 'docker.io/kontainapp/test-km-fedora'],
    ['registry.example/x@sha256:' + 'a'.repeat(64), 'registry.example/x'],
  ])('refuses cleanup-repositories %s naming it as given, tag and all', async (value, repository) => {
    const result = await runAction({
      action: 'publish-runenv',
      inputs: { target: 'docker.io/kontainapp', 'cleanup-tag': 'CI-1', 'cleanup-repositories': value },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      `Input 'cleanup-repositories' got ${JSON.stringify(value)}: expected repositories without tag or digest (cleanup-tag names the tag to delete), such as ${repository}`,
    ]);
  });
});
