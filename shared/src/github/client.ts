/**
 * The GitHub client: octokit with the REST methods, paginate, our request guard and our pacing,
 * pointed at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
 *
 * Built from @octokit/core as @actions/github builds it, not through @actions/github: importing that
 * package reads and parses GITHUB_EVENT_PATH at module load (its `context`), so a malformed event file
 * crashed every bundle with a raw SyntaxError before any of our code ran. The event payload is read
 * only by readRunnerContext, on demand, and a bad one is a UserError naming the file.
 *
 * One HTTP stack: node:http(s), which the streamed uploads use too (shared/src/http/fetch.ts). @actions/github
 * sends through the undici it bundles (with @actions/http-client to choose the proxy), and Node's
 * own fetch is another undici, loaded on first use; here proxy.ts decides, and undici's ProxyAgent
 * is loaded only for a request that goes through a proxy.
 */
import type { getOctokit } from '@actions/github';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import type { Logger } from '../log.js';
import type { BudgetRule } from './budget.js';
import { requestGuard } from './guard.js';
import { pacing } from './pacing.js';
import { proxyFor } from './proxy.js';
import { nodeFetch } from '../http/fetch.js';

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
  /** The budget of content-creating requests; default WRITE_BUDGET (budget.ts). Tests shrink it. */
  writeBudget?: BudgetRule;
}

/**
 * node:http(s) (shared/src/http/fetch.ts), or, for a URL the runner's proxy applies to (https_proxy, no_proxy),
 * undici's fetch through that proxy, loaded on first use.
 */
function runnerFetch(env: NodeJS.ProcessEnv = process.env): typeof fetch {
  const viaProxy = new Map<string, Promise<typeof fetch>>();
  const send = async (input: string | URL, init?: Parameters<typeof nodeFetch>[1]) => {
    const proxy = proxyFor(new URL(String(input)), env);
    if (!proxy) return nodeFetch(input, init);
    let proxied = viaProxy.get(proxy.href);
    if (!proxied) {
      proxied = import('./proxy-fetch.js').then((m) => m.proxyFetch(proxy));
      viaProxy.set(proxy.href, proxied);
    }
    return (await proxied)(input, init);
  };
  // octokit calls it with a URL string and reads only what http/fetch.ts's Answer has.
  return send as unknown as typeof fetch;
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

/**
 * An octokit that paces writes and searches, retries failures, waits out primary and secondary rate
 * limits (pacing.ts) and logs each wait.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token, apiUrl, log, retries = 3, maxWaitSeconds = 120, requestTimeoutMs, writeBudget } = options;
  const base = runnerFetch();
  // The guard first: octokit runs the first request hook innermost (see guard.ts), so it sees each
  // attempt pacing makes.
  const Client = Octokit.plugin(
    restEndpointMethods,
    paginateRest,
    requestGuard({ apiUrl, log }),
    pacing({ log, retries, maxWaitSeconds, ...(writeBudget ? { writes: writeBudget } : {}) }),
  );
  return new Client({
    auth: token,
    baseUrl: apiUrl,
    userAgent: userAgent(),
    request: {
      fetch: requestTimeoutMs !== undefined ? fetchWithTimeout(base, requestTimeoutMs) : base,
      // Redirects come back to the guard, which checks where each one leads before following it.
      redirect: 'manual',
    },
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.warning(m),
      error: (m: string) => log.error(m),
    },
  });
}
