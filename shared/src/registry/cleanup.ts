/**
 * Removing a tag. The distribution API deletes a manifest by digest, and with it every tag of the
 * repository pointing at that digest: so a CI tag whose digest another tag still uses (directly, or as
 * a child of an index it names) is kept and reported, never deleted. Only when the caller says the
 * registry deletes tags by name (`byName`) is such a tag removed, by name, leaving the digest.
 */
import type { RegistryClient, Repository } from './client.js';
import { isIndexType, parseManifest } from './manifest.js';

export interface TagCleanup {
  repository: Repository;
  tag: string;
  /** absent: no such tag; delete: its digest is used by no other tag; keep: it is. */
  decision: 'absent' | 'delete' | 'keep';
  digest?: string;
  /** The other tags that use the digest (the reason to keep it). */
  sharedWith: string[];
}

/** Decide what removing `tag` from `repository` would do, without changing anything. */
export async function planTagCleanup(
  client: RegistryClient,
  repository: Repository,
  tag: string,
): Promise<TagCleanup> {
  const tags = await client.listTags(repository);
  if (!tags.includes(tag)) return { repository, tag, decision: 'absent', sharedWith: [] };
  const head = await client.headManifest(repository, tag);
  if (!head) return { repository, tag, decision: 'absent', sharedWith: [] };
  const sharedWith: string[] = [];
  for (const other of tags) {
    if (other === tag) continue;
    const otherHead = await client.headManifest(repository, other);
    if (!otherHead) continue;
    if (otherHead.digest === head.digest) {
      sharedWith.push(other);
    } else if (isIndexType(otherHead.mediaType)) {
      const index = parseManifest(await client.getManifest(repository, otherHead.digest));
      if (index.manifests.some((m) => m.digest === head.digest)) sharedWith.push(`${other} (as a child)`);
    }
  }
  return {
    repository,
    tag,
    decision: sharedWith.length ? 'keep' : 'delete',
    digest: head.digest,
    sharedWith,
  };
}

/** True when the cleanup removes the tag: its digest is unshared, or the tag is deleted by name. */
export function removesTag(cleanup: TagCleanup, byName: boolean): boolean {
  return cleanup.decision === 'delete' || (byName && cleanup.decision === 'keep');
}

/**
 * Apply a planned cleanup, checking again just before: the tag must still name the same digest and
 * (unless deleting by name) no other tag may have started using it. Afterwards the tag must be gone
 * and every tag that shared its digest still there.
 */
export async function applyTagCleanup(
  client: RegistryClient,
  cleanup: TagCleanup,
  options: { byName?: boolean } = {},
): Promise<TagCleanup> {
  const byName = options.byName ?? false;
  if (!removesTag(cleanup, byName) || !cleanup.digest) return cleanup;
  const now = await planTagCleanup(client, cleanup.repository, cleanup.tag);
  if (!removesTag(now, byName) || now.digest !== cleanup.digest) return now;
  if (byName) await client.deleteTag(now.repository, now.tag);
  else await client.deleteManifest(now.repository, cleanup.digest);
  const name = `${now.repository.registry}/${now.repository.repository}`;
  if (await client.headManifest(now.repository, now.tag)) {
    throw new Error(`${name}:${now.tag} still resolves after deleting it`);
  }
  for (const other of now.sharedWith.map((t) => t.replace(/ \(as a child\)$/, ''))) {
    if (!(await client.headManifest(now.repository, other))) {
      throw new Error(`${name}:${other} went with ${now.tag}: the registry deleted more than the tag`);
    }
  }
  return now;
}
