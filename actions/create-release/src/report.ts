/** What a run tells: outputs, the job summary's asset table, and after a failure the state it left. */
import {
  describeError,
  UserError,
  type JobSummary,
  type OutputValue,
} from '../../../shared/src/action/index.js';
import type { RemoteRelease } from '../../../shared/src/github/releases.js';
import type { Inputs } from './inputs.js';
import type { Progress } from './steps.js';

/** The action's outputs from what was done. */
export function outputsOf(inputs: Inputs, progress: Progress, replaced = false): Record<string, OutputValue> {
  const release = progress.release;
  return {
    id: release ? String(release.id) : '',
    url: release?.html_url ?? '',
    'upload-url': release?.upload_url ?? '',
    tag: inputs.tag,
    // The published release's view: a draft's download URLs name `untagged-<id>`, not the tag.
    assets: progress.uploaded.map(({ asset, remote }) => {
      const now = release?.assets.find((a) => a.id === remote.id) ?? remote;
      return { name: now.name, size: now.size, sha256: asset.sha256, url: now.browser_download_url };
    }),
    replaced,
  };
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** Heading, facts and the table of assets with sizes and digests. */
export function summarize(summary: JobSummary, inputs: Inputs, progress: Progress, state: string): void {
  summary.heading(`Release ${inputs.tag}: ${state}`);
  summary.facts({
    release: progress.release?.html_url,
    title: inputs.title,
    prerelease: inputs.prerelease ? 'yes' : 'no',
    'rolling tag': inputs.rolling ? 'yes (replaces the previous release)' : undefined,
  });
  summary.table(
    ['asset', 'size', 'sha256', 'status'],
    progress.uploaded.map(({ asset, kept }) => [
      asset.name,
      size(asset.size),
      asset.sha256,
      kept ? 'kept' : 'uploaded',
    ]),
  );
}

/**
 * After a failure: exactly what is left and how to finish. KM's script deleted the half-made
 * release; a draft is kept instead, because a rerun then resumes (finished assets are kept by digest)
 * and nothing public changed: a draft has no tag and nobody downloads from it.
 */
export function explainFailure(
  inputs: Inputs,
  progress: Progress,
  old: RemoteRelease | undefined,
  error: unknown,
): UserError {
  const release = progress.release;
  const parts = [`Release ${inputs.tag} is not finished: ${describeError(error)}.`];
  if (!release) {
    parts.push('Nothing was created.');
  } else if (progress.published) {
    parts.push(`Left: the published release ${release.html_url} (id ${release.id}).`);
  } else {
    const done = progress.uploaded.map((u) => u.asset.name);
    parts.push(
      `Left: draft release ${release.html_url} (id ${release.id}) with ${done.length ? done.join(', ') : 'no assets'} verified.`,
    );
  }
  // The commit the tag was moved to: the draft's (in another repository the target is found there).
  const at = release?.target_commitish ?? inputs.target;
  if (old) {
    if (progress.oldDeleted)
      parts.push(
        `The previous release was deleted and the tag points at ${at}: until the draft is published the tag has no release.`,
      );
    else if (progress.tagMoved)
      parts.push(
        `The tag already points at ${at}; the previous release ${old.html_url} is still published with its assets.`,
      );
    else parts.push(`The tag and the previous release ${old.html_url} are untouched.`);
  } else if (!progress.published) {
    parts.push('The tag was not created or moved.');
  }
  if (progress.published) return new UserError(parts.join(' '), { cause: error });
  parts.push(
    'Rerun the job to finish: it reuses the draft, keeps every asset already uploaded with the right digest, replaces broken ones and never makes a second release. To abandon instead, delete the draft.',
  );
  return new UserError(parts.join(' '), { cause: error });
}
