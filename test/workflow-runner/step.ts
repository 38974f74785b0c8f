/**
 * One step of a job, as the runner runs it: `if:` with the job's status, `env:` and `with:` evaluated
 * (the step's own env visible to its `with:`), then either our action's bundle through the harness
 * (Node 24, INPUT_* with action.yml's defaults evaluated here, the job's RUNNER_TEMP) or a registered
 * stand-in; GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY read back after it, and
 * `steps.<id>` set for the steps after it.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isActionStep, isRunStep } from '@actions/workflow-parser/model/type-guards';
import type { Step } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/index';
import { readLikeTheRunner } from '../harness/commands.js';
import { parseFileCommands, ROOT, runAction, type Annotation } from '../harness/runner.js';
import { actionDefaults } from './action.js';
import {
  asString,
  evaluateStringMap,
  evaluateToken,
  ExpressionProblem,
  truthy,
  type Scope,
} from './expressions.js';
import { githubEnv } from './event.js';
import { appendFileCommand, runScript, StepFailure, type StepCall } from './fixtures.js';
import { child, isOwn } from './load.js';
import type { Frame, Result, RunState, StepReport } from './types.js';
import type { Workflow } from './load.js';

/** A job while its steps run. */
export interface JobRun {
  state: RunState;
  frame: Frame;
  workflow: Workflow;
  id: string;
  name: string;
  dir: string;
  workspace: string;
  temp: string;
  eventPath: string;
  /** github, inputs, vars, needs, strategy, matrix, secrets, job, runner, steps. */
  contexts: Record<string, unknown>;
  /** Workflow and job `env:`, then what steps wrote to GITHUB_ENV. */
  env: Record<string, string>;
  /** GITHUB_PATH entries, newest first. */
  paths: string[];
  defaults: { shell?: string; workingDirectory?: string };
  status: 'success' | 'failure';
  matrix: Record<string, unknown>;
  timeoutMinutes?: number;
}

/** The action name when `uses:` names one of ours: `./actions/x`, `$/actions/x`, `<own>/actions/x@ref`. */
export function ownAction(uses: string): string | undefined {
  let path: string | undefined;
  if (uses.startsWith('./') || uses.startsWith('$/')) path = uses.slice(2);
  else {
    const m = /^([^/@]+)\/([^/@]+)\/([^@]+)@[^@]+$/.exec(uses);
    if (m && isOwn(m[1]!, m[2]!)) path = m[3];
  }
  const name = path === undefined ? undefined : /^actions\/([^/]+)\/?$/.exec(path)?.[1];
  return name && existsSync(join(ROOT, 'actions', name, 'action.yml')) ? name : undefined;
}

const mask = (text: string, masks: Set<string>): string =>
  [...masks].filter(Boolean).reduce((acc, secret) => acc.split(secret).join('***'), text);

function runnerEnv(job: JobRun, stepId: string): Record<string, string> {
  const github = job.contexts.github as Record<string, string>;
  return {
    ...job.state.options.env,
    PATH: [...job.paths, process.env.PATH ?? '/usr/bin:/bin'].join(':'),
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'workflow engine',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: job.temp,
    RUNNER_TOOL_CACHE: join(job.dir, 'tool-cache'),
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_REPOSITORY: github.repository!,
    GITHUB_REPOSITORY_OWNER: github.repository_owner!,
    GITHUB_SHA: github.sha!,
    GITHUB_REF: github.ref!,
    GITHUB_EVENT_NAME: github.event_name!,
    GITHUB_EVENT_PATH: job.eventPath,
    GITHUB_SERVER_URL: github.server_url!,
    GITHUB_API_URL: github.api_url!,
    GITHUB_GRAPHQL_URL: github.graphql_url!,
    ...githubEnv(github),
    GITHUB_ACTION: stepId,
  };
}

interface Ran {
  ok: boolean;
  error?: string;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  envFile: Record<string, string>;
  paths: string[];
}

