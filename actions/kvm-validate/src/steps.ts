/**
 * Running a guide's steps as a person would, one after the other in one folder: each under
 * `bash -euo pipefail` in a process group of its own, with a timeout; exported variables carried to
 * the next step as Runme carries them; a background step (a server) started, probed until ready and
 * left running until the guide ends. Whatever happens — a failure, a timeout, a thrown error — every
 * process a step started is stopped before the guide is over.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Logger } from '../../../shared/src/log.js';
import { killMarked, spawnGroup, type GroupProcess } from '../../../shared/src/process/group.js';
import { matchOutput } from './expect.js';
import type { GuideStep } from './guide.js';

export type StepResult = 'passed' | 'failed' | 'timed out' | 'skipped';

export interface StepOutcome {
  step: GuideStep;
  result: StepResult;
  /** Why it failed or was skipped, in one line. */
  reason?: string;
  exitCode?: number | null;
  seconds: number;
  /** The step's output (stdout and stderr as they interleaved). */
  logFile?: string;
}

export interface GuideRunOptions {
  /** 1-based number of the guide (files of several guides share the folders). */
  guideNumber: number;
  /** Where each step's log goes (uploaded as the artifact). */
  logsDir: string;
  /** Where the step scripts and environment dumps go (never uploaded: exports may hold secrets). */
  scratchDir: string;
  /** The folder every step of the guide runs in. */
  workdir: string;
  /** The first step's environment, already without the action's own secrets. */
  env: Record<string, string>;
  defaultTimeoutSeconds: number;
  /** Milliseconds between SIGTERM and SIGKILL when a step's processes are stopped. */
  graceMs: number;
  /** Environment variable set in every step, to find processes that left their group. */
  marker: { name: string; value: string };
  log: Logger;
}

/** The variable naming the file a step's exported environment is dumped to when it exits. */
const ENV_OUT = '__KVM_VALIDATE_ENV_OUT';
/** In the dump but never carried to the next step: bash's own bookkeeping and ours. */
const NOT_CARRIED = new Set(['_', 'SHLVL', 'PWD', 'OLDPWD', ENV_OUT]);

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function fileStem(options: GuideRunOptions, step: GuideStep): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const name = step.name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60);
  return `${two(options.guideNumber)}-${two(step.index)}-${name}`;
}

/** The script bash runs: the step's commands, with the exported environment dumped on any exit. */
function wrapper(step: GuideStep): string {
  return [
    `# ${step.guide}:${step.line} — step ${step.index} (${step.name})`,
    `trap 'env -0 > "$${ENV_OUT}"' EXIT`,
    step.script,
    '',
  ].join('\n');
}

/** The exported variables a step left, from its `env -0` dump; undefined when it left none. */
async function readEnvDump(path: string): Promise<Record<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const env: Record<string, string> = {};
  for (const entry of text.split('\0')) {
    const at = entry.indexOf('=');
    if (at <= 0) continue;
    const name = entry.slice(0, at);
    if (!NOT_CARRIED.has(name)) env[name] = entry.slice(at + 1);
  }
  return env;
}

interface Started {
  proc: GroupProcess;
  logFile: string;
  envOut: string;
  startedAt: number;
}

async function start(
  step: GuideStep,
  env: Record<string, string>,
  options: GuideRunOptions,
): Promise<Started> {
  const stem = fileStem(options, step);
  const script = join(options.scratchDir, `${stem}.sh`);
  const envOut = join(options.scratchDir, `${stem}.env`);
  const logFile = join(options.logsDir, `${stem}.log`);
  await writeFile(script, wrapper(step));
  await writeFile(logFile, '');
  const startedAt = performance.now();
  const proc = await spawnGroup('bash', ['--noprofile', '--norc', '-euo', 'pipefail', script], {
    cwd: options.workdir,
    env: { ...env, [options.marker.name]: options.marker.value, [ENV_OUT]: envOut },
    logFile,
  });
  return { proc, logFile, envOut, startedAt };
}

const seconds = (since: number): number => Math.round((performance.now() - since) / 100) / 10;

