/**
 * A step that uses one of our actions: its bundle run exactly as test/harness/runner.ts runs it (Node
 * 24, INPUT_* for every input, the GITHUB_* files), given action.yml's defaults as the runner
 * evaluates them and the job's environment; the runner's warning for a `with:` key it does not declare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFileCommands, ROOT, runAction } from '../harness/runner.js';
import { actionDefaults } from './action.js';
import type { Scope } from './expressions.js';
import { readLines, type JobRun, type Ran } from './job-run.js';
import { isOwn } from './load.js';

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

export async function runOwn(
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
