/**
 * A workflow's jobs in `needs` order, one at a time (GitHub runs ready jobs in parallel; their order
 * here is file order among the ready ones). A job's `if:` is evaluated with its needs' results
 * (`success()`: every needed job succeeded; `failure()`: one of its ancestors failed), so a job whose
 * needs failed or were skipped is skipped unless its `if:` says otherwise. Matrices expand into legs
 * (fail-fast cancels the legs after a failed one); a `uses:` job runs the called workflow with the
 * caller's inputs checked against `on.workflow_call.inputs` and maps its outputs back.
 */
import type { WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import { isMapping, isString } from '@actions/workflow-parser';
import { evaluateToken, ExpressionProblem, text, truthy, whereOf, type Scope } from './expressions.js';
import { runJobLeg, printJob } from './job.js';
import { callWorkflow } from './call.js';
import { child, rawJob, workflowCall } from './load.js';
import { expandMatrix, legLabel } from './matrix.js';
import { readPermissions } from './permissions.js';
import type { Frame, JobOutcome, JobReport, Result, RunState, WorkflowReport } from './types.js';

/** `success` when every leg succeeded; a failure or cancellation wins; skipped when all were. */
function combine(results: Result[]): Result {
  if (results.includes('failure')) return 'failure';
  if (results.includes('cancelled')) return 'cancelled';
  if (results.length && results.every((r) => r === 'skipped')) return 'skipped';
  return 'success';
}

/** A concurrency value (`group` string or mapping) evaluated; undefined when absent. */
function concurrencyGroup(
  token: Parameters<typeof evaluateToken>[0],
  scope: Scope,
  fileName: (id: number | undefined) => string,
): string | undefined {
  const value = evaluateToken(token, scope, fileName);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'object') return text((value as { group?: unknown }).group);
  return text(value);
}

function ancestors(jobs: WorkflowJob[], id: string, seen = new Set<string>()): Set<string> {
  const job = jobs.find((j) => j.id.value === id);
  for (const need of job?.needs ?? []) {
    if (seen.has(need.value)) continue;
    seen.add(need.value);
    ancestors(jobs, need.value, seen);
  }
  return seen;
}

export async function runFrame(
  state: RunState,
  frame: Frame,
): Promise<{ result: Result; outputs: Record<string, string> }> {
  const { workflow } = frame;
  const fileName = workflow.fileName;
  const base = {
    github: state.github,
    inputs: frame.inputs,
    vars: state.options.vars ?? {},
    secrets: frame.secrets,
  };
  const report: WorkflowReport = {
    file: workflow.file,
    ...(frame.calledBy ? { calledBy: frame.calledBy } : {}),
    jobs: [],
  };
  state.report.workflows.push(report);
  const done = new Map<string, JobOutcome>();
  let workflowEnv: Record<string, string>;
  const groups = [...frame.groups];
  try {
    workflowEnv = Object.fromEntries(
      Object.entries(
        (evaluateToken(workflow.template.env, { contexts: base }, fileName) ?? {}) as Record<string, unknown>,
      ).map(([k, v]) => [k, text(v)]),
    );
    const group = concurrencyGroup(workflow.template.concurrency, { contexts: base }, fileName);
    if (group !== undefined) {
      if (groups.includes(group))
        throw new Error(
          `Canceling since a deadlock for concurrency group '${group}' was detected between 'top level workflow' and '${workflow.file}'`,
        );
      groups.push(group);
    }
  } catch (error) {
    const message = (error as Error).message;
    state.report.problems.push(message);
    return { result: 'failure', outputs: {} };
  }
  const jobs = workflow.template.jobs ?? [];
  const pending = [...jobs];
  while (pending.length) {
    const index = pending.findIndex((j) => (j.needs ?? []).every((n) => done.has(n.value)));
    const job = pending.splice(index < 0 ? 0 : index, 1)[0]!;
    const outcome = await runJob(state, frame, job, done, jobs, workflowEnv, groups);
    done.set(job.id.value, outcome.outcome);
    report.jobs.push({
      id: job.id.value,
      result: outcome.outcome.result,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
    });
  }
  const results = [...done.values()].map((o) => o.result);
  const result = results.some((r) => r === 'failure' || r === 'cancelled') ? 'failure' : 'success';
  // A called workflow's outputs: on.workflow_call.outputs.<name>.value against the jobs context.
  const outputs: Record<string, string> = {};
  const defs = child(workflowCall(workflow), 'outputs');
  if (defs && isMapping(defs) && frame.calledBy) {
    const jobsContext = Object.fromEntries(
      [...done].map(([id, o]) => [id, { result: o.result, outputs: o.outputs }]),
    );
    for (const pair of defs) {
      const name = pair.key.toString();
      try {
        const value = evaluateToken(
          child(pair.value, 'value'),
          { contexts: { ...base, jobs: jobsContext } },
          fileName,
        );
        outputs[name] = text(value);
      } catch (error) {
        if (!(error instanceof ExpressionProblem)) throw error;
        state.report.problems.push(error.message);
      }
    }
  }
  return { result, outputs };
}

