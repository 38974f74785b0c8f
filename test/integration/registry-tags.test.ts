/**
 * Is image:tag staged, at which digest, and what is near it when it is not — against the real
 * registry (Debian's docker-registry). distribution 2.8 ignores `n` on tag lists, so paging goes
 * through the counting proxy that pages them as the spec describes; the catalog it pages itself.
 * Google's registries answer a tag list of any path with its `child` repositories: a proxy below adds
 * those from the registry's own catalog, as gcr.io and Artifact Registry answer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CatalogUnavailable, listImagesUnder } from '../../shared/src/registry/catalog.js';
import { RegistryClient } from '../../shared/src/registry/client.js';
import { MediaType } from '../../shared/src/registry/manifest.js';
import { closestTags, describeMissing, lookupTag } from '../../shared/src/registry/tags.js';
import { buildImage, buildIndex } from '../registry/image.js';
import { startProxy, type CountingProxy } from '../registry/proxy.js';
import { pushImage, pushIndex } from '../registry/push.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';
import { skopeoInspectJson } from '../registry/skopeo.js';

let registry: TestRegistry;
let paged: CountingProxy;
let google: { host: string; paths: string[]; stop(): Promise<void> };
const fast = { backoffMs: [10] };
const staging = 'k8s-staging-artifact-promoter';
const tags = ['v3.4.0-1', 'v3.4.1-1', 'v3.4.10-1', 'v3.4.2-1', 'v3.4.3-1', 'v3.4.4', 'v3.4.5-1', 'latest'];
let indexDigest: string;

/**
 * gcr.io's answer to a tag list: `child` names the repositories one level below the path (also for a
 * path that is no repository itself), computed here from the real registry's catalog.
 */
async function startGoogleStyle(target: string): Promise<typeof google> {
  const paths: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      paths.push(url.pathname);
      const list = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname);
      const upstream = await fetch(`http://${target}${url.pathname}${url.search}`, {
        headers: { Accept: String(req.headers.accept ?? '*/*') },
      });
      if (!list) {
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? '' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      const path = list[1]!;
      const catalog = (await (await fetch(`http://${target}/v2/_catalog?n=1000`)).json()) as {
        repositories: string[];
      };
      const child = [
        ...new Set(
          catalog.repositories
            .filter((r) => r.startsWith(`${path}/`))
            .map((r) => r.slice(path.length + 1).split('/')[0]!),
        ),
      ].sort();
      const own =
        upstream.status === 200 ? (((await upstream.json()) as { tags: string[] | null }).tags ?? []) : [];
      if (upstream.status !== 200 && child.length === 0) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"errors":[{"code":"NAME_UNKNOWN"}]}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ name: path, child, manifest: {}, tags: own }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(async () => {
  registry = await startRegistry();
  paged = await startProxy(registry.host, { pageTags: true });
  google = await startGoogleStyle(registry.host);
  const client = new RegistryClient(fast);
  const repo = { registry: registry.host, repository: `${staging}/kpromo` };
  for (const [i, tag] of tags.entries())
    await pushImage(client, repo, tag, buildImage({ layers: [{ files: { v: tag } }], label: `kpromo-${i}` }));
  const index = buildIndex(['amd64', 'arm64']);
  indexDigest = await pushIndex(client, repo, 'v3.4.4-1', index);
  await pushImage(
    client,
    { registry: registry.host, repository: `${staging}/kpromo-auditor` },
    'v3.4.4-1',
    buildImage({ layers: [{ files: { a: 'auditor' } }], label: 'auditor' }),
  );
  await pushImage(
    client,
    { registry: registry.host, repository: `${staging}/charts/kpromo` },
    '0.1.0',
    buildImage({ layers: [{ files: { c: 'chart' } }], label: 'chart' }),
  );
  await pushImage(
    client,
    { registry: registry.host, repository: 'k8s-staging-other/tool' },
    'v1',
    buildImage({ layers: [{ files: { o: 'other' } }], label: 'other' }),
  );
}, 60_000);
afterAll(async () => {
  await google?.stop();
  await paged?.stop();
  await registry?.stop();
});

