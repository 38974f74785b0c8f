/**
 * Pacing and retries for every octokit request, in place of @octokit/plugin-throttling and
 * @octokit/plugin-retry (and the Bottleneck both load):
 *
 * - Content-creating requests (POST, PATCH, PUT, DELETE) and search pages are paced by a budget
 *   (budget.ts): a short burst goes at once, a sustained run is spread to stay under GitHub's
 *   documented limits. The throttling plugin instead spaced every write 1 s apart, so a release of
 *   K assets paid about K seconds whatever its size.
 * - A rate-limit answer waits as GitHub says: a secondary limit (403/429 naming it, or with
 *   `retry-after`) for `retry-after` seconds (60 when absent), holding every later request of its
 *   kind too; a primary one (`x-ratelimit-remaining: 0`) until `x-ratelimit-reset`. Each wait is
 *   logged, bounded by `maxWaitSeconds`, and counted against `retries`.
 * - Other failures are retried as plugin-retry did: any status from 400 up except those no retry can
 *   change (400, 401, 403, 404, 410, 422, 451), after 1, 4, 9… s. A request that got no answer in
 *   time is one of them (octokit reports it as 500); a network failure is the guard's (guard.ts).
 *
 * It is registered after the guard, so it wraps it: the guard sees every attempt made here.
 */
import { UserError } from '../action/errors.js';
import type { Logger } from '../log.js';
import { Budget, MAX_CONCURRENT_REQUESTS, realClock, SEARCH_BUDGET, WRITE_BUDGET } from './budget.js';
import type { BudgetRule, Clock } from './budget.js';

export interface PacingOptions {
  log: Logger;
  /** Retries of one request (rate limits and failures together); default 3. */
  retries?: number;
  /** Longest wait for a limit to lift (or for the budget) before giving up, in seconds; default 120. */
  maxWaitSeconds?: number;
  /** The budgets; default WRITE_BUDGET and SEARCH_BUDGET. Tests shrink them. */
  writes?: BudgetRule;
  searches?: BudgetRule;
  clock?: Clock;
}

