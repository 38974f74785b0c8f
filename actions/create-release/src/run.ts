/**
 * create-release: the GitHub release for a tag (release.ts), into the workflow's repository or
 * another one (`repository`: KM builds in its private sources and releases into the public
 * km-releases), then, in the same step or on their own (`release: false`), the deletion of one
 * release on purpose (`delete`) and of stale ones (`prune`; cleanup.ts). Inputs are all checked before
 * the first write; the target repository is read before it too.
 */
import { UserError, type OutputValue } from '../../../shared/src/action/index.js';
import type { RepositoryInfo } from '../../../shared/src/github/repository.js';
import { deleteOne, prune, Refusal, type CleanupDeps, type CleanupResult } from './cleanup.js';
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
  const changed: string[] = [];
  if (!inputs.noRelease) {
    const released = await makeRelease(inputs, deps, { repo, ...(other ? { other } : {}) });
    outputs = { ...outputs, ...released.outputs };
    publishedId = released.publishedId;
    if (released.changed && !inputs.dryRun) changed.push(released.changed);
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
  // The delete and the prune each run whatever the other did: a refused delete must not keep the
  // stale releases, nor a failed prune the release asked for by name. The step fails at the end.
  const failures: Error[] = [];
  const parts: Array<() => Promise<CleanupResult>> = [];
  const { deletion, prune: pruning } = cleanup;
  if (deletion) parts.push(() => deleteOne(cleanupDeps, deletion));
  if (pruning) parts.push(() => prune(cleanupDeps, pruning));
  for (const part of parts) {
    let result: CleanupResult;
    try {
      result = await part();
    } catch (error) {
      failures.push(error as Error);
      continue;
    }
    outputs = { ...outputs, ...result.outputs };
    changed.push(...result.changed);
    if (result.failure) failures.push(result.failure);
  }
  if (failures.length === 0) return outputs;
  deps.emit?.(outputs);
  // One failure and nothing written: its own message (a token that cannot write says so) is the story.
  const [only] = failures;
  if (only && failures.length === 1 && changed.length === 0 && !(only instanceof Refusal)) throw only;
  const what = changed.length ? `This step changed: ${changed.join('; ')}.` : 'Nothing was changed.';
  throw new UserError(`${failures.map((f) => f.message).join(' ')} ${what}`);
}
