/**
 * Cleanup mode (seed 004: "CI/CD should clean up images in registry after the run"): remove exactly
 * the CI tag from each repository. The registry deletes by digest, which would take every other tag
 * on that digest along, so a digest another tag still uses is kept and reported instead, unless the
 * user says the registry deletes a tag by name (`delete-tags-by-name`). Each repository is planned
 * and applied on its own: one that fails is reported as `error` and the others still cleaned.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import { executePlan, Plan, PlanError } from '../../../shared/src/plan/plan.js';
import {
  applyTagCleanup,
  planTagCleanup,
  removesTag,
  type CleanupOutcome,
  type TagCleanup,
} from '../../../shared/src/registry/cleanup.js';
import type { RegistryClient } from '../../../shared/src/registry/client.js';
import { DeleteUnsupportedError } from '../../../shared/src/registry/errors.js';
import { repositoryName, type ImageReference } from '../../../shared/src/registry/reference.js';
import type { Deps } from './run.js';

export interface CleanupEntry {
  reference: string;
  result: CleanupOutcome | 'would delete' | 'error';
  digest?: string;
  'shared-with': string[];
  error?: string;
}

function entry(cleanup: TagCleanup, result: CleanupEntry['result']): CleanupEntry {
  return {
    reference: `${repositoryName(cleanup.repository)}:${cleanup.tag}`,
    result,
    ...(cleanup.digest ? { digest: cleanup.digest } : {}),
    'shared-with': cleanup.sharedWith,
  };
}

/** What to do when the registry deletes nothing through the distribution API. */
const UNSUPPORTED_HINT =
  "The tag is still there. Remove it with the registry's own tools (Docker Hub: hub.docker.com or its Hub API; ACR: az acr repository untag), or run without delete-tags-by-name so a CI tag that shares its digest is kept and reported instead.";

function message(error: unknown): string {
  if (error instanceof DeleteUnsupportedError) return `${error.message}. ${UNSUPPORTED_HINT}`;
  return error instanceof Error ? error.message : String(error);
}

/** Plan and (unless a dry run) apply the cleanup of one repository; failures become an `error` entry. */
async function cleanOne(
  tag: string,
  repository: ImageReference,
  options: { dryRun: boolean; byName: boolean },
  client: RegistryClient,
  deps: Deps,
): Promise<CleanupEntry> {
  const reference = `${repositoryName(repository)}:${tag}`;
  let planned: TagCleanup;
  try {
    planned = await planTagCleanup(client, repository, tag);
  } catch (error) {
    return { reference, result: 'error', 'shared-with': [], error: message(error) };
  }
  if (!removesTag(planned, options.byName))
    return entry(planned, planned.decision === 'keep' ? 'kept' : 'absent');
  let result: CleanupEntry = entry(planned, 'would delete');
  const plan = new Plan().add({
    kind: 'delete tag',
    target: reference,
    detail:
      planned.decision === 'delete'
        ? `manifest ${planned.digest ?? ''} (no other tag uses it)`
        : `by name, keeping ${planned.digest ?? ''} for ${planned.sharedWith.join(', ')}`,
    apply: async () => {
      const done = await applyTagCleanup(client, planned, { byName: options.byName });
      result = entry(done.cleanup, done.outcome);
    },
  });
  try {
    await executePlan(plan, { dryRun: options.dryRun, log: deps.log });
  } catch (error) {
    return { ...result, result: 'error', error: message(error instanceof PlanError ? error.cause : error) };
  }
  return result;
}

/**
 * Remove `tag` from every repository where no other tag uses its digest (or, `byName`, wherever it
 * is, with the registry's tag delete); report each one. Throws once at the end, naming every
 * repository that failed, after the entries (for outputs and summary) are handed to `report`.
 */
export async function cleanupTag(
  tag: string,
  repositories: ImageReference[],
  options: { dryRun: boolean; byName: boolean },
  client: RegistryClient,
  deps: Deps,
): Promise<{ entries: CleanupEntry[]; failure?: UserError }> {
  const entries: CleanupEntry[] = [];
  for (const repository of repositories) entries.push(await cleanOne(tag, repository, options, client, deps));
  for (const e of entries) {
    if (e.result === 'kept') {
      deps.log.warning(
        `Kept ${e.reference}: its digest ${e.digest ?? ''} is also tagged ${e['shared-with'].join(', ')}, and deleting the digest would delete those tags too (delete-tags-by-name: true removes the tag alone where the registry supports it).`,
      );
    } else if (e.result === 'absent') {
      deps.log.info(`${e.reference} does not exist: nothing to delete.`);
    } else if (e.result === 'changed') {
      deps.log.warning(
        `Left ${e.reference} alone: it was moved to ${e.digest ?? ''} after it was checked (another run pushed it?); nothing was deleted.`,
      );
    }
  }
  deps.summary.heading(`Cleanup of ${tag}`).table(
    ['reference', 'result', 'digest', 'shared with'],
    entries.map((e) => [
      e.reference,
      e.result === 'error' ? `error: ${e.error ?? ''}` : e.result,
      e.digest ?? '',
      e['shared-with'].join(', '),
    ]),
  );
  const failed = entries.filter((e) => e.result === 'error');
  if (!failed.length) return { entries };
  return {
    entries,
    failure: new UserError(
      `Cleanup of ${tag} failed for ${failed.map((e) => e.reference).join(', ')} (the others were cleaned): ${failed.map((e) => e.error ?? '').join('; ')}`,
    ),
  };
}
