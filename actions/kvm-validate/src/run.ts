/**
 * kvm-validate: seed 000's validation phase. On a KVM-capable runner, download the release's tarballs
 * (verified against SHA256SUMS and GitHub's digests), install kontain.tar.gz and then the others into
 * the prefix, open /dev/kvm to the runner user, and run the getting-started guide as the test: every
 * fenced shell block a step. The job summary tells a person which step did what.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  isUserError,
  UserError,
  type JobSummary,
  type OutputValue,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { Logger } from '../../../shared/src/log.js';
import { executePlan, Plan, PlanError } from '../../../shared/src/plan/plan.js';
import { repositoryGuides, workspaceGuides, type Guide } from './guides.js';
import { checkEffect, downloadEffect, installEffect, kvmEffect, prefixEffect } from './effects.js';
import { prefixAction } from './install.js';
import type { Inputs } from './inputs.js';
import { probeKvm, type KvmStatus } from './kvm.js';
import { uploadLogs, type ArtifactUploader } from './logs.js';
import { resolveLocal, resolveRelease, type Resolved } from './release.js';
import { counts, outputsOf, summarize, type Report } from './report.js';
import { guideEnvironment, newMarker, runGuide, type StepOutcome } from './steps.js';
import type { System } from './system.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  context: RunnerContext;
  /** Needed to read a release or a repository's guides. */
  github?: GitHubClient;
  system: System;
  artifacts: ArtifactUploader;
  /** The environment guide commands start from (the action's own, secrets withheld). */
  env: NodeJS.ProcessEnv;
  /** Milliseconds between SIGTERM and SIGKILL when a step's processes are stopped; default 5000. */
  graceMs?: number;
}

function needGitHub(deps: Deps): GitHubClient {
  if (!deps.github) throw new Error('a GitHub client is needed for a release or repository guides');
  return deps.github;
}

