/**
 * create-release: the GitHub release for a tag (seed 000, KM `make publish-release`; seed 003 §6–7:
 * the docs archive and the Helm chart attached, the CHANGELOG section as the description).
 * Plan, create the draft, upload the assets, (rolling tag: move the tag, delete the old release),
 * publish. Everything a crash can leave, a rerun finishes.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  UserError,
  type JobSummary,
  type OutputValue,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import { checksumsText } from '../../../shared/src/github/assets.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import {
  releasesForTag,
  resolveCommit,
  tagCommit,
  type ReleaseFields,
} from '../../../shared/src/github/releases.js';
import type { RetryPolicy } from '../../../shared/src/github/upload.js';
import { executePlan, Plan } from '../../../shared/src/plan/plan.js';
import type { Logger } from '../../../shared/src/log.js';
import { decide } from './existing.js';
import { hashAssetFiles, resolveAssetFiles, type LocalAsset } from './files.js';
import type { Inputs } from './inputs.js';
import { explainFailure, outputsOf, summarize } from './report.js';
import {
  createDraftStep,
  deleteLeftoverDraftsStep,
  deleteOldStep,
  moveTagStep,
  publishStep,
  uploadStep,
  type Progress,
  type StepDeps,
} from './steps.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  context: RunnerContext;
  github: GitHubClient;
  retry?: RetryPolicy;
}

/** The checksums file of the assets, written to the runner's temp folder and uploaded like them. */
async function checksumsAsset(inputs: Inputs, assets: LocalAsset[]): Promise<LocalAsset | undefined> {
  if (inputs.checksums === undefined || assets.length === 0) return undefined;
  const folder = await mkdtemp(join(inputs.runnerTemp, 'create-release-'));
  const path = join(folder, inputs.checksums);
  const text = checksumsText(assets);
  await writeFile(path, text);
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { path, name: inputs.checksums, size: Buffer.byteLength(text), sha256 };
}

const FULL_SHA = /^[0-9a-f]{40}$/i;

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  const { log, github, context } = deps;
  const repo = { owner: context.owner, repo: context.repo };
  log.info(
    `Releasing ${inputs.tag} (from the ${inputs.tagSource}${inputs.rolling ? ', a rolling tag' : ''})`,
  );

  const files = await resolveAssetFiles(inputs.files, {
    workspace: inputs.workspace,
    failOnUnmatched: inputs.failOnUnmatched,
    ...(inputs.checksums ? { reserved: inputs.checksums } : {}),
    log,
  });
  // Hashing a large file takes seconds: the reads of what exists on GitHub run meanwhile. A run on
  // the tag itself knows the tag's commit; otherwise it is asked (a tag must not be released at a
  // commit other than the one this run built, and a rolling tag is moved only when it must be).
  const [, found, tagSha] = await Promise.all([
    hashAssetFiles(files),
    releasesForTag(github, repo, inputs.tag),
    inputs.tagIsRunRef ? inputs.target : tagCommit(github, repo, inputs.tag),
  ]);
  const sums = await checksumsAsset(inputs, files);
  const assets = sums ? [...files, sums] : files;
  const tagExists = inputs.tagIsRunRef || tagSha !== undefined;
  const targetSha =
    tagSha === undefined || FULL_SHA.test(inputs.target)
      ? inputs.target
      : await resolveCommit(github, repo, inputs.target);
  if (!inputs.rolling && tagSha !== undefined && tagSha !== targetSha) {
    throw new UserError(
      `The tag ${inputs.tag} points at ${tagSha}, not at ${targetSha}, the commit this run releases. A tag is never moved for a release: run on the tag, or set target-commitish to its commit.`,
    );
  }
  const decision = decide(found, {
    tag: inputs.tag,
    rolling: inputs.rolling,
    wanted: assets,
    tagSha,
    targetSha,
  });
  if (decision.kind === 'done') {
    log.info(`${decision.release.html_url} already holds every asset with the same digest: nothing to do.`);
    const progress: Progress = {
      release: decision.release,
      uploaded: [],
      tagMoved: false,
      oldDeleted: false,
      published: true,
    };
    for (const asset of assets) {
      const remote = decision.release.assets.find((a) => a.name === asset.name);
      if (remote) progress.uploaded.push({ asset, remote, kept: true });
    }
    summarize(deps.summary, inputs, progress, 'already released');
    return outputsOf(inputs, progress);
  }

  const fields: ReleaseFields = {
    tag: inputs.tag,
    targetCommitish: targetSha,
    name: inputs.title,
    body: inputs.body,
    prerelease: inputs.prerelease,
    makeLatest: inputs.makeLatest,
  };
  const stepDeps: StepDeps = {
    github,
    repo,
    token: inputs.token,
    log,
    ...(deps.retry ? { retry: deps.retry } : {}),
  };
  const progress: Progress = { uploaded: [], tagMoved: false, oldDeleted: false, published: false };
  const plan = new Plan();
  if (decision.draft) {
    progress.release = decision.draft;
    log.info(
      `Reusing draft ${decision.draft.id} for ${inputs.tag} (${decision.draft.assets.length} assets already there)`,
    );
    const adopted = decision.draft.id;
    const leftovers = found.drafts.filter((d) => d.id !== adopted);
    if (leftovers.length) plan.add(deleteLeftoverDraftsStep(stepDeps, leftovers));
  } else {
    plan.add(createDraftStep(stepDeps, fields, progress, decision.replace?.id));
  }
  for (const asset of assets) plan.add(uploadStep(stepDeps, asset, progress));
  if (decision.replace) {
    if (tagSha !== targetSha) plan.add(moveTagStep(stepDeps, inputs.tag, targetSha, tagExists, progress));
    plan.add(deleteOldStep(stepDeps, decision.replace, progress));
  }
  plan.add(publishStep(stepDeps, fields, progress, inputs.publish));

  try {
    await executePlan(plan, { dryRun: inputs.dryRun, log });
  } catch (error) {
    summarize(deps.summary, inputs, progress, 'failed');
    throw explainFailure(inputs, progress, decision.replace, error);
  }
  if (inputs.dryRun) {
    deps.summary.heading(`Release ${inputs.tag} (dry run)`).paragraph(plan.lines().join('\n'));
    return { tag: inputs.tag, replaced: false };
  }
  summarize(deps.summary, inputs, progress, progress.published ? 'published' : 'draft');
  return outputsOf(inputs, progress, decision.replace !== undefined);
}
