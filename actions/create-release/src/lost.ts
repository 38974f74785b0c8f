/**
 * What a run that lost a race to publish says: why, and what exists now (the tag, the release that
 * holds it and the commit it was built from), so a person reading the failed job knows the state.
 */
import { UserError } from '../../../shared/src/action/index.js';
import type { RemoteRelease } from '../../../shared/src/github/releases.js';

/** What a run reads before each write: the tag, this run's release and the one that holds the tag. */
export interface TagState {
  /** This run's release as GitHub has it now (draft or published); undefined: it was deleted. */
  mine?: RemoteRelease;
  /** The published release for the tag when it is not this run's. */
  theirs?: RemoteRelease;
  /** The commit the tag points at; undefined: there is no tag. */
  tag?: string;
}

/** Why a run stops without its release published. */
export type Loss =
  /** A release for a newer commit holds the (rolling) tag: it is never replaced by an older one. */
  | 'newer'
  /** Another release holds a tag that is not rolling. */
  | 'taken'
  /** A tag that is not rolling was made at another commit meanwhile. */
  | 'tag-elsewhere'
  /** The release that holds the rolling tag is immutable. */
  | 'immutable'
  /** Another run deleted this run's draft (a newer commit's run clears older drafts). */
  | 'draft-deleted'
  /** Another run replaced the release this run had published. */
  | 'replaced';

export const FULL_SHA = /^[0-9a-f]{40}$/i;

/** The commit a release was made from: its full-sha target, else the tag's commit. */
export function commitOf(release: RemoteRelease, tag: string | undefined): string {
  if (FULL_SHA.test(release.target_commitish)) return release.target_commitish.toLowerCase();
  return tag ?? release.target_commitish;
}

/** `<tag> points at <commit>, released as <url> (id, commit)`: what exists now, for messages. */
export function describeTag(tag: string, state: TagState): string {
  const where = state.tag ? `${tag} points at ${state.tag}` : `${tag} does not exist`;
  const holder = state.theirs ?? (state.mine && !state.mine.draft ? state.mine : undefined);
  if (!holder) return `${where} and no published release holds it`;
  return `${where}; its published release is ${holder.html_url} (id ${holder.id}, built from ${commitOf(holder, state.tag)})`;
}

/** A run that lost a race: its message says what exists, so it is shown as it is (not "not finished"). */
export class RaceLost extends UserError {
  constructor(
    readonly loss: Loss,
    tag: string,
    sha: string,
    state: TagState,
    cleaned: string,
  ) {
    super(`${lossText(loss, tag, sha)} Now: ${describeTag(tag, state)}. ${cleaned}`);
  }
}

function lossText(loss: Loss, tag: string, sha: string): string {
  switch (loss) {
    case 'newer':
      return `Another run published a release for ${tag} built from a newer commit while this run (${sha}) was releasing it: a rolling tag never moves back to an older commit, so this run stops.`;
    case 'taken':
      return `Another run published a release for ${tag} while this run (${sha}) was releasing it; ${tag} is not a rolling tag, so that release stays.`;
    case 'tag-elsewhere':
      return `The tag ${tag} was made at another commit while this run was releasing ${sha}; a tag is never moved for a release.`;
    case 'immutable':
      return `Another run published an immutable release for the rolling tag ${tag} while this run (${sha}) was releasing it: GitHub never lets that release be replaced.`;
    case 'draft-deleted':
      return `Another run deleted this run's draft for ${tag} (a run of a newer commit clears drafts of older ones), so ${sha} is not released.`;
    case 'replaced':
      return `This run published ${tag} for ${sha}, and another run replaced that release before this run could confirm it.`;
  }
}
