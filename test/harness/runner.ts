/**
 * Run a bundled action exactly as a GitHub runner does: `node24 dist/<name>/index.js` in a fresh
 * environment with INPUT_* (action.yml defaults filled in), the GITHUB_* variables, and real
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE files; then read back what the
 * runner would: exit code, the log with `::add-mask::` values masked, outputs, summary, annotations.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseOutputFile } from '../../shared/src/cli/commands.js';
import { readLikeTheRunner, type RunnerCommand } from './commands.js';

export type { RunnerCommand } from './commands.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Node 24 from the node@24 npm package (aliased node24): the runtime of `runs.using: node24`. */
export const NODE24 = join(ROOT, 'node_modules/node24/bin/node');

export interface RunOptions {
  /** Action name: runs dist/<action>/index.js with actions/<action>/action.yml defaults. */
  action: string;
  inputs?: Record<string, string | number | boolean | undefined>;
  /** GitHub to talk to (the sandbox): sets GITHUB_API_URL, GITHUB_SERVER_URL and the token default. */
  github?: { apiUrl: string; serverUrl: string; token: string };
  repository?: string;
  sha?: string;
  ref?: string;
  eventName?: string;
  event?: Record<string, unknown>;
  /** The event file's text as it is (for a malformed one); overrides `event`. */
  eventText?: string;
  /** GITHUB_WORKSPACE and the process's working directory. */
  workspace?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Called once the process is spawned (to kill it mid-run in crash tests). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** stdout+stderr as the runner shows it: masked values replaced by ***, workflow commands kept. */
  log: string;
  /** Unmasked stdout, to prove a secret was masked before it was ever printed. */
  rawStdout: string;
  stderr: string;
  masks: string[];
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Every line the runner would execute as a workflow command (stdout, then stderr). */
  commands: RunnerCommand[];
  runnerTemp: string;
  durationMs: number;
}

/** Run dist/<action>/index.js under Node 24 and collect what the runner would. */
export async function runAction(options: RunOptions): Promise<RunResult> {
  const entry = join(ROOT, 'dist', options.action, 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build`);
  const runnerTemp = mkdtempSync(join(tmpdir(), `runner-${options.action}-`));
  const files = {
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'step_summary'),
    GITHUB_ENV: join(runnerTemp, 'env'),
    GITHUB_STATE: join(runnerTemp, 'state'),
    GITHUB_PATH: join(runnerTemp, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, options.eventText ?? JSON.stringify(options.event ?? {}));
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'workspace-'));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerTemp, 'tool-cache'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'octo-org/octo-repo').split('/')[0] ?? '',
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTION: options.action.replace(/-/g, '_'),
    GITHUB_API_URL: options.github?.apiUrl ?? 'https://api.github.com',
    GITHUB_SERVER_URL: options.github?.serverUrl ?? 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.github?.apiUrl ?? 'https://api.github.com'}/graphql`,
    ...files,
    ...inputEnv(options),
    ...options.env,
  };

  const started = Date.now();
  const child = spawn(NODE24, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // Below jest's own 60 s, so a hung action fails with its log rather than with jest's timeout.
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
  timeout.unref();
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, sig) => done([code, sig]));
  });
  clearTimeout(timeout);

  const reading = readLikeTheRunner(stdout, stderr);
  return {
    exitCode,
    signal,
    log: reading.log,
    rawStdout: stdout,
    stderr: reading.stderrLog,
    masks: reading.masks,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: annotationsOf(reading.commands),
    commands: reading.commands,
    runnerTemp,
    durationMs: Date.now() - started,
  };
}

/**
 * Mask as the runner does: a value is masked from its `::add-mask::` line on (what was printed before
 * stays visible, which is exactly the leak a test must be able to see), and the command lines go.
 */
export function maskLikeTheRunner(text: string, initial: string[] = []): { text: string; masks: string[] } {
  const { log, masks } = readLikeTheRunner(text, '', initial);
  return { text: log, masks };
}

/** INPUT_<NAME> for each given input, and for the rest action.yml's default, as the runner does. */
function inputEnv(options: RunOptions): Record<string, string> {
  const yml = parseYaml(readFileSync(join(ROOT, 'actions', options.action, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string | number | boolean }>;
  };
  const env: Record<string, string> = {};
  const key = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    if (spec.default !== undefined) env[key(name)] = evaluateDefault(String(spec.default), options);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (value !== undefined) env[key(name)] = String(value);
  }
  return env;
}

/** The few expressions our action.yml defaults use. */
function evaluateDefault(value: string, options: RunOptions): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_all, expr: string) => {
    switch (expr) {
      case 'github.token':
        return options.github?.token ?? '';
      case 'github.repository':
        return options.repository ?? 'octo-org/octo-repo';
      case 'github.sha':
        return options.sha ?? '';
      case 'github.ref':
        return options.ref ?? '';
      case 'github.workspace':
        return options.workspace ?? '';
      default:
        throw new Error(`the harness cannot evaluate \${{ ${expr} }} in an action.yml default`);
    }
  });
}

/** Parse `name=value` and `name<<DELIM ... DELIM` entries of a GITHUB_OUTPUT-style file. */
export const parseFileCommands = parseOutputFile;

/** The annotations among the commands the runner executed. */
function annotationsOf(commands: RunnerCommand[]): Annotation[] {
  return commands
    .filter((c): c is RunnerCommand & { command: Annotation['level'] } =>
      ['error', 'warning', 'notice'].includes(c.command),
    )
    .map((c) => ({ level: c.command, properties: c.properties, message: c.data }));
}

/** The exit code, with the log attached when it is not 0, so a failing expectation shows why. */
export function exitOf(result: RunResult): number | string {
  return result.exitCode === 0 ? 0 : `exit ${result.exitCode}\n${result.log}`;
}
