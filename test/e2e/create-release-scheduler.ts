/**
 * Races replayed in a chosen order: every write two (or more) runs send to the sandbox is held, and
 * the test says whose write goes next. Only one run is ever running between two holds (the others wait
 * at a held write or have not started), so each request the gate holds belongs to that run, and every
 * read a run makes sees exactly the writes released before it. Reads are never held: a run reads
 * right after its previous write returns, which is the point where a racing write can make its next
 * decision stale.
 */
import type { GitHubSandbox } from '../sandbox/server.js';
import { Gate, type Held, type HeldRequest } from '../sandbox/faults.js';

/** Requests that change something: the ones whose order makes a race. */
export const isWrite = (r: HeldRequest): boolean => r.method !== 'GET' && r.method !== 'HEAD';
export const isCreate = (r: HeldRequest): boolean => r.operationId === 'repos/create-release';
export const isUpload = (r: HeldRequest): boolean => r.operationId === 'repos/upload-release-asset';
export const isDelete = (r: HeldRequest): boolean => r.operationId === 'repos/delete-release';
export const isPublish = (r: HeldRequest): boolean =>
  r.operationId === 'repos/update-release' && (r.body as { draft?: boolean }).draft === false;
export const isTagMove = (r: HeldRequest): boolean =>
  r.operationId === 'git/update-ref' || r.operationId === 'git/create-ref';

export interface Contender<T> {
  name: string;
  /** The write it waits at (not yet sent on to GitHub's handler); undefined once finished. */
  parked?: Held;
  /** What it ended with. */
  finished?: T;
  /** Its writes, in the order they were released. */
  writes: HeldRequest[];
  result: Promise<T>;
}

/** What the test checks the moment a contender finishes (the others are all parked, nothing moves). */
export type OnFinish<T> = (contender: Contender<T>) => void | Promise<void>;

export class Scheduler<T> {
  private readonly gate = new Gate();
  private nextHeld: Promise<Held> | undefined;
  readonly contenders: Array<Contender<T>> = [];
  /** Every released write, `name: operationId`, in order. */
  readonly trace: string[] = [];

  /** `holds`: the requests that wait for their turn (every write unless told otherwise). */
  constructor(
    sandbox: GitHubSandbox,
    private readonly onFinish: OnFinish<T> = () => undefined,
    holds: (r: HeldRequest) => boolean = isWrite,
  ) {
    sandbox.inject({ kind: 'hold', gate: this.gate, where: (r) => isWrite(r) && holds(r), times: Infinity });
  }

  /** Start a contender and run it to its first write (or its end). */
  async start(name: string, launch: () => Promise<T>): Promise<Contender<T>> {
    const contender: Contender<T> = { name, writes: [], result: launch() };
    this.contenders.push(contender);
    await this.settle(contender);
    return contender;
  }

  /** Let its parked write go, then run it to its next write (or its end). */
  async step(contender: Contender<T>): Promise<void> {
    const held = contender.parked;
    if (!held) return;
    contender.parked = undefined;
    contender.writes.push(held.request);
    this.trace.push(`${contender.name}: ${describe(held.request)}`);
    held.release();
    await this.settle(contender);
  }

  /** Step until it waits at a write `until` accepts (left unsent), or until it ends. */
  async runUntil(contender: Contender<T>, until: (r: HeldRequest) => boolean = () => false): Promise<void> {
    for (let i = 0; i < 100 && contender.parked; i++) {
      if (i > 0 && until(contender.parked.request)) return;
      await this.step(contender);
      if (contender.parked && until(contender.parked.request)) return;
    }
  }

  /** Step contenders in this order (a finished one's turn is skipped), then run each to its end. */
  async play(order: ReadonlyArray<Contender<T>>): Promise<void> {
    for (const contender of order) await this.step(contender);
    for (const contender of this.contenders) await this.runUntil(contender);
  }

  /** Wait until the running contender parks at its next write or ends; only it can send one. */
  private async settle(contender: Contender<T>): Promise<void> {
    this.nextHeld ??= this.gate.next();
    const outcome = await Promise.race([
      this.nextHeld.then((held) => ({ held })),
      contender.result.then((result) => ({ result })),
    ]);
    if ('held' in outcome) {
      this.nextHeld = undefined;
      contender.parked = outcome.held;
      return;
    }
    contender.finished = outcome.result;
    await this.onFinish(contender);
  }
}

function describe(r: HeldRequest): string {
  if (isPublish(r)) return `publish ${r.params.release_id}`;
  if (isTagMove(r)) return `move tag to ${String((r.body as { sha?: string }).sha).slice(0, 7)}`;
  if (isDelete(r)) return `delete release ${r.params.release_id}`;
  if (isCreate(r))
    return `create draft at ${String((r.body as { target_commitish?: string }).target_commitish).slice(0, 7)}`;
  if (isUpload(r)) return `upload ${r.query.name} to ${r.params.release_id}`;
  return `${r.operationId} ${r.path}`;
}
