/**
 * What to do with what already exists for the tag: refuse a published release (KM: "if a release
 * already exists, the release script will fail"), replace it when the tag is a rolling one, report
 * success when it is exactly this run's release (a rerun after a crash that came after publishing),
 * and reuse the oldest draft (a rerun after a crash, or a matrix job that got there first).
 */
import { UserError } from '../../../shared/src/action/index.js';
import { sha256OfDigest, type RemoteAsset } from '../../../shared/src/github/assets.js';
import type { ReleasesForTag, RemoteRelease } from '../../../shared/src/github/releases.js';

export interface WantedAsset {
  name: string;
  sha256: string;
}

export type Decision =
  /** A published release already holds exactly these assets at this commit: nothing to do. */
  | { kind: 'done'; release: RemoteRelease }
  /** Make (or finish) the release; `replace` is the rolling tag's old release. */
  | { kind: 'release'; draft?: RemoteRelease; replace?: RemoteRelease };

/** The asset of that name when it is fully uploaded with this sha256. */
export function matchingAsset(assets: readonly RemoteAsset[], wanted: WantedAsset): RemoteAsset | undefined {
  return assets.find(
    (a) => a.name === wanted.name && a.state === 'uploaded' && sha256OfDigest(a.digest) === wanted.sha256,
  );
}

function holdsAll(release: RemoteRelease, wanted: readonly WantedAsset[]): boolean {
  return wanted.every((w) => matchingAsset(release.assets, w) !== undefined);
}

export interface DecideOptions {
  tag: string;
  rolling: boolean;
  wanted: readonly WantedAsset[];
  /** The tag's commit when it was read, and the commit this run releases. */
  tagSha?: string;
  targetSha?: string;
}

/** Decide from what exists; UserError when a release exists that this run must not touch. */
export function decide(found: ReleasesForTag, options: DecideOptions): Decision {
  const { published, drafts } = found;
  const draft = drafts[0];
  const withDraft = draft ? { draft } : {};
  if (!published) return { kind: 'release', ...withDraft };
  const sameCommit = options.tagSha === undefined || options.tagSha === options.targetSha;
  if (holdsAll(published, options.wanted) && sameCommit) return { kind: 'done', release: published };
  if (!options.rolling) {
    throw new UserError(
      `A release for ${options.tag} already exists: ${published.html_url}. ${options.tag} is not a rolling tag, so it is not replaced: delete that release to make it again, release under a new tag, or add the tag to rolling-tags.`,
    );
  }
  if (published.immutable) {
    throw new UserError(
      `The release for the rolling tag ${options.tag} is immutable (${published.html_url}): GitHub never lets its tag move or its assets change, so it cannot be replaced. Use a new tag, or turn immutable releases off for rolling tags.`,
    );
  }
  return { kind: 'release', ...withDraft, replace: published };
}
