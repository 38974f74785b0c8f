/** The runner's environment, read once into a typed object (not at module load, so tests can set it). */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { UserError } from './errors.js';

export interface RunnerContext {
  owner: string;
  repo: string;
  /** `owner/repo` */
  repository: string;
  sha: string;
  /** Full ref: refs/tags/v1.0.0, refs/heads/main */
  ref: string;
  eventName: string;
  /** The webhook payload, {} when there is none. */
  event: Record<string, unknown>;
  workspace: string;
  runnerTemp: string;
  /** REST root: https://api.github.com or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  /** Web root: https://github.com or https://HOST. */
  serverUrl: string;
  runId: string;
}

/** Read the runner context; `GITHUB_REPOSITORY` is required, the rest default sensibly. */
export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new UserError(
      `GITHUB_REPOSITORY is ${repository === '' ? 'not set' : `'${repository}'`}: expected owner/repo (the runner sets it; set it yourself outside Actions)`,
    );
  }
  return {
    owner,
    repo,
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event: readEvent(env.GITHUB_EVENT_PATH),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? tmpdir(),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
  };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new UserError(`GITHUB_EVENT_PATH points at ${path}, which is not a readable JSON file`, {
      cause: error,
    });
  }
}
