/**
 * The last writes of a release, where two runs can race: (rolling tag) move the tag, delete the old
 * release, and publish. GitHub offers no compare-and-swap for any of them except one: a tag is held
 * by at most one published release, so of two publishes for one tag the second is refused (422
 * `already_exists`). The protocol rests on that, and on reading the tag and its releases again before
 * every write:
 *
 * - Each write is chosen from a fresh read (`nextStep`, a pure function of that read and of what
 *   this run has done), as a run starting now would choose it: a release another run published
 *   meanwhile is replaced like any rolling release (the tag never moves back to an older commit's:
 *   then this run lost), or, on any other tag, means this run lost.
 * - The release that is published decides where the tag belongs. Its run puts the tag back on its
 *   commit if another run moved it; a run that lost and had moved the tag puts it on the published
 *   release's commit. Every run that moves a tag last moves it there, so the runs converge.
 * - A run exits 0 only after a read in which its own release is published and the tag points at its
 *   commit: its outputs name a release that exists, at the commit the tag points at. A run that lost
 *   deletes the draft it made, and fails naming the release and commit that hold the tag.
 * - A run replaces another run's release only once it has read it published, and moves the tag for
 *   it once: the publishing run moving the tag back does not make the two chase each other.
 */
import { UserError } from '../../../shared/src/action/index.js';
import {
  deleteRelease,
  isNotFound,
  isTagTaken,
  moveTag,
  publishRelease,
  releasesForTag,
  tagCommit,
  type CommitRelation,
  type ReleaseFields,
  type RemoteRelease,
} from '../../../shared/src/github/releases.js';
import type { Effect } from '../../../shared/src/plan/plan.js';
import { repositoryLineage } from './lineage.js';
import { commitOf, describeTag, FULL_SHA, RaceLost, type Loss, type TagState } from './lost.js';
import type { Progress, StepDeps } from './steps.js';

/** What this run has done and learnt so far in the loop. */
export interface Memory {
  /** How each other release's commit relates to this run's (`behind`: this run's is older). */
  relations: Map<number, CommitRelation>;
  /** Releases this run moved the tag for (once each), before deleting them. */
  movedFor: Set<number>;
  /** This run moved the tag (so it owes the tag a place if it loses). */
  movedTag: boolean;
  /** This run's release was published (by this run). */
  published: boolean;
  lost?: Loss;
}

export type Step =
  | { kind: 'publish' }
  | { kind: 'move-tag'; to: string; forRelease?: number; repair?: boolean }
  | { kind: 'delete'; release: RemoteRelease; own?: boolean }
  | { kind: 'compare'; release: RemoteRelease; base: string }
  | { kind: 'done' }
  /** A tag that is not rolling points elsewhere after publishing: never moved, so an error. */
  | { kind: 'tag-moved' }
  /** Lost, and nothing left to clean up. */
  | { kind: 'stop'; loss: Loss };

export interface StepOptions {
  /** The commit this run releases (full sha). */
  sha: string;
  rolling: boolean;
  /** The draft this run created (it deletes only that one when it loses). */
  createdId?: number;
}

/**
 * The next write (or compare) from what was just read and what this run has done: no I/O, so each
 * state has one answer (the table in test/unit/create-release-commit.test.ts). It records a loss.
 */
export function nextStep(state: TagState, memory: Memory, options: StepOptions): Step {
  if (memory.lost) return cleanUp(state, memory, options);
  const { mine, theirs, tag } = state;
  const { sha, rolling } = options;
  const lose = (loss: Loss): Step => {
    memory.lost = loss;
    return cleanUp(state, memory, options);
  };
  if (!mine) return lose(memory.published ? 'replaced' : 'draft-deleted');
  if (!mine.draft) {
    if (tag === sha) return { kind: 'done' };
    // The published release's run puts the tag back on the commit its assets were built from.
    return rolling ? { kind: 'move-tag', to: sha } : { kind: 'tag-moved' };
  }
  if (theirs) {
    if (!rolling) return lose('taken');
    if (theirs.immutable) return lose('immutable');
    const relation = memory.relations.get(theirs.id);
    if (relation === undefined) return { kind: 'compare', release: theirs, base: commitOf(theirs, tag) };
    if (relation === 'behind') return lose('newer');
    // Tag first, then delete: the tag goes without a release only between the delete and the publish.
    if (tag !== sha && !memory.movedFor.has(theirs.id)) {
      return { kind: 'move-tag', to: sha, forRelease: theirs.id };
    }
    return { kind: 'delete', release: theirs };
  }
  if (tag !== undefined && tag !== sha) {
    if (!rolling) return lose('tag-elsewhere');
    // No release holds the rolling tag: it is this run's to point at its commit before publishing.
    return { kind: 'move-tag', to: sha };
  }
  // No tag (publishing creates it at this commit), or the tag is here already.
  return { kind: 'publish' };
}

/** After losing: give the tag back to the published release if this run moved it, drop its own draft. */
function cleanUp(state: TagState, memory: Memory, options: StepOptions): Step {
  const { mine, theirs, tag } = state;
  if (memory.movedTag && theirs && FULL_SHA.test(theirs.target_commitish)) {
    const holder = theirs.target_commitish.toLowerCase();
    if (tag !== holder) return { kind: 'move-tag', to: holder, repair: true };
  }
  if (mine?.draft && mine.id === options.createdId) return { kind: 'delete', release: mine, own: true };
  return { kind: 'stop', loss: memory.lost ?? 'taken' };
}