/** The kind of budget a request spends: content creation, a search page, or none. */
export function requestKind(method: string, url: string): 'write' | 'search' | undefined {
  const { pathname } = new URL(url, 'https://api.github.invalid');
  if (method !== 'GET' && method !== 'HEAD') return 'write';
  // The REST root may have a path of its own (GitHub Enterprise Server's /api/v3).
  if (/(^|\/)search\//.test(pathname.replace(/^\/api\/v3/, ''))) return 'search';
  return undefined;
}

/** Statuses no retry can change (plugin-retry's `doNotRetry`). */
const FINAL = [400, 401, 403, 404, 410, 422, 451];

type Headers = Record<string, string | number | undefined>;
interface RequestError {
  status?: number;
  message?: string;
  response?: { headers?: Headers; data?: unknown };
}
type Options = { method: string; url: string; request?: { redirects?: number } };
type RequestFn = (options: Options) => Promise<unknown>;
interface Hookable {
  hook: { wrap(name: 'request', fn: (request: RequestFn, options: Options) => Promise<unknown>): void };
  request: { endpoint: { parse(options: Options): { method: string; url: string } } };
}

/** What a failed attempt calls for: a limit to wait out, a failure to retry, or nothing. */
export function classifyFailure(
  error: unknown,
  now = Date.now(),
): { kind: 'secondary rate limit' | 'rate limit'; waitSeconds: number } | { kind: 'failure' } | undefined {
  const { status, message = '', response } = (error ?? {}) as RequestError;
  if (typeof status !== 'number') return undefined;
  const headers = response?.headers ?? {};
  if (status === 403 || status === 429) {
    const retryAfter = Number(headers['retry-after']);
    const named = /\bsecondary rate\b/i.test(message);
    if (named || (headers['x-ratelimit-remaining'] !== '0' && Number.isFinite(retryAfter) && retryAfter >= 0))
      return { kind: 'secondary rate limit', waitSeconds: Number.isFinite(retryAfter) ? retryAfter : 60 };
    if (String(headers['x-ratelimit-remaining']) === '0') {
      const reset = Number(headers['x-ratelimit-reset']) * 1000;
      // One second past the reset, so the retry lands after it.
      return { kind: 'rate limit', waitSeconds: Math.max(0, Math.ceil((reset - now) / 1000) + 1) };
    }
  }
  if (status >= 400 && !FINAL.includes(status)) return { kind: 'failure' };
  return undefined;
}

/** A client's budgets, and how it waits for them. */
interface Paced {
  write: Budget;
  search: Budget;
  log: Logger;
  maxWaitSeconds: number;
}

/** Budgets per client, for code that creates content outside octokit (streamed uploads). */
const budgets = new WeakMap<object, Paced>();

/** Wait for a request's turn in the budget of its kind, refusing a wait longer than a job should sit. */
function takeTurn(paced: Paced, kind: 'write' | 'search', method: string, url: string): Promise<void> {
  return paced[kind].take((ms) => {
    if (ms > paced.maxWaitSeconds * 1000)
      throw new PacingRefused(method, url, kind, Math.ceil(ms / 1000), paced.maxWaitSeconds);
    paced.log.debug(`Pacing ${kind}s: ${method} ${url} waits ${ms} ms for its turn`);
  });
}

/**
 * Wait for the client's write budget before a content-creating request made outside octokit (an
 * asset upload through node:https), as octokit's own writes wait: a PacingRefused when the wait
 * would be longer than the client's maxWaitSeconds. Resolves at once for a client without pacing.
 */
export function takeWriteBudget(client: object, method: string, url: string): Promise<void> {
  const paced = budgets.get(client);
  return paced ? takeTurn(paced, 'write', method, url) : Promise.resolve();
}

/**
 * GitHub asked a write made outside octokit (an upload) to wait `ms`: it asks for a pause, not one
 * request's, so the client's later writes wait too, as after an octokit write's secondary limit.
 */
export function holdWrites(client: object, ms: number): void {
  budgets.get(client)?.write.holdFor(ms);
}

/** The octokit plugin: `Octokit.plugin(…, requestGuard(…), pacing(…))`. */
export function pacing(options: PacingOptions): (octokit: unknown) => void {
  const { log, retries = 3, maxWaitSeconds = 120, clock = realClock } = options;
  return (instance: unknown) => {
    const octokit = instance as Hookable;
    const own: Paced = {
      write: new Budget(options.writes ?? WRITE_BUDGET, clock),
      search: new Budget(options.searches ?? SEARCH_BUDGET, clock),
      log,
      maxWaitSeconds,
    };
    budgets.set(octokit, own);
    const slots = new Semaphore(Math.min(10, MAX_CONCURRENT_REQUESTS));

    octokit.hook.wrap('request', async (request, route) => {
      const { method, url } = octokit.request.endpoint.parse(route);
      const kind = requestKind(method, url);
      // A redirect the guard follows is the same request, in the slot it already holds.
      const continuation = (route.request?.redirects ?? 0) > 0;
      for (let attempt = 0; ; attempt++) {
        if (kind && !continuation) await takeTurn(own, kind, method, url);
        try {
          return continuation ? await request(route) : await slots.run(() => request(route));
        } catch (error) {
          const failure = classifyFailure(error, clock.now());
          if (!failure) throw error;
          const what = `${method} ${url}`;
          if (failure.kind === 'failure') {
            if (attempt >= retries) throw error;
            const wait = (attempt + 1) ** 2;
            log.debug(
              `${what} failed (${String((error as Error).message)}); retry ${attempt + 1} of ${retries} in ${wait}s`,
            );
            await clock.sleep(wait * 1000);
            continue;
          }
          const { waitSeconds } = failure;
          const again = attempt < retries && waitSeconds <= maxWaitSeconds;
          const why =
            waitSeconds > maxWaitSeconds
              ? `giving up: it asks to wait ${waitSeconds}s, over ${maxWaitSeconds}s`
              : 'giving up';
          log.warning(
            `GitHub ${failure.kind} on ${what}: ${again ? `retrying in ${waitSeconds}s (retry ${attempt + 1} of ${retries})` : why}`,
          );
          if (!again) throw error;
          // GitHub asks for a pause, not one request's: every later request of this kind waits too.
          if (kind) own[kind].holdUntil(clock.now() + waitSeconds * 1000);
          await clock.sleep(waitSeconds * 1000);
        }
      }
    });
  };
}

/** The budget would hold a request longer than a job should sit: fail now, having sent nothing. */
export class PacingRefused extends UserError {
  constructor(method: string, url: string, kind: string, seconds: number, maxWaitSeconds: number) {
    super(
      `${method} ${url} would wait ${seconds}s for GitHub's ${kind} budget (${kind === 'write' ? 'at most 500 content-creating requests an hour' : 'search requests a minute'}), over ${maxWaitSeconds}s; it was not sent. Run again later to finish`,
    );
  }
}

/** At most `size` tasks at once; the rest wait in order. */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((go) => this.waiting.push(go));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
