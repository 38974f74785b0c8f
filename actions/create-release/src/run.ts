/**
 * create-release: the GitHub release for a tag (release.ts), into the workflow's repository or
 * another one (`repository`: KM builds in its private sources and releases into the public
 * km-releases), then, in the same step or on their own (`release: false`), the deletion of one
 * release on purpose (`delete`) and of stale ones (`prune`; cleanup.ts). Inputs are all checked before
 * the first write; the target repository is read before it too.
 */
import type { OutputValue } from '../../../shared/src/action/index.js';
import type { RepositoryInfo } from '../../../shared/src/github/repository.js';
import { deleteOne, prune, type CleanupDeps } from './cleanup.js';
import type { Inputs } from './inputs.js';
import { makeRelease, type Deps } from './release.js';
import { checkTarget, fullName } from './target.js';

export type { Deps } from './release.js';

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  const { context, github } = deps;
  const source = { owner: context.owner, repo: context.repo };
  const repo = inputs.repository ?? source;
  // Another repository: visible to the token, which must not be known to be refused its pushes.
  let other: RepositoryInfo | undefined;
  if (inputs.repository) other = await checkTarget(github, repo, source);

  let outputs: Record<string, OutputValue> = { repository: other?.fullName ?? fullName(repo) };
  let publishedId: number | undefined;
  if (!inputs.noRelease) {
    const released = await makeRelease(inputs, deps, { repo, ...(other ? { other } : {}) });
    outputs = { ...outputs, ...released.outputs };
    publishedId = released.publishedId;
  }

  const cleanup = inputs.cleanup;
  if (!cleanup?.deletion && !cleanup?.prune) return outputs;
  deps.emit?.(outputs);
  const cleanupDeps: CleanupDeps = {
    github,
    repo,
    source,
    log: deps.log,
    summary: deps.summary,
    dryRun: inputs.dryRun,
    allowDeleteLatest: cleanup.allowDeleteLatest,
    ...(publishedId !== undefined ? { publishedId } : {}),
  };
  if (cleanup.deletion) outputs = { ...outputs, ...(await deleteOne(cleanupDeps, cleanup.deletion)) };
  if (cleanup.prune) outputs = { ...outputs, ...(await prune(cleanupDeps, cleanup.prune)) };
  return outputs;
}
