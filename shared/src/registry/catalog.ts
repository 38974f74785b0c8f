/**
 * The images (repositories) under a path of a registry, as kpromo reads a staging repository
 * recursively: Google's registries (gcr.io, *-docker.pkg.dev) answer a tag list of any path with its
 * `child` repositories, which is walked; a registry implementing the distribution catalog
 * (`/v2/_catalog`, paged with `Link`) is listed and filtered by the prefix. Registries that do neither
 * (Docker Hub, GHCR) cannot be listed: the images must be named.
 */
import type { RegistryClient } from './client.js';
import { nextLink } from './client.js';
import { RegistryError } from './errors.js';
import type { Answer } from '../http/fetch.js';

/** The registry cannot list the repositories under a path. */
export class CatalogUnavailable extends Error {
  override readonly name = 'CatalogUnavailable';
}

interface GoogleTagList {
  child?: string[] | null;
  tags?: string[] | null;
  manifest?: Record<string, unknown> | null;
}

/** Repository paths below `prefix` (relative to it, `kpromo`, `charts/kro`) that hold tags, sorted. */
export async function listImagesUnder(
  client: RegistryClient,
  registry: string,
  prefix: string,
  options: { pageSize?: number; maxRepositories?: number } = {},
): Promise<string[]> {
  const root = prefix.replace(/^\/+|\/+$/g, '');
  const google = await googleChildren(client, registry, root);
  const found =
    google === undefined
      ? await fromCatalog(client, registry, root, options.pageSize ?? 1000)
      : await walkGoogle(client, registry, root, google, options.maxRepositories ?? 10_000);
  return [...new Set(found)].sort();
}

async function tagList(
  client: RegistryClient,
  registry: string,
  path: string,
): Promise<GoogleTagList | undefined> {
  const response = await client
    .session(registry)
    .expect('GET', `/v2/${path}/tags/list`, [200, 404], { scopes: [`repository:${path}:pull`] });
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  return (await response.json()) as GoogleTagList;
}

/** The `child` list of a Google registry's tag list, or undefined for registries without it. */
async function googleChildren(
  client: RegistryClient,
  registry: string,
  path: string,
): Promise<string[] | undefined> {
  const list = await tagList(client, registry, path);
  return Array.isArray(list?.child) ? list.child : undefined;
}

async function walkGoogle(
  client: RegistryClient,
  registry: string,
  root: string,
  children: string[],
  max: number,
): Promise<string[]> {
  const images: string[] = [];
  const queue = children.map((c) => `${root}/${c}`);
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (images.length + queue.length > max)
      throw new CatalogUnavailable(`${registry}/${root} holds more than ${max} repositories`);
    const list = await tagList(client, registry, path);
    if (!list) continue;
    if ((list.tags ?? []).length > 0) images.push(path.slice(root.length + 1));
    for (const child of list.child ?? []) queue.push(`${path}/${child}`);
  }
  return images;
}

async function fromCatalog(
  client: RegistryClient,
  registry: string,
  root: string,
  pageSize: number,
): Promise<string[]> {
  const session = client.session(registry);
  const images: string[] = [];
  let path: string | undefined = `/v2/_catalog?n=${pageSize}`;
  while (path) {
    let response: Answer;
    try {
      response = await session.expect('GET', path, [200], { scopes: ['registry:catalog:*'] });
    } catch (error) {
      if (error instanceof RegistryError && [401, 403, 404, 405].includes(error.status))
        throw new CatalogUnavailable(
          `${registry} does not list its repositories (${error.status} to the catalog)`,
          { cause: error },
        );
      throw error;
    }
    const body = (await response.json()) as { repositories?: string[] | null };
    for (const name of body.repositories ?? [])
      if (name.startsWith(`${root}/`)) images.push(name.slice(root.length + 1));
    path = nextLink(response.headers.get('link'));
  }
  return images;
}
