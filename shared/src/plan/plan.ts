/**
 * Plan, then apply. An action first computes every effect it intends (all validation happens while
 * planning), prints the plan, and applies it unless it is a dry run. When an effect fails, the error
 * says exactly which effects were applied and which were not, so a person knows the state left.
 */
import type { Logger } from '../log.js';

export interface Effect {
  /** What kind of write: 'write file', 'create release', 'push tag'. */
  kind: string;
  /** What it writes to: a path, a tag, a reference. */
  target: string;
  /** One line on what changes. */
  detail?: string;
  apply(): Promise<void>;
}

export class Plan {
  readonly effects: Effect[] = [];

  add(effect: Effect): this {
    this.effects.push(effect);
    return this;
  }

  get isEmpty(): boolean {
    return this.effects.length === 0;
  }

  /** One numbered line per effect, as printed in the log and the job summary. */
  lines(): string[] {
    return this.effects.map((e, i) => `${i + 1}. ${e.kind} ${e.target}${e.detail ? ` — ${e.detail}` : ''}`);
  }
}

export class PlanError extends Error {
  override readonly name = 'PlanError';
  constructor(
    message: string,
    readonly applied: Effect[],
    readonly failed: Effect,
    readonly pending: Effect[],
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

export interface ApplyResult {
  dryRun: boolean;
  applied: number;
}

/** Print the plan and apply it in order unless `dryRun`. */
export async function executePlan(
  plan: Plan,
  options: { dryRun: boolean; log: Logger },
): Promise<ApplyResult> {
  const { dryRun, log } = options;
  await log.group(
    `Plan: ${plan.effects.length} effect${plan.effects.length === 1 ? '' : 's'}${dryRun ? ' (dry run)' : ''}`,
    () => {
      for (const line of plan.isEmpty ? ['nothing to do'] : plan.lines()) log.info(line);
      return Promise.resolve();
    },
  );
  if (dryRun) {
    log.info(`Dry run: ${plan.effects.length} effect(s) planned, nothing written.`);
    return { dryRun, applied: 0 };
  }
  for (const [index, effect] of plan.effects.entries()) {
    try {
      await effect.apply();
      log.info(`done: ${effect.kind} ${effect.target}`);
    } catch (error) {
      const applied = plan.effects.slice(0, index);
      const pending = plan.effects.slice(index + 1);
      const said = (list: Effect[]): string =>
        list.length ? list.map((e) => `${e.kind} ${e.target}`).join('; ') : 'none';
      throw new PlanError(
        `${effect.kind} ${effect.target} failed. Applied before it: ${said(applied)}. Not applied: ${said(pending)}.`,
        applied,
        effect,
        pending,
        { cause: error },
      );
    }
  }
  return { dryRun, applied: plan.effects.length };
}
