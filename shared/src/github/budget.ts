/**
 * A request budget: a short burst goes at once, a sustained run is spread out, and no trailing window
 * ever holds more requests than GitHub documents for it.
 *
 * GitHub's documented secondary rate limits ("Rate limits for the REST API", About secondary rate
 * limits — https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api):
 * - "In general, no more than 80 content-generating requests per minute and no more than 500
 *   content-generating requests per hour are allowed."
 * - "No more than 100 concurrent requests are allowed."
 * and its primary limit for search ("REST API endpoints for search": 30 requests a minute for an
 * authenticated user). Its best practices ("Best practices for using the REST API") add: "If you are
 * making a large number of POST, PATCH, PUT, or DELETE requests, wait at least one second between
 * each request."
 *
 * The budget is a token bucket (`burst` requests at once, then one more every `intervalMs`) under
 * hard ceilings, each a sliding window (`limit` requests in any `windowMs`). A bucket lets at most
 * `burst + windowMs / intervalMs` requests into any window, so WRITE_BUDGET (15 at once, then one a
 * second: "at least one second between each") stays at 75 a minute by construction, a few under 80
 * because GitHub counts arrivals and we count departures; the ceilings are checked anyway, and the
 * hour's 500 is held by its ceiling alone (a run past it waits, or fails when that is too long).
 */

/** GitHub's documented ceiling on content-generating requests in any minute. */
export const CONTENT_CREATION_PER_MINUTE = 80;
/** GitHub's documented ceiling on content-generating requests in any hour. */
export const CONTENT_CREATION_PER_HOUR = 500;
/** GitHub's documented ceiling on concurrent requests (REST and GraphQL together). */
export const MAX_CONCURRENT_REQUESTS = 100;
/** GitHub's documented primary limit of the search resource, per minute (authenticated). */
export const SEARCH_PER_MINUTE = 30;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface Ceiling {
  limit: number;
  windowMs: number;
}

export interface BudgetRule {
  /** Requests that may go at once, with no wait. */
  burst: number;
  /** After the burst, one more request each `intervalMs`. */
  intervalMs: number;
  /** Sliding windows no run of requests may exceed. */
  ceilings: readonly Ceiling[];
}

/** Content-creating requests: 15 at once, then one a second; 80 a minute and 500 an hour at most. */
export const WRITE_BUDGET: BudgetRule = {
  burst: 15,
  intervalMs: 1000,
  ceilings: [
    { limit: CONTENT_CREATION_PER_MINUTE, windowMs: MINUTE },
    { limit: CONTENT_CREATION_PER_HOUR, windowMs: HOUR },
  ],
};

/** Search pages: 8 at once, then one every 3 s (28 a minute); 30 a minute at most. */
export const SEARCH_BUDGET: BudgetRule = {
  burst: 8,
  intervalMs: 3000,
  ceilings: [{ limit: SEARCH_PER_MINUTE, windowMs: MINUTE }],
};

/** The most requests `rule` lets into any window of `windowMs` (the bucket's bound, before ceilings). */
export function bucketBound(rule: BudgetRule, windowMs: number): number {
  return rule.burst + Math.floor(windowMs / rule.intervalMs);
}

/** Time as the budget sees it; tests pass a clock of their own. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};

/** One budget (writes, or searches) shared by every request of one client. */
export class Budget {
  private tokens: number;
  private refilledAt: number;
  /** Send times within the longest ceiling's window, oldest first. */
  private readonly sent: number[] = [];
  private heldUntil = 0;
  /** Requests queue here so that each takes its turn in order. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly rule: BudgetRule,
    private readonly clock: Clock = realClock,
  ) {
    this.tokens = rule.burst;
    this.refilledAt = clock.now();
  }

  /**
   * How long the next request must wait, in ms (0: it may go now). `Infinity` never happens: each
   * wait ends when a token refills or a window's oldest request leaves it.
   */
  waitMs(now = this.clock.now()): number {
    this.refill(now);
    let wait = Math.max(0, this.heldUntil - now);
    if (this.tokens < 1) wait = Math.max(wait, Math.ceil((1 - this.tokens) * this.rule.intervalMs));
    for (const { limit, windowMs } of this.rule.ceilings) {
      const inWindow = this.sent.filter((t) => t > now - windowMs);
      if (inWindow.length >= limit)
        wait = Math.max(wait, inWindow[inWindow.length - limit]! + windowMs - now);
    }
    return wait;
  }

  /**
   * Wait for the request's turn and count it. `beforeWait` hears of a wait before it starts (and may
   * throw to refuse it, such as a wait longer than a job should sit).
   */
  take(beforeWait?: (ms: number) => void): Promise<void> {
    const turn = this.queue.then(async () => {
      for (let wait = this.waitMs(); wait > 0; wait = this.waitMs()) {
        beforeWait?.(wait);
        await this.clock.sleep(wait);
      }
      this.spend(this.clock.now());
    });
    // A refused wait fails its own request only; the next one still gets its turn.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Send nothing before `until` (epoch ms): GitHub asked us to wait (retry-after). */
  holdUntil(until: number): void {
    this.heldUntil = Math.max(this.heldUntil, until);
  }

  /** Send nothing for `ms` from now, by this budget's clock. */
  holdFor(ms: number): void {
    this.holdUntil(this.clock.now() + ms);
  }

  private spend(now: number): void {
    this.refill(now);
    this.tokens -= 1;
    this.sent.push(now);
    const longest = Math.max(0, ...this.rule.ceilings.map((c) => c.windowMs));
    while (this.sent.length > 0 && this.sent[0]! <= now - longest) this.sent.shift();
  }

  private refill(now: number): void {
    const earned = (now - this.refilledAt) / this.rule.intervalMs;
    this.tokens = Math.min(this.rule.burst, this.tokens + earned);
    this.refilledAt = now;
  }
}
