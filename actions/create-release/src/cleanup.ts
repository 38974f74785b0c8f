/**
 * Deleting releases on purpose: `delete: <tag>` (KM: "a user needs to manually delete the release
 * and trigger this pipeline again" becomes a workflow_dispatch input) and `prune` (stale daily and
 * demo releases). Both read first and plan: what goes and what stays, with reasons, is in the job
 * summary before the first delete; a dry run stops there. A release is deleted by its id, so exactly
 * the one the plan names goes; a tag (only when asked: a tag is history) is deleted only after a read
 * shows no release holds it now (a rolling tag may have been released again meanwhile). One failure
 * does not stop the others; the run fails at the end naming what was left.
 */
import { UserError, type JobSummary, type OutputValue } from '../../../shared/src/action/index.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { RepoRef } from '../../../shared/src/github/changes.js';
import { listEveryRelease } from '../../../shared/src/github/release-index.js';
import {
  deleteTag,
  getReleaseByTag,
  isNotFound,
  latestReleaseId,
  type RemoteRelease,
} from '../../../shared/src/github/releases.js';
import type { Logger } from '../../../shared/src/log.js';
import type { Deletion } from './cleanup-inputs.js';
import {
  ago,
  goes,
  IMMUTABLE_REASON,
  LATEST_REASON,
  mayHoldLatest,
  planPrune,
  protect,
  type PruneOptions,
  type PrunePlan,
} from './prune.js';
import { globToRegExp } from './tag.js';
import { fullName, refusedWrite, tokenCannotWrite } from './target.js';

export interface CleanupDeps {
  github: GitHubClient;
  /** Where releases are deleted. */
  repo: RepoRef;
  /** The workflow's repository (for the message when the token may not write `repo`). */
  source: RepoRef;
  log: Logger;
  summary: JobSummary;
  dryRun: boolean;
  allowDeleteLatest: boolean;
  /** The release this run published (never deleted). */
  publishedId?: number;
  /** Milliseconds since the epoch (tests fix it). */
  now?: number;
}

/** What was deleted: a release, and its tag when asked. */
export interface Removed {
  tag: string;
  id: number;
  tagDeleted: boolean;
}

/** One release that could not be deleted (or whose tag could not be), and why. */
interface Left {
  what: string;
  why: string;
}

/**
 * Delete a release by id: a 404 means it is gone, unless a read shows it still there (a personal
 * access token that may not write is answered 404, and that must not pass for a deletion).
 */
async function deleteReleaseById(github: GitHubClient, repo: RepoRef, release: RemoteRelease): Promise<void> {
  try {
    await github.rest.repos.deleteRelease({ ...repo, release_id: release.id });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    let still = true;
    try {
      await github.rest.repos.getRelease({ ...repo, release_id: release.id });
    } catch (read) {
      if (!isNotFound(read)) throw read;
      still = false;
    }
    if (still) throw error;
  }
}

/**
 * Delete the tag unless a release holds it now (read just before). `held` names that release; the
 * tag is left then.
 */
async function deleteFreeTag(
  github: GitHubClient,
  repo: RepoRef,
  tag: string,
): Promise<{ deleted: boolean; held?: RemoteRelease }> {
  const holder = await getReleaseByTag(github, repo, tag);
  if (holder) return { deleted: false, held: holder };
  await deleteTag(github, repo, tag);
  return { deleted: true };
}

/** A failure's one line: GitHub's answer, or the error's message. */
function why(error: unknown): string {
  return refusedWrite(error) ?? (error as Error).message;
}

/** The run ends here when something was left: naming each, and for a refused write, the token. */
function failIfLeft(deps: CleanupDeps, what: string, left: Left[], done: number): void {
  if (left.length === 0) return;
  const list = left.map((l) => `${l.what} (${l.why})`).join('; ');
  const summary = `${what}: ${done} done, ${left.length} left: ${list}.`;
  const refused = left.map((l) => l.why).find((w) => /^GitHub answered 40[34]/.test(w));
  if (refused && fullName(deps.repo).toLowerCase() !== fullName(deps.source).toLowerCase()) {
    throw tokenCannotWrite(deps.repo, deps.source, refused, summary);
  }
  throw new UserError(`${summary} A rerun deletes what is left.`);
}

