/**
 * Fault injection: 5xx, secondary rate limit, 429, reset connections (also mid-upload), latency, and
 * holds (a matching request waits until the test releases it: races replayed in a chosen order).
 */

export type FaultKind =
  'status' | 'secondary-rate-limit' | 'rate-limit-429' | 'reset' | 'reset-mid-upload' | 'latency' | 'hold';

export interface Fault {
  /** Match by operationId (`repos/create-release`). */
  operationId?: string;
  /** Match by HTTP method (case-insensitive). */
  method?: string;
  /** Match against the request path without the query (`/api/v3/repos/o/r/releases`). */
  pathPattern?: RegExp;
  kind: FaultKind;
  /** For `status`: the status to answer (default 502). */
  status?: number;
  /** For `status`: the body to answer instead of GitHub's for that status. */
  body?: Record<string, unknown>;
  /**
   * For `status` on `repos/upload-release-asset`: start the upload (its checks and the asset record),
   * read the body, leave the asset as `starter` and then answer the status. GitHub documents that a
   * 502 on upload may leave such an asset behind.
   */
  leaveStarter?: boolean;
  /** Seconds for `retry-after` (secondary rate limit and 429); default 1 (GitHub sends ~60). */
  retryAfter?: number;
  /** For `reset-mid-upload`: bytes of the body to read before the reset (default 64 KiB). */
  afterBytes?: number;
  /** For `latency`: milliseconds to wait before answering normally (default 100). */
  delayMs?: number;
  /** For `hold`: where matching requests wait (see Gate). */
  gate?: Gate;
  /**
   * For `hold`: a further test on the request, its body and parameters included (`repos/update-release`
   * with `draft: false` is a publish). Requests it refuses do not count towards `times`.
   */
  where?: (request: HeldRequest) => boolean;
  /** How many matching requests the fault applies to (default 1; Infinity allowed). */
  times?: number;
}

/** A request as a hold sees it: routed and validated, its handler not yet run. */
export interface HeldRequest {
  operationId: string;
  method: string;
  /** The request path without the query. */
  path: string;
  /** Path parameters, decoded (`release_id`, `ref`). */
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body; undefined without one, and for uploads (their body is streamed). */
  body: unknown;
}

/** A request a gate holds: it goes on to its handler once released. */
export interface Held {
  request: HeldRequest;
  release(): void;
}

/**
 * Where held requests wait. A test injects `{ kind: 'hold', gate, operationId, where }`, awaits
 * `gate.next()` for each request the gate holds (in arrival order) and releases each when its turn
 * comes, so two clients' calls interleave exactly as the test chose, not as timing falls.
 * `clearFaults()` (after every test) opens every gate, so nothing is left waiting.
 */
export class Gate {
  private readonly arrived: Held[] = [];
  private readonly takers: Array<(held: Held) => void> = [];
  private readonly waiting = new Set<() => void>();
  private opened = false;

  /** The next request this gate holds: the oldest one not yet handed out, or the next to arrive. */
  next(): Promise<Held> {
    const held = this.arrived.shift();
    if (held) return Promise.resolve(held);
    return new Promise((resolve) => this.takers.push(resolve));
  }

  /** Requests held and not yet released. */
  get holding(): number {
    return this.waiting.size;
  }

  /** Release every held request and let every later one through. */
  open(): void {
    this.opened = true;
    for (const release of [...this.waiting]) release();
  }

  /** The pipeline's side: resolves when the request is released. */
  hold(request: HeldRequest): Promise<void> {
    if (this.opened) return Promise.resolve();
    return new Promise((resolve) => {
      const release = (): void => {
        if (!this.waiting.delete(release)) return;
        resolve();
      };
      this.waiting.add(release);
      const held = { request, release };
      const taker = this.takers.shift();
      if (taker) taker(held);
      else this.arrived.push(held);
    });
  }
}

interface ArmedFault extends Fault {
  remaining: number;
}

export interface FaultTarget {
  operationId?: string;
  method: string;
  path: string;
}

const UPLOAD_OPERATION = 'repos/upload-release-asset';

