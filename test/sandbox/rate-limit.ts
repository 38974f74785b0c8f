/**
 * Rate limits as GitHub reports them (core 5,000/hour, search 30/minute): counted per sandbox, sent
 * in every response's headers and by rate-limit/get, never enforced.
 */
import { HttpError } from './http.js';
import type { Routes, SandboxState } from './types.js';

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
}

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
