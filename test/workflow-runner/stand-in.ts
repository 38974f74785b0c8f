/**
 * A step a registered stand-in runs: it gets the step as the runner would give it and fresh
 * GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY files, and what it prints is read as the runner reads a step's
 * output (workflow commands, masks), so what it does reaches later steps as a real step's would.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLikeTheRunner } from '../harness/commands.js';
import { parseFileCommands } from '../harness/runner.js';
import { appendFileCommand, runScript, StepFailure, type StepCall } from './fixtures.js';
import { annotationsOf, readLines, type JobRun, type Ran } from './job-run.js';

export async function runStandIn(
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
