/**
 * What to do with what already exists for the tag: refuse a published release (KM: "if a release
 * already exists, the release script will fail"), replace it when the tag is a rolling one, report
 * success when it is exactly this run's release (a rerun after a crash that came after publishing),
 * and reuse the oldest draft made for this very commit (a rerun after a crash, or a matrix job that
 * got there first). A draft for another commit is never reused: its assets were built from other code.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../../../shared/src/action/index.js';
import {
  checksumsEntries,
  checksumsText,
  MAX_ASSETS_PER_RELEASE,
  sha256OfDigest,
  type RemoteAsset,
} from '../../../shared/src/github/assets.js';
import type { CommitRelation, ReleasesForTag, RemoteRelease } from '../../../shared/src/github/releases.js';

export interface WantedAsset {
  name: string;
  sha256: string;
  size?: number;
}

export type Decision =
  /** A published release already holds exactly these assets at this commit: nothing to do. */
  | { kind: 'done'; release: RemoteRelease; unverified: boolean }
  /**
   * Make (or finish) the release: `draft` is this commit's oldest draft, `stale` the drafts to delete
   * first (this commit's younger ones, and a rolling tag's drafts for other commits), `replace` the
   * rolling tag's old release.
   */
  | { kind: 'release'; draft?: RemoteRelease; stale: RemoteRelease[]; replace?: RemoteRelease };

/** The asset of that name when it is fully uploaded with this sha256. */
export function matchingAsset(assets: readonly RemoteAsset[], wanted: WantedAsset): RemoteAsset | undefined {
  return assets.find(
    (a) => a.name === wanted.name && a.state === 'uploaded' && sha256OfDigest(a.digest) === wanted.sha256,
  );
}

/** The checksums file a release would get: its own other assets and these files. */
export function expectedChecksums(
  assets: readonly RemoteAsset[],
  files: readonly WantedAsset[],
  name: string,
): WantedAsset | undefined {
  const { entries } = checksumsEntries(assets, files, name);
  if (entries.length === 0) return undefined;
  const text = checksumsText(entries);
  return { name, sha256: createHash('sha256').update(text).digest('hex'), size: Buffer.byteLength(text) };
}

/**
 * Whether the release holds every wanted asset: by digest, or on a GitHub without digests (older
 * GHES) by name and size, reported as unverified.
 */
function holdsAll(
  release: RemoteRelease,
  wanted: readonly WantedAsset[],
): { ok: boolean; unverified: boolean } {
  let unverified = false;
  for (const w of wanted) {
    if (matchingAsset(release.assets, w)) continue;
    const same = release.assets.find((a) => a.name === w.name && a.state === 'uploaded');
    if (!same || same.digest || w.size === undefined || same.size !== w.size)
      return { ok: false, unverified };
    unverified = true;
  }
  return { ok: true, unverified };
}

export interface DecideOptions {
  tag: string;
  rolling: boolean;
  /** This run's files (with their sizes). */
  files: readonly WantedAsset[];
  /** Name of the generated checksums file; undefined: none. */
  checksums?: string;
  /** The tag's commit when it exists, and the (full) commit this run releases. */
  tagSha?: string;
  targetSha: string;
  /**
   * A release made by a run of this build (lineage.ts). Default: made at `targetSha`. Across
   * repositories a release there may sit at an older head of the target's branch and still hold this
   * build (a rerun), so the build recorded in its body decides, and the tag's commit does not.
   */
  same?: (release: RemoteRelease) => boolean;
}

/** Decide from what exists; UserError when something exists that this run must not touch. */
export function decide(found: ReleasesForTag, options: DecideOptions): Decision {
  const { published } = found;
  const same = options.same ?? ((r: RemoteRelease) => r.target_commitish === options.targetSha);
  const mine = found.drafts.filter(same);
  const others = found.drafts.filter((d) => !same(d));
  const other = others[0];
  if (other && !options.rolling) {
    const what = options.same
      ? `was made by another build (its body records another commit than this run's, or none)`
      : `targets ${other.target_commitish}, not ${options.targetSha}, the commit this run releases`;
    throw new UserError(
      `A draft release for ${options.tag} exists for another commit: ${other.html_url} (id ${other.id}) ${what}. Its assets were built from other code, so it is not reused: publish or delete that draft, then rerun.`,
    );
  }
  const [draft, ...younger] = mine;
  const release = { kind: 'release' as const, ...(draft ? { draft } : {}), stale: [...younger, ...others] };
  if (!published) return release;
  const sameCommit = options.same
    ? options.same(published)
    : options.tagSha === undefined || options.tagSha === options.targetSha;
  const sums = options.checksums
    ? expectedChecksums(published.assets, options.files, options.checksums)
    : undefined;
  const held = holdsAll(published, sums ? [...options.files, sums] : options.files);
  if (held.ok && sameCommit) return { kind: 'done', release: published, unverified: held.unverified };
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
  return { ...release, replace: published };
}

/**
 * Refuse to replace a rolling tag's release with an older commit's: `relation` is how the run's
 * commit relates to the tag's (`behind`: an ancestor, such as a rerun of an older run from a branch).
 * A diverged commit (a force-pushed branch) or a newer one replaces the release.
 */
export function refuseBackwards(
  relation: CommitRelation,
  {
    tag,
    release,
    tagSha,
    targetSha,
    builds,
  }: {
    tag: string;
    release: RemoteRelease;
    tagSha: string;
    targetSha: string;
    /** Across repositories: the builds compared (`owner/repo@sha`), the release's and this run's. */
    builds?: { theirs: string; mine: string };
  },
): void {
  if (relation !== 'behind') return;
  if (builds) {
    throw new UserError(
      `The rolling tag ${tag} holds a release built from ${builds.theirs} (${release.html_url}), and this run's build, ${builds.mine}, is an older commit (an ancestor of it): is this a rerun of an older run? A rolling release is never replaced by an older build: nothing was changed. Run the workflow on the newest commit; to roll ${tag} back to this build on purpose, delete that release (the tag stays) and rerun.`,
    );
  }
  throw new UserError(
    `The rolling tag ${tag} points at ${tagSha} (${release.html_url}), and this run releases ${targetSha}, an older commit (an ancestor of ${tagSha}): is this a rerun of an older run? A rolling tag is never moved backwards by replacing its release: nothing was changed. Run the workflow on the newest commit; to roll ${tag} back to ${targetSha} on purpose, delete that release (the tag stays) and rerun.`,
  );
}

/**
 * Refuse, before the first write, a release GitHub would stop filling halfway: at most 1,000 assets,
 * counting this run's files, the checksums file and the uploaded assets a reused draft keeps (a
 * matrix sibling's; one with a name this run uploads is replaced, not added).
 */
export function refuseTooManyAssets(
  decision: Decision,
  files: readonly WantedAsset[],
  checksums: string | undefined,
): void {
  const names = new Set(files.map((f) => f.name));
  if (checksums) names.add(checksums);
  const draft = decision.kind === 'release' ? decision.draft : undefined;
  const kept = (draft?.assets ?? []).filter((a) => a.state === 'uploaded' && !names.has(a.name));
  const total = names.size + kept.length;
  if (total <= MAX_ASSETS_PER_RELEASE) return;
  throw new UserError(
    `The release would hold ${total} assets: ${names.size} from this run (${files.length} files${checksums ? ` and ${checksums}` : ''}) and ${kept.length} already in draft ${draft?.html_url ?? ''} (id ${draft?.id ?? ''}), but GitHub holds at most ${MAX_ASSETS_PER_RELEASE} in a release. Nothing was changed: upload fewer files (an archive of them), or split them over two releases.`,
  );
}