async function loadGuides(inputs: Inputs, deps: Deps): Promise<Guide[]> {
  const { guides } = inputs;
  return guides.kind === 'workspace'
    ? workspaceGuides(guides.files)
    : repositoryGuides(
        needGitHub(deps),
        { owner: guides.owner, repo: guides.repo },
        guides.ref,
        guides.names,
      );
}

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  const { log, system } = deps;

  // KVM first: a runner without the device cannot pass, and that is known before anything is written.
  let kvm: KvmStatus = await probeKvm(system);
  log.info(`KVM: ${kvm.detail}`);
  const canOpen = kvm.available || (kvm.present && inputs.kvmSetup);
  if (!canOpen && inputs.requireKvm) {
    throw new UserError(
      `KVM is required (require-kvm: true) and not usable: ${kvm.detail.replace(/\.$/, '')}. Nothing was downloaded or installed.`,
    );
  }

  // Every guide is read and every block understood before the release is touched.
  const guides = await loadGuides(inputs, deps);
  const steps = guides.flatMap((g) => g.steps);
  log.info(`${steps.length} step(s) in ${guides.map((g) => g.from).join(', ')}`);

  const work = await mkdtemp(join(inputs.runnerTemp, 'kvm-validate-'));
  const folders = {
    downloads: join(work, 'downloads'),
    logs: join(work, 'logs'),
    scratch: join(work, 'scripts'),
  };
  for (const folder of Object.values(folders)) await mkdir(folder, { recursive: true });

  // The release: assets paired with SHA256SUMS and GitHub's digests (read-only, done in a dry run too).
  const { source } = inputs;
  const resolved: Resolved =
    source.kind === 'release'
      ? await resolveRelease(
          needGitHub(deps),
          {
            owner: source.owner,
            repo: source.repo,
            tag: source.tag,
            patterns: source.assets,
            checksums: source.checksums,
            apiUrl: deps.context.apiUrl,
            token: inputs.token,
            downloadDir: folders.downloads,
          },
          log,
        )
      : await resolveLocal(source.files, source.checksumsFile);
  const prefixStep = await prefixAction(system, inputs.prefix);

  const plan = new Plan();
  if (source.kind === 'release') {
    const where = {
      owner: source.owner,
      repo: source.repo,
      apiUrl: deps.context.apiUrl,
      token: inputs.token,
    };
    for (const tarball of resolved.tarballs) plan.add(downloadEffect(tarball, where, source.checksums, log));
  }
  plan.add(checkEffect(resolved.tarballs, log));
  if (prefixStep !== 'ready') plan.add(prefixEffect(system, inputs.prefix, prefixStep));
  for (const tarball of resolved.tarballs) plan.add(installEffect(tarball, inputs.prefix, log));
  if (!kvm.available && kvm.present && inputs.kvmSetup)
    plan.add(kvmEffect(system, log, (now) => (kvm = now)));
  for (const check of resolved.checks) log.info(`checked: ${check}`);

  const report: Report = {
    dryRun: inputs.dryRun,
    kvm: { ...kvm, required: inputs.requireKvm },
    source: resolved.source,
    tarballs: resolved.tarballs.map((t) => ({
      name: t.name,
      sha256: t.sha256,
      ...(t.size !== undefined ? { size: t.size } : {}),
      checks: resolved.checks.find((c) => c.startsWith(`${t.name}:`))?.slice(t.name.length + 2) ?? '',
    })),
    prefix: inputs.prefix,
    guides: guides.map((g) => ({ name: g.name, from: g.from })),
    steps: steps.map((step) => ({
      step,
      result: 'skipped',
      reason: inputs.dryRun ? 'dry run' : 'not run',
      seconds: 0,
    })),
  };
  const title = resolved.source.kind === 'release' ? `Validation of ${resolved.source.tag}` : 'Validation';

  try {
    await executePlan(plan, { dryRun: inputs.dryRun, log });
  } catch (error) {
    report.kvm = { ...kvm, required: inputs.requireKvm };
    await summarize(deps.summary, report, title);
    throw explainPlanFailure(error);
  } finally {
    // The tarballs are installed (or refused): their downloads only take the runner's disk.
    await rm(folders.downloads, { recursive: true, force: true });
  }
  if (inputs.dryRun) {
    // A dry run leaves nothing behind, not even the SHA256SUMS it read.
    await rm(work, { recursive: true, force: true });
    deps.summary.paragraph(['**Plan**', '', ...plan.lines()].join('\n'));
    await summarize(deps.summary, report, title);
    return outputsOf(report);
  }

  report.kvm = { ...kvm, required: inputs.requireKvm };
  if (!kvm.available) {
    if (inputs.requireKvm) {
      await summarize(deps.summary, report, title);
      throw new UserError(
        `KVM is required (require-kvm: true) and not usable: ${kvm.detail.replace(/\.$/, '')}. The steps were not run.`,
      );
    }
    log.warning(`KVM absent: the steps run without it (require-kvm: false). ${kvm.detail}`);
  }

  const env = guideEnvironment(deps.env, inputs.prefix);
  const outcomes: StepOutcome[] = [];
  for (const [index, guide] of guides.entries()) {
    const workdir = join(work, `guide-${index + 1}`);
    await mkdir(workdir, { recursive: true });
    outcomes.push(
      ...(await runGuide(guide.steps, {
        guideNumber: index + 1,
        logsDir: folders.logs,
        scratchDir: folders.scratch,
        workdir,
        env,
        defaultTimeoutSeconds: inputs.stepTimeoutSeconds,
        graceMs: deps.graceMs ?? 5000,
        marker: newMarker(),
        log,
      })),
    );
  }
  report.steps = outcomes;
  const { failed } = counts(outcomes);
  if (inputs.uploadLogs === 'always' || (inputs.uploadLogs === 'on-failure' && failed > 0)) {
    report.logs = await uploadLogs(
      deps.artifacts,
      {
        name: inputs.artifactName,
        folder: folders.logs,
        serverUrl: deps.context.serverUrl,
        onRunner: Boolean(deps.env.ACTIONS_RUNTIME_TOKEN),
      },
      log,
    );
  }
  await summarize(deps.summary, report, title);
  const outputs = outputsOf(report);
  if (failed > 0) {
    const which = outcomes
      .filter((o) => o.result === 'failed' || o.result === 'timed out')
      .map((o) => `${o.step.guide} step ${o.step.index} (${o.step.name}) ${o.result}: ${o.reason ?? ''}`);
    // The outputs are set before failing, so a later `if: always()` step can read the report.
    throw new StepsFailed(`${failed} of ${outcomes.length} step(s) failed: ${which.join('; ')}`, outputs);
  }
  return outputs;
}

/**
 * A refusal inside the plan (a sum that does not match, an archive that escapes) is the user's: its
 * own message, and what was done before it. Anything else keeps its cause chain.
 */
function explainPlanFailure(error: unknown): unknown {
  if (!(error instanceof PlanError)) return error;
  const cause: unknown = error.cause;
  if (!isUserError(cause)) return error;
  const done = error.applied.map((e) => `${e.kind} ${e.target}`);
  return new UserError(`${cause.message}${done.length ? ` (done before it: ${done.join('; ')})` : ''}`, {
    cause,
  });
}

/** The validation ran and steps failed: the outputs are still set. */
export class StepsFailed extends UserError {
  constructor(
    message: string,
    readonly outputs: Record<string, OutputValue>,
  ) {
    super(message);
  }
}
