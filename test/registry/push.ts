/** Push a test image (or index) from its OCI layout to a registry with the client under test. */
import { createReadStream } from 'node:fs';
import type { RegistryClient, Repository } from '../../shared/src/registry/client.js';
import type { BuiltImage, BuiltIndex } from './image.js';

async function pushBlobs(client: RegistryClient, repo: Repository, image: BuiltImage): Promise<void> {
  for (const blob of [image.config, ...image.layers]) {
    if (await client.blobExists(repo, blob.digest)) continue;
    await client.uploadBlob(repo, blob.digest, blob.size, () => Promise.resolve(createReadStream(blob.path)));
  }
}

/** Push an image under `tag`. */
export async function pushImage(
  client: RegistryClient,
  repo: Repository,
  tag: string,
  image: BuiltImage,
): Promise<string> {
  await pushBlobs(client, repo, image);
  return client.putManifest(repo, tag, image.manifest);
}

/** Push an index under `tag`, every child by digest first. */
export async function pushIndex(
  client: RegistryClient,
  repo: Repository,
  tag: string,
  index: BuiltIndex,
): Promise<string> {
  for (const image of index.images) {
    await pushBlobs(client, repo, image);
    await client.putManifest(repo, image.manifest.digest, image.manifest);
  }
  return client.putManifest(repo, tag, index.manifest);
}
