/**
 * The release's steps as plan effects, in the only order that keeps every state a crash can leave
 * recoverable by a rerun: draft → assets → (rolling: move tag → delete old release) → publish (the
 * last part, where runs race, is in commit.ts). A draft never creates its tag, so until then the tag
 * and any published release are untouched; every step can be repeated.
 */
import { UserError } from '../../../shared/src/action/index.js';
import { assetContentType, sha256OfDigest, type RemoteAsset } from '../../../shared/src/github/assets.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { RepoRef } from '../../../shared/src/github/changes.js';
import {
  deleteAsset,
  listAssets,
  publishRelease,
  type ReleaseFields,
  type RemoteRelease,
} from '../../../shared/src/github/releases.js';
import { uploadWithRetry, type RetryPolicy, type Uploaded } from '../../../shared/src/github/upload.js';
import type { Effect } from '../../../shared/src/plan/plan.js';
import type { Logger } from '../../../shared/src/log.js';
import { matchingAsset } from './existing.js';
import { hashAssetFile, hasUploaded, type LocalAsset } from './files.js';
import type { Lineage } from './lineage.js';

export interface StepDeps {
  github: GitHubClient;
  repo: RepoRef;
  token: string;
  /** GITHUB_API_URL: uploads go only to hosts that belong to it. */
  apiUrl: string;
  log: Logger;
  retry?: RetryPolicy;
  /** How builds compare (lineage.ts); default: by commit in `repo`, as in one repository. */
  lineage?: Lineage;
}

/** What the steps have done so far; read back for outputs and for the message after a failure. */
export interface Progress {
  release?: RemoteRelease;
  /** The draft this run created (when it did), whichever draft won. */
  createdId?: number;
  uploaded: Array<{ asset: LocalAsset; remote: RemoteAsset; kept: boolean }>;
  tagMoved: boolean;
  oldDeleted: boolean;
  /** The published release this run deleted to replace it (rolling tags). */
  replaced?: RemoteRelease;
  published: boolean;
}

/**
 * Upload one file unless the release has it with the same digest; a stale or broken one is replaced,
 * except a whole asset of a published release: only the checksums file this run makes over all the
 * assets (`generated`) is made again there, never a file someone may already have downloaded.
 */
export function uploadStep(
  deps: StepDeps,
  asset: LocalAsset,
  progress: Progress,
  options: { generated?: boolean } = {},
): Effect {
  return {
    kind: 'upload asset',
    target: asset.name,
    detail: asset.sha256
      ? `${asset.size} bytes, sha256 ${asset.sha256.slice(0, 12)}… (kept if already there with this digest)`
      : `${asset.size} bytes, sha256 read as it is sent`,
    async apply() {
      const release = progress.release;
      if (!release) throw new Error('no release to upload to');
      // An asset of this name came after the plan (a draft another run made, and this one adopted):
      // the file's digest decides whether it is kept.
      if (!asset.sha256 && hasUploaded(release.assets, asset.name)) await hashAssetFile(asset);
      const kept = matchingAsset(release.assets, asset);
      if (kept) {
        progress.uploaded.push({ asset, remote: kept, kept: true });
        return;
      }
      const stales = release.assets.filter((a) => a.name === asset.name);
      const released = stales.find((a) => a.state === 'uploaded');
      if (!release.draft && released && !options.generated) {
        // A GitHub without digests (GHES): the size is all there is to compare, as when deciding.
        if (!released.digest && released.size === asset.size) {
          deps.log.warning(
            `GitHub reported no sha256 digest for ${asset.name} in ${release.html_url}: kept by its name and size; its content is not verified`,
          );
          progress.uploaded.push({ asset, remote: released, kept: true });
          return;
        }
        throw publishedClash(release, released, asset);
      }
      for (const stale of stales) {
        deps.log.info(
          `Deleting ${stale.state} asset ${stale.name} (${stale.digest ?? 'no digest'}): not this file`,
        );
        await deleteAsset(deps.github, deps.repo, stale.id);
      }
      const remote = await uploadVerified(deps, release, asset, options.generated === true);
      release.assets = [...release.assets.filter((a) => a.name !== asset.name), remote];
      progress.uploaded.push({ asset, remote, kept: false });
    },
  };
}

