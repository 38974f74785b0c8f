/**
 * Run a caller workflow for an event the way GitHub would, as far as this machine can: startup (every
 * workflow it reaches parsed, called workflows found in this repository, inputs and secrets checked,
 * permissions only ever lowered, the event accepted by `on:`), then its jobs, then the sandbox's
 * contract check. The report says what ran, what was stood in for, and every problem by file and line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isString } from '@actions/workflow-parser';
import { ROOT } from '../harness/runner.js';
import { ArtifactStore } from './artifacts.js';
import { builtInFixtures } from './builtins.js';
import { dispatchInputs, eventPayload, githubContext, notTriggered, type RunIdentity } from './event.js';
import { child, rawJob, StartupFailure, WorkflowLoader, type Workflow } from './load.js';
import { defaultPermissions, excess, readPermissions, type Permissions } from './permissions.js';
import type { EngineOptions, RunReport, RunState } from './types.js';
import { runFrame } from './workflow.js';

const MAX_DEPTH = 10;

/** Every reusable workflow the run can reach, loaded and checked before any job starts. */
async function checkCalls(
  loader: WorkflowLoader,
  workflow: Workflow,
  granted: Permissions,
  problems: string[],
  depth: number,
): Promise<void> {
  for (const job of workflow.template.jobs ?? []) {
    if (job.type !== 'reusableWorkflowJob') continue;
    const at = `${workflow.fileName(job.ref.file)}:${job.ref.range?.start.line ?? 0}`;
    if (depth >= MAX_DEPTH) {
      problems.push(`${at}: more than ${MAX_DEPTH} levels of reusable workflows`);
      continue;
    }
    let called: Workflow;
    try {
      called = await loader.load(loader.resolveReference(job.ref.value));
    } catch (error) {
      if (error instanceof StartupFailure) problems.push(...error.problems);
      else problems.push(`${at}: ${(error as Error).message}`);
      continue;
    }
    const raw = rawJob(workflow, job.id.value);
    const grant =
      readPermissions(child(raw, 'permissions')) ??
      readPermissions(child(workflow.root, 'permissions')) ??
      granted;
    const own = readPermissions(child(called.root, 'permissions'));
    for (const nested of called.template.jobs ?? []) {
      const requested =
        readPermissions(child(rawJob(called, nested.id.value), 'permissions')) ?? own ?? grant;
      problems.push(
        ...excess(nested.id.value, requested, grant).map((m) => `${called.file} (called from ${at}): ${m}`),
      );
    }
    await checkCalls(loader, called, own ?? grant, problems, depth + 1);
  }
}

function newReport(): RunReport {
  return { ok: false, problems: [], workflows: [], jobs: [], standIns: [], violations: [] };
}

export async function runWorkflow(options: EngineOptions): Promise<RunReport> {
  const report = newReport();
  const loader = new WorkflowLoader(options.root ?? ROOT);
  const runDir = options.runDir ?? mkdtempSync(join(tmpdir(), 'workflow-run-'));
  const violationsBefore = options.github.violations.length;
  const temps: string[] = [];
  const log = options.log ?? (() => {});
  try {
    let caller: Workflow;
    try {
      caller = await loader.load(options.caller);
    } catch (error) {
      if (!(error instanceof StartupFailure)) throw error;
      report.problems.push(...error.problems);
      return report;
    }
    const refused = notTriggered(caller.template, caller.file, options.event);
    if (refused) {
      report.problems.push(`not triggered: ${refused}`);
      return report;
    }
    const dispatch =
      options.event.name === 'workflow_dispatch'
        ? dispatchInputs(caller.template, options.event.inputs ?? {})
        : { inputs: {}, problems: [] };
    report.problems.push(...dispatch.problems.map((p) => `${caller.file}: ${p}`));
    const permissions =
      readPermissions(child(caller.root, 'permissions')) ??
      defaultPermissions(options.defaultPermissions ?? 'restricted');
    await checkCalls(loader, caller, permissions, report.problems, 1);
    if (report.problems.length) return report;

    const name = child(caller.root, 'name');
    const identity: RunIdentity = {
      repository: options.repository,
      event: options.event,
      github: options.github,
      runId: options.runId ?? 1,
      workflowPath: `.github/workflows/${caller.file.split('/').pop()}`,
      workflowName: name && isString(name) ? name.value : caller.file,
      actor: options.actor ?? 'octocat',
    };
    const payload = eventPayload(identity, dispatch.inputs);
    const secrets = { ...options.secrets, GITHUB_TOKEN: options.github.token };
    const state: RunState = {
      options,
      loader,
      fixtures: options.fixtures ?? builtInFixtures(),
      artifacts: new ArtifactStore(join(runDir, 'artifacts')),
      identity,
      payload,
      github: githubContext(identity, payload),
      runDir,
      masks: new Set(Object.values(secrets).filter((s) => s.trim() !== '')),
      report,
      temps,
      jobCount: 0,
      log,
    };
    log(
      `━━ ${caller.file} · ${options.event.name} ${options.event.ref} (${options.event.sha.slice(0, 12)}) in ${options.repository}`,
    );
    const { result } = await runFrame(state, {
      workflow: caller,
      inputs: dispatch.inputs,
      secrets,
      permissions,
      groups: [],
      prefix: '',
    });
    report.violations = options.github.violations.slice(violationsBefore);
    for (const v of report.violations)
      report.problems.push(`sandbox contract violation: ${v.kind} ${v.method} ${v.path}: ${v.details}`);
    report.ok = result === 'success' && report.problems.length === 0;
    return report;
  } finally {
    for (const temp of temps) rmSync(temp, { recursive: true, force: true });
    if (options.runDir === undefined) rmSync(runDir, { recursive: true, force: true });
  }
}
