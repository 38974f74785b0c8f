/**
 * A job while its steps run, and what every kind of step shares: the environment the runner gives a
 * step (runner and GITHUB_* variables, the job's RUNNER_TEMP, GITHUB_PATH entries first on PATH) and
 * what the runner reads back from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { readLikeTheRunner } from '../harness/commands.js';
import type { Annotation } from '../harness/runner.js';
import { githubEnv } from './event.js';
import type { Workflow } from './load.js';
import type { Frame, RunState } from './types.js';

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

export const mask = (text: string, masks: Set<string>): string =>
  [...masks].filter(Boolean).reduce((acc, secret) => acc.split(secret).join('***'), text);

export function runnerEnv(job: JobRun, stepId: string): Record<string, string> {
  const github = job.contexts.github as Record<string, string>;
  return {
    ...job.state.options.env,
    PATH: [...job.paths, process.env.PATH ?? '/usr/bin:/bin'].join(':'),
    // A runner's home holds no one's git identity or credentials: nor does the job's here.
    HOME: join(job.dir, 'home'),
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

export interface Ran {
  ok: boolean;
  error?: string;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  envFile: Record<string, string>;
  paths: string[];
}

export const readLines = (file: string): string[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

export const annotationsOf = (commands: ReturnType<typeof readLikeTheRunner>['commands']): Annotation[] =>
  commands
    .filter((c) => ['error', 'warning', 'notice'].includes(c.command))
    .map((c) => ({ level: c.command as Annotation['level'], message: c.data, properties: c.properties }));
