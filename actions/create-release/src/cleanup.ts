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
import { listTagNames } from '../../../shared/src/github/changes.js';
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
  broadPatterns,
  goes,
  IMMUTABLE_REASON,
  LATEST_REASON,
  mayHoldLatest,
  planPrune,
  planTags,
  protect,
  type PruneOptions,
  type PrunePlan,
  type TagEntry,
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

/**
 * One release that could not be deleted (or whose tag could not be, or that could not be read), why,
 * and what finishes it when a rerun does not: unset, a rerun deletes it (it plans from what is there).
 */
interface Left {
  what: string;
  why: string;
  next?: string;
}

/** A `delete` refused (latest, immutable, this run's release): its message says nothing of the step. */
export class Refusal extends UserError {}

/** What a delete or prune did: its outputs, what it changed (for the step's message), its failure. */
export interface CleanupResult {
  outputs: Record<string, OutputValue>;
  changed: string[];
  failure?: Error;
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
 * tag is left then. `gone`: someone deleted it first.
 */
async function deleteFreeTag(
  github: GitHubClient,
  repo: RepoRef,
  tag: string,
): Promise<{ deleted: boolean; gone?: boolean; held?: RemoteRelease }> {
  const holder = await getReleaseByTag(github, repo, tag);
  if (holder) return { deleted: false, held: holder };
  const outcome = await deleteTag(github, repo, tag);
  return outcome === 'deleted' ? { deleted: true } : { deleted: false, gone: true };
}

/** A failure's one line: GitHub's answer, or the error's message. */
function why(error: unknown): string {
  return refusedWrite(error) ?? (error as Error).message;
}

/** Why a tag delete failed: GitHub's answer, with what refuses a tag when releases could be deleted. */
function whyTag(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const answer = refusedWrite(error) ?? `GitHub answered ${String(status)} ${(error as Error).message}`;
  if (status === 403 || status === 422) return `${answer}; a ruleset or tag protection may guard it`;
  return typeof status === 'number' ? answer : (error as Error).message;
}

/** A tag left by a release that was deleted: `held`, the release that holds it now, or why the delete failed. */
function tagLeft(tag: string, why: string, options: { olderThan?: string } = {}): Left {
  return {
    what: `the tag ${tag}`,
    why,
    // The rerun plans from releases and, with prune-tags, from tags without one too; but a tag has no
    // publish date, so a prune-older-than rerun leaves it alone: say what deletes it then.
    ...(options.olderThan !== undefined
      ? {
          next: `For the tag ${tag}: delete it with delete: ${tag} and delete-tag: true (a rerun with prune-older-than leaves a tag without a release alone).`,
        }
      : {}),
  };
}

/**
 * The failure when something was left (undefined when nothing was): naming each and what finishes
 * it. The token is blamed only when nothing could be deleted (a refused tag after deleted releases is
 * a ruleset, not the token).
 */
function leftFailure(deps: CleanupDeps, what: string, left: Left[], done: number): Error | undefined {
  if (left.length === 0) return undefined;
  const list = left.map((l) => `${l.what} (${l.why})`).join('; ');
  const summary = `${what}: ${done} done, ${left.length} left: ${list}.`;
  const refused = left.map((l) => l.why).find((w) => /^GitHub answered 40[34]/.test(w));
  const otherRepository = fullName(deps.repo).toLowerCase() !== fullName(deps.source).toLowerCase();
  if (refused && otherRepository && done === 0) {
    return tokenCannotWrite(deps.repo, deps.source, refused, summary);
  }
  const rerun = left.filter((l) => l.next === undefined);
  const next: string[] = [];
  if (rerun.length === left.length) next.push('A rerun deletes what is left.');
  else if (rerun.length) next.push(`A rerun deletes ${rerun.map((l) => l.what).join(', ')}.`);
  for (const l of left) if (l.next && !next.includes(l.next)) next.push(l.next);
  return new UserError(`${summary} ${next.join(' ')}`);
}

/** `delete: <tag>`: that tag's release (refusing the latest or an immutable one), its tag if asked. */
export async function deleteOne(deps: CleanupDeps, deletion: Deletion): Promise<CleanupResult> {
  const { github, repo, log, summary } = deps;
  const { tag } = deletion;
  const release = await getReleaseByTag(github, repo, tag);
  summary.heading(`Delete ${tag}${deps.dryRun ? ' (dry run)' : ''}`);
  const refuse = (reason: string): CleanupResult => {
    summary.paragraph(reason);
    return { outputs: { deleted: '' }, changed: [], failure: new Refusal(reason) };
  };
  if (release?.immutable) {
    return refuse(`Not deleting the release of ${tag} (${release.html_url}): it is ${IMMUTABLE_REASON}.`);
  }
  if (release && !release.prerelease && !deps.allowDeleteLatest) {
    if ((await latestReleaseId(github, repo)) === release.id) {
      return refuse(`Not deleting the release of ${tag} (${release.html_url}): ${LATEST_REASON}.`);
    }
  }
  if (release && release.id === deps.publishedId) {
    return refuse(`Not deleting the release of ${tag}: this run just published it.`);
  }
  const plan = [
    release ? `delete release ${release.id} (${release.html_url})` : `no published release holds ${tag}`,
    deletion.deleteTag ? `delete the tag ${tag} unless a release holds it by then` : `the tag ${tag} stays`,
  ];
  summary.paragraph(plan.map((line) => `- ${line}`).join('\n'));
  for (const line of plan) log.info(`${deps.dryRun ? 'Would ' : ''}${line}`);
  if (deps.dryRun) return { outputs: { deleted: '' }, changed: [] };
  const left: Left[] = [];
  const changed: string[] = [];
  if (release) {
    try {
      await deleteReleaseById(github, repo, release);
      log.info(`Deleted release ${release.id} of ${tag}`);
      changed.push(`deleted release ${release.id} of ${tag}`);
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
      if (tagDeleted) changed.push(`deleted the tag ${tag}`);
    } catch (error) {
      // A rerun of this delete finds no release and deletes the tag.
      left.push({ what: `the tag ${tag}`, why: whyTag(error) });
    }
  }
  const done = (release && !left.some((l) => l.what.startsWith('release')) ? 1 : 0) + (tagDeleted ? 1 : 0);
  const failure = leftFailure(deps, `Delete ${tag}`, left, done);
  const told = release
    ? `Deleted release ${release.id}${tagDeleted ? ' and its tag' : ''}.`
    : tagDeleted
      ? `Deleted the tag ${tag} (no release held it).`
      : 'Nothing to delete.';
  if (!failure) summary.paragraph(told);
  // `deleted`: the tag whose release, or (delete-tag) whose tag itself, this delete removed.
  const removed = (release && changed.length > 0) || tagDeleted;
  return { outputs: { deleted: removed ? tag : '' }, changed, ...(failure ? { failure } : {}) };
}

/**
 * `prune`: read every release, plan, show the plan, delete what goes (and its tag if asked; with
 * prune-tags, also the matching tags no release holds that rank beyond the newest N).
 */
export async function prune(deps: CleanupDeps, options: PruneOptions): Promise<CleanupResult> {
  const { github, repo, log } = deps;
  const patterns = options.patterns.map(globToRegExp);
  const matches = (tag: string): boolean => patterns.some((p) => p.test(tag));
  const index = await listEveryRelease(github, repo, matches);
  let plan = planPrune(index.releases, options, deps.now ?? Date.now());
  // Only a full (not pre-) release can be GitHub's latest: asked for only when one would go.
  const latestId =
    !deps.allowDeleteLatest && mayHoldLatest(plan) ? await latestReleaseId(github, repo) : undefined;
  plan = protect(plan, {
    ...(deps.publishedId !== undefined ? { publishedId: deps.publishedId } : {}),
    ...(latestId !== undefined ? { latestId } : {}),
  });
  const left: Left[] = [];
  let tagEntries: TagEntry[] = [];
  if (options.deleteTags) {
    // One more call (none past the cap, where the tags were listed already).
    let tags = index.tags;
    if (!tags) {
      try {
        tags = await listTagNames(github, repo);
      } catch (error) {
        left.push({
          what: 'the tags without a release',
          why: `the tags could not be listed (${(error as Error).message})`,
          next: 'A rerun lists the tags again.',
        });
      }
    }
    const held = new Set([...index.releases.map((r) => r.tag_name), ...index.unreadTags]);
    tagEntries = planTags(plan, (tags ?? []).filter(matches), held, options);
  }
  const seen = describeIndex(index);
  log.info(`Prune ${fullName(repo)}: ${seen}`);
  const doomed = goes(plan);
  const warnings = broadPatterns(plan, options);
  for (const warning of warnings) log.warning(warning);
  summarizePlan(deps, options, plan, tagEntries, seen, warnings);
  const orphans = tagEntries.filter((t) => t.verdict === 'goes').map((t) => t.tag);
  if (deps.dryRun) {
    log.info(
      `Dry run: ${doomed.length} release(s)${orphans.length ? ` and ${orphans.length} tag(s) without a release` : ''} would be deleted; nothing was.`,
    );
    return { outputs: { pruned: [] }, changed: [] };
  }
  const removed: Removed[] = [];
  const olderThan = options.olderThan !== undefined ? { olderThan: options.olderThan } : {};
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
        tagDeleted = outcome.deleted || outcome.gone === true;
        // A release that holds it now is another one (a rolling tag released again): its own prune
        // decides. A read still showing the one just deleted is GitHub lagging: the rerun finishes.
        if (outcome.held && outcome.held.id === release.id) {
          left.push(
            tagLeft(release.tag_name, 'GitHub still showed the deleted release holding it', olderThan),
          );
        } else if (outcome.held) {
          left.push({ what: `the tag ${release.tag_name}`, why: `release ${outcome.held.id} holds it now` });
        }
      } catch (error) {
        left.push(tagLeft(release.tag_name, whyTag(error), olderThan));
      }
    }
    removed.push({ tag: release.tag_name, id: release.id, tagDeleted });
    log.info(`Deleted release ${release.id} of ${release.tag_name}${tagDeleted ? ' and the tag' : ''}`);
  }
  let orphansDeleted = 0;
  for (const tag of orphans) {
    try {
      const outcome = await deleteFreeTag(github, repo, tag);
      // Released meanwhile (or missed by a listing that shifted): it is not without a release after all.
      if (outcome.held) log.info(`Leaving the tag ${tag}: release ${outcome.held.id} holds it`);
      if (outcome.deleted) {
        orphansDeleted++;
        log.info(`Deleted the tag ${tag} (it had no release)`);
      }
    } catch (error) {
      left.push({ what: `the tag ${tag}`, why: whyTag(error) });
    }
  }
  const tagCount = removed.filter((r) => r.tagDeleted).length + orphansDeleted;
  const told = `${removed.length} release(s)${options.deleteTags ? ` and ${tagCount} tag(s)` : ''}`;
  deps.summary.paragraph(`Deleted ${told}.`);
  if (index.unread.length) {
    left.push({
      what: 'releases it could not read',
      why: `${index.unread.join('; ')}: they were not considered`,
      next: 'A rerun reads them again and prunes them by the same rules once GitHub answers.',
    });
  }
  const changed = removed.length || tagCount ? [`prune deleted ${told}`] : [];
  const failure = leftFailure(deps, 'Prune', left, removed.length + orphansDeleted);
  return {
    outputs: { pruned: removed.map((r) => ({ tag: r.tag, id: r.id, 'tag-deleted': r.tagDeleted })) },
    changed,
    ...(failure ? { failure } : {}),
  };
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
function summarizePlan(
  deps: CleanupDeps,
  options: PruneOptions,
  plan: PrunePlan,
  tags: TagEntry[],
  seen: string,
  warnings: string[],
): void {
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
    plan: `${count('goes')} go, ${count('stays')} stay, ${count('protected')} protected; ${plan.unmatched} match no pattern${options.deleteTags ? `; ${tags.filter((t) => t.verdict === 'goes').length} tag(s) without a release go` : ''}`,
  });
  for (const warning of warnings) summary.paragraph(`> [!WARNING]\n> ${warning}`);
  // GitHub shows at most 1 MiB of a step's summary: long tables are cut, the rest counted.
  const rows = (verdicts: string[]) => {
    const entries = plan.entries.filter((e) => verdicts.includes(e.verdict));
    const rows = [
      ...entries.map((e) => [e.release.tag_name, e.pattern, published(e.release, now), e.reason]),
      ...tags.filter((t) => verdicts.includes(t.verdict)).map((t) => [t.tag, t.pattern, '', t.reason]),
    ];
    const shown = rows.slice(0, SUMMARY_ROWS);
    if (rows.length > SUMMARY_ROWS) shown.push([`… ${rows.length - SUMMARY_ROWS} more`, '', '', '']);
    return shown;
  };
  summary.heading('Goes', 3).table(['tag', 'pattern', 'published', 'why'], rows(['goes']));
  summary.heading('Stays', 3).table(['tag', 'pattern', 'published', 'why'], rows(['protected', 'stays']));
}
