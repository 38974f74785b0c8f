/**
 * The registry client against the real distribution server (Debian's docker-registry): two plain
 * registries, a counting/failing proxy in front of the first, images built as OCI layouts, and
 * skopeo as an independent reader of what was pushed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { applyTagCleanup, planTagCleanup } from '../../shared/src/registry/cleanup.js';
import { RegistryClient, type Repository } from '../../shared/src/registry/client.js';
import { ImageCopier } from '../../shared/src/registry/copy.js';
import { RegistryError } from '../../shared/src/registry/errors.js';
import { MediaType } from '../../shared/src/registry/manifest.js';
import { buildImage, buildIndex, type BuiltImage } from '../registry/image.js';
import { startProxy, type CountingProxy } from '../registry/proxy.js';
import { pushImage, pushIndex } from '../registry/push.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';
import { skopeoInspect, skopeoInspectJson } from '../registry/skopeo.js';

let a: TestRegistry;
let b: TestRegistry;
let proxy: CountingProxy;
let image: BuiltImage;
const fast = { backoffMs: [10, 10, 10] };

beforeAll(async () => {
  [a, b] = await Promise.all([startRegistry(), startRegistry()]);
  proxy = await startProxy(a.host, { pageTags: true });
  image = buildImage({ layers: [{ files: { 'etc/os-release': 'ID=runenv\n' } }, { randomBytes: 300_000 }] });
});
afterAll(async () => {
  await proxy?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
});
beforeEach(() => proxy.reset());

/** A repository reached through the proxy (so its requests are counted). */
const viaProxy = (repository: string): Repository => ({ registry: proxy.host, repository });
const blobBytes = (img: BuiltImage): number =>
  [img.config, ...img.layers].reduce((sum, x) => sum + x.size, 0);

describe('manifests', () => {
  it('pushes an OCI image that skopeo reads back at the same digest and layers', async () => {
    const client = new RegistryClient(fast);
    const digest = await pushImage(
      client,
      { registry: a.host, repository: 'kontainapp/runenv-python' },
      'ci-1',
      image,
    );
    expect(digest).toBe(image.manifest.digest);
    const inspected = await skopeoInspectJson(`${a.host}/kontainapp/runenv-python:ci-1`);
    expect(inspected.Digest).toBe(image.manifest.digest);
    expect(inspected.Layers).toEqual(image.layers.map((l) => l.digest));
    const raw = await client.getManifest(
      { registry: a.host, repository: 'kontainapp/runenv-python' },
      'ci-1',
    );
    expect(raw.bytes.equals(image.manifest.bytes)).toBe(true);
    expect(raw.mediaType).toBe(MediaType.ociManifest);
  });

  it('asks with an explicit Accept: without it this registry answers 404 for an OCI index', async () => {
    const client = new RegistryClient(fast);
    const index = buildIndex(['amd64', 'arm64']);
    await pushIndex(client, { registry: a.host, repository: 'accept/multi' }, 'v1', index);
    const bare = await fetch(`${a.url}/v2/accept/multi/manifests/v1`);
    expect(bare.status).toBe(404);
    const got = await client.getManifest({ registry: a.host, repository: 'accept/multi' }, 'v1');
    expect(got.digest).toBe(index.manifest.digest);
    expect(got.mediaType).toBe(MediaType.ociIndex);
  });

  it('refuses a manifest whose bytes do not hash to the digest the registry states', async () => {
    const client = new RegistryClient(fast);
    const repo = viaProxy('verify/runenv-python');
    await pushImage(client, repo, 'latest', image);
    for (const reference of ['latest', image.manifest.digest]) {
      proxy.failNext({
        mode: 'corrupt',
        match: (method, path) => method === 'GET' && path.includes('/manifests/'),
      });
      await expect(client.getManifest(repo, reference)).rejects.toThrow(`the manifest's bytes hash to`);
    }
    expect((await client.getManifest(repo, 'latest')).digest).toBe(image.manifest.digest);
  });

  it('retries a manifest PUT the registry fails once with a 500', async () => {
    const client = new RegistryClient(fast);
    const repo = viaProxy('verify/runenv-node');
    await pushImage(client, repo, 'ci', image);
    proxy.reset();
    proxy.failNext({
      mode: '500',
      match: (method, path) => method === 'PUT' && path.includes('/manifests/'),
    });
    expect(await client.putManifest(repo, 'latest', image.manifest)).toBe(image.manifest.digest);
    expect(proxy.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 500', 'PUT 201']);
  });

  it('reports an unknown tag as the registry names it', async () => {
    const client = new RegistryClient(fast);
    const failure = await client
      .getManifest({ registry: a.host, repository: 'kontainapp/none' }, 'nope')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).has('MANIFEST_UNKNOWN')).toBe(true);
    expect((failure as RegistryError).message).toContain('404');
    expect(
      await client.headManifest({ registry: a.host, repository: 'kontainapp/none' }, 'nope'),
    ).toBeUndefined();
  });
});

