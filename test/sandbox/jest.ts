/** One sandbox per jest test file: started in beforeAll, contract-checked after each test, stopped in afterAll. */
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startSandbox } from './server.js';
import type { GitHubSandbox, SandboxOptions } from './server.js';

/**
 * Start a sandbox for the current test file and return a getter for it. After each test the sandbox
 * must have recorded no contract violation (the test fails listing them); violations and injected
 * faults are cleared either way, so one test's leftovers never fail the next.
 */
export function useSandbox(opts?: SandboxOptions): () => GitHubSandbox {
  let sandbox: GitHubSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox(opts);
  });
  afterEach(() => {
    if (!sandbox) return;
    sandbox.clearFaults();
    try {
      sandbox.assertNoViolations();
    } finally {
      sandbox.clearViolations();
    }
  });
  afterAll(async () => {
    await sandbox?.stop();
    sandbox = undefined;
  });
  return () => {
    if (!sandbox) throw new Error('useSandbox: the sandbox is not started (use it inside tests or hooks)');
    return sandbox;
  };
}

/** Stands in for a Bottleneck.Group of the throttling plugin: schedules every job at once. */
const unlimited = {
  key: () => ({
    schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(fn(...args)),
  }),
};

export interface SandboxOctokitOptions {
  /** Add @octokit/plugin-retry and @octokit/plugin-throttling (retrying on every limit, with short waits). */
  resilient?: boolean;
  /** Authenticate with this token instead of the sandbox's. */
  token?: string;
}

/**
 * An octokit from `@actions/github` getOctokit aimed at the sandbox. With `resilient`, the retry and
 * throttling plugins are passed in as the actions do, with their wait units shortened to milliseconds
 * so retry-after values in seconds cost milliseconds in tests.
 */
export function sandboxOctokit(
  sb: GitHubSandbox,
  opts: SandboxOctokitOptions = {},
): ReturnType<typeof getOctokit> {
  const options = {
    baseUrl: sb.apiUrl,
    ...(opts.resilient
      ? {
          retry: { retryAfterBaseValue: 1 },
          throttle: {
            retryAfterBaseValue: 1,
            // The plugin spaces writes 1 s apart (and searches 2 s); tests do not wait for that.
            write: unlimited,
            search: unlimited,
            notifications: unlimited,
            onRateLimit: () => true,
            onSecondaryRateLimit: () => true,
          },
        }
      : {}),
  };
  const plugins = opts.resilient ? [retry, throttling] : [];
  return getOctokit(opts.token ?? sb.token, options as Parameters<typeof getOctokit>[1], ...plugins);
}
