/**
 * The release itself (seed 000, KM `make publish-release`; seed 003 §6–7: the docs archive and the
 * Helm chart attached, the CHANGELOG section as the description). Plan, create the draft, upload the
 * assets, then publish (rolling tag: move the tag, delete the old release, publish, each write read
 * first: commit.ts). Everything a crash can leave, a rerun finishes. Into another repository too:
 * the target there is its default-branch head, and the build is recorded in the body (lineage.ts).
 */
import {
  InputError,
  UserError,
  type JobSummary,
  type OutputValue,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { RepoRef } from '../../../shared/src/github/changes.js';
import { sha256OfDigest } from '../../../shared/src/github/assets.js';
import {
  findCommit,
  releasesForTag,
  tagCommit,
  type ReleaseFields,
  type RemoteRelease,
} from '../../../shared/src/github/releases.js';
import type { RepositoryInfo } from '../../../shared/src/github/repository.js';
import type { RetryPolicy } from '../../../shared/src/github/upload.js';
import { executePlan, Plan, PlanError } from '../../../shared/src/plan/plan.js';
import type { Logger } from '../../../shared/src/log.js';
import { checksumsStep } from './checksums.js';
import { readTagState, releaseStep, type Memory } from './commit.js';
import { adoptDraftStep, createDraftStep, deleteStaleDraftsStep } from './draft.js';
import { decide, refuseBackwards, refuseTooManyAssets } from './existing.js';
import { hashAssetFiles, hashFilesFirst, resolveAssetFiles } from './files.js';
import { crossRepositoryLineage, recordedBuild, repositoryLineage, type Lineage } from './lineage.js';
import { RaceLost } from './lost.js';
import type { Inputs } from './inputs.js';
import { explainFailure, outputsOf, summarize } from './report.js';
import { updateDraftStep, uploadStep, type Progress, type StepDeps } from './steps.js';
import { defaultBranchHead, refusedWrite, tokenCannotWrite } from './target.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  context: RunnerContext;
  github: GitHubClient;
  /** Reads the workflow's repository (source-token) when releases go into another; default github. */
  sourceGithub?: GitHubClient;
  retry?: RetryPolicy;
  /** Set outputs now (the release's, before a delete or prune that may fail after it). */
  emit?: (outputs: Record<string, OutputValue>) => void;
}

/** Where the release goes: the target repository, and when it is another one what was read of it. */
export interface Where {
  repo: RepoRef;
  /** Set when the target is not the workflow's repository. */
  other?: RepositoryInfo;
}

export interface Released {
  outputs: Record<string, OutputValue>;
  /** The release this run published (prune never deletes it). */
  publishedId?: number;
  /** What this run wrote, for a later cleanup failure's message (`published v1.0 (url)`); unset: nothing. */
  changed?: string;
}

const FULL_SHA = /^[0-9a-f]{40}$/i;