describe('tags', () => {
  it('lists every tag across Link-paginated pages', async () => {
    const client = new RegistryClient(fast);
    const repo = viaProxy('paged/repo');
    const tags = ['t1', 't2', 't3', 't4', 't5'];
    for (const tag of tags) await pushImage(client, repo, tag, image);
    proxy.reset();
    expect((await client.listTags(repo, 2)).sort()).toEqual(tags);
    expect(proxy.requests.filter((r) => r.path.includes('/tags/list'))).toHaveLength(3);
    expect(await client.listTags({ registry: a.host, repository: 'paged/missing' })).toEqual([]);
  });
});

describe('copying without moving a byte twice', () => {
  it('within one repository: manifest PUTs only, no blob request at all', async () => {
    const client = new RegistryClient(fast);
    const source = viaProxy('copy/runenv-python');
    await pushImage(client, source, 'ci-2', image);
    proxy.reset();
    const copier = new ImageCopier(client, source, await client.getManifest(source, 'ci-2'));
    await copier.copyTo(source, 'latest');
    await copier.copyTo(source, 'v1.0.0');
    expect(proxy.requests.filter((r) => r.path.includes('/blobs/'))).toEqual([]);
    expect(proxy.requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'PUT']);
  });

  it('across repositories of one registry: every blob mounted, 0 bytes uploaded', async () => {
    const client = new RegistryClient(fast);
    const source = viaProxy('copy/runenv-node');
    await pushImage(client, source, 'ci-3', image);
    proxy.reset();
    const copier = new ImageCopier(client, source, await client.getManifest(source, 'ci-3'));
    await copier.copyTo(viaProxy('copy/runenv-node-12'), 'latest');
    await copier.copyTo(viaProxy('copy/runenv-node-12'), 'abc1234');
    expect(copier.stats).toMatchObject({ blobsMounted: 3, blobsUploaded: 0, bytesUploaded: 0 });
    expect(proxy.blobBytesUploaded()).toBe(0);
    expect(
      proxy.requests.filter((r) => r.method === 'POST' && r.path.includes('mount=')).map((r) => r.status),
    ).toEqual([201, 201, 201]);
    const inspected = await skopeoInspectJson(`${a.host}/copy/runenv-node-12:abc1234`);
    expect(inspected.Digest).toBe(image.manifest.digest);
  });

  it('across registries: each blob streamed once, then mounted into the next repository', async () => {
    const client = new RegistryClient(fast);
    const source = { registry: a.host, repository: 'copy/runenv-java' };
    await pushImage(client, source, 'ci-4', image);
    const copier = new ImageCopier(client, source, await client.getManifest(source, 'ci-4'));
    await copier.copyTo({ registry: b.host, repository: 'kontainapp/runenv-java' }, 'latest');
    await copier.copyTo({ registry: b.host, repository: 'kontainapp/runenv-java-11' }, 'latest');
    expect(copier.stats).toMatchObject({
      blobsUploaded: 3,
      bytesUploaded: blobBytes(image),
      blobsMounted: 3,
    });
    for (const repository of ['kontainapp/runenv-java', 'kontainapp/runenv-java-11']) {
      expect((await skopeoInspectJson(`${b.host}/${repository}:latest`)).Digest).toBe(image.manifest.digest);
    }
  });

  it('copies a multi-arch index with every child manifest, byte for byte, across registries', async () => {
    const client = new RegistryClient(fast);
    const index = buildIndex(['amd64', 'arm64', 'ppc64le'], 'docker');
    const source = { registry: a.host, repository: 'multi/runenv-python' };
    await pushIndex(client, source, 'ci-5', index);
    const copier = new ImageCopier(client, source, await client.getManifest(source, 'ci-5'));
    await copier.copyTo({ registry: b.host, repository: 'multi/runenv-python' }, 'latest');
    const raw = await skopeoInspect(`${b.host}/multi/runenv-python:latest`, { raw: true });
    expect(createHash('sha256').update(raw).digest('hex')).toBe(index.manifest.digest.slice(7));
    for (const child of index.images) {
      const head = await client.headManifest(
        { registry: b.host, repository: 'multi/runenv-python' },
        child.manifest.digest,
      );
      expect(head?.digest).toBe(child.manifest.digest);
    }
    // The shared first layer went once: 3 configs + 3 arch layers + 1 shared layer.
    expect(copier.stats.blobsUploaded).toBe(7);
  });
});

