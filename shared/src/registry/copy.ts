/**
 * Copy an image (or a multi-arch index with every child) to other repositories, moving each byte at
 * most once: within the same repository a manifest PUT is the whole copy; within the same registry
 * blobs are mounted from the source repository; across registries they are streamed, blob by blob,
 * skipping the ones the target already has.
 */
import type { RegistryClient, Repository } from './client.js';
import { parseManifest, type Descriptor, type RawManifest } from './manifest.js';

/** Blobs copied or mounted at once (each streamed, so memory stays flat). */
const BLOB_CONCURRENCY = 4;

/** Run `fn` over `items`, at most `limit` at a time; fails with the first failure once all settled. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        try {
          await fn(item);
        } catch (error) {
          errors.push(error);
        }
      }
    }),
  );
  if (errors.length) throw errors[0];
}

export type CopyStrategy = 'retag' | 'mount' | 'stream';

export interface CopyStats {
  blobsMounted: number;
  blobsUploaded: number;
  bytesUploaded: number;
  blobsPresent: number;
  manifestsPut: number;
}

/** How a target repository gets the image: retag (same repository), mount (same registry) or stream. */
export function copyStrategy(source: Repository, target: Repository): CopyStrategy {
  if (source.registry !== target.registry) return 'stream';
  return source.repository === target.repository ? 'retag' : 'mount';
}

/** Copies one source image to any number of repositories and tags, remembering what each already has. */
export class ImageCopier {
  readonly stats: CopyStats = {
    blobsMounted: 0,
    blobsUploaded: 0,
    bytesUploaded: 0,
    blobsPresent: 0,
    manifestsPut: 0,
  };
  private readonly children = new Map<string, RawManifest>();
  /** `registry/repository@digest` of the child manifests known to be in place. */
  private readonly present = new Set<string>();
  /**
   * `registry/repository@digest` → the blob's placement, settled or in flight: a layer repeated in a
   * manifest (or shared by an index's children) is mounted or uploaded once, whichever worker asks.
   */
  private readonly blobs = new Map<string, Promise<void>>();
  /** `registry@digest` → a repository of that registry that has the blob (to mount from). */
  private readonly placed = new Map<string, Repository>();

  constructor(
    private readonly client: RegistryClient,
    readonly source: Repository,
    readonly manifest: RawManifest,
  ) {}

  /** Make `target:tag` name the source manifest. */
  async copyTo(target: Repository, tag: string): Promise<string> {
    await this.copyToTags(target, [tag]);
    return this.manifest.digest;
  }

  /**
   * Make every `target:tag` name the source manifest: content first, then the tags' manifest PUTs
   * side by side. When some PUTs fail, the error names the tags that were put and those that were not.
   */
  async copyToTags(target: Repository, tags: readonly string[]): Promise<void> {
    await this.ensureContent(target, this.manifest);
    const results = await Promise.allSettled(
      tags.map((tag) => this.client.putManifest(target, tag, this.manifest)),
    );
    const done = tags.filter((_, i) => results[i]?.status === 'fulfilled');
    this.stats.manifestsPut += done.length;
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) {
      const failed = tags.filter((_, i) => results[i]?.status === 'rejected');
      throw new Error(
        `${target.registry}/${target.repository}: tagged ${done.join(', ') || 'nothing'}; not tagged ${failed.join(', ')}`,
        { cause: failure.reason },
      );
    }
  }

  /** The blobs and child manifests `manifest` needs, in place in `target`. */
  private async ensureContent(target: Repository, manifest: RawManifest): Promise<void> {
    const strategy = copyStrategy(this.source, target);
    if (strategy === 'retag') return;
    const parsed = parseManifest(manifest);
    await forEachLimited(parsed.blobs, BLOB_CONCURRENCY, (blob) => this.ensureBlob(target, blob, strategy));
    for (const child of parsed.manifests) {
      const key = `${target.registry}/${target.repository}@${child.digest}`;
      if (this.present.has(key)) continue;
      const raw = await this.child(child);
      await this.ensureContent(target, raw);
      this.stats.manifestsPut++;
      await this.client.putManifest(target, child.digest, raw);
      this.present.add(key);
    }
  }

  private async child(descriptor: Descriptor): Promise<RawManifest> {
    let raw = this.children.get(descriptor.digest);
    if (!raw) {
      raw = await this.client.getManifest(this.source, descriptor.digest);
      this.children.set(descriptor.digest, raw);
    }
    return raw;
  }

  private ensureBlob(target: Repository, blob: Descriptor, strategy: 'mount' | 'stream'): Promise<void> {
    const key = `${target.registry}/${target.repository}@${blob.digest}`;
    let placing = this.blobs.get(key);
    if (!placing) {
      placing = this.placeBlob(target, blob, strategy);
      this.blobs.set(key, placing);
      // A failed placement may be tried again by a later copy.
      void placing.catch(() => this.blobs.delete(key));
    }
    return placing;
  }

  private async placeBlob(target: Repository, blob: Descriptor, strategy: 'mount' | 'stream'): Promise<void> {
    // Mount from the source, or from a repository of the target registry this copy already filled.
    const from = strategy === 'mount' ? this.source : this.placed.get(`${target.registry}@${blob.digest}`);
    if (from && (await this.client.mountBlob(target, from, blob.digest))) {
      this.stats.blobsMounted++;
    } else if (strategy === 'stream' && !from && (await this.client.blobExists(target, blob.digest))) {
      this.stats.blobsPresent++;
    } else {
      await this.client.uploadBlob(target, blob.digest, blob.size, async () => {
        const { stream } = await this.client.openBlob(this.source, blob.digest);
        return stream;
      });
      this.stats.blobsUploaded++;
      this.stats.bytesUploaded += blob.size;
    }
    if (!this.placed.has(`${target.registry}@${blob.digest}`))
      this.placed.set(`${target.registry}@${blob.digest}`, target);
  }
}
