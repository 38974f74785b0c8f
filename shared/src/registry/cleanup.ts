/**
 * Removing a tag. The distribution API deletes a manifest by digest, and with it every tag of the
 * repository pointing at that digest: so a CI tag whose digest another tag still uses (directly, or as
 * a child of an index it names, at any depth) is kept and reported, never deleted. Only when the
 * caller says the registry deletes tags by name (`byName`) is such a tag removed, by name, leaving the
 * digest.
 *
 * No registry API makes "delete this digest unless a tag moved onto it" atomic: a tag pushed onto the
 * digest between the last check and the DELETE goes with it. So the tags are listed just before the
 * DELETE and again after it, and any other tag that disappeared is named in a loud failure.
 */
import type { RegistryClient, Repository } from './client.js';
import { isIndexType, parseManifest, type Descriptor } from './manifest.js';

export interface TagCleanup {
  repository: Repository;
  tag: string;
  /** absent: no such tag; delete: its digest is used by no other tag; keep: it is. */
  decision: 'absent' | 'delete' | 'keep';
  digest?: string;
  /** The other tags that use the digest (the reason to keep it). */
  sharedWith: string[];
  /** tag → digest of every tag of the repository when planned. */
  tags: Map<string, string>;
}

/** What applying a cleanup did: `changed` when the tag named another digest by then (nothing deleted). */
export type CleanupOutcome = 'deleted' | 'kept' | 'absent' | 'changed';

export interface CleanupResult {
  outcome: CleanupOutcome;
  /** The cleanup as last checked (for `changed`: the tag's new digest). */
  cleanup: TagCleanup;
}

/** How deep an index of indexes is searched for the digest. */
const MAX_INDEX_DEPTH = 4;

/** True when the index `digest` refers to `wanted` at any depth (bounded); each index read once. */
async function indexContains(
  client: RegistryClient,
  repository: Repository,
  digest: string,
  wanted: string,
  seen: Map<string, Promise<Descriptor[]>>,
  depth = 0,
): Promise<boolean> {
  if (depth >= MAX_INDEX_DEPTH) return false;
  let children = seen.get(digest);
  if (!children) {
    children = client.getManifest(repository, digest).then((raw) => parseManifest(raw).manifests);
    seen.set(digest, children);
  }
  for (const child of await children) {
    if (child.digest === wanted) return true;
    if (
      isIndexType(child.mediaType) &&
      (await indexContains(client, repository, child.digest, wanted, seen, depth + 1))
    )
      return true;
  }
  return false;
}

/** The tags among `names` that use `digest`, directly or as a child of an index; HEADs each once. */
async function sharing(
  client: RegistryClient,
  repository: Repository,
  names: readonly string[],
  digest: string,
  tags: Map<string, string>,
): Promise<string[]> {
  const shared: string[] = [];
  const seen = new Map<string, Promise<Descriptor[]>>();
  for (const name of names) {
    const head = await client.headManifest(repository, name);
    if (!head) continue;
    tags.set(name, head.digest);
    if (head.digest === digest) shared.push(name);
    else if (
      isIndexType(head.mediaType) &&
      (await indexContains(client, repository, head.digest, digest, seen))
    )
      shared.push(`${name} (as a child)`);
  }
  return shared;
}

/** Decide what removing `tag` from `repository` would do, without changing anything. */
export async function planTagCleanup(
  client: RegistryClient,
  repository: Repository,
  tag: string,
): Promise<TagCleanup> {
  const names = await client.listTags(repository);
  const tags = new Map<string, string>();
  const absent = (): TagCleanup => ({ repository, tag, decision: 'absent', sharedWith: [], tags });
  if (!names.includes(tag)) return absent();
  const head = await client.headManifest(repository, tag);
  if (!head) return absent();
  tags.set(tag, head.digest);
  const sharedWith = await sharing(
    client,
    repository,
    names.filter((n) => n !== tag),
    head.digest,
    tags,
  );
  return {
    repository,
    tag,
    decision: sharedWith.length ? 'keep' : 'delete',
    digest: head.digest,
    sharedWith,
    tags,
  };
}

/** True when the cleanup removes the tag: its digest is unshared, or the tag is deleted by name. */
export function removesTag(cleanup: TagCleanup, byName: boolean): boolean {
  return cleanup.decision === 'delete' || (byName && cleanup.decision === 'keep');
}

const bare = (shared: string): string => shared.replace(/ \(as a child\)$/, '');

/**
 * Apply a planned cleanup, checking again just before: the tag must still name the same digest, and
 * (unless deleting by name) no tag created since the plan may use it. The tags are snapshotted just
 * before the DELETE and listed again after: the tag must be gone and every other tag still there.
 */
export async function applyTagCleanup(
  client: RegistryClient,
  cleanup: TagCleanup,
  options: { byName?: boolean } = {},
): Promise<CleanupResult> {
  const byName = options.byName ?? false;
  if (!removesTag(cleanup, byName) || !cleanup.digest)
    return { outcome: cleanup.decision === 'keep' ? 'kept' : 'absent', cleanup };
  const { repository, tag, digest } = cleanup;
  const head = await client.headManifest(repository, tag);
  if (!head) return { outcome: 'absent', cleanup: { ...cleanup, decision: 'absent', sharedWith: [] } };
  if (head.digest !== digest) {
    const moved = { ...cleanup, digest: head.digest, tags: new Map([...cleanup.tags, [tag, head.digest]]) };
    return { outcome: 'changed', cleanup: moved };
  }
  // The snapshot: every tag now, with the digests planned; tags new since the plan are checked.
  const names = await client.listTags(repository);
  const snapshot = new Map([...cleanup.tags].filter(([name]) => names.includes(name)));
  const added = names.filter((name) => !cleanup.tags.has(name));
  const addedSharing = await sharing(client, repository, added, digest, snapshot);
  const now: TagCleanup = {
    ...cleanup,
    sharedWith: [...cleanup.sharedWith, ...addedSharing],
    tags: snapshot,
  };
  if (!byName && addedSharing.length) return { outcome: 'kept', cleanup: { ...now, decision: 'keep' } };

  if (byName) await client.deleteTag(repository, tag);
  else await client.deleteManifest(repository, digest);

  const after = new Set(await client.listTags(repository));
  const name = `${repository.registry}/${repository.repository}`;
  if (after.has(tag)) throw new Error(`${name}:${tag} is still listed after deleting it`);
  const lost = [...snapshot.keys()].filter((t) => t !== tag && !after.has(t));
  if (lost.length) {
    throw new Error(
      `${name}: deleting ${tag} (${digest}) also removed ${lost.map((t) => `${t} (was ${snapshot.get(t) ?? '?'})`).join(', ')}: ` +
        'a tag was moved onto the digest between the check and the DELETE (the registry API cannot prevent this race); push those tags again',
    );
  }
  for (const other of now.sharedWith.map(bare)) {
    if (!after.has(other))
      throw new Error(`${name}:${other} went with ${tag}: the registry deleted more than the tag`);
  }
  return { outcome: 'deleted', cleanup: now };
}