const readLines = (file: string): string[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

const annotationsOf = (commands: ReturnType<typeof readLikeTheRunner>['commands']): Annotation[] =>
  commands
    .filter((c) => ['error', 'warning', 'notice'].includes(c.command))
    .map((c) => ({ level: c.command as Annotation['level'], message: c.data, properties: c.properties }));

async function runOwn(
  job: JobRun,
  name: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  scope: Scope,
  timeoutMinutes: number,
): Promise<Ran> {
  const { state } = job;
  const github = job.contexts.github as Record<string, string>;
  const { defaults, declared, unexpected } = actionDefaults(name, scope, Object.keys(inputs));
  const result = await runAction({
    action: name,
    inputs: { ...defaults, ...inputs },
    github: {
      apiUrl: state.options.github.apiUrl,
      serverUrl: state.options.github.serverUrl,
      token: state.options.github.token,
    },
    repository: github.repository!,
    sha: github.sha!,
    ref: github.ref!,
    eventName: github.event_name!,
    event: state.payload,
    workspace: job.workspace,
    env,
    timeoutMs: timeoutMinutes * 60_000,
  });
  state.temps.push(result.runnerTemp);
  for (const m of result.masks) state.masks.add(m);
  const annotations = result.annotations;
  if (unexpected.length)
    annotations.unshift({
      level: 'warning',
      properties: {},
      message: `Unexpected input(s) ${unexpected.map((u) => `'${u}'`).join(', ')}, valid inputs are [${declared.map((d) => `'${d}'`).join(', ')}]`,
    });
  const error =
    result.exitCode === 0
      ? undefined
      : (annotations.filter((a) => a.level === 'error').pop()?.message ??
        (result.signal
          ? `killed by ${result.signal} (timeout ${timeoutMinutes} min)`
          : `exit code ${result.exitCode}`));
  return {
    ok: result.exitCode === 0,
    ...(error !== undefined ? { error } : {}),
    log: result.log,
    outputs: result.outputs,
    summary: result.summary,
    annotations,
    envFile: parseFileCommands(readFileSync(join(result.runnerTemp, 'env'), 'utf8')),
    paths: readLines(join(result.runnerTemp, 'path')),
  };
}

async function runStandIn(
  job: JobRun,
  call: Omit<StepCall, 'setOutput' | 'exportVariable' | 'addPath' | 'summary' | 'log' | 'runScript' | 'env'>,
  env: Record<string, string>,
  fixture: (s: StepCall) => void | Promise<void>,
  index: number,
): Promise<Ran> {
  const dir = join(job.dir, 'steps', String(index));
  mkdirSync(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  let stdout = '';
  const step: StepCall = {
    ...call,
    env: { ...env, ...files },
    setOutput: (n, v) => appendFileCommand(files.GITHUB_OUTPUT, n, v),
    exportVariable: (n, v) => appendFileCommand(files.GITHUB_ENV, n, v),
    addPath: (d) => appendFileSync(files.GITHUB_PATH, `${d}\n`),
    summary: (md) => appendFileSync(files.GITHUB_STEP_SUMMARY, md),
    log: (text) => (stdout += text.endsWith('\n') || text === '' ? text : `${text}\n`),
    runScript: (options) => runScript(step, options),
  };
  let error: string | undefined;
  try {
    await fixture(step);
  } catch (e) {
    error = e instanceof StepFailure ? e.message : `the stand-in threw: ${(e as Error).stack ?? String(e)}`;
  }
  const reading = readLikeTheRunner(stdout, '', [...job.state.masks]);
  for (const m of reading.masks) job.state.masks.add(m);
  return {
    ok: error === undefined,
    ...(error !== undefined ? { error } : {}),
    log: reading.log,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: annotationsOf(reading.commands),
    envFile: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    paths: readLines(files.GITHUB_PATH),
  };
}

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
    if (!truthy(evaluateToken(step.if, base, fileName))) return finish('skipped', 'skipped');
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
    const own = uses ? ownAction(uses) : undefined;
    let ran: Ran;
    if (own) {
      report.kind = 'action';
      report.detail = own;
      ran = await runOwn(job, own, inputs, processEnv, inner, timeoutMinutes);
    } else {
      const userId = child(raw, 'id') ? step.id : undefined;
      const plainName = report.name;
      const keys = uses
        ? [`${job.id}/${uses.replace(/@.*$/, '')}`, uses.replace(/@.*$/, '')]
        : [userId && `${job.id}/${userId}`, userId, `${job.id}/${plainName}`, plainName].filter(
            (k): k is string => !!k,
          );
      const found = state.fixtures.find(keys);
      if (!found) {
        report.kind = 'missing';
        report.error = `No stand-in for step '${report.name}' (${uses ? `uses: ${uses}` : 'run:'}) of job ${job.id} in ${workflow.file}: register fixtures.${uses ? `uses('${keys[1]}'` : `run('${keys[keys.length - 1]}'`}, …)`;
        return finish('failure', 'failure');
      }
      report.kind = 'stand-in';
      report.detail = `${found.key}: ${found.description}`;
      state.report.standIns.push({
        workflow: workflow.file,
        job: job.name,
        step: report.name,
        key: found.key,
        description: found.description,
      });
      const workingDirectory = resolve(
        job.workspace,
        asString(
          evaluateToken(child(raw, 'working-directory'), inner, fileName),
          { file: workflow.file },
          'working-directory',
        ) ||
          job.defaults.workingDirectory ||
          '.',
      );
      const shell =
        asString(evaluateToken(child(raw, 'shell'), inner, fileName), { file: workflow.file }, 'shell') ||
        job.defaults.shell;
      ran = await runStandIn(
        job,
        {
          key: found.key,
          kind: uses ? 'uses' : 'run',
          ...(uses ? { uses } : {}),
          ...(script
            ? { script: asString(evaluateToken(script, inner, fileName), { file: workflow.file }, 'run') }
            : {}),
          ...(shell ? { shell } : {}),
          id: step.id,
          name: report.name,
          with: inputs,
          workingDirectory,
          workspace: job.workspace,
          runnerTemp: job.temp,
          workflow: workflow.file,
          job: job.name,
          matrix: job.matrix,
          github: job.contexts.github as Record<string, unknown>,
          sandbox: state.options.github,
          artifacts: state.artifacts,
        },
        processEnv,
        found.fixture,
        index,
      );
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
