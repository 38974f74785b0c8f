import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../shared/src/log.js';
import { executePlan, Plan, PlanError } from '../../shared/src/plan/index.js';

function recordingPlan(done: string[], failAt?: number): Plan {
  const plan = new Plan();
  for (const [i, target] of ['a', 'b', 'c'].entries()) {
    plan.add({
      kind: 'write file',
      target,
      apply: () => {
        if (i === failAt) return Promise.reject(new Error('disk full'));
        done.push(target);
        return Promise.resolve();
      },
    });
  }
  return plan;
}

describe('plan/apply', () => {
  it('dry run prints every effect and applies none', async () => {
    const done: string[] = [];
    const log = new MemoryLogger();
    const result = await executePlan(recordingPlan(done), { dryRun: true, log });
    expect(result).toEqual({ dryRun: true, applied: 0 });
    expect(done).toEqual([]);
    expect(log.lines).toEqual(
      expect.arrayContaining([
        '1. write file a',
        '2. write file b',
        '3. write file c',
        'Dry run: 3 effect(s) planned, nothing written.',
      ]),
    );
  });

  it('applies in order', async () => {
    const done: string[] = [];
    await executePlan(recordingPlan(done), { dryRun: false, log: new MemoryLogger() });
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('a failed effect says what was applied and what was not', async () => {
    const done: string[] = [];
    const error = await executePlan(recordingPlan(done, 1), { dryRun: false, log: new MemoryLogger() }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlanError);
    const planError = error as PlanError;
    expect(planError.message).toBe(
      'write file b failed. Applied before it: write file a. Not applied: write file c.',
    );
    expect(planError.applied.map((e) => e.target)).toEqual(['a']);
    expect(planError.pending.map((e) => e.target)).toEqual(['c']);
    expect((planError.cause as Error).message).toBe('disk full');
    expect(done).toEqual(['a']);
  });
});
