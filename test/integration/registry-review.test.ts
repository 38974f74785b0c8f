/**
 * The registry client's harder cases against the real registry: a layer repeated in a manifest,
 * indexes of indexes, a CI tag moved while it is cleaned up, a tag moved onto the digest just before
 * the DELETE, and the client's time limits.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { applyTagCleanup, planTagCleanup } from '../../shared/src/registry/cleanup.js';
import { RegistryClient, type Repository } from '../../shared/src/registry/client.js';
import { ImageCopier } from '../../shared/src/registry/copy.js';
import { MediaType, sha256Digest, type RawManifest } from '../../shared/src/registry/manifest.js';
import { buildImage, buildIndex } from '../registry/image.js';
import { startProxy, type CountingProxy } from '../registry/proxy.js';
import { pushImage, pushIndex } from '../registry/push.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';

let a: TestRegistry;
let proxy: CountingProxy;
const fast = { backoffMs: [10] };

beforeAll(async () => {
  a = await startRegistry();
  proxy = await startProxy(a.host);
});
afterAll(async () => {
  await proxy?.stop();
  await a?.stop();
});

describe('copying', () => {
  it('uploads a layer repeated in the manifest once (another registry host, counted by a proxy)', async () => {
    const client = new RegistryClient(fast);
    const image = buildImage({
      layers: [{ files: { a: 'same' } }, { files: { a: 'same' } }, { randomBytes: 1000 }],
      label: 'dup',
    });
    expect(image.layers[0]?.digest).toBe(image.layers[1]?.digest);
    const source = { registry: a.host, repository: 'dup/src' };
    await pushImage(client, source, 'ci', image);
    proxy.reset();
    const copier = new ImageCopier(client, source, await client.getManifest(source, 'ci'));
    await copier.copyTo({ registry: proxy.host, repository: 'dup/dst' }, 'latest');
    const uploads = proxy.requests.filter((r) => r.method === 'POST' && r.path.includes('/blobs/uploads/'));
    expect(uploads).toHaveLength(3); // config + 2 distinct layers
    expect(copier.stats).toMatchObject({ blobsUploaded: 3, blobsPresent: 0 });
  });
});

/** An index whose only child is `inner` (an index itself). */
function outerIndex(inner: RawManifest): RawManifest {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: [{ mediaType: inner.mediaType, digest: inner.digest, size: inner.bytes.length }],
    }),
  );
  return { mediaType: MediaType.ociIndex, digest: sha256Digest(bytes), bytes };
}

describe('cleanup', () => {
  const repo = (name: string): Repository => ({ registry: a.host, repository: `review/${name}` });

  it('keeps a CI tag whose manifest is a grandchild of a tagged index of indexes', async () => {
    const client = new RegistryClient(fast);
    const index = buildIndex(['amd64', 'arm64']);
    await pushIndex(client, repo('nested'), 'inner', index);
    const outer = outerIndex(index.manifest);
    await client.putManifest(repo('nested'), 'latest', outer);
    await client.putManifest(repo('nested'), 'CI-1', index.images[1]!.manifest);
    // `latest` names the CI manifest only through the inner index: two levels down.
    const plan = await planTagCleanup(client, repo('nested'), 'CI-1');
    expect(plan.sharedWith).toContain('latest (as a child)');
    expect(plan.decision).toBe('keep');
  });

  it('reports `changed` and deletes nothing when the tag moved to another digest after the plan', async () => {
    const client = new RegistryClient(fast);
    const one = buildImage({ layers: [{ files: { a: '1' } }], label: 'one' });
    const two = buildImage({ layers: [{ files: { a: '2' } }], label: 'two' });
    await pushImage(client, repo('moved'), 'CI-1', one);
    const plan = await planTagCleanup(client, repo('moved'), 'CI-1');
    await pushImage(client, repo('moved'), 'CI-1', two);
    const done = await applyTagCleanup(client, plan);
    expect(done.outcome).toBe('changed');
    expect(done.cleanup.digest).toBe(two.manifest.digest);
    expect(await client.listTags(repo('moved'))).toEqual(['CI-1']);
    expect((await client.headManifest(repo('moved'), 'CI-1'))?.digest).toBe(two.manifest.digest);
  });

  it('keeps the digest when a tag created after the plan uses it', async () => {
    const client = new RegistryClient(fast);
    const image = buildImage({ layers: [{ files: { a: 'late' } }], label: 'late' });
    await pushImage(client, repo('late'), 'CI-2', image);
    const plan = await planTagCleanup(client, repo('late'), 'CI-2');
    expect(plan.decision).toBe('delete');
    await client.putManifest(repo('late'), 'v1.0.0', image.manifest);
    const done = await applyTagCleanup(client, plan);
    expect(done).toMatchObject({ outcome: 'kept', cleanup: { sharedWith: ['v1.0.0'] } });
    expect((await client.listTags(repo('late'))).sort()).toEqual(['CI-2', 'v1.0.0']);
  });

  it('fails loudly, naming it, when a tag moved onto the digest just before the DELETE went with it', async () => {
    const image = buildImage({ layers: [{ files: { a: 'race' } }], label: 'race' });
    const other = buildImage({ layers: [{ files: { a: 'other' } }], label: 'other' });
    // The race the API cannot close: `latest` is moved onto the digest right before the DELETE.
    class Racing extends RegistryClient {
      override async deleteManifest(r: Repository, digest: string): Promise<void> {
        await this.putManifest(r, 'latest', image.manifest);
        return super.deleteManifest(r, digest);
      }
    }
    const client = new Racing(fast);
    await pushImage(client, repo('race'), 'CI-3', image);
    await pushImage(client, repo('race'), 'latest', other);
    const plan = await planTagCleanup(client, repo('race'), 'CI-3');
    expect(plan.decision).toBe('delete');
    const failure = await applyTagCleanup(client, plan).catch((e: unknown) => e);
    expect(String(failure)).toContain(
      `deleting CI-3 (${image.manifest.digest}) also removed latest (was ${other.manifest.digest})`,
    );
  });
});

describe('time limits', () => {
  let silent: Server;
  let host: string;
  beforeAll(async () => {
    // Accepts requests, reads them, never answers.
    silent = createServer((req) => req.resume());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('gives up on a request the registry never answers', async () => {
    const client = new RegistryClient({ backoffMs: [10], timeouts: { requestMs: 300 } });
    const failure = await client.listTags({ registry: host, repository: 'x/y' }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'TimeoutError' });
  });

  it('gives up on a blob upload whose socket stalls', async () => {
    const session = new RegistryClient({ timeouts: { idleMs: 300 } }).session(host);
    const body = Readable.from([Buffer.alloc(10)]);
    const failure = await session
      .stream('PUT', '/v2/x/y/blobs/uploads/1', body, 10, { scopes: [] })
      .catch((e: unknown) => e);
    expect(String(failure)).toContain('no data for 300 ms');
  });
});