describe('a blob upload that fails once is retried', () => {
  it.each(['500', 'reset'] as const)('when the registry side %s', async (mode) => {
    const client = new RegistryClient(fast);
    const repo = viaProxy(`retry/${mode === '500' ? 'status' : 'reset'}`);
    const fresh = buildImage({ layers: [{ randomBytes: 200_000 }], label: mode });
    proxy.failNext({ mode, match: (method, path) => method === 'PUT' && path.includes('/blobs/uploads/') });
    await pushImage(client, repo, 'latest', fresh);
    const puts = proxy.requests.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'));
    expect(puts.length).toBe(fresh.layers.length + 2);
    expect((await skopeoInspectJson(`${a.host}/${repo.repository}:latest`)).Digest).toBe(
      fresh.manifest.digest,
    );
  });
});

describe('deleting and cleaning up CI tags', () => {
  it('deletes a CI tag whose digest no other tag uses, and keeps one a release tag shares', async () => {
    const client = new RegistryClient(fast);
    const repo = { registry: a.host, repository: 'cleanup/runenv-python' };
    const ci = buildImage({ layers: [{ files: { a: 'ci only' } }], label: 'ci' });
    await pushImage(client, repo, 'CI-77', ci);
    const shared = buildImage({ layers: [{ files: { a: 'released' } }], label: 'released' });
    await pushImage(client, { registry: a.host, repository: 'cleanup/runenv-node' }, 'CI-77', shared);
    await pushImage(client, { registry: a.host, repository: 'cleanup/runenv-node' }, 'latest', shared);

    const alone = await planTagCleanup(client, repo, 'CI-77');
    expect(alone).toMatchObject({ decision: 'delete', digest: ci.manifest.digest, sharedWith: [] });
    await applyTagCleanup(client, alone);
    expect(await client.listTags(repo)).toEqual([]);

    const kept = await planTagCleanup(
      client,
      { registry: a.host, repository: 'cleanup/runenv-node' },
      'CI-77',
    );
    expect(kept).toMatchObject({ decision: 'keep', sharedWith: ['latest'] });
    await applyTagCleanup(client, kept);
    expect((await client.listTags({ registry: a.host, repository: 'cleanup/runenv-node' })).sort()).toEqual([
      'CI-77',
      'latest',
    ]);
    expect(await planTagCleanup(client, repo, 'CI-77')).toMatchObject({ decision: 'absent' });
  });

  it('keeps a CI tag whose manifest is a child of a tagged index', async () => {
    const client = new RegistryClient(fast);
    const repo = { registry: a.host, repository: 'cleanup/multi' };
    const index = buildIndex(['amd64', 'arm64']);
    await pushIndex(client, repo, 'latest', index);
    await client.putManifest(repo, 'CI-88', index.images[0]!.manifest);
    const plan = await planTagCleanup(client, repo, 'CI-88');
    expect(plan).toMatchObject({ decision: 'keep', sharedWith: ['latest (as a child)'] });
  });

  it('deletes a shared CI tag by name only where asked and where the registry can (distribution 2.8 cannot)', async () => {
    const client = new RegistryClient(fast);
    const repo = { registry: a.host, repository: 'cleanup/by-name' };
    const shared = buildImage({ layers: [{ files: { a: 'by name' } }], label: 'by-name' });
    await pushImage(client, repo, 'CI-99', shared);
    await pushImage(client, repo, 'latest', shared);
    const plan = await planTagCleanup(client, repo, 'CI-99');
    expect(plan).toMatchObject({ decision: 'keep', sharedWith: ['latest'] });
    expect(await applyTagCleanup(client, plan)).toMatchObject({ outcome: 'kept' });

    const refused = await applyTagCleanup(client, plan, { byName: true }).catch((e: unknown) => e);
    expect(String(refused)).toContain(`${a.host} does not delete a tag by name (it answered 400 to DELETE`);
    expect((await client.listTags(repo)).sort()).toEqual(['CI-99', 'latest']);

    const v3 = await startProxy(a.host, { tagDeleteStorage: join(a.dir, 'data') });
    try {
      const viaV3 = { registry: v3.host, repository: repo.repository };
      await applyTagCleanup(client, await planTagCleanup(client, viaV3, 'CI-99'), { byName: true });
      expect(await client.listTags(repo)).toEqual(['latest']);
      expect((await client.headManifest(repo, 'latest'))?.digest).toBe(shared.manifest.digest);
    } finally {
      await v3.stop();
    }
  });
});