/** Read the tag and the releases for it, one call after the other (a consistent enough snapshot). */
export async function readTagState(deps: StepDeps, tag: string, mineId: number): Promise<TagState> {
  const found = await releasesForTag(deps.github, deps.repo, tag);
  const commit = await tagCommit(deps.github, deps.repo, tag);
  const mine = found.published?.id === mineId ? found.published : found.drafts.find((d) => d.id === mineId);
  const theirs = found.published && found.published.id !== mineId ? found.published : undefined;
  return {
    ...(mine ? { mine } : {}),
    ...(theirs ? { theirs } : {}),
    ...(commit !== undefined ? { tag: commit } : {}),
  };
}

/** At most this many writes in the loop: more means other runs keep changing the tag. */
const MAX_WRITES = 12;

export interface ReleaseContext {
  fields: ReleaseFields;
  sha: string;
  rolling: boolean;
  progress: Progress;
  memory: Memory;
  /**
   * A tag that is not rolling, known to point at this commit: nothing may move it, so there is no
   * read before publishing nor after it (a publish that another release beat is refused, then read).
   */
  knownTag?: string;
}

/** Publish (rolling: after moving the tag and deleting the release that holds it), each write read first. */
export function releaseStep(deps: StepDeps, context: ReleaseContext, replacing?: RemoteRelease): Effect {
  const { fields, sha } = context;
  const rollingDetail = replacing
    ? `move ${fields.tag} to ${sha}, delete release ${replacing.id} (${replacing.html_url}), publish`
    : `point ${fields.tag} at ${sha} and publish`;
  return {
    kind: 'publish release',
    target: fields.tag,
    detail: `${context.rolling ? rollingDetail : `make_latest ${fields.makeLatest}`}; each write reads ${fields.tag} and its releases first`,
    apply: () => settle(deps, context),
  };
}

/** The loop: read, choose one write, make it, until this run's release holds the tag or it lost. */
export async function settle(deps: StepDeps, context: ReleaseContext): Promise<void> {
  const { fields, sha, rolling, progress, memory } = context;
  const mineId = progress.release?.id;
  if (mineId === undefined) throw new Error('no release to publish');
  const options = {
    sha,
    rolling,
    ...(progress.createdId !== undefined ? { createdId: progress.createdId } : {}),
  };
  const read = (): Promise<TagState> => readTagState(deps, fields.tag, mineId);
  const known = context.knownTag;
  let state: TagState =
    known !== undefined && progress.release ? { mine: progress.release, tag: known } : await read();
  let cleaned = '';
  for (let writes = 0; writes <= MAX_WRITES; writes++) {
    const step = nextStep(state, memory, options);
    switch (step.kind) {
      case 'done':
        progress.release = state.mine;
        progress.published = true;
        return;
      case 'stop': {
        progress.release = state.mine;
        const left = state.mine
          ? `Left: ${state.mine.draft ? 'draft' : 'release'} ${state.mine.html_url} (id ${state.mine.id}), which this run did not make (a matrix job's or an earlier run's).`
          : 'Nothing of this run is left.';
        throw new RaceLost(step.loss, fields.tag, sha, state, cleaned ? `${cleaned} ${left}` : left);
      }
      case 'tag-moved':
        progress.release = state.mine;
        progress.published = true;
        throw new UserError(
          `the tag ${fields.tag} points at ${state.tag ?? 'nothing (it does not exist)'}, not at ${sha}, the commit whose assets ${state.mine?.html_url ?? 'the release'} holds: another run or a person moved it meanwhile. The published release is wrong for its tag: delete it (or point the tag back at ${sha}) and rerun the job of the commit that should hold ${fields.tag}`,
        );
      case 'compare':
        memory.relations.set(
          step.release.id,
          await (deps.lineage ?? repositoryLineage(deps.github, deps.repo, sha)).relation(
            step.release,
            step.base,
          ),
        );
        writes--; // a read, not a write
        continue;
      case 'move-tag':
        await moveTag(deps.github, deps.repo, fields.tag, step.to, state.tag !== undefined);
        memory.movedTag = true;
        if (step.forRelease !== undefined) memory.movedFor.add(step.forRelease);
        progress.tagMoved = step.to === sha;
        if (step.repair) {
          deps.log.info(`Pointed ${fields.tag} back at ${step.to}, the commit of the release that holds it`);
          cleaned = `This run had moved ${fields.tag} and pointed it back at ${step.to}.`;
        }
        break;
      case 'delete':
        await deleteRelease(deps.github, deps.repo, step.release.id);
        if (step.own) {
          progress.release = undefined;
          cleaned = `${cleaned ? `${cleaned} ` : ''}This run deleted its draft ${step.release.id}.`;
        } else {
          deps.log.info(
            `Deleted release ${step.release.id} (${step.release.html_url}), which held ${fields.tag}`,
          );
          progress.oldDeleted = true;
          progress.replaced = step.release;
        }
        break;
      case 'publish':
        try {
          progress.release = await publishRelease(deps.github, deps.repo, mineId, fields, true);
          memory.published = true;
          progress.published = true;
          if (known !== undefined) return;
        } catch (error) {
          // Another release took the tag first, or this run's draft is gone: the next read shows which.
          if (!isTagTaken(error) && !isNotFound(error)) throw error;
          deps.log.info(
            `Publishing ${fields.tag} was refused (${(error as Error).message}): reading it again`,
          );
        }
        break;
    }
    state = await read();
  }
  throw new UserError(
    `${fields.tag} and its releases kept changing while this run tried to publish (${MAX_WRITES} writes): other runs are releasing it at the same time. Now: ${describeTag(fields.tag, state)}.`,
  );
}
