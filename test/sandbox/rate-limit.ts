/**
 * Rate limits as GitHub reports them (core 5,000/hour, search 30/minute): counted per sandbox, sent
 * in every response's headers and by rate-limit/get, not enforced.
 *
 * One secondary limit is enforced when a test asks (enforceContentCreationLimit): GitHub's documented
 * "no more than 80 content-generating requests per minute" ("Rate limits for the REST API", About
 * secondary rate limits). A write past it is answered as GitHub answers: 403, the secondary-limit
 * message, `retry-after`, the answer validated against the description like any other.
 */
import type { ContractViolation } from './contract.js';
import { responseProblems } from './contract.js';
import { SECONDARY_RATE_LIMIT_MESSAGE } from './faults.js';
import { HttpError } from './http.js';
import type { LoadedSpec, Operation } from './spec.js';
import type { RouteResult, Routes, SandboxState } from './types.js';

export interface RateWindow {
  limit: number;
  used: number;
  reset: number;
  seconds: number;
}

/** The windows of one sandbox. */
export interface RateLimits {
  core: RateWindow;
  search: RateWindow;
  /** Content-creating requests in a sliding window, once a test enforces the limit. */
  content?: ContentCreationLimit & { sent: number[] };
}

export interface ContentCreationLimit {
  limit: number;
  windowMs: number;
}

/** GitHub's documented secondary limit: 80 content-generating requests in any minute. */
export const CONTENT_CREATION_LIMIT: ContentCreationLimit = { limit: 80, windowMs: 60_000 };

/** Rate-limit windows per sandbox, for rate-limit/get. */
const rateWindows = new WeakMap<SandboxState, RateLimits>();

/** Fresh windows for a sandbox, registered for rate-limit/get. */
export function newRateLimits(state: SandboxState): RateLimits {
  const rates = {
    core: { limit: 5000, used: 0, reset: 0, seconds: 3600 },
    search: { limit: 30, used: 0, reset: 0, seconds: 60 },
  };
  rateWindows.set(state, rates);
  return rates;
}

/**
 * Answer content-creating requests (POST, PATCH, PUT, DELETE, uploads included) past `limit` in any
 * `windowMs` with GitHub's 403 secondary rate limit, from now on. Tests of sustained runs pass a
 * shorter window with a proportionally smaller limit; the default is GitHub's documented one.
 */
export function enforceContentCreationLimit(
  state: SandboxState,
  limit: ContentCreationLimit = CONTENT_CREATION_LIMIT,
): void {
  const rates = rateWindows.get(state);
  if (!rates) throw new Error('enforceContentCreationLimit: not a sandbox state');
  rates.content = { ...limit, sent: [] };
}

/**
 * The secondary-limit answer for a write past the enforced limit, or undefined (counting the write).
 * The answer is checked against the operation's documented responses; a mismatch is a violation.
 */
export function contentCreationRefusal(
  parts: { spec: LoadedSpec; rates: RateLimits; violations: ContractViolation[] },
  request: { method: string; rawUrl: string; requestId: string },
  operationId: string,
  operation: Operation,
): RouteResult | undefined {
  const content = parts.rates.content;
  if (!content || request.method === 'GET' || request.method === 'HEAD') return undefined;
  const now = Date.now();
  while (content.sent.length > 0 && content.sent[0]! <= now - content.windowMs) content.sent.shift();
  if (content.sent.length < content.limit) {
    content.sent.push(now);
    return undefined;
  }
  // GitHub says when to come back; here, when the oldest write leaves the window.
  const retryAfter = Math.max(1, Math.ceil((content.sent[0]! + content.windowMs - now) / 1000));
  const answer: RouteResult = {
    status: 403,
    body: {
      message: `${SECONDARY_RATE_LIMIT_MESSAGE} ${request.requestId}.`,
      documentation_url:
        'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
    headers: { 'retry-after': String(retryAfter) },
  };
  const mismatch = responseProblems(parts.spec, operation, answer);
  if (mismatch !== undefined)
    parts.violations.push({
      kind: 'response',
      method: request.method,
      path: request.rawUrl,
      operationId,
      details: mismatch,
    });
  return answer;
}

/** The window, restarted when its reset time has passed. */
export function rateWindow(w: RateWindow): RateWindow {
  const now = Math.floor(Date.now() / 1000);
  if (now >= w.reset) {
    w.used = 0;
    w.reset = now + w.seconds;
  }
  return w;
}

/** The `x-ratelimit-*` headers for a request counted in `rate`. */
export function rateLimitHeaders(rate: RateWindow, resource: 'core' | 'search'): Record<string, string> {
  return {
    'x-ratelimit-limit': String(rate.limit),
    'x-ratelimit-remaining': String(Math.max(0, rate.limit - rate.used)),
    'x-ratelimit-used': String(rate.used),
    'x-ratelimit-reset': String(rate.reset),
    'x-ratelimit-resource': resource,
  };
}

const rateView = (w: RateWindow) => ({
  limit: w.limit,
  used: w.used,
  remaining: Math.max(0, w.limit - w.used),
  reset: w.reset,
});

export const rateLimitRoutes: Routes = {
  'rate-limit/get': (ctx) => {
    const w = rateWindows.get(ctx.state);
    if (!w) throw new HttpError(500, 'Server Error');
    const core = rateView(rateWindow(w.core));
    const search = rateView(rateWindow(w.search));
    // choice: resources the sandbox does not meter are reported at GitHub's documented defaults, unused.
    const reset = core.reset;
    const unused = (limit: number) => ({ limit, used: 0, remaining: limit, reset });
    return {
      status: 200,
      body: {
        resources: {
          core,
          search,
          graphql: unused(5000),
          integration_manifest: unused(5000),
          code_search: unused(10),
        },
        rate: core,
      },
    };
  },
};