async function runJob(
  state: RunState,
  frame: Frame,
  job: WorkflowJob,
  done: Map<string, JobOutcome>,
  jobs: WorkflowJob[],
  workflowEnv: Record<string, string>,
  groups: string[],
): Promise<{ outcome: JobOutcome; reason?: string }> {
  const { workflow } = frame;
  const fileName = workflow.fileName;
  const id = job.id.value;
  const raw = rawJob(workflow, id);
  const needs = Object.fromEntries((job.needs ?? []).map((n) => [n.value, done.get(n.value)]));
  const upstream = ancestors(jobs, id);
  const lineage = jobs.map((j) => j.id.value).filter((j) => upstream.has(j));
  // Job-level success() is transitive: a failed or skipped ancestor, even behind a job that ran with
  // always(), makes it false (actions/runner#2205), as failure() sees a failure anywhere upstream.
  const status = {
    success: () => lineage.every((a) => done.get(a)?.result === 'success'),
    failure: () => lineage.some((a) => done.get(a)?.result === 'failure'),
    cancelled: () => false,
  };
  const base = {
    github: { ...state.github, job: id },
    inputs: frame.inputs,
    vars: state.options.vars ?? {},
    needs,
  };
  const name = job.name && isString(job.name) ? job.name.value : id;
  const settle = (
    legName: string,
    result: Result,
    reason: string,
  ): { outcome: JobOutcome; reason: string } => {
    const report: JobReport = {
      name: `${frame.prefix}${legName}`,
      ...{ id, workflow: workflow.file, result, reason },
      ...{ steps: [], outputs: {}, summary: '' },
    };
    state.report.jobs.push(report);
    printJob(state, report);
    return { outcome: { result, outputs: {} }, reason };
  };
  const skip = (reason: string) => settle(name, 'skipped', reason);
  const fail = (error: unknown, legName = name) => {
    if (error instanceof ExpressionProblem) state.report.problems.push(error.message);
    return settle(legName, 'failure', (error as Error).message);
  };
  let legs: Record<string, unknown>[];
  let failFast: boolean;
  try {
    if (!truthy(evaluateToken(job.if, { contexts: base, status }, fileName))) {
      const written = child(raw, 'if');
      if (written)
        return skip(
          `if: ${isString(written) ? written.value : ((written as { expression?: string }).expression ?? '')}`,
        );
      const unmet = lineage.filter((a) => done.get(a)?.result !== 'success');
      return skip(`needs ${unmet.map((a) => `${a} (${done.get(a)?.result})`).join(', ')}`);
    }
    const strategy = (evaluateToken(job.strategy, { contexts: base }, fileName) ?? {}) as Record<
      string,
      unknown
    >;
    failFast = strategy['fail-fast'] !== false;
    try {
      legs = expandMatrix(strategy.matrix);
    } catch (error) {
      throw new ExpressionProblem(
        whereOf(child(raw, 'strategy')!, fileName),
        'strategy.matrix',
        (error as Error).message,
      );
    }
  } catch (error) {
    return fail(error);
  }
  const granted =
    readPermissions(child(raw, 'permissions')) ??
    readPermissions(child(workflow.root, 'permissions')) ??
    frame.permissions;
  const outcomes: JobOutcome[] = [];
  const cancel = (legName: string, reason: string): void => {
    outcomes.push(settle(legName, 'cancelled', reason).outcome);
  };
  for (const [index, matrix] of legs.entries()) {
    const strategyContext = {
      'fail-fast': failFast,
      'job-index': index,
      'job-total': legs.length,
      'max-parallel': legs.length,
    };
    const scope: Scope = { contexts: { ...base, matrix, strategy: strategyContext } };
    let legName: string;
    let concurrency: string | undefined;
    try {
      legName = job.name ? text(evaluateToken(job.name, scope, fileName)) : id;
      if (Object.keys(matrix).length && !/matrix\./.test(job.name?.toString() ?? ''))
        legName = `${legName} ${legLabel(matrix)}`;
      concurrency = concurrencyGroup(job.concurrency, scope, fileName);
    } catch (error) {
      outcomes.push(fail(error).outcome);
      continue;
    }
    // fail-fast: GitHub cancels the legs still queued or running once one fails.
    if (failFast && outcomes.some((o) => o.result === 'failure')) {
      cancel(legName, 'fail-fast: an earlier leg of the matrix failed');
      continue;
    }
    if (concurrency !== undefined && groups.includes(concurrency)) {
      const reason = `Canceling since a deadlock for concurrency group '${concurrency}' was detected between 'top level workflow' and '${id}'`;
      state.report.problems.push(`${workflow.file}#${id}: ${reason}`);
      cancel(legName, reason);
      continue;
    }
    if (job.type === 'reusableWorkflowJob') {
      try {
        outcomes.push(
          await callWorkflow(
            state,
            frame,
            job,
            scope,
            legName,
            granted,
            concurrency ? [...groups, concurrency] : groups,
          ),
        );
      } catch (error) {
        outcomes.push(fail(error, legName).outcome);
      }
      continue;
    }
    outcomes.push(
      await runJobLeg(state, frame, {
        job,
        raw,
        name: legName,
        needs,
        matrix,
        strategy: strategyContext,
        workflowEnv,
        permissions: granted,
        ...(concurrency ? { concurrency } : {}),
      }),
    );
  }
  const outputs: Record<string, string> = {};
  for (const o of outcomes) for (const [k, v] of Object.entries(o.outputs)) if (v !== '') outputs[k] = v;
  return { outcome: { result: combine(outcomes.map((o) => o.result)), outputs } };
}
