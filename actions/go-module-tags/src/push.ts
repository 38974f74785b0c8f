/**
 * What a failed push means for the person reading the log. The push is atomic, so a remote that
 * refuses one tag (a hook, a protected tag, a tag created meanwhile) keeps none of them; and the run
 * has already deleted the local tags it made. Say so, with the remote's own words, instead of a
 * generic failure listing effects "applied" that no longer exist.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import { GitError } from '../../../shared/src/git/git.js';
import type { PlanError } from '../../../shared/src/plan/plan.js';

/** The remote's own lines (`remote: …`, hook output) and each refused ref with git's reason. */
export function remoteRefusal(stderr: string): { said: string[]; refused: string[] } {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim());
  const said = lines
    .filter((l) => l.startsWith('remote:'))
    .map((l) => l.slice('remote:'.length).trim())
    .filter(Boolean);
  const refused = lines.flatMap((l) => {
    const m = /^! \[(?:remote )?rejected\]\s+(\S+)(?: -> \S+)?\s+\((.+)\)$/.exec(l);
    // "atomic push failure/failed" echoes another ref's refusal: not a reason of its own.
    return m && !/^atomic push fail/.test(m[2] ?? '') ? [`${m[1]} (${m[2]})`] : [];
  });
  return { said, refused };
}

/** A UserError telling what the failed push left: nothing on the remote, no local tags of this run. */
export function pushFailure(
  error: PlanError,
  facts: { remote: string; tags: readonly string[]; createdLocally: readonly string[] },
): UserError {
  const stderr = error.cause instanceof GitError ? error.cause.result.stderr : String(error.cause);
  const { said, refused } = remoteRefusal(stderr);
  const cleaned = facts.createdLocally.length
    ? ` The ${facts.createdLocally.length} local tag(s) this run created were deleted, so a rerun starts clean.`
    : '';
  if (refused.length) {
    const words = said.length ? ` It said: ${said.join(' / ')}.` : '';
    return new UserError(
      `${facts.remote} refused the push: ${refused.join(', ')}.${words} Nothing was published: the push is atomic, so ${facts.remote} has none of the ${facts.tags.length} tag(s).${cleaned}`,
      { cause: error },
    );
  }
  const detail = stderr.trim().split(/\r?\n/).filter(Boolean).join(' / ') || String(error.cause);
  return new UserError(
    `The push of ${facts.tags.length} tag(s) to ${facts.remote} failed: ${detail}.${cleaned} A rerun checks ${facts.remote}'s tags first and pushes only those it lacks.`,
    { cause: error },
  );
}
