/**
 * The request budget on a clock of its own (no real time passes): a burst goes at once, a sustained
 * run is spread, and no window ever holds more than GitHub documents for it.
 */
import { describe, expect, it } from '@jest/globals';
import {
  Budget,
  bucketBound,
  CONTENT_CREATION_PER_HOUR,
  CONTENT_CREATION_PER_MINUTE,
  MAX_CONCURRENT_REQUESTS,
  SEARCH_BUDGET,
  SEARCH_PER_MINUTE,
  WRITE_BUDGET,
  type BudgetRule,
  type Clock,
} from '../../shared/src/github/budget.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A clock that moves only when someone sleeps. */
function fakeClock(): Clock & { waits: number[] } {
  let now = 1_000_000;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: (ms) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

/** Take `n` turns one after another; the send time of each. */
async function sustained(rule: BudgetRule, n: number, clock = fakeClock()): Promise<number[]> {
  const budget = new Budget(rule, clock);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    await budget.take();
    times.push(clock.now());
  }
  return times;
}

/** The most send times in any window of `windowMs` (a window closes before its end). */
function busiest(times: number[], windowMs: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[j]! <= times[i]! - windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe("GitHub's documented limits", () => {
  it('are the numbers of "Rate limits for the REST API"', () => {
    expect(CONTENT_CREATION_PER_MINUTE).toBe(80);
    expect(CONTENT_CREATION_PER_HOUR).toBe(500);
    expect(MAX_CONCURRENT_REQUESTS).toBe(100);
    expect(SEARCH_PER_MINUTE).toBe(30);
  });

  it('bound the write budget: by its bucket for the minute, by its ceilings for both', () => {
    expect(WRITE_BUDGET.ceilings).toEqual([
      { limit: CONTENT_CREATION_PER_MINUTE, windowMs: MINUTE },
      { limit: CONTENT_CREATION_PER_HOUR, windowMs: HOUR },
    ]);
    expect(bucketBound(WRITE_BUDGET, MINUTE)).toBeLessThan(CONTENT_CREATION_PER_MINUTE);
    // GitHub's best practice for many writes: at least one second between each.
    expect(WRITE_BUDGET.intervalMs).toBeGreaterThanOrEqual(1000);
    expect(SEARCH_BUDGET.ceilings).toEqual([{ limit: SEARCH_PER_MINUTE, windowMs: MINUTE }]);
    expect(bucketBound(SEARCH_BUDGET, MINUTE)).toBeLessThan(SEARCH_PER_MINUTE);
  });
});

describe('the write budget', () => {
  it(`lets a burst of ${WRITE_BUDGET.burst} writes go at once, then spaces the next by its interval`, async () => {
    const clock = fakeClock();
    const times = await sustained(WRITE_BUDGET, WRITE_BUDGET.burst + 2, clock);
    expect(new Set(times.slice(0, WRITE_BUDGET.burst)).size).toBe(1);
    expect(clock.waits).toEqual([1000, 1000]);
  });

  it('holds 80 a minute and 500 an hour over a sustained run, and spends no more time than they need', async () => {
    const times = await sustained(WRITE_BUDGET, 1200);
    expect(busiest(times, MINUTE)).toBeLessThanOrEqual(CONTENT_CREATION_PER_MINUTE);
    expect(busiest(times, HOUR)).toBeLessThanOrEqual(CONTENT_CREATION_PER_HOUR);
    // 300 deletes (a prune): the burst, then one a second.
    expect(times[299]! - times[0]!).toBe((300 - WRITE_BUDGET.burst) * 1000);
    // The 501st write waits for the first to be an hour old, not a moment more.
    expect(times[500]! - times[0]!).toBe(HOUR);
  });

  it('resumes with a burst after a quiet spell', async () => {
    const clock = fakeClock();
    const budget = new Budget(WRITE_BUDGET, clock);
    for (let i = 0; i < 40; i++) await budget.take();
    await clock.sleep(5 * MINUTE);
    clock.waits.length = 0;
    for (let i = 0; i < WRITE_BUDGET.burst; i++) await budget.take();
    expect(clock.waits).toEqual([]);
  });

  it('holds every later write while GitHub asked to wait (retry-after)', async () => {
    const clock = fakeClock();
    const budget = new Budget(WRITE_BUDGET, clock);
    budget.holdUntil(clock.now() + 30_000);
    await budget.take();
    expect(clock.waits).toEqual([30_000]);
  });

  it('tells of a wait before it starts, and a refused wait fails that write only', async () => {
    const clock = fakeClock();
    const rule: BudgetRule = { burst: 1, intervalMs: 1000, ceilings: [{ limit: 2, windowMs: HOUR }] };
    const budget = new Budget(rule, clock);
    await budget.take();
    await budget.take();
    const refuse = (ms: number): void => {
      if (ms > 120_000) throw new Error(`would wait ${ms} ms`);
    };
    await expect(budget.take(refuse)).rejects.toThrow(`would wait ${HOUR - 1000} ms`);
    await clock.sleep(HOUR);
    await expect(budget.take(refuse)).resolves.toBeUndefined();
  });

  it('gives turns in the order they were asked for', async () => {
    const clock = fakeClock();
    const budget = new Budget({ burst: 1, intervalMs: 1000, ceilings: [] }, clock);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => budget.take().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
  });
});
