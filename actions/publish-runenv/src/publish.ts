/**
 * Publish through the registry API (the primary path): read the source manifest once, then make
 * every target reference name it — a manifest PUT within the source repository, blob mounts within
 * the registry, streamed blobs across registries — and check that each tag resolves to the source.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import { executePlan, Plan } from '../../../shared/src/plan/plan.js';
import type { RegistryClient } from '../../../shared/src/registry/client.js';
import { copyStrategy, ImageCopier, type CopyStrategy } from '../../../shared/src/registry/copy.js';
import { parseManifest } from '../../../shared/src/registry/manifest.js';
import { RegistryError } from '../../../shared/src/registry/errors.js';
import {
  formatReference,
  referenceTarget,
  repositoryName,
  type ImageReference,
} from '../../../shared/src/registry/reference.js';
import type { Deps, Published, PublishedReference } from './run.js';

const HOW: Record<CopyStrategy, string> = {
  retag: 'manifest PUTs only (same repository)',
  mount: 'blobs mounted from the source repository, then manifest PUTs',
  stream: 'blobs streamed from the source registry, then manifest PUTs',
};

/** The references grouped by repository, in their order. */
function byRepository(references: ImageReference[]): Map<ImageReference, ImageReference[]> {
  const groups = new Map<string, ImageReference[]>();
  for (const reference of references) {
    const key = repositoryName(reference);
    groups.set(key, [...(groups.get(key) ?? []), reference]);
  }
  return new Map([...groups.values()].map((group) => [group[0] as ImageReference, group]));
}

/**
 * The digest each reference names now (absent: a new tag); one tag list per repository, the
 * repositories side by side.
 */
async function currentDigests(
  client: RegistryClient,
  references: ImageReference[],
  deps: Deps,
): Promise<Map<string, string>> {
  const tagsOf = async (target: ImageReference): Promise<Set<string>> => {
    try {
      return new Set(await client.listTags(target, 1000, { forPush: true }));
    } catch (error) {
      // Only informational: without the list every tag is treated as new.
      if (!(error instanceof RegistryError) || ![401, 403].includes(error.status)) throw error;
      deps.log.debug(`Could not list the tags of ${repositoryName(target)}: ${error.message}`);
      return new Set();
    }
  };
  const repositories = [...byRepository(references)];
  const listed = await Promise.all(repositories.map(([repository]) => tagsOf(repository)));
  const existing = repositories.flatMap(([, targets], i) =>
    targets.filter((target) => target.tag !== undefined && listed[i]!.has(target.tag)),
  );
  const heads = await Promise.all(existing.map((target) => client.headManifest(target, target.tag!)));
  const digests = new Map<string, string>();
  existing.forEach((target, i) => {
    const head = heads[i];
    if (head) digests.set(formatReference(target), head.digest);
  });
  return digests;
}

/** Publish `source` under every reference; returns the source digest and what was pushed. */
export async function publishFromRegistry(
  source: ImageReference,
  references: ImageReference[],
  dryRun: boolean,
  client: RegistryClient,
  deps: Deps,
): Promise<Published> {
  // The source and the targets' current tags are independent reads: side by side.
  const [manifest, current] = await Promise.all([
    client.getManifest(source, referenceTarget(source)),
    currentDigests(client, references, deps),
  ]);
  const parsed = parseManifest(manifest);
  deps.log.info(
    `Source ${formatReference(source)}: ${manifest.digest} (${parsed.kind === 'index' ? `index of ${parsed.manifests.length} manifests` : `${parsed.blobs.length} blobs`})`,
  );
  const copier = new ImageCopier(client, source, manifest);
  const published: PublishedReference[] = [];
  const plan = new Plan();
  for (const [repository, targets] of byRepository(references)) {
    const how = HOW[copyStrategy(source, repository)];
    const tags: string[] = [];
    const moves: string[] = [];
    for (const target of targets) {
      const name = formatReference(target);
      const now = current.get(name);
      if (now === manifest.digest) {
        deps.log.info(`${name} already names ${manifest.digest}: nothing to push.`);
        published.push({ reference: name, digest: manifest.digest, how: 'already there' });
        continue;
      }
      tags.push(target.tag ?? 'latest');
      if (now) moves.push(`moves ${target.tag ?? 'latest'} from ${now}`);
    }
    if (tags.length === 0) continue;
    plan.add({
      kind: 'push image',
      target: repositoryName(repository),
      detail: [`tags ${tags.join(', ')}`, how, ...moves].join('; '),
      apply: async () => {
        await copier.copyToTags(repository, tags);
        for (const tag of tags)
          published.push({ reference: `${repositoryName(repository)}:${tag}`, digest: manifest.digest, how });
      },
    });
  }
  await executePlan(plan, { dryRun, log: deps.log });
  if (dryRun)
    return {
      digest: manifest.digest,
      published: references.map((r) => ({
        reference: formatReference(r),
        digest: manifest.digest,
        how: HOW[copyStrategy(source, r)],
      })),
    };

  const heads = await Promise.all(
    references.map((target) => client.headManifest(target, target.tag ?? 'latest')),
  );
  const wrong = references.flatMap((target, index) =>
    heads[index]?.digest === manifest.digest
      ? []
      : [`${formatReference(target)} → ${heads[index]?.digest ?? 'missing'}`],
  );
  if (wrong.length) {
    throw new UserError(
      `Pushed, but these tags do not resolve to the source digest ${manifest.digest}: ${wrong.join('; ')}`,
    );
  }
  const s = copier.stats;
  deps.log.info(
    `Verified ${references.length} reference(s) at ${manifest.digest}: ${s.manifestsPut} manifest PUT(s), ${s.blobsMounted} blob(s) mounted, ${s.blobsUploaded} uploaded (${s.bytesUploaded} bytes), ${s.blobsPresent} already present; ${client.requestCount} request(s).`,
  );
  return {
    digest: manifest.digest,
    published,
    facts: {
      'blobs mounted': s.blobsMounted,
      'blobs uploaded': s.blobsUploaded,
      'bytes uploaded': s.bytesUploaded,
      'blobs already present': s.blobsPresent,
      requests: client.requestCount,
    },
  };
}