function exitReason(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** Run one step to its end (or its timeout); the group is stopped either way. */
async function runForeground(
  step: GuideStep,
  env: Record<string, string>,
  options: GuideRunOptions,
): Promise<{ outcome: StepOutcome; env?: Record<string, string> }> {
  const { proc, logFile, envOut, startedAt } = await start(step, env, options);
  const limit = step.timeoutSeconds ?? options.defaultTimeoutSeconds;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limit * 1000);
  });
  const first = await Promise.race([proc.exited, timedOut]);
  clearTimeout(timer);
  const took = seconds(startedAt);
  // Whatever the step left running (`server &` without "background") goes with it.
  await proc.stop(options.graceMs);
  if (first === 'timeout') {
    return {
      outcome: {
        step,
        result: 'timed out',
        reason: `no exit within ${limit} s: its processes were stopped (SIGTERM, then SIGKILL after ${options.graceMs / 1000} s)`,
        seconds: took,
        logFile,
      },
    };
  }
  const carried = await readEnvDump(envOut);
  const base = { step, exitCode: first.code, seconds: took, logFile };
  if (first.code !== 0) {
    return { outcome: { ...base, result: 'failed', reason: exitReason(first.code, first.signal) } };
  }
  if (step.expected) {
    const match = matchOutput(step.expected.text, await readFile(logFile, 'utf8'));
    if (!match.ok) {
      return {
        outcome: {
          ...base,
          result: 'failed',
          reason: `the output differs from the expected output at ${step.guide}:${step.expected.line}: ${match.message}`,
        },
        ...(carried ? { env: carried } : {}),
      };
    }
  }
  return { outcome: { ...base, result: 'passed' }, ...(carried ? { env: carried } : {}) };
}

/** `$PORT` / `${PORT}` from the step's environment, or the number as written. */
function portOf(value: string, env: Record<string, string>): number | undefined {
  const name = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(value)?.[1];
  const port = Number(name ? env[name] : value);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

function portOpen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

interface Background extends Started {
  outcome: StepOutcome;
}

/** Start a background step and wait until its probe answers (or it dies, or its time is up). */
async function startBackground(
  step: GuideStep,
  env: Record<string, string>,
  options: GuideRunOptions,
): Promise<Background> {
  const started = await start(step, env, options);
  const { proc, logFile, startedAt } = started;
  const limit = step.timeoutSeconds ?? options.defaultTimeoutSeconds;
  const deadline = startedAt + limit * 1000;
  const probe = step.readyPort !== undefined ? `port ${step.readyPort}` : `\`${step.readyCommand}\``;
  const port = step.readyPort !== undefined ? portOf(step.readyPort, env) : undefined;
  if (step.readyPort !== undefined && port === undefined) {
    await proc.stop(options.graceMs);
    return {
      ...started,
      outcome: {
        step,
        result: 'failed',
        reason: `readyPort ${step.readyPort} is not a port number in this step's environment`,
        seconds: seconds(startedAt),
        logFile,
      },
    };
  }
  let attempt = 0;
  for (;;) {
    const exit = proc.exit();
    if (exit) {
      await proc.stop(options.graceMs);
      return {
        ...started,
        outcome: {
          step,
          result: 'failed',
          exitCode: exit.code,
          reason: `${exitReason(exit.code, exit.signal)} before it was ready (${probe})`,
          seconds: seconds(startedAt),
          logFile,
        },
      };
    }
    const ready =
      port !== undefined
        ? (await portOpen(port, '127.0.0.1')) || (await portOpen(port, '::1'))
        : await readyByCommand(step, env, options, ++attempt, deadline);
    if (ready) {
      return { ...started, outcome: { step, result: 'passed', seconds: seconds(startedAt), logFile } };
    }
    if (performance.now() >= deadline) {
      await proc.stop(options.graceMs);
      return {
        ...started,
        outcome: {
          step,
          result: 'timed out',
          reason: `not ready within ${limit} s (${probe}): its processes were stopped`,
          seconds: seconds(startedAt),
          logFile,
        },
      };
    }
    await pause(200);
  }
}

/** One run of the readiness command, in its own group, bounded by the step's deadline. */
async function readyByCommand(
  step: GuideStep,
  env: Record<string, string>,
  options: GuideRunOptions,
  attempt: number,
  deadline: number,
): Promise<boolean> {
  const logFile = join(options.scratchDir, `${fileStem(options, step)}.ready.log`);
  const proc = await spawnGroup('bash', ['--noprofile', '--norc', '-c', step.readyCommand ?? 'false'], {
    cwd: options.workdir,
    env: { ...env, [options.marker.name]: options.marker.value, KVM_VALIDATE_READY_ATTEMPT: String(attempt) },
    logFile,
  });
  let timer: NodeJS.Timeout | undefined;
  const left = Math.max(deadline - performance.now(), 100);
  const outcome = await Promise.race([
    proc.exited,
    new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), left))),
  ]);
  clearTimeout(timer);
  await proc.stop(options.graceMs);
  return outcome?.code === 0;
}

/** After the guide: stop a background step; one that died on its own before the end failed. */
async function finishBackground(bg: Background, options: GuideRunOptions): Promise<void> {
  const died = bg.proc.exit();
  await bg.proc.stop(options.graceMs);
  if (bg.outcome.result !== 'passed') return;
  if (died && (died.code !== 0 || died.signal)) {
    bg.outcome = {
      ...bg.outcome,
      result: 'failed',
      exitCode: died.code,
      reason: `${exitReason(died.code, died.signal)} before the end of the guide`,
    };
  } else {
    bg.outcome = {
      ...bg.outcome,
      reason: died ? 'exited before the end of the guide' : 'stopped at the end of the guide',
    };
  }
}

