/**
 * The GitHub client: octokit with the REST methods, paginate, the retry and throttling plugins and our
 * request guard, pointed at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
 *
 * Built from @octokit/core as @actions/github builds it, not through @actions/github: importing that
 * package reads and parses GITHUB_EVENT_PATH at module load (its `context`), so a malformed event file
 * crashed every bundle with a raw SyntaxError before any of our code ran. The event payload is read
 * only by readRunnerContext, on demand, and a bad one is a UserError naming the file.
 */
import { HttpClient } from '@actions/http-client';
import type { getOctokit } from '@actions/github';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetch as undiciFetch } from 'undici';
import type { Logger } from '../log.js';
import { requestGuard } from './guard.js';

/** The same shape as @actions/github's getOctokit (tests build theirs with it). */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST root (GITHUB_API_URL): https://api.github.com or https://HOST/api/v3. */
  apiUrl: string;
  log: Logger;
  /** How often a rate-limited or failed (5xx) request is retried; default 3. */
  retries?: number;
  /** Longest wait for a rate limit to lift before giving up, in seconds; default 120. */
  maxWaitSeconds?: number;
  /**
   * Milliseconds one attempt of a request may take (answer included) before it is abandoned and, as
   * a 500, retried; default: no bound.
   */
  requestTimeoutMs?: number;
}

/**
 * fetch as @actions/github sets it up: undici's, through the runner's proxy (https_proxy, no_proxy)
 * when one applies to the API's host.
 */
function proxyFetch(apiUrl: string): typeof fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(apiUrl);
  return (input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(input, { ...init, ...(dispatcher ? { dispatcher } : {}) });
}

/** fetch with each call bounded by a timeout (an abort the caller asked for still applies). */
function fetchWithTimeout(inner: typeof fetch, ms: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return inner(input, { ...init, signal }).catch((error: unknown) => {
      if (timeout.aborted && !init?.signal?.aborted) throw new Error(`no answer within ${ms} ms`);
      throw error;
    });
  };
}

/** The user agent, with the runner's orchestration id as @actions/github adds it. */
function userAgent(env: NodeJS.ProcessEnv = process.env): string {
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `${USER_AGENT} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : USER_AGENT;
}

export const USER_AGENT = 'release-actions';

/** An octokit that retries 5xx, waits out primary and secondary rate limits, and logs each wait. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token, apiUrl, log, retries = 3, maxWaitSeconds = 120, requestTimeoutMs } = options;
  const limitHandler =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      // A primary limit can ask for an hour; a job should fail and say so rather than sit there.
      const again = retryCount < retries && retryAfter <= maxWaitSeconds;
      const why =
        retryAfter > maxWaitSeconds
          ? `giving up: it asks to wait ${retryAfter}s, over ${maxWaitSeconds}s`
          : 'giving up';
      log.warning(
        `GitHub ${kind} on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries})` : why}`,
      );
      return again;
    };
  const base = proxyFetch(apiUrl);
  // The guard first: octokit runs the first request hook innermost (see guard.ts).
  const Client = Octokit.plugin(
    restEndpointMethods,
    paginateRest,
    requestGuard({ apiUrl, log }),
    retry,
    throttling,
  );
  return new Client({
    auth: token,
    baseUrl: apiUrl,
    userAgent: userAgent(),
    retry: { retries },
    request: {
      fetch: requestTimeoutMs !== undefined ? fetchWithTimeout(base, requestTimeoutMs) : base,
      // Redirects come back to the guard, which checks where each one leads before following it.
      redirect: 'manual',
    },
    throttle: {
      onRateLimit: limitHandler('rate limit'),
      onSecondaryRateLimit: limitHandler('secondary rate limit'),
    },
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.warning(m),
      error: (m: string) => log.error(m),
    },
  });
}