describe('lookupTag', () => {
  it("finds a multi-arch tag on the last page of a paged tag list and gives the index's digest", async () => {
    paged.reset();
    const client = new RegistryClient(fast);
    const found = await lookupTag(
      client,
      { registry: paged.host, repository: `${staging}/kpromo` },
      'v3.4.4-1',
      {
        pageSize: 2,
      },
    );
    expect(found).toEqual({
      found: true,
      tag: 'v3.4.4-1',
      digest: indexDigest,
      mediaType: MediaType.ociIndex,
      multiArch: true,
    });
    // skopeo, an independent reader, sees the same digest for the tag.
    expect((await skopeoInspectJson(`${registry.host}/${staging}/kpromo:v3.4.4-1`)).Digest).toBe(indexDigest);
    const pages = paged.requests.filter((r) => r.path.includes('/tags/list'));
    expect(pages.length).toBe(5); // nine tags, two a page: every page followed
    expect(pages.at(-1)?.path).toContain('last=v3.4.4-1');
  });

  it('names the closest staged tags when the tag is missing: the same version first', async () => {
    const client = new RegistryClient(fast);
    const missing = await lookupTag(
      client,
      { registry: paged.host, repository: `${staging}/kpromo` },
      'v3.4.6-1',
      {
        pageSize: 3,
      },
    );
    expect(missing).toMatchObject({ found: false, repositoryExists: true });
    if (missing.found) throw new Error('unreachable');
    expect(missing.closest).toEqual(['v3.4.0-1', 'v3.4.1-1', 'v3.4.2-1', 'v3.4.3-1', 'v3.4.4-1']);
    expect(describeMissing(`${registry.host}/${staging}/kpromo`, missing)).toMatch(
      /has no tag v3\.4\.6-1; closest tags there: v3\.4\.0-1, /,
    );
  });

  it('tells a repository that does not exist from a missing tag', async () => {
    const client = new RegistryClient(fast);
    const missing = await lookupTag(client, { registry: registry.host, repository: `${staging}/nope` }, 'v1');
    expect(missing).toEqual({ found: false, tag: 'v1', repositoryExists: false, closest: [] });
  });
});

describe('closestTags', () => {
  it('prefers the same version with another revision, and never suggests signature tags', () => {
    const staged = ['v3.4.4', 'v3.4.4-2', 'v3.4.40-1', 'v2.0.0', `sha256-${'a'.repeat(64)}.sig`, 'latest'];
    expect(closestTags(staged, 'v3.4.4-1', 3)).toEqual(['v3.4.4-2', 'v3.4.4', 'v3.4.40-1']);
  });
});

describe('listImagesUnder', () => {
  it('lists the images under a path from the paged catalog', async () => {
    const client = new RegistryClient(fast);
    expect(await listImagesUnder(client, paged.host, staging, { pageSize: 1 })).toEqual([
      'charts/kpromo',
      'kpromo',
      'kpromo-auditor',
    ]);
    const catalogPages = paged.requests.filter((r) => r.path.startsWith('/v2/_catalog'));
    expect(catalogPages.length).toBeGreaterThanOrEqual(4);
  });

  it("walks a Google registry's child repositories instead of the catalog", async () => {
    google.paths.length = 0;
    const client = new RegistryClient(fast);
    expect(await listImagesUnder(client, google.host, staging)).toEqual([
      'charts/kpromo',
      'kpromo',
      'kpromo-auditor',
    ]);
    expect(google.paths.some((p) => p.includes('_catalog'))).toBe(false);
    expect(google.paths).toContain(`/v2/${staging}/charts/tags/list`);
  });

  it('says so when the registry does not list its repositories', async () => {
    const closed = createServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNSUPPORTED"}]}');
    });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    try {
      const host = `127.0.0.1:${(closed.address() as AddressInfo).port}`;
      await expect(listImagesUnder(new RegistryClient(fast), host, staging)).rejects.toBeInstanceOf(
        CatalogUnavailable,
      );
    } finally {
      await new Promise<void>((resolve) => closed.close(() => resolve()));
    }
  });
});
