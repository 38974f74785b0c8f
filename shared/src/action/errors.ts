/**
 * Two kinds of failure: the user's (an input that cannot work — reported as one clear sentence, no
 * stack trace) and everything else (reported with its cause chain so it can be diagnosed).
 */

/** A user mistake in an input: names the input, the value received and what was expected. */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly input: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`Input '${input}' ${value === '' ? 'is empty' : `got ${quote(value)}`}: expected ${expected}`);
  }
}

/**
 * A failure the user can act on that is not one input's value (a release that already exists, a tag
 * that would move). Reported like InputError: one clear message, no stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** True for errors whose message is the whole story for the user. */
export function isUserError(error: unknown): error is InputError | UserError {
  return error instanceof InputError || error instanceof UserError;
}

/** The message of an error followed by its causes: `a: b: c`. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    if (current instanceof Error) {
      parts.push(httpContext(current) + (current.message || current.name));
      current = current.cause;
    } else {
      parts.push(typeof current === 'string' ? current : (JSON.stringify(current) ?? typeof current));
      break;
    }
  }
  return parts.join(': caused by: ');
}

/** `GitHub answered 404 to GET https://…: ` for octokit's RequestError (it has status and request). */
function httpContext(error: Error): string {
  const { status, request } = error as Error & {
    status?: unknown;
    request?: { method?: string; url?: string };
  };
  if (typeof status !== 'number' || !request?.method || !request.url) return '';
  return `GitHub answered ${status} to ${request.method} ${request.url}: `;
}

function quote(value: string): string {
  const shown = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return JSON.stringify(shown);
}
