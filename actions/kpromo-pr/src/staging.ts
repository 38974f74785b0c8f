/**
 * Seed 002 step 2, "Ensure the new image is staged" (`gcrane ls … | grep v3.4.4`): every image:tag
 * looked up in the staging repository's tag list and its digest read from the registry. A missing
 * tag fails with the tags that are there and look closest, before anything is written anywhere.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import type { Logger } from '../../../shared/src/log.js';
import { CatalogUnavailable, listImagesUnder } from '../../../shared/src/registry/catalog.js';
import type { RegistryClient } from '../../../shared/src/registry/client.js';
import {
  describeMissing,
  lookupTag,
  type FoundTag,
  type MissingTag,
} from '../../../shared/src/registry/tags.js';

export interface StagedImage {
  /** Name under the staging repository (`kpromo`). */
  name: string;
  /** `registry/path/name:tag`. */
  reference: string;
  digest: string;
  mediaType: string;
  multiArch: boolean;
}

export interface StagingRepo {
  registry: string;
  repository: string;
}

const full = (staging: StagingRepo, name: string): string =>
  `${staging.registry}/${staging.repository}/${name}`;

/** The images that carry `tag` in staging, digests resolved; UserError when one asked for is missing. */
export async function findStagedImages(
  registry: RegistryClient,
  staging: StagingRepo,
  names: readonly string[],
  tag: string,
  log: Logger,
): Promise<StagedImage[]> {
  const explicit = names.length > 0;
  let candidates = [...names];
  if (!explicit) {
    try {
      candidates = await listImagesUnder(registry, staging.registry, staging.repository);
    } catch (error) {
      if (error instanceof CatalogUnavailable)
        throw new UserError(
          `Cannot list the images in ${staging.registry}/${staging.repository} (${error.message}): name them in the images input`,
        );
      throw error;
    }
    log.info(
      `${staging.registry}/${staging.repository} holds ${candidates.length} image(s): ${candidates.join(', ') || 'none'}`,
    );
  }
  const found: StagedImage[] = [];
  const missing: { name: string; lookup: MissingTag }[] = [];
  for (const name of candidates) {
    const repo = { registry: staging.registry, repository: `${staging.repository}/${name}` };
    const lookup = await lookupTag(registry, repo, tag);
    if (lookup.found) found.push(staged(staging, name, lookup));
    else missing.push({ name, lookup });
  }
  if (explicit && missing.length > 0) {
    throw new UserError(
      `Not staged: ${missing.map((m) => describeMissing(full(staging, m.name), m.lookup)).join('; ')}`,
    );
  }
  if (found.length === 0) {
    const near = missing
      .filter((m) => m.lookup.closest.length > 0)
      .map((m) => `${m.name}: ${m.lookup.closest.join(', ')}`);
    throw new UserError(
      `No image in ${staging.registry}/${staging.repository} carries the tag ${tag}` +
        (near.length
          ? `; closest tags there: ${near.join('; ')}`
          : candidates.length
            ? ''
            : ' (it holds no images)'),
    );
  }
  return found;
}

function staged(staging: StagingRepo, name: string, lookup: FoundTag): StagedImage {
  return {
    name,
    reference: `${full(staging, name)}:${lookup.tag}`,
    digest: lookup.digest,
    mediaType: lookup.mediaType,
    multiArch: lookup.multiArch,
  };
}
