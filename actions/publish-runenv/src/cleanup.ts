/**
 * Cleanup mode (seed 004: "CI/CD should clean up images in registry after the run"): remove exactly
 * the CI tag from each repository. The registry deletes by digest, which would take every other tag
 * on that digest along, so a digest another tag still uses is kept and reported instead, unless the
 * user says the registry deletes a tag by name (`delete-tags-by-name`).
 */
import { executePlan, Plan } from '../../../shared/src/plan/plan.js';
import {
  applyTagCleanup,
  planTagCleanup,
  removesTag,
  type TagCleanup,
} from '../../../shared/src/registry/cleanup.js';
import type { RegistryClient } from '../../../shared/src/registry/client.js';
import { repositoryName, type ImageReference } from '../../../shared/src/registry/reference.js';
import type { Deps } from './run.js';

export interface CleanupEntry {
  reference: string;
  result: 'deleted' | 'kept' | 'absent' | 'would delete';
  digest?: string;
  'shared-with': string[];
}

function entry(cleanup: TagCleanup, removed: boolean, byName: boolean): CleanupEntry {
  const result = removed
    ? 'deleted'
    : removesTag(cleanup, byName)
      ? 'would delete'
      : cleanup.decision === 'keep'
        ? 'kept'
        : 'absent';
  return {
    reference: `${repositoryName(cleanup.repository)}:${cleanup.tag}`,
    result,
    ...(cleanup.digest ? { digest: cleanup.digest } : {}),
    'shared-with': cleanup.sharedWith,
  };
}

/**
 * Remove `tag` from every repository where no other tag uses its digest (or, `byName`, wherever it
 * is, with the registry's tag delete); report each one.
 */
export async function cleanupTag(
  tag: string,
  repositories: ImageReference[],
  options: { dryRun: boolean; byName: boolean },
  client: RegistryClient,
  deps: Deps,
): Promise<CleanupEntry[]> {
  const decisions = new Map<string, CleanupEntry>();
  const plan = new Plan();
  for (const repository of repositories) {
    const planned = await planTagCleanup(client, repository, tag);
    const key = repositoryName(repository);
    decisions.set(key, entry(planned, false, options.byName));
    if (!removesTag(planned, options.byName)) continue;
    plan.add({
      kind: 'delete tag',
      target: `${key}:${tag}`,
      detail:
        planned.decision === 'delete'
          ? `manifest ${planned.digest ?? ''} (no other tag uses it)`
          : `by name, keeping ${planned.digest ?? ''} for ${planned.sharedWith.join(', ')}`,
      apply: async () => {
        const done = await applyTagCleanup(client, planned, { byName: options.byName });
        decisions.set(key, entry(done, removesTag(done, options.byName), options.byName));
      },
    });
  }
  await executePlan(plan, { dryRun: options.dryRun, log: deps.log });
  const entries = [...decisions.values()];
  for (const e of entries) {
    if (e.result === 'kept') {
      deps.log.warning(
        `Kept ${e.reference}: its digest ${e.digest ?? ''} is also tagged ${e['shared-with'].join(', ')}, and deleting the digest would delete those tags too (delete-tags-by-name: true removes the tag alone where the registry supports it).`,
      );
    } else if (e.result === 'absent') {
      deps.log.info(`${e.reference} does not exist: nothing to delete.`);
    }
  }
  deps.summary.heading(`Cleanup of ${tag}`).table(
    ['reference', 'result', 'digest', 'shared with'],
    entries.map((e) => [e.reference, e.result, e.digest ?? '', e['shared-with'].join(', ')]),
  );
  return entries;
}
