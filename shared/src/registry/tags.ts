/**
 * Is `image:tag` there, and what does it point at? The tag is looked for in the repository's tag list
 * (every `Link` page followed), its digest read from the manifest itself (GET with an explicit Accept,
 * the bytes hashed: for a multi-arch image that is the index's digest, never one platform's), and
 * when it is missing the tags that are there and look closest are named, for an error a person can
 * act on (`v3.4.4-1` is not staged; closest: v3.4.4, v3.4.3-1, v3.4.5-1).
 */
import type { RegistryClient, Repository } from './client.js';
import { isIndexType } from './manifest.js';

export interface FoundTag {
  found: true;
  tag: string;
  /** The manifest's digest (the index's, for a multi-arch image). */
  digest: string;
  mediaType: string;
  /** True for a manifest list or OCI index. */
  multiArch: boolean;
}

export interface MissingTag {
  found: false;
  tag: string;
  /** False when the repository has no tags at all (or does not exist). */
  repositoryExists: boolean;
  /** Up to `closestLimit` staged tags that look closest to the one asked for. */
  closest: string[];
}

export type TagLookup = FoundTag | MissingTag;

export interface LookupOptions {
  /** Tags already listed for this repository (saves listing them again). */
  tags?: readonly string[];
  /** Tag list page size (`n`); registries that page cap it themselves. */
  pageSize?: number;
  closestLimit?: number;
}

/** Look `tag` up in `repo`: listed (with paging), then its manifest read and its digest verified. */
export async function lookupTag(
  client: RegistryClient,
  repo: Repository,
  tag: string,
  options: LookupOptions = {},
): Promise<TagLookup> {
  const tags = options.tags ?? (await client.listTags(repo, options.pageSize));
  if (!tags.includes(tag)) {
    return {
      found: false,
      tag,
      repositoryExists: tags.length > 0,
      closest: closestTags(tags, tag, options.closestLimit),
    };
  }
  const manifest = await client.getManifest(repo, tag);
  return {
    found: true,
    tag,
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    multiArch: isIndexType(manifest.mediaType),
  };
}

/** Edit distance (insertions, deletions, substitutions), each string at most a few dozen characters. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A tag without its image revision: `v3.4.4-1` → `v3.4.4`. */
const withoutRevision = (tag: string): string => tag.replace(/-\d+$/, '');

/**
 * The tags that look most like `wanted`: the same version with another revision (or none) first, then
 * fewest edits, then the longest shared beginning, then by name. Signature and attestation tags
 * (`sha256-….sig`) are never suggested.
 */
export function closestTags(tags: readonly string[], wanted: string, limit = 5): string[] {
  const version = withoutRevision(wanted);
  return tags
    .filter((t) => t !== wanted && !/^sha256-[0-9a-f]{64}(\.\w+)?$/.test(t))
    .map((tag) => ({
      tag,
      other: withoutRevision(tag) === version ? 0 : 1,
      edits: distance(tag, wanted),
      prefix: commonPrefix(tag, wanted),
    }))
    .sort(
      (x, y) =>
        x.other - y.other ||
        x.edits - y.edits ||
        y.prefix - x.prefix ||
        (x.tag < y.tag ? -1 : x.tag > y.tag ? 1 : 0),
    )
    .slice(0, limit)
    .map((c) => c.tag);
}

/** `image:tag is not staged` with the closest tags, as one line for an error message. */
export function describeMissing(name: string, lookup: MissingTag): string {
  if (!lookup.repositoryExists) return `${name} has no tags (the repository does not exist or is empty)`;
  const near = lookup.closest.length ? `; closest tags there: ${lookup.closest.join(', ')}` : '';
  return `${name} has no tag ${lookup.tag}${near}`;
}