/** `delete: <tag>`: that tag's release (refusing the latest or an immutable one), its tag if asked. */
export async function deleteOne(deps: CleanupDeps, deletion: Deletion): Promise<Record<string, OutputValue>> {
  const { github, repo, log, summary } = deps;
  const { tag } = deletion;
  const release = await getReleaseByTag(github, repo, tag);
  summary.heading(`Delete ${tag}${deps.dryRun ? ' (dry run)' : ''}`);
  if (release?.immutable) {
    throw new UserError(
      `Not deleting the release of ${tag} (${release.html_url}): it is ${IMMUTABLE_REASON}. Nothing was changed.`,
    );
  }
  if (release && !release.prerelease && !deps.allowDeleteLatest) {
    if ((await latestReleaseId(github, repo)) === release.id) {
      throw new UserError(
        `Not deleting the release of ${tag} (${release.html_url}): ${LATEST_REASON}. Nothing was changed.`,
      );
    }
  }
  if (release && release.id === deps.publishedId) {
    throw new UserError(`Not deleting the release of ${tag}: this run just published it.`);
  }
  const plan = [
    release ? `delete release ${release.id} (${release.html_url})` : `no published release holds ${tag}`,
    deletion.deleteTag ? `delete the tag ${tag} unless a release holds it by then` : `the tag ${tag} stays`,
  ];
  summary.paragraph(plan.map((line) => `- ${line}`).join('\n'));
  for (const line of plan) log.info(`${deps.dryRun ? 'Would ' : ''}${line}`);
  if (deps.dryRun) return { deleted: '' };
  const left: Left[] = [];
  if (release) {
    try {
      await deleteReleaseById(github, repo, release);
      log.info(`Deleted release ${release.id} of ${tag}`);
    } catch (error) {
      left.push({ what: `release ${release.id} of ${tag}`, why: why(error) });
    }
  }
  let tagDeleted = false;
  if (deletion.deleteTag && left.length === 0) {
    try {
      const outcome = await deleteFreeTag(github, repo, tag);
      if (outcome.held) left.push({ what: `the tag ${tag}`, why: `release ${outcome.held.id} holds it now` });
      tagDeleted = outcome.deleted;
    } catch (error) {
      left.push({ what: `the tag ${tag}`, why: why(error) });
    }
  }
  failIfLeft(deps, `Delete ${tag}`, left, left.length ? 0 : 1);
  summary.paragraph(
    release ? `Deleted release ${release.id}${tagDeleted ? ' and its tag' : ''}.` : 'Nothing to delete.',
  );
  return { deleted: release ? tag : '' };
}

