/**
 * One leg of a job (`runs-on:` job, one matrix combination) on a fresh machine: its own workspace and
 * RUNNER_TEMP, workflow and job `env:`, `defaults.run`, then its steps in order (a failed step turns
 * the job's status to failure, so later steps run only when their `if:` says so), then its `outputs:`
 * evaluated (a value holding a secret is dropped, as GitHub drops it) and its summary put together.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Job } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/index';
import { asString, evaluateStringMap, evaluateToken, ExpressionProblem, type Scope } from './expressions.js';
import { child, rawStep } from './load.js';
import { describePermissions, type Permissions } from './permissions.js';
import type { JobRun } from './job-run.js';
import { runStep } from './step.js';
import type { Frame, JobOutcome, JobReport, RunState } from './types.js';

export interface Leg {
  job: Job;
  raw: MappingToken;
  name: string;
  needs: Record<string, unknown>;
  matrix: Record<string, unknown>;
  strategy: Record<string, unknown>;
  workflowEnv: Record<string, string>;
  permissions: Permissions;
  concurrency?: string;
}

const slug = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60);

function runsOnOptions(frame: Frame, leg: Leg, scope: Scope): { shell?: string; workingDirectory?: string } {
  const { workflow } = frame;
  const read = (token: MappingToken | undefined): { shell?: string; workingDirectory?: string } => {
    const run = child(child(token, 'defaults'), 'run');
    const shell = evaluateToken(child(run, 'shell'), scope, workflow.fileName);
    const dir = evaluateToken(child(run, 'working-directory'), scope, workflow.fileName);
    return {
      ...(typeof shell === 'string' && shell ? { shell } : {}),
      ...(typeof dir === 'string' && dir ? { workingDirectory: dir } : {}),
    };
  };
  return { ...read(workflow.root), ...read(leg.raw) };
}

export async function runJobLeg(state: RunState, frame: Frame, leg: Leg): Promise<JobOutcome> {
  const { workflow } = frame;
  const id = leg.job.id.value;
  const dir = join(
    state.runDir,
    `${String(++state.jobCount).padStart(2, '0')}-${slug(`${frame.prefix}${leg.name}`)}`,
  );
  const workspace = join(dir, 'workspace');
  const temp = join(dir, 'temp');
  for (const folder of [workspace, temp, join(dir, 'home')]) mkdirSync(folder, { recursive: true });
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(state.payload));
  const github = { ...state.github, job: id, workspace };
  const report: JobReport = {
    name: `${frame.prefix}${leg.name}`,
    id,
    workflow: workflow.file,
    result: 'success',
    permissions: describePermissions(leg.permissions),
    ...(leg.concurrency ? { concurrency: leg.concurrency } : {}),
    steps: [],
    outputs: {},
    summary: '',
  };
  state.log(
    `▶ ${report.name}  (${workflow.file}#${id}) · permissions: ${report.permissions}${leg.concurrency ? ` · concurrency: ${leg.concurrency}` : ''}`,
  );
  const contexts: Record<string, unknown> = {
    github,
    inputs: frame.inputs,
    vars: state.options.vars ?? {},
    needs: leg.needs,
    strategy: leg.strategy,
    matrix: leg.matrix,
    secrets: frame.secrets,
    job: { status: 'success', container: { id: '', network: '' }, services: {} },
    runner: {
      name: 'workflow engine',
      os: 'Linux',
      arch: 'X64',
      temp,
      tool_cache: join(dir, 'tool-cache'),
      environment: 'github-hosted',
      debug: '',
      workspace: dir,
    },
    steps: {},
  };
  const run: JobRun = {
    state,
    frame,
    workflow,
    id,
    name: report.name,
    dir,
    workspace,
    temp,
    eventPath,
    contexts,
    env: {},
    paths: [],
    defaults: {},
    status: 'success',
    matrix: leg.matrix,
  };
  try {
    const scope: Scope = { contexts: { ...contexts, env: leg.workflowEnv }, workspace };
    run.env = { ...leg.workflowEnv, ...evaluateStringMap(leg.job.env, scope, workflow.fileName) };
    run.defaults = runsOnOptions(frame, leg, { ...scope, contexts: { ...scope.contexts, env: run.env } });
    const timeout = evaluateToken(child(leg.raw, 'timeout-minutes'), scope, workflow.fileName);
    if (typeof timeout === 'number') run.timeoutMinutes = timeout;
    for (const unsupported of ['container', 'services'])
      if (child(leg.raw, unsupported))
        throw new Error(`jobs.${id}.${unsupported} is not supported by the engine`);
    for (const [index, step] of leg.job.steps.entries()) {
      (contexts.job as { status: string }).status = run.status;
      const stepReport = await runStep(run, step, rawStep(workflow, id, index), index);
      report.steps.push(stepReport);
      const mark = { success: '✓', failure: '✗', skipped: '-', cancelled: '⊘' }[stepReport.conclusion];
      state.log(
        `   ${mark} ${stepReport.name}${stepReport.detail ? ` [${stepReport.kind}: ${stepReport.detail}]` : ''}${stepReport.error ? ` — ${stepReport.error}` : ''}`,
      );
      for (const a of stepReport.annotations.filter((n) => n.level !== 'notice'))
        state.log(`     ${a.level === 'error' ? 'error' : 'warning'}: ${a.message.split('\n')[0]}`);
    }
    report.result = run.status;
    const outputScope: Scope = { contexts: { ...contexts, env: run.env }, workspace };
    const secrets = Object.values(frame.secrets).filter(Boolean);
    for (const pair of leg.job.outputs ?? []) {
      const name = String(evaluateToken(pair.key, outputScope, workflow.fileName));
      const value = asString(
        evaluateToken(pair.value, outputScope, workflow.fileName),
        { file: workflow.file },
        name,
      );
      if (secrets.some((s) => value.includes(s))) {
        report.steps.at(-1)?.annotations.push({
          level: 'warning',
          properties: {},
          message: `Skip output '${name}' since it may contain secret.`,
        });
        continue;
      }
      report.outputs[name] = value;
    }
  } catch (error) {
    const message = error instanceof ExpressionProblem ? error.message : (error as Error).message;
    if (error instanceof ExpressionProblem) state.report.problems.push(message);
    else if (!(error instanceof Error) || /is not supported/.test(message) === false) throw error;
    report.result = 'failure';
    report.reason = message;
  }
  report.summary = report.steps
    .map((s) => s.summary)
    .filter((s) => s.trim())
    .join('\n');
  state.report.jobs.push(report);
  printJob(state, report);
  return { result: report.result, outputs: report.outputs };
}

/** The job's line and its summary, as they happen. */
export function printJob(state: RunState, report: JobReport): void {
  state.log(`  ${report.name}: ${report.result}${report.reason ? ` — ${report.reason}` : ''}`);
  for (const step of report.steps.filter((s) => s.conclusion === 'failure' || s.outcome === 'failure')) {
    if (step.log.trim()) state.log(step.log.trimEnd().replace(/^/gm, '   | '));
  }
  if (report.summary.trim()) state.log(report.summary.trimEnd().replace(/^/gm, '   │ '));
}