/**
 * Upload, hashing the file as it is sent, and check what GitHub took: its digest is the sha256 of the
 * bytes sent, the file did not change while it was sent, and, when it was hashed before (to decide
 * on an asset of its name), not since either. Otherwise the asset is deleted and sent once more.
 */
async function uploadVerified(
  deps: StepDeps,
  release: RemoteRelease,
  asset: LocalAsset,
  generated: boolean,
): Promise<RemoteAsset> {
  const target = {
    uploadUrl: release.upload_url,
    apiUrl: deps.apiUrl,
    token: deps.token,
    name: asset.name,
    path: asset.path,
    size: asset.size,
    contentType: assetContentType(asset.name),
    pacedBy: deps.github,
  };
  // After a failed attempt: the upload may have completed (keep it) or left a starter (clear it).
  // What completed is known by the file's sha256: hashed before, or sent whole by the failed
  // attempt, or (an asset of its name appeared meanwhile) read now.
  const recover = async (sent: string | undefined): Promise<Uploaded | undefined> => {
    const now = await listAssets(deps.github, deps.repo, release.id);
    if (!asset.sha256 && sent === undefined && hasUploaded(now, asset.name)) await hashAssetFile(asset);
    const sha256 = asset.sha256 || sent;
    const done = sha256 ? matchingAsset(now, { name: asset.name, sha256 }) : undefined;
    if (done && sha256) return { asset: done, sha256, steady: true };
    const leftovers = now.filter((a) => a.name === asset.name);
    // A whole asset of its name in a published release that is not this file: a sibling job's
    // (uploaded after this one looked, so this upload was refused as a duplicate). Never deleted.
    const whole = leftovers.find((a) => a.state === 'uploaded');
    if (!release.draft && !generated && whole) throw publishedClash(release, whole, asset);
    for (const leftover of leftovers) {
      await deleteAsset(deps.github, deps.repo, leftover.id);
    }
    return undefined;
  };
  for (let attempt = 1; ; attempt++) {
    const {
      asset: remote,
      sha256: sent,
      steady,
    } = await uploadWithRetry(target, recover, deps.log, deps.retry);
    const digest = sha256OfDigest(remote.digest);
    const problem = !steady
      ? 'the file changed while it was uploaded'
      : asset.sha256 && sent !== asset.sha256
        ? `the file changed since it was hashed (sha256 ${asset.sha256}, then ${sent} as sent)`
        : digest !== undefined && digest !== sent
          ? `GitHub's digest (${digest}) differs from the sha256 of the bytes sent (${sent})`
          : undefined;
    if (problem === undefined) {
      if (digest === undefined)
        deps.log.warning(`GitHub reported no sha256 digest for ${asset.name}; its content is not verified`);
      asset.sha256 = sent;
      return remote;
    }
    await deleteAsset(deps.github, deps.repo, remote.id);
    if (attempt >= 2) {
      throw new UserError(
        `${asset.name}: ${problem}, twice; the file may be changing while it is uploaded. The asset was deleted`,
      );
    }
    deps.log.warning(`${asset.name}: ${problem}; deleted, uploading it again`);
  }
}

/** A published release holds an asset of this file's name with other content: it stays. */
function publishedClash(release: RemoteRelease, there: RemoteAsset, asset: LocalAsset): UserError {
  const mine = asset.sha256 ? ` (sha256:${asset.sha256})` : '';
  return new UserError(
    `The published release ${release.html_url} already holds ${asset.name} with other content (${there.digest ?? `${there.size} bytes`}) than this run's file${mine}: a published asset is never overwritten. Rename the file, or delete that asset and rerun.`,
  );
}

/** publish: false: set the title and description and leave the complete draft (matrix jobs). */
export function updateDraftStep(deps: StepDeps, fields: ReleaseFields, progress: Progress): Effect {
  return {
    kind: 'update draft',
    target: fields.tag,
    detail: 'left as a draft (publish: false)',
    async apply() {
      const release = progress.release;
      if (!release) throw new Error('no release to update');
      if (!release.draft) {
        // A matrix job's files joined a release another job already published: it stays as it is.
        deps.log.info(
          `${release.html_url} is already published: its title and description are left as they are`,
        );
        progress.published = true;
        return;
      }
      progress.release = await publishRelease(deps.github, deps.repo, release.id, fields, false);
    },
  };
}
