/**
 * Running a guide's steps as a person would, one after the other in one folder: each under
 * `bash -euo pipefail` in a process group of its own, with a timeout; exported variables carried to
 * the next step as Runme carries them; a background step (a server) started, probed until ready and
 * left running until the guide ends. Whatever happens — a failure, a timeout, a thrown error — every
 * process a step started is stopped before the guide is over.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { killMarked } from '../../../shared/src/process/group.js';
import { finishBackground, startBackground, type Background } from './background.js';
import { matchOutput } from './expect.js';
import type { GuideStep } from './guide.js';
import {
  exitReason,
  firstLineOf,
  NOT_CARRIED,
  printLog,
  seconds,
  start,
  type GuideRunOptions,
  type StepOutcome,
} from './step-process.js';

export type { GuideRunOptions, StepOutcome, StepResult } from './step-process.js';

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
    const escaped = await killMarked(options.marker.name, options.marker.value);
    if (escaped > 0) {
      options.log.warning(
        `${escaped} process(es) started by ${steps[0]?.guide ?? 'the guide'} had left their process group; they were killed`,
      );
    }
  }
  // A background step's outcome is final only once it was stopped.
  return outcomes.map((o) => backgrounds.find((bg) => bg.outcome.step === o.step)?.outcome ?? o);
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
