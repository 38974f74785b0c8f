/**
 * One step of a job, as the runner runs it: `if:` with the job's status, `env:` and `with:` evaluated
 * (the step's own env visible to its `with:`), then either our action's bundle through the harness
 * (Node 24, INPUT_* with action.yml's defaults evaluated here, the job's RUNNER_TEMP) or a registered
 * stand-in; GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY read back after it, and
 * `steps.<id>` set for the steps after it.
 */
import { resolve } from 'node:path';
import { isActionStep, isRunStep } from '@actions/workflow-parser/model/type-guards';
import type { Step } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/index';
import {
  asString,
  evaluateStringMap,
  evaluateToken,
  ExpressionProblem,
  truthy,
  type Scope,
} from './expressions.js';
import { mask, runnerEnv, type JobRun, type Ran } from './job-run.js';
import { child } from './load.js';
import { ownAction, runOwn } from './own-action.js';
import { runStandIn } from './stand-in.js';
import type { Result, StepReport } from './types.js';

/** Run step `index` of the job; returns its report and updates the job (status, env, steps context). */
export async function runStep(
  job: JobRun,
  step: Step,
  raw: MappingToken,
  index: number,
): Promise<StepReport> {
  const { state, workflow } = job;
  const fileName = workflow.fileName;
  const steps = job.contexts.steps as Record<string, unknown>;
  const scope = (env: Record<string, string>): Scope => ({
    contexts: { ...job.contexts, env },
    status: {
      success: () => job.status === 'success',
      failure: () => job.status === 'failure',
      cancelled: () => false,
    },
    workspace: job.workspace,
  });
  if (!isActionStep(step) && !isRunStep(step))
    throw new Error(`${workflow.file}: step ${step.id} is neither uses: nor run:`);
  const uses = isActionStep(step) ? step.uses.value : undefined;
  const script = 'run' in step ? step.run : undefined;
  const started = Date.now();
  const report: StepReport = {
    id: step.id,
    name: uses ? `Run ${uses}` : 'Run',
    kind: 'none',
    detail: '',
    outcome: 'success',
    conclusion: 'success',
    durationMs: 0,
    log: '',
    summary: '',
    annotations: [],
  };
  const finish = (outcome: Result, conclusion: Result, outputs: Record<string, string> = {}): StepReport => {
    steps[step.id] = { outputs, outcome, conclusion };
    report.outcome = outcome;
    report.conclusion = conclusion;
    report.durationMs = Date.now() - started;
    if (conclusion === 'failure') job.status = 'failure';
    return report;
  };
  try {
    const base = scope(job.env);
    if (step.name)
      report.name = asString(evaluateToken(step.name, base, fileName), { file: workflow.file }, 'name');
    else if (script) report.name = `Run ${String(evaluateToken(script, base, fileName)).split('\n')[0]}`;
    const own = uses ? ownAction(uses) : undefined;
    const keys = standInKeys(job.id, raw, step.id, report.name, uses);
    const found = own ? undefined : state.fixtures.find(keys);
    if (!truthy(evaluateToken(step.if, base, fileName))) {
      // Nothing needed it this time; say so, since a run where it is not skipped would fail.
      if (!own && !found) report.detail = 'no stand-in registered';
      return finish('skipped', 'skipped');
    }
    const stepEnv = evaluateStringMap('env' in step ? step.env : undefined, base, fileName);
    const env = { ...job.env, ...stepEnv };
    const inner = scope(env);
    const inputs = evaluateStringMap(child(raw, 'with'), inner, fileName);
    const coe = step['continue-on-error'];
    const continueOnError =
      typeof coe === 'boolean' ? coe : coe !== undefined && truthy(evaluateToken(coe, inner, fileName));
    const timeout = evaluateToken(child(raw, 'timeout-minutes'), inner, fileName);
    const timeoutMinutes = Math.min(
      typeof timeout === 'number' ? timeout : (job.timeoutMinutes ?? 360),
      state.options.maxStepMinutes ?? 10,
    );
    const processEnv = { ...runnerEnv(job, step.id), ...env };
    let ran: Ran;
    if (own) {
      report.kind = 'action';
      report.detail = own;
      ran = await runOwn(job, own, inputs, processEnv, inner, timeoutMinutes);
    } else if (!found) {
      report.kind = 'missing';
      const register = uses ? `uses('${keys[1]}', …)` : `run('${keys[keys.length - 1]}', …)`;
      report.error = `No stand-in for step '${report.name}' (${uses ? `uses: ${uses}` : 'run:'}) of job ${job.id} in ${workflow.file}: register fixtures.${register}`;
      return finish('failure', 'failure');
    } else {
      report.kind = 'stand-in';
      report.detail = `${found.key}: ${found.description}`;
      state.report.standIns.push({
        ...{ workflow: workflow.file, job: job.name, step: report.name },
        ...{ key: found.key, description: found.description },
      });
      const text = (token: Parameters<typeof evaluateToken>[0], what: string): string =>
        asString(evaluateToken(token, inner, fileName), { file: workflow.file }, what);
      const directory = text(child(raw, 'working-directory'), 'working-directory');
      const shell = text(child(raw, 'shell'), 'shell') || job.defaults.shell;
      const call = {
        key: found.key,
        kind: uses ? ('uses' as const) : ('run' as const),
        ...(uses ? { uses } : {}),
        ...(script ? { script: text(script, 'run') } : {}),
        ...(shell ? { shell } : {}),
        ...{ id: step.id, name: report.name, with: inputs },
        workingDirectory: resolve(job.workspace, directory || job.defaults.workingDirectory || '.'),
        ...{ workspace: job.workspace, runnerTemp: job.temp, workflow: workflow.file, job: job.name },
        matrix: job.matrix,
        github: job.contexts.github as Record<string, unknown>,
        ...{ sandbox: state.options.github, artifacts: state.artifacts },
      };
      ran = await runStandIn(job, call, processEnv, found.fixture, index);
    }
    report.log = mask(ran.log, state.masks);
    report.summary = mask(ran.summary, state.masks);
    report.annotations = ran.annotations.map((a) => ({ ...a, message: mask(a.message, state.masks) }));
    Object.assign(job.env, ran.envFile);
    job.paths.unshift(...ran.paths.reverse());
    if (ran.ok) return finish('success', 'success', ran.outputs);
    report.error = ran.error ? mask(ran.error, state.masks) : 'failed';
    return finish('failure', continueOnError ? 'success' : 'failure', ran.outputs);
  } catch (error) {
    if (!(error instanceof ExpressionProblem)) throw error;
    state.report.problems.push(error.message);
    report.error = error.message;
    return finish('failure', 'failure');
  }
}

/**
 * Where a stand-in is looked up, most specific first: `<job>/<key>` then `<key>`; the key is
 * `uses:` without its ref, or a `run:` step's own `id`, else its name.
 */
function standInKeys(jobId: string, raw: MappingToken, id: string, name: string, uses?: string): string[] {
  if (uses) {
    const action = uses.replace(/@.*$/, '');
    return [`${jobId}/${action}`, action];
  }
  const own = child(raw, 'id') ? [`${jobId}/${id}`, id] : [];
  return [...own, `${jobId}/${name}`, name];
}
