/**
 * The GitHub client: @actions/github's octokit with the retry and throttling plugins (getOctokit
 * loads neither), pointed at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../log.js';

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

/** fetch with each call bounded by a timeout (an abort the caller asked for still applies). */
function fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal }).catch((error: unknown) => {
      if (timeout.aborted && !init?.signal?.aborted) throw new Error(`no answer within ${ms} ms`);
      throw error;
    });
  };
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
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      userAgent: USER_AGENT,
      retry: { retries },
      ...(requestTimeoutMs !== undefined ? { request: { fetch: fetchWithTimeout(requestTimeoutMs) } } : {}),
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
    },
    retry,
    throttling,
  );
}
