/**
 * The generated checksums file (SHA256SUMS): made when the other assets are up, from this run's files
 * and the release's other uploaded assets by GitHub's digests, so a matrix job's file lists what its
 * sibling jobs uploaded too. Written to the runner's temp folder only when it is uploaded (a dry run
 * writes nothing).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checksumsEntries, checksumsText } from '../../../shared/src/github/assets.js';
import { listAssets } from '../../../shared/src/github/releases.js';
import type { Effect } from '../../../shared/src/plan/plan.js';
import { matchingAsset } from './existing.js';
import type { LocalAsset } from './files.js';
import { uploadStep, type Progress, type StepDeps } from './steps.js';

/** Build the checksums file from the release as it is now and upload it unless it is there already. */
export function checksumsStep(
  deps: StepDeps,
  name: string,
  files: readonly LocalAsset[],
  progress: Progress,
  runnerTemp: string,
): Effect {
  return {
    kind: 'upload asset',
    target: name,
    detail: `generated: sha256 of ${files.length} file(s) of this run and of the release's other assets`,
    async apply() {
      const release = progress.release;
      if (!release) throw new Error('no release to upload to');
      // A draft this run did not make (a sibling job's, an earlier run's) may have gained assets
      // since it was read; the one it made holds what this run uploaded (known without a call).
      if (release.id !== progress.createdId) {
        release.assets = await listAssets(deps.github, deps.repo, release.id);
      }
      const { entries, undigested } = checksumsEntries(release.assets, files, name);
      if (undigested.length) {
        deps.log.warning(
          `${name} leaves out ${undigested.join(', ')}: GitHub reported no sha256 digest for them`,
        );
      }
      if (entries.length === 0) {
        deps.log.info(`No assets: ${name} is not uploaded`);
        return;
      }
      const text = checksumsText(entries);
      const sha256 = createHash('sha256').update(text).digest('hex');
      const asset: LocalAsset = { path: '', name, size: Buffer.byteLength(text), sha256 };
      const kept = matchingAsset(release.assets, asset);
      if (kept) {
        progress.uploaded.push({ asset, remote: kept, kept: true });
        return;
      }
      const folder = await mkdtemp(join(runnerTemp, 'create-release-'));
      asset.path = join(folder, name);
      await writeFile(asset.path, text);
      await uploadStep(deps, asset, progress, { generated: true }).apply();
    },
  };
}