/**
 * Run a guide's steps in order. A step that fails or times out ends the guide: the steps after it are
 * reported as not run. Background steps are stopped at the end, and so is anything that escaped its
 * process group, found by the marker in its environment.
 */
export async function runGuide(
  steps: readonly GuideStep[],
  options: GuideRunOptions,
): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = [];
  const backgrounds: Background[] = [];
  let env = { ...options.env };
  let stopped: string | undefined;
  try {
    for (const step of steps) {
      if (step.skip) {
        outcomes.push({ step, result: 'skipped', reason: `${step.skip} is set`, seconds: 0 });
        continue;
      }
      if (stopped) {
        outcomes.push({ step, result: 'skipped', reason: `not run: ${stopped}`, seconds: 0 });
        continue;
      }
      options.log.info(`▶ ${step.guide} step ${step.index} (${step.name}): ${firstLineOf(step.script)}`);
      if (step.background) {
        const bg = await startBackground(step, env, options);
        backgrounds.push(bg);
        outcomes.push(bg.outcome);
        if (bg.outcome.result !== 'passed')
          stopped = `step ${step.index} (${step.name}) ${bg.outcome.result}`;
        continue;
      }
      const { outcome, env: next } = await runForeground(step, env, options);
      outcomes.push(outcome);
      await printLog(outcome, options.log);
      if (next) env = next;
      if (outcome.result !== 'passed') stopped = `step ${step.index} (${step.name}) ${outcome.result}`;
    }
  } finally {
    for (const bg of backgrounds) {
      await finishBackground(bg, options);
      await printLog(bg.outcome, options.log);
    }
    const escaped = killMarked(options.marker.name, options.marker.value);
    if (escaped > 0) {
      options.log.warning(
        `${escaped} process(es) started by ${steps[0]?.guide ?? 'the guide'} had left their process group; they were killed`,
      );
    }
  }
  // A background step's outcome is final only once it was stopped.
  return outcomes.map((o) => backgrounds.find((bg) => bg.outcome.step === o.step)?.outcome ?? o);
}

/** Bytes of a step's log printed in the job log at most (the artifact has it whole). */
const PRINT_LIMIT = 1024 * 1024;

/**
 * Print a step's output in a log group. Workflow commands are stopped around it: a guide's output
 * (`::add-mask::`, `::error::`, `::set-output`) must not speak to the runner.
 */
async function printLog(outcome: StepOutcome, log: Logger): Promise<void> {
  if (!outcome.logFile) return;
  const { step } = outcome;
  const size = (await stat(outcome.logFile)).size;
  const handle = await open(outcome.logFile, 'r');
  let text: string;
  try {
    const start = Math.max(0, size - PRINT_LIMIT);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    text = (start > 0 ? `… (the first ${start} bytes are in the artifact)\n` : '') + buffer.toString('utf8');
  } finally {
    await handle.close();
  }
  const token = randomBytes(16).toString('hex');
  await log.group(
    `${step.guide} step ${step.index} (${step.name}): ${outcome.result} in ${outcome.seconds} s`,
    () => {
      if (text !== '') {
        log.info(`::stop-commands::${token}`);
        for (const line of text.replace(/\n$/, '').split('\n')) log.info(line);
        log.info(`::${token}::`);
      }
      if (outcome.reason) log.info(`${outcome.result}: ${outcome.reason}`);
      return Promise.resolve();
    },
  );
}

function firstLineOf(script: string): string {
  const line = script.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 100 ? `${line.slice(0, 100)}…` : line;
}

/** A fresh value for the marker variable, one per guide run. */
export function newMarker(): { name: string; value: string } {
  return { name: 'KVM_VALIDATE_RUN', value: randomBytes(8).toString('hex') };
}

/**
 * What the action's environment passes on to a guide's commands: everything but the action's own
 * secrets and channels to the runner. INPUT_* holds the token; ACTIONS_* the runtime, results and
 * OIDC credentials; GITHUB_ENV/OUTPUT/PATH/STATE/STEP_SUMMARY would let a guide command change later
 * workflow steps. INSTALL_PREFIX is where the tarballs were installed.
 */
export function guideEnvironment(env: NodeJS.ProcessEnv, prefix: string): Record<string, string> {
  const withheld =
    /^(INPUT_.*|ACTIONS_.*|GITHUB_TOKEN|GH_TOKEN|GITHUB_(ENV|OUTPUT|PATH|STATE|STEP_SUMMARY))$/;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !withheld.test(name)) out[name] = value;
  }
  out.INSTALL_PREFIX = prefix;
  return out;
}