export async function makeRelease(inputs: Inputs, deps: Deps, where: Where): Promise<Released> {
  const { log, github, context } = deps;
  const { repo, other } = where;
  log.info(
    `Releasing ${inputs.tag} (from the ${inputs.tagSource}${inputs.rolling ? ', a rolling tag' : ''})${other ? ` into ${other.fullName}` : ''}`,
  );

  const files = await resolveAssetFiles(inputs.files, {
    workspace: inputs.workspace,
    roots: inputs.roots,
    failOnUnmatched: inputs.failOnUnmatched,
    ...(inputs.checksums ? { reserved: inputs.checksums } : {}),
    log,
  });
  // A run on a (non-rolling) tag knows the tag's commit; otherwise it is asked (a tag must not be
  // released at a commit other than the one this run built, and a rolling tag may have moved on).
  const [found, tagSha] = await Promise.all([
    releasesForTag(github, repo, inputs.tag),
    inputs.tagIsRunRef ? inputs.target : tagCommit(github, repo, inputs.tag),
  ]);
  // A file is hashed now only when an asset of its name is there already (to keep it if it is the
  // same); the others are hashed as they are uploaded, so a 1 GiB file is read once, not twice.
  const [, targetSha] = await Promise.all([
    hashAssetFiles(hashFilesFirst(files, [found.published, ...found.drafts], inputs.dryRun)),
    targetCommit(github, where, inputs, tagSha),
  ]);
  const lineage: Lineage = other
    ? crossRepositoryLineage({
        github,
        repo,
        targetSha,
        source: { repository: context.repository, sha: context.sha, serverUrl: context.serverUrl },
        sourceGithub: deps.sourceGithub ?? github,
        log,
      })
    : repositoryLineage(github, repo, targetSha);
  if (inputs.rolling && inputs.ranOnTag && tagSha !== undefined && tagSha !== context.sha) {
    throw new UserError(
      `This run was triggered by the rolling tag ${inputs.tag} at ${context.sha}, but ${inputs.tag} now points at ${tagSha}: the tag has moved on since (is this a rerun of an older run?). A rerun never moves a rolling tag backwards: nothing was changed. Run the workflow on the newest commit instead.`,
    );
  }
  if (!inputs.rolling && tagSha !== undefined && tagSha !== targetSha) {
    throw new UserError(
      `The tag ${inputs.tag} points at ${tagSha}, not at ${targetSha}, the commit this run releases. A tag is never moved for a release: run on the tag, or set target-commitish to its commit.`,
    );
  }
  const decision = decide(found, {
    tag: inputs.tag,
    rolling: inputs.rolling,
    files,
    ...(inputs.checksums ? { checksums: inputs.checksums } : {}),
    ...(tagSha !== undefined ? { tagSha } : {}),
    targetSha,
    ...(lineage.crossRepository ? { same: (r: RemoteRelease) => lineage.same(r) } : {}),
  });
  // Replacing a rolling release with another commit's: one compare, so that a rerun of an older run
  // (from a branch, falling back to the rolling tag) does not move the tag backwards.
  const replaced = decision.kind === 'release' ? decision.replace : undefined;
  const memory: Memory = { relations: new Map(), movedFor: new Set(), movedTag: false, published: false };
  if (replaced && tagSha !== undefined) {
    const { relation, unplaced } = await lineage.place(replaced, tagSha);
    if (unplaced && relation === 'behind') {
      throw new UserError(
        `The rolling tag ${inputs.tag} holds a release (${replaced.html_url}) built from a commit this run cannot place: ${unplaced}. It may be a newer build (or one of diverged history), and a rolling release is never replaced by a build that may be older: nothing was changed. Run the workflow on the newest commit; to replace that release with this build on purpose, delete it (the tag stays) and rerun.`,
      );
    }
    const theirs = lineage.crossRepository ? recordedBuild(replaced.body) : undefined;
    const builds =
      theirs?.repository && theirs.sha
        ? { theirs: `${theirs.repository}@${theirs.sha}`, mine: `${context.repository}@${context.sha}` }
        : undefined;
    refuseBackwards(relation, {
      tag: inputs.tag,
      release: replaced,
      tagSha,
      targetSha,
      ...(builds ? { builds } : {}),
    });
    memory.relations.set(replaced.id, relation);
  }
  if (decision.kind === 'done')
    return alreadyReleased(inputs, deps, decision.release, files, decision.unverified);
  refuseTooManyAssets(decision, files, inputs.checksums);
  const stale = await staleToDelete(lineage, decision.stale, targetSha, log);

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
    apiUrl: context.apiUrl,
    log,
    ...(deps.retry ? { retry: deps.retry } : {}),
    lineage,
  };
  const progress: Progress = { uploaded: [], tagMoved: false, oldDeleted: false, published: false };
  const plan = new Plan();
  if (stale.length) plan.add(deleteStaleDraftsStep(stepDeps, stale));
  if (decision.draft) {
    const what = decision.draft.draft
      ? `Reusing draft ${decision.draft.id}`
      : `Adding this run's files to the published release ${decision.draft.id} (a matrix job's or an earlier run's)`;
    log.info(
      `${what} for ${inputs.tag} at ${targetSha} (${decision.draft.assets.length} assets already there)`,
    );
    plan.add(adoptDraftStep(stepDeps, decision.draft, progress));
  } else {
    const oldId = replaced?.id;
    plan.add(
      createDraftStep(stepDeps, fields, progress, {
        ...(oldId !== undefined ? { oldId } : {}),
        rolling: inputs.rolling,
        ...(lineage.crossRepository ? { same: (r: RemoteRelease) => lineage.same(r) } : {}),
      }),
    );
  }
  for (const asset of files) plan.add(uploadStep(stepDeps, asset, progress));
  if (inputs.checksums) {
    plan.add(checksumsStep(stepDeps, inputs.checksums, files, progress, inputs.runnerTemp));
  }
  if (inputs.publish) {
    // A tag that is not rolling, known to be at this commit: nothing moves it, so no read before
    // publishing nor after (a publish another release beat is refused, and then read).
    const knownTag = !inputs.rolling && tagSha === targetSha ? tagSha : undefined;
    const release = { fields, sha: targetSha, rolling: inputs.rolling, progress, memory };
    plan.add(releaseStep(stepDeps, knownTag ? { ...release, knownTag } : release, replaced));
  } else {
    plan.add(updateDraftStep(stepDeps, fields, progress));
  }

  try {
    await executePlan(plan, { dryRun: inputs.dryRun, log });
  } catch (error) {
    summarize(deps.summary, inputs, progress, 'failed');
    const lost = await failure(inputs, stepDeps, targetSha, progress, replaced, error);
    const refused = other && !progress.release ? refusedWrite(error) : undefined;
    throw refused ? tokenCannotWrite(repo, context, refused) : lost;
  }
  if (inputs.dryRun) {
    deps.summary.heading(`Release ${inputs.tag} (dry run)`).paragraph(plan.lines().join('\n'));
    return { outputs: { tag: inputs.tag, replaced: false } };
  }
  summarize(deps.summary, inputs, progress, progress.published ? 'published' : 'draft');
  const published = progress.published ? progress.release?.id : undefined;
  const url = progress.release?.html_url ?? '';
  return {
    outputs: outputsOf(inputs, progress, progress.oldDeleted),
    ...(published !== undefined ? { publishedId: published } : {}),
    changed: progress.published ? `published ${inputs.tag} (${url})` : `made the draft ${url}`,
  };
}

