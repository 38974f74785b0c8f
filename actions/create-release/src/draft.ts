/**
 * The draft this run uploads into: made (and then checked against racing runs), or adopted from an
 * earlier run of the same commit and cleared of what a broken upload left.
 */
import { UserError } from '../../../shared/src/action/index.js';
import {
  createDraftRelease,
  deleteAsset,
  deleteDraft,
  deleteRelease,
  releasesForTag,
  type ReleaseFields,
  type RemoteRelease,
} from '../../../shared/src/github/releases.js';
import type { Effect } from '../../../shared/src/plan/plan.js';
import type { Progress, StepDeps } from './steps.js';

/**
 * Create the draft, then look again: this commit's oldest draft (or a release a racing job of this
 * commit published) wins, and this commit's other drafts are deleted (each read again first: only
 * while still a draft). Another commit's racing run: on a tag that is not rolling, its draft or
 * release makes this run give up (deleting its own draft); on a rolling tag nothing is decided here:
 * the publish decides (see commit.ts), because a draft says nothing of which run will finish first.
 */
export function createDraftStep(
  deps: StepDeps,
  fields: ReleaseFields,
  progress: Progress,
  options: { oldId?: number; rolling: boolean; same?: (release: RemoteRelease) => boolean },
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
      // This build's: made at this commit (across repositories: recording this build, lineage.ts).
      const same = options.same ?? ((r: RemoteRelease) => r.target_commitish === sha);
      const raced = now.published && now.published.id !== options.oldId ? now.published : undefined;
      if (!options.rolling) {
        const blocker = raced && !same(raced) ? raced : now.drafts.find((d) => !same(d));
        if (blocker) {
          await deleteRelease(deps.github, deps.repo, created.id);
          progress.release = undefined;
          throw new UserError(
            `Another run is releasing ${fields.tag} at ${blocker.target_commitish}, not ${sha}: its ${blocker.draft ? 'draft' : 'release'} ${blocker.html_url} (id ${blocker.id}) was made after this run looked. This run deleted its own draft and stops; rerun it once that run is done if this commit should hold the tag.`,
          );
        }
      }
      const mine = now.drafts.filter(same);
      const winner = (raced && same(raced) ? raced : undefined) ?? mine[0] ?? created;
      if (winner.id !== created.id) {
        deps.log.info(
          `Another run made release ${winner.id} for ${fields.tag} first: using it, deleting draft ${created.id}`,
        );
      }
      // Every run of this commit uploads only into the winner, so its other drafts are leftovers.
      const others = new Set([...mine, created].map((d) => d.id).filter((id) => id !== winner.id));
      for (const id of others) await deleteDraft(deps.github, deps.repo, id);
      progress.release = winner;
    },
  };
}

/**
 * Delete drafts this run will not finish: this commit's younger drafts (left by a run killed
 * mid-race) and, for a rolling tag, drafts for commits this one replaces (left by runs of older
 * commits). Each is read again first and deleted only while still a draft: a run that has published
 * it since holds the tag, and the publish step decides about that release.
 */
export function deleteStaleDraftsStep(deps: StepDeps, stale: RemoteRelease[]): Effect {
  return {
    kind: 'delete stale drafts',
    target: stale.map((d) => d.id).join(', '),
    detail: stale.map((d) => `${d.id} at ${d.target_commitish}`).join(', '),
    async apply() {
      for (const draft of stale) {
        const outcome = await deleteDraft(deps.github, deps.repo, draft.id);
        if (outcome === 'published') {
          deps.log.info(`Draft ${draft.id} was published meanwhile (another run): not deleted`);
        }
      }
    },
  };
}

/**
 * Adopt this commit's draft: its uploaded assets stay (a matrix job's siblings uploaded them, or an
 * earlier attempt of this run did: files with the same name are checked by digest when uploaded),
 * and assets a broken upload left (`starter`) are deleted, whatever their name. An `open` asset is an
 * upload in flight — a sibling job's, which completes into this release — and is left alone (one
 * with the name of a file of this run is replaced by that file's upload step).
 */
export function adoptDraftStep(deps: StepDeps, draft: RemoteRelease, progress: Progress): Effect {
  const broken = draft.assets.filter((a) => a.state === 'starter');
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
