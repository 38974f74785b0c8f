/**
 * The draft this run uploads into: made (and then checked against racing runs), or adopted from an
 * earlier run of the same commit and cleared of what a broken upload left.
 */
import { UserError } from '../../../shared/src/action/index.js';
import {
  createDraftRelease,
  deleteAsset,
  deleteRelease,
  releasesForTag,
  type ReleaseFields,
  type RemoteRelease,
} from '../../../shared/src/github/releases.js';
import type { Effect } from '../../../shared/src/plan/plan.js';
import type { Progress, StepDeps } from './steps.js';

/**
 * Create the draft, then look again: this commit's oldest draft (or a release a racing job of this
 * commit published) wins. A racing run for another commit: on a rolling tag the run that started
 * last wins (the other's drafts are deleted; a younger one makes this run give up), otherwise this
 * run gives up; either way with its own draft deleted and a message saying which run holds the tag.
 */
export function createDraftStep(
  deps: StepDeps,
  fields: ReleaseFields,
  progress: Progress,
  options: { oldId?: number; rolling: boolean },
): Effect {
  return {
    kind: 'create draft release',
    target: fields.tag,
    detail: `"${fields.name}" at ${fields.targetCommitish}${fields.prerelease ? ', prerelease' : ''}`,
    async apply() {
      const created = await createDraftRelease(deps.github, deps.repo, fields);
      progress.release = created;
      progress.createdId = created.id;
      const now = await releasesForTag(deps.github, deps.repo, fields.tag);
      const sha = fields.targetCommitish;
      const raced = now.published && now.published.id !== options.oldId ? now.published : undefined;
      const theirs = now.drafts.filter((d) => d.target_commitish !== sha);
      const blocker =
        raced && raced.target_commitish !== sha
          ? raced
          : theirs.find((d) => !options.rolling || d.id > created.id);
      if (blocker) {
        await deleteRelease(deps.github, deps.repo, created.id);
        progress.release = undefined;
        throw new UserError(
          `Another run is releasing ${fields.tag} at ${blocker.target_commitish}, not ${sha}: its ${blocker.draft ? 'draft' : 'release'} ${blocker.html_url} (id ${blocker.id}) was made after this run looked. This run deleted its own draft and stops; rerun it once that run is done if this commit should hold the tag.`,
        );
      }
      const mine = now.drafts.filter((d) => d.target_commitish === sha);
      const winner = raced ?? mine[0] ?? created;
      if (winner.id !== created.id) {
        deps.log.info(
          `Another run made release ${winner.id} for ${fields.tag} first: using it, deleting draft ${created.id}`,
        );
      }
      // Every run uploads only into the winner, so any other draft for the tag is a leftover.
      const others = new Set([...now.drafts, created].map((d) => d.id).filter((id) => id !== winner.id));
      for (const id of others) await deleteRelease(deps.github, deps.repo, id);
      progress.release = winner;
    },
  };
}

/**
 * Delete drafts this run will not finish: this commit's younger drafts (left by a run killed
 * mid-race) and, for a rolling tag, drafts for other commits (left by runs of older commits).
 */
export function deleteStaleDraftsStep(deps: StepDeps, stale: RemoteRelease[]): Effect {
  return {
    kind: 'delete stale drafts',
    target: stale.map((d) => d.id).join(', '),
    detail: stale.map((d) => `${d.id} at ${d.target_commitish}`).join(', '),
    async apply() {
      for (const draft of stale) await deleteRelease(deps.github, deps.repo, draft.id);
    },
  };
}

/**
 * Adopt this commit's draft: its uploaded assets stay (a matrix job's siblings uploaded them, or an
 * earlier attempt of this run did: files with the same name are checked by digest when uploaded),
 * and assets a broken upload left (`starter`, `open`) are deleted, whatever their name.
 */
export function adoptDraftStep(deps: StepDeps, draft: RemoteRelease, progress: Progress): Effect {
  const broken = draft.assets.filter((a) => a.state !== 'uploaded');
  return {
    kind: 'reuse draft',
    target: String(draft.id),
    detail: `${draft.assets.length - broken.length} assets kept${broken.length ? `, ${broken.length} unfinished deleted (${broken.map((a) => a.name).join(', ')})` : ''}`,
    async apply() {
      for (const asset of broken) await deleteAsset(deps.github, deps.repo, asset.id);
      draft.assets = draft.assets.filter((a) => a.state === 'uploaded');
      progress.release = draft;
    },
  };
}
