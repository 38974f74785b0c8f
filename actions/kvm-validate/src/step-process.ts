/**
 * One step as a process: the script bash runs (the step's commands, with the exported environment
 * dumped on any exit), its log file, its process group; and the step's log printed in the job log.
 * Shared by foreground steps (steps.ts) and background ones (background.ts).
 */
import { randomBytes } from 'node:crypto';
import { open, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../../shared/src/log.js';
import { spawnGroup, type GroupProcess } from '../../../shared/src/process/group.js';
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
export const ENV_OUT = '__KVM_VALIDATE_ENV_OUT';
/** In the dump but never carried to the next step: bash's own bookkeeping and ours. */
export const NOT_CARRIED = new Set(['_', 'SHLVL', 'PWD', 'OLDPWD', ENV_OUT]);

export function fileStem(options: GuideRunOptions, step: GuideStep): string {
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

export interface Started {
  proc: GroupProcess;
  logFile: string;
  envOut: string;
  startedAt: number;
}

export async function start(
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

export const seconds = (since: number): number => Math.round((performance.now() - since) / 100) / 10;

export function exitReason(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** Bytes of a step's log printed in the job log at most (the artifact has it whole). */
const PRINT_LIMIT = 1024 * 1024;

/**
 * Print a step's output in a log group. Workflow commands are stopped around it: a guide's output
 * (`::add-mask::`, `::error::`, `::set-output`) must not speak to the runner.
 */
export async function printLog(outcome: StepOutcome, log: Logger): Promise<void> {
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

export function firstLineOf(script: string): string {
  const line = script.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 100 ? `${line.slice(0, 100)}…` : line;
}