/** The message octokit's throttling plugin recognises (`/\bsecondary rate\b/i`), as GitHub words it. */
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID';

/** Faults matched in the order they were injected, each counted down on use. */
export class FaultList {
  private readonly faults: ArmedFault[] = [];
  /** Every gate ever armed: cleared faults release what their gates still hold. */
  private readonly gates = new Set<Gate>();

  add(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!(times > 0)) throw new Error(`fault.times must be positive, got ${times}`);
    if (fault.kind === 'hold') {
      if (!fault.gate) throw new Error('a hold fault needs a gate');
      this.gates.add(fault.gate);
    } else if (fault.where) throw new Error('`where` applies to hold faults only');
    this.faults.push({ ...fault, remaining: times });
  }

  /** Remove every fault and open every gate (a held request is never left waiting). */
  clear(): void {
    this.faults.length = 0;
    for (const gate of this.gates) gate.open();
    this.gates.clear();
  }

  get pending(): readonly Fault[] {
    return this.faults;
  }

  /** The first fault (not a hold) matching the request, counted down (and removed when used up). */
  take(target: FaultTarget): Fault | undefined {
    return this.takeWhere((f) => f.kind !== 'hold' && matches(f, target));
  }

  /** The gate of the first hold matching the request (body and parameters known), counted down. */
  takeHold(request: HeldRequest): Gate | undefined {
    const target = { operationId: request.operationId, method: request.method, path: request.path };
    const fault = this.takeWhere(
      (f) => f.kind === 'hold' && matches(f, target) && (f.where === undefined || f.where(request)),
    );
    return fault?.gate;
  }

  private takeWhere(test: (f: ArmedFault) => boolean): Fault | undefined {
    const i = this.faults.findIndex(test);
    if (i < 0) return undefined;
    const fault = this.faults[i]!;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(i, 1);
    return fault;
  }
}

function matches(f: Fault, t: FaultTarget): boolean {
  if (f.operationId !== undefined && f.operationId !== t.operationId) return false;
  if (f.method !== undefined && f.method.toUpperCase() !== t.method.toUpperCase()) return false;
  if (f.pathPattern !== undefined) {
    f.pathPattern.lastIndex = 0;
    if (!f.pathPattern.test(t.path)) return false;
  }
  // A mid-upload reset only makes sense for an upload.
  if (f.kind === 'reset-mid-upload' && t.operationId !== UPLOAD_OPERATION) return false;
  return true;
}

/** GitHub's messages for statuses a test may inject (the token's view of a refused write, etc.). */
const STATUS_MESSAGES: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
};

export interface FaultAnswer {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * The answer for a fault that answers (status, secondary-rate-limit, rate-limit-429); undefined for
 * the others (reset, reset-mid-upload, latency), which the server carries out itself.
 */
export function faultAnswer(fault: Fault, requestId: string, viewerId: number): FaultAnswer | undefined {
  const retryAfter = fault.retryAfter ?? 1;
  switch (fault.kind) {
    case 'status': {
      const status = fault.status ?? 502;
      const message = STATUS_MESSAGES[status] ?? (status >= 500 ? 'Server Error' : `Injected ${status}`);
      return {
        status,
        body: fault.body ?? {
          message,
          documentation_url: 'https://docs.github.com/rest',
          status: String(status),
        },
        headers: {},
      };
    }
    case 'secondary-rate-limit':
      return {
        status: 403,
        body: {
          message: `${SECONDARY_RATE_LIMIT_MESSAGE} ${requestId}.`,
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        headers: { 'retry-after': String(retryAfter) },
      };
    case 'rate-limit-429': {
      // Primary rate limit exhausted: remaining 0 and a reset `retryAfter` seconds away, which is
      // what octokit's throttling plugin reads (it ignores retry-after for primary limits).
      const reset = Math.ceil(Date.now() / 1000) + retryAfter;
      return {
        status: 429,
        body: {
          message: `API rate limit exceeded for user ID ${viewerId}.`,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
        },
        headers: {
          'retry-after': String(retryAfter),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
      };
    }
    default:
      return undefined;
  }
}
