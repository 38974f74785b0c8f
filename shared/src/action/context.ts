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
  /**
   * The webhook payload, {} when there is none. Read from GITHUB_EVENT_PATH on first use, not before:
   * an action that never looks at it runs whatever that file holds; one that does gets a UserError
   * naming the file when it is not JSON.
   */
  readonly event: Record<string, unknown>;
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
  let event: Record<string, unknown> | undefined;
  const eventPath = env.GITHUB_EVENT_PATH;
  return {
    owner,
    repo,
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    get event() {
      return (event ??= readEvent(eventPath));
    },
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? tmpdir(),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
  };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `GITHUB_EVENT_PATH points at ${path}, which cannot be read (${(error as Error).message})`,
      { cause: error },
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `GITHUB_EVENT_PATH points at ${path}, which is not JSON (${(error as Error).message}); the runner writes the event's payload there`,
      { cause: error },
    );
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw new UserError(
      `GITHUB_EVENT_PATH points at ${path}, which holds no JSON object (the event's payload)`,
    );
  return payload as Record<string, unknown>;
}
