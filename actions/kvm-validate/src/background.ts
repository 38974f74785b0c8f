/**
 * Background steps (a server the guide starts and talks to later): started in their own process
 * group, probed until ready — a TCP port on 127.0.0.1 (or ::1), or a command that succeeds — before
 * the next step runs, and stopped when the guide ends. One that dies on its own before the end fails.
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import { spawnGroup } from '../../../shared/src/process/group.js';
import type { GuideStep } from './guide.js';
import {
  exitReason,
  fileStem,
  seconds,
  start,
  type GuideRunOptions,
  type Started,
  type StepOutcome,
} from './step-process.js';

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

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

export interface Background extends Started {
  outcome: StepOutcome;
}

/** Start a background step and wait until its probe answers (or it dies, or its time is up). */
export async function startBackground(
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
export async function finishBackground(bg: Background, options: GuideRunOptions): Promise<void> {
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
