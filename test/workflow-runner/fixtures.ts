/**
 * Named stand-ins for the steps the engine cannot run here: third-party actions (keyed by `uses:`
 * without its ref, `actions/checkout`) and `run:` scripts (keyed by the step's `id`, else its `name`).
 * A stand-in gets what the runner would give the step (the evaluated `with:`, the whole environment,
 * the working directory, GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY) and acts through the same files, so what
 * it does reaches later steps exactly as a real step's would. A step with no stand-in fails the job,
 * naming the step: a workflow change can never be skipped silently.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GitHubSandbox } from '../sandbox/index.js';
import type { ArtifactStore } from './artifacts.js';

/** What a stand-in gets: the step as the runner would run it. */
export interface StepCall {
  /** The key the stand-in was found under. */
  key: string;
  kind: 'uses' | 'run';
  /** `uses:` as written (with its ref). */
  uses?: string;
  /** `run:` with its expressions evaluated. */
  script?: string;
  /** `shell:` of the step (or `defaults.run.shell`); undefined for the platform default. */
  shell?: string;
  id: string;
  name: string;
  with: Record<string, string>;
  /** The whole environment the step gets: GITHUB_*, RUNNER_*, workflow/job/step `env:`, GITHUB_ENV. */
  env: Record<string, string>;
  /** Absolute: the workspace, or a run step's `working-directory` in it. */
  workingDirectory: string;
  workspace: string;
  runnerTemp: string;
  workflow: string;
  job: string;
  matrix: Record<string, unknown>;
  /** The `github` context. */
  github: Record<string, unknown>;
  sandbox: GitHubSandbox;
  artifacts: ArtifactStore;
  setOutput(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
  /** Append markdown to the step's summary. */
  summary(markdown: string): void;
  /** Print to the step's log; `::warning::`-style lines act as workflow commands. */
  log(text: string): void;
  /** Run this step's own `run:` script here (bash as GitHub runs it), with `stubs` first on PATH. */
  runScript(options?: ScriptOptions): Promise<void>;
}

export interface ScriptOptions {
  /** Executables put first on PATH for the script: name → file content (a `#!` script). */
  stubs?: Record<string, string>;
}

export type Fixture = (step: StepCall) => void | Promise<void>;

export interface Registered {
  key: string;
  description: string;
  fixture: Fixture;
  builtIn: boolean;
}

/** A step failure with the runner's one-line reason (`Process completed with exit code 1.`). */
export class StepFailure extends Error {}

export class Fixtures {
  private readonly registered = new Map<string, Registered>();

  /** Stand in for `uses: <action>@…` (`docker/login-action`, `actions/checkout`). */
  uses(action: string, description: string, fixture: Fixture): this {
    return this.add(action.replace(/@.*$/, ''), description, fixture, false);
  }

  /** Stand in for a `run:` step, by its `id` or else its `name` (optionally `<job id>/<id or name>`). */
  run(step: string, description: string, fixture: Fixture): this {
    return this.add(step, description, fixture, false);
  }

  /** A `run:` step whose own script can run here as written (stubs for tools this machine lacks). */
  script(step: string, description: string, options: ScriptOptions = {}): this {
    return this.add(step, description, (s) => s.runScript(options), false);
  }

  /** Internal: built-in stand-ins register here; a later `uses()` of the same key replaces them. */
  add(key: string, description: string, fixture: Fixture, builtIn: boolean): this {
    this.registered.set(key, { key, description, fixture, builtIn });
    return this;
  }

  /** The first registered of `keys` (most specific first). */
  find(keys: string[]): Registered | undefined {
    for (const key of keys) {
      const found = this.registered.get(key);
      if (found) return found;
    }
    return undefined;
  }

  keys(): string[] {
    return [...this.registered.keys()];
  }
}

/** The command line GitHub runs a `run:` script with on Linux, `{0}` the script file. */
export function shellCommand(shell: string | undefined): string[] {
  switch (shell) {
    case undefined:
    case '':
      return ['bash', '-e', '{0}'];
    case 'bash':
      return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'];
    case 'sh':
      return ['sh', '-e', '{0}'];
    case 'python':
      return ['python3', '{0}'];
    default:
      if (!shell.includes('{0}')) throw new StepFailure(`shell '${shell}' is not supported by the engine`);
      return shell.split(/\s+/);
  }
}

/** Run `script` as the runner does: written to a file in RUNNER_TEMP, the shell given the file. */
export async function runScript(
  call: Pick<StepCall, 'script' | 'shell' | 'env' | 'workingDirectory' | 'runnerTemp' | 'log'>,
  options: ScriptOptions = {},
): Promise<void> {
  if (call.script === undefined) throw new StepFailure('runScript: the step has no run: script');
  const dir = mkdtempSync(join(call.runnerTemp, 'script-'));
  const file = join(dir, 'script.sh');
  writeFileSync(file, call.script);
  const env = { ...call.env };
  if (options.stubs) {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const [name, content] of Object.entries(options.stubs)) {
      writeFileSync(join(bin, name), content);
      chmodSync(join(bin, name), 0o755);
    }
    env.PATH = `${bin}:${env.PATH ?? ''}`;
  }
  const [command, ...args] = shellCommand(call.shell).map((a) => (a === '{0}' ? file : a));
  const child = spawn(command!, args, {
    cwd: resolve(call.workingDirectory),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  call.log(output);
  if (code !== 0) throw new StepFailure(`Process completed with exit code ${code}.`);
}

/** GITHUB_OUTPUT / GITHUB_ENV entries in the heredoc form the toolkit writes. */
export function appendFileCommand(file: string, name: string, value: string): void {
  const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}