/** `prune`: read every release, plan, show the plan, delete what goes (and its tag if asked). */
export async function prune(deps: CleanupDeps, options: PruneOptions): Promise<Record<string, OutputValue>> {
  const { github, repo, log } = deps;
  const patterns = options.patterns.map(globToRegExp);
  const index = await listEveryRelease(github, repo, (tag) => patterns.some((p) => p.test(tag)));
  let plan = planPrune(index.releases, options, deps.now ?? Date.now());
  // Only a full (not pre-) release can be GitHub's latest: asked for only when one would go.
  const latestId =
    !deps.allowDeleteLatest && mayHoldLatest(plan) ? await latestReleaseId(github, repo) : undefined;
  plan = protect(plan, {
    ...(deps.publishedId !== undefined ? { publishedId: deps.publishedId } : {}),
    ...(latestId !== undefined ? { latestId } : {}),
  });
  const seen = describeIndex(index);
  log.info(`Prune ${fullName(repo)}: ${seen}`);
  const doomed = goes(plan);
  summarizePlan(deps, options, plan, seen);
  if (deps.dryRun) {
    log.info(`Dry run: ${doomed.length} release(s) would be deleted; nothing was.`);
    return { pruned: [] };
  }
  const removed: Removed[] = [];
  const left: Left[] = [];
  for (const release of doomed) {
    try {
      await deleteReleaseById(github, repo, release);
    } catch (error) {
      left.push({ what: `release ${release.id} of ${release.tag_name}`, why: why(error) });
      continue;
    }
    let tagDeleted = false;
    if (options.deleteTags) {
      try {
        const outcome = await deleteFreeTag(github, repo, release.tag_name);
        tagDeleted = outcome.deleted;
        if (outcome.held) {
          left.push({ what: `the tag ${release.tag_name}`, why: `release ${outcome.held.id} holds it now` });
        }
      } catch (error) {
        left.push({ what: `the tag ${release.tag_name}`, why: why(error) });
      }
    }
    removed.push({ tag: release.tag_name, id: release.id, tagDeleted });
    log.info(`Deleted release ${release.id} of ${release.tag_name}${tagDeleted ? ' and the tag' : ''}`);
  }
  deps.summary.paragraph(
    `Deleted ${removed.length} release(s)${options.deleteTags ? ` and ${removed.filter((r) => r.tagDeleted).length} tag(s)` : ''}.`,
  );
  if (index.unread.length) {
    left.push({
      what: 'releases it could not read',
      why: `${index.unread.join('; ')}: they were not considered`,
    });
  }
  failIfLeft(deps, 'Prune', left, removed.length);
  return { pruned: removed.map((r) => ({ tag: r.tag, id: r.id, 'tag-deleted': r.tagDeleted })) };
}

/** How the releases were read, in one sentence (the cap, when GitHub's listing stopped at it). */
function describeIndex(index: Awaited<ReturnType<typeof listEveryRelease>>): string {
  const { capped } = index;
  const count = `${index.releases.length} release(s) read in ${index.listingCalls} listing call(s)`;
  if (!capped) return `${count}.`;
  return `${count}; GitHub's listing stopped after ${capped.listed} (it answered ${capped.status} past its cap), so ${capped.tagsRead} tag(s) matching the patterns were read one by one (${capped.found} with a release).${index.unread.length ? ` Could not read: ${index.unread.join('; ')}.` : ''}`;
}

function published(release: RemoteRelease, now: number): string {
  const at = release.published_at ?? release.created_at;
  if (!at) return '';
  return `${at.slice(0, 10)} (${ago(now - Date.parse(at))} ago)`;
}

/** Rows of a summary table at most (a row is ~150 bytes; the summary is cut at 1 MiB). */
const SUMMARY_ROWS = 2000;

/** The plan in the job summary: facts, then what goes and what stays, each with its reason. */
function summarizePlan(deps: CleanupDeps, options: PruneOptions, plan: PrunePlan, seen: string): void {
  const now = deps.now ?? Date.now();
  const { summary } = deps;
  const count = (verdict: string): number => plan.entries.filter((e) => e.verdict === verdict).length;
  summary.heading(`Prune ${fullName(deps.repo)}${deps.dryRun ? ' (dry run)' : ''}`);
  summary.facts({
    patterns: options.patterns.join(', '),
    'keep per pattern': options.keep,
    'older than': options.olderThan,
    tags: options.deleteTags ? 'deleted with their release' : 'kept (prune-tags: false)',
    read: seen,
    plan: `${count('goes')} go, ${count('stays')} stay, ${count('protected')} protected; ${plan.unmatched} match no pattern`,
  });
  // GitHub shows at most 1 MiB of a step's summary: long tables are cut, the rest counted.
  const rows = (verdicts: string[]) => {
    const entries = plan.entries.filter((e) => verdicts.includes(e.verdict));
    const shown = entries
      .slice(0, SUMMARY_ROWS)
      .map((e) => [e.release.tag_name, e.pattern, published(e.release, now), e.reason]);
    if (entries.length > SUMMARY_ROWS) shown.push([`… ${entries.length - SUMMARY_ROWS} more`, '', '', '']);
    return shown;
  };
  summary.heading('Goes', 3).table(['tag', 'pattern', 'published', 'why'], rows(['goes']));
  summary.heading('Stays', 3).table(['tag', 'pattern', 'published', 'why'], rows(['protected', 'stays']));
}