/**
 * The commit to release, full sha. GITHUB_SHA is the workflow's own commit; a target-commitish input
 * is looked up before anything is written (a commit GitHub does not know would fail the first write).
 * In another repository GITHUB_SHA does not exist: an existing tag that is not rolling stays where it
 * is (a tag is never moved for a release), anything else goes to the default branch's head.
 */
async function targetCommit(
  github: GitHubClient,
  { repo, other }: Where,
  inputs: Inputs,
  tagSha: string | undefined,
): Promise<string> {
  if (other && !inputs.targetGiven) {
    if (!inputs.rolling && tagSha !== undefined) return tagSha;
    return defaultBranchHead(github, repo, other);
  }
  const full = FULL_SHA.test(inputs.target) ? inputs.target.toLowerCase() : undefined;
  if (full && (!inputs.targetGiven || full === tagSha)) return full;
  const sha = await findCommit(github, repo, inputs.target);
  if (sha === undefined) {
    throw new InputError(
      'target-commitish',
      inputs.target,
      `a commit, branch or tag of ${repo.owner}/${repo.repo} (GitHub has no commit ${inputs.target} there)`,
    );
  }
  return sha;
}

/**
 * The stale drafts to delete, less those made by a newer build (this run's is `behind` theirs) and
 * those whose build cannot be placed (an opaque marker not in this run's history, a source the token
 * cannot read): such a draft may be a newer run's in progress, and this run would never replace its
 * release either. Drafts of this build and of older or diverged builds go (compared once per commit).
 */
async function staleToDelete(
  lineage: Lineage,
  stale: RemoteRelease[],
  targetSha: string,
  log: Logger,
): Promise<RemoteRelease[]> {
  const doomed: RemoteRelease[] = [];
  for (const draft of stale) {
    const commit = draft.target_commitish;
    const { relation, unplaced } = await lineage.place(draft, commit);
    if (unplaced) {
      log.info(
        `Leaving draft ${draft.id}: it was built from a commit this run cannot place (${unplaced}), so it may be a newer run's in progress; delete it by hand if it is not`,
      );
    } else if (relation === 'behind') {
      log.info(
        `Leaving draft ${draft.id}: it is for ${commit}, a newer ${lineage.crossRepository ? 'build' : 'commit'} than ${targetSha} (perhaps a run in progress)`,
      );
    } else doomed.push(draft);
  }
  return doomed;
}

/** A published release already holds exactly these assets at this commit: report it, change nothing. */
function alreadyReleased(
  inputs: Inputs,
  deps: Deps,
  release: RemoteRelease,
  files: Awaited<ReturnType<typeof resolveAssetFiles>>,
  unverified: boolean,
): Released {
  deps.log.info(`${release.html_url} already holds every asset with the same digest: nothing to do.`);
  if (unverified) {
    deps.log.warning(
      `GitHub reported no sha256 digests for ${release.html_url}: its assets match by name and size only; their content could not be checked`,
    );
  }
  const progress: Progress = { release, uploaded: [], tagMoved: false, oldDeleted: false, published: true };
  for (const remote of release.assets) {
    const file = files.find((f) => f.name === remote.name);
    const asset = file ?? {
      path: '',
      name: remote.name,
      size: remote.size,
      sha256: sha256OfDigest(remote.digest) ?? '',
    };
    if (file || remote.name === inputs.checksums) progress.uploaded.push({ asset, remote, kept: true });
  }
  summarize(deps.summary, inputs, progress, 'already released');
  return { outputs: outputsOf(inputs, progress), publishedId: release.id };
}

/**
 * The error to end with. A run that lost a race says what exists instead; so does a run whose draft
 * another run deleted while it uploaded (read again here: the upload only saw a 404).
 */
async function failure(
  inputs: Inputs,
  deps: StepDeps,
  sha: string,
  progress: Progress,
  old: RemoteRelease | undefined,
  error: unknown,
): Promise<Error> {
  const cause = error instanceof PlanError ? error.cause : error;
  if (cause instanceof RaceLost) return cause;
  const draft = progress.release;
  if (draft && !progress.published) {
    const now = await readTagState(deps, inputs.tag, draft.id).catch(() => undefined);
    if (now && !now.mine) {
      progress.release = undefined;
      return new RaceLost('draft-deleted', inputs.tag, sha, now, 'Nothing of this run is left.');
    }
  }
  return explainFailure(inputs, progress, progress.replaced ?? old, error);
}
