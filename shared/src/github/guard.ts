/**
 * An octokit plugin every request goes through (paginate's next pages included): it keeps the token
 * on GitHub's origins (origins.ts), follows redirects itself so that rule applies to each hop, and
 * tells a network that failed from an answer GitHub gave.
 *
 * It must come before pacing (pacing.ts) in the plugin list: octokit runs the first registered
 * request hook innermost, so this one sees every attempt pacing makes, and the errors it throws carry
 * no HTTP status, which pacing leaves alone (a refused URL or an unreachable host is not retried as if
 * GitHub had answered 500).
 */
import { UserError } from '../action/errors.js';
import type { Logger } from '../log.js';
import { checkTokenOrigin } from './origins.js';

export interface GuardOptions {
  /** REST root (GITHUB_API_URL). */
  apiUrl: string;
  log: Logger;
  /** Waits before each retry of a request whose connection failed, in ms; default 500, 1500. */
  transportBackoffMs?: readonly number[];
}

/** Redirects followed for one request before giving up (GitHub uses one: a renamed repository). */
export const MAX_REDIRECTS = 5;

/** The network failed before GitHub answered: DNS, a refused or broken connection, TLS. */
export class NetworkError extends UserError {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly attempts: number,
  ) {
    super(message);
  }
}

interface Failure {
  /** What went wrong, for a person: "the name did not resolve (DNS: ENOTFOUND)". */
  reason: string;
  code: string | undefined;
  /** Worth trying again: DNS hiccups, refused or dropped connections; not a bad certificate. */
  transient: boolean;
}

const DNS = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA'];
const REFUSED = ['ECONNREFUSED'];
const BROKEN = ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'];
const UNREACHABLE = ['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN'];

/**
 * The network failure behind an octokit error, or undefined when GitHub answered. octokit turns a
 * fetch that rejected into a RequestError with status 500 whose `cause` is fetch's TypeError; the
 * system error (`code`) is that TypeError's own cause.
 */
export function networkFailure(error: unknown): Failure | undefined {
  const fetchError = (error as { cause?: unknown } | undefined)?.cause;
  if (!(fetchError instanceof TypeError)) return undefined;
  let code: string | undefined;
  let detail = fetchError.message;
  for (let at: unknown = fetchError.cause, depth = 0; at && depth < 4; depth++) {
    const { code: c, message } = at as { code?: unknown; message?: unknown };
    if (typeof c === 'string' && code === undefined) code = c;
    if (typeof message === 'string' && message !== '') detail = message;
    at = (at as { cause?: unknown }).cause;
  }
  const is = (codes: string[]): boolean => code !== undefined && codes.includes(code);
  if (is(DNS)) return { reason: `the host name did not resolve (DNS: ${code})`, code, transient: true };
  if (is(REFUSED)) return { reason: `the connection was refused (${code})`, code, transient: true };
  if (is(BROKEN)) return { reason: `the connection broke (${code}: ${detail})`, code, transient: true };
  if (is(UNREACHABLE)) return { reason: `the host could not be reached (${code})`, code, transient: true };
  if (code && /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code))
    return { reason: `TLS failed (${code}: ${detail})`, code, transient: false };
  return {
    reason: `the request failed before any answer (${code ? `${code}: ` : ''}${detail})`,
    code,
    transient: false,
  };
}

type Options = {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  request?: { redirects?: number };
};
type Response = { status: number; headers: Record<string, string | number | undefined>; url: string };
type RequestFn = (options: Options) => Promise<Response>;
interface Hookable {
  hook: { wrap(name: 'request', fn: (request: RequestFn, options: Options) => Promise<Response>): void };
  request: RequestFn & { endpoint: { parse(options: Options): { method: string; url: string } } };
}

/** The octokit plugin: `Octokit.plugin(requestGuard(options), pacing(options))`. */
export function requestGuard(options: GuardOptions): (octokit: unknown) => void {
  const { apiUrl, log, transportBackoffMs = [500, 1500] } = options;
  return (instance: unknown) => {
    const octokit = instance as Hookable;
    octokit.hook.wrap('request', async (request, route) => {
      const { method, url } = octokit.request.endpoint.parse(route);
      const redirects = route.request?.redirects ?? 0;
      // A URL our code built from the API root passes by construction; an absolute one came back
      // from GitHub (paginate's next page from the Link header) or from a redirect.
      checkTokenOrigin(
        url,
        apiUrl,
        redirects > 0
          ? 'a redirect GitHub answered'
          : 'a URL the API handed back (such as the next page a Link header names)',
      );
      const response = await withTransportRetries(() => request(route), `${method} ${url}`);
      if (![301, 302, 303, 307, 308].includes(response.status)) return response;

      const location = response.headers.location;
      if (typeof location !== 'string' || location === '')
        throw new UserError(
          `GitHub answered ${response.status} to ${method} ${url} without a Location to follow`,
        );
      if (redirects >= MAX_REDIRECTS)
        throw new UserError(`${method} ${url} was redirected more than ${MAX_REDIRECTS} times; giving up`);
      const next = new URL(location, url);
      checkTokenOrigin(next, apiUrl, `the redirect GitHub answered to ${method} ${url}`);
      if (method !== 'GET' && method !== 'HEAD')
        // Re-sending a write to another URL is not something a release step should do unasked.
        throw new UserError(
          `GitHub redirected ${method} ${url} to ${next.href}; only GET requests are followed`,
        );
      return octokit.request({
        method,
        url: next.href,
        headers: route.headers,
        request: { redirects: redirects + 1 },
      });
    });
  };

  async function withTransportRetries(send: () => Promise<Response>, what: string): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (error) {
        const failure = networkFailure(error);
        if (!failure) throw error;
        const wait = transportBackoffMs[attempt - 1];
        if (failure.transient && wait !== undefined) {
          log.info(
            `Could not reach GitHub for ${what}: ${failure.reason}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${transportBackoffMs.length + 1})`,
          );
          await new Promise((done) => setTimeout(done, wait));
          continue;
        }
        throw new NetworkError(
          `Could not reach the GitHub API: ${what} failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${failure.reason}. No answer came from GitHub. The API root ${apiUrl} comes from GITHUB_API_URL: check it, and the runner's network (DNS, proxy, firewall, TLS) to that host.`,
          failure.code,
          attempt,
        );
      }
    }
  }
}
