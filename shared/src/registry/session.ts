/**
 * HTTP to one registry: every request carries the authorization its scopes need (answering a 401
 * challenge once), and idempotent requests are retried on 429, 5xx and dropped connections. All of
 * it over node:http(s): small bodies through http/fetch.ts, blob bodies piped (Node's own fetch,
 * undici, keeps a streamed request body in memory, nodejs/undici#4058, and costs ~40 ms to load).
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { nodeFetch, type Answer } from '../http/fetch.js';
import type { RegistryAuth } from './auth.js';
import { parseChallenges } from './challenge.js';
import { RegistryError, parseErrorBody } from './errors.js';

export interface RequestOptions {
  /** Token scopes the request needs: `repository:<name>:pull,push`. */
  scopes: readonly string[];
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Retry on 429/5xx/connection errors (true for requests that can be repeated safely). */
  retry?: boolean;
  /** Abort after this long, body included (default: the session's requestMs). */
  timeoutMs?: number;
}

/** Time limits: an API request whole; a blob download whole; a blob upload's idle socket and whole. */
export interface Timeouts {
  requestMs: number;
  blobMs: number;
  idleMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { requestMs: 120_000, blobMs: 3_600_000, idleMs: 120_000 };

export interface StreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

const RETRY_STATUS = [429, 500, 502, 503, 504];
export const DEFAULT_BACKOFF_MS = [250, 1000, 3000];

/** One registry's HTTP session: base URL, authorization and request count. */
export class RegistrySession {
  /** Requests sent to the registry itself (token requests are counted by `auth`). */
  requests = 0;

  constructor(
    readonly baseUrl: string,
    readonly auth: RegistryAuth,
    private readonly userAgent: string,
    private readonly backoffMs: readonly number[] = DEFAULT_BACKOFF_MS,
    readonly timeouts: Timeouts = DEFAULT_TIMEOUTS,
  ) {}

  /**
   * The registry's Authorization for a request to `url`: none for another origin (an upload
   * Location at a storage service, a Link to elsewhere), which must not see the registry's token.
   */
  private async authorizationFor(url: URL, scopes: readonly string[]): Promise<string | undefined> {
    return url.origin === new URL(this.baseUrl).origin ? this.auth.authorize(scopes) : undefined;
  }

  /** Resolve a path (`/v2/…`) or a Location header against the registry's base URL. */
  url(pathOrLocation: string): URL {
    return new URL(pathOrLocation, this.baseUrl);
  }

  /** Send a request; answers a 401 challenge and retries transient failures. */
  async request(method: string, path: string, options: RequestOptions): Promise<Answer> {
    const url = this.url(path);
    const attempts = options.retry === false ? 1 : this.backoffMs.length + 1;
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await this.authorized(method, url, options);
        if (attempt < attempts && RETRY_STATUS.includes(response.status)) {
          await response.body?.cancel();
          await sleep(this.backoffMs[attempt - 1] ?? 1000);
          continue;
        }
        return response;
      } catch (error) {
        if (attempt >= attempts || !isConnectionError(error)) throw error;
        await sleep(this.backoffMs[attempt - 1] ?? 1000);
      }
    }
  }

  /** request(), then throw a RegistryError unless the status is one of `ok`. */
  async expect(method: string, path: string, ok: number[], options: RequestOptions): Promise<Answer> {
    const response = await this.request(method, path, options);
    if (!ok.includes(response.status)) throw await registryError(response, method, this.url(path));
    return response;
  }

  private async authorized(method: string, url: URL, options: RequestOptions): Promise<Answer> {
    for (let round = 0; ; round++) {
      const authorization = await this.authorizationFor(url, options.scopes);
      this.requests++;
      const response = await nodeFetch(url, {
        method,
        // Cross-origin redirects drop the Authorization header (the fetch standard; http/fetch.ts too).
        redirect: 'follow',
        signal: AbortSignal.timeout(options.timeoutMs ?? this.timeouts.requestMs),
        headers: {
          'User-Agent': this.userAgent,
          ...options.headers,
          ...(authorization ? { Authorization: authorization } : {}),
        },
        ...(options.body !== undefined ? { body: options.body } : {}),
      });
      if (response.status !== 401 || round >= 2 || url.origin !== new URL(this.baseUrl).origin)
        return response;
      const challenges = parseChallenges(response.headers.get('www-authenticate') ?? '');
      if (!(await this.auth.answer(challenges, options.scopes, authorization))) return response;
      await response.body?.cancel();
    }
  }

  /**
   * Send `body` (a stream of exactly `length` bytes) without buffering it. Not retried here: the
   * caller restarts the whole upload, reopening its source.
   */
  async stream(
    method: string,
    location: string,
    body: Readable,
    length: number,
    options: { scopes: readonly string[]; headers?: Record<string, string> },
  ): Promise<StreamResponse> {
    const url = this.url(location);
    const authorization = await this.authorizationFor(url, options.scopes);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const { idleMs, blobMs } = this.timeouts;
    this.requests++;
    const timedOut = (what: string): Error =>
      Object.assign(new Error(`${method} ${url.origin}${url.pathname}: ${what}`), { code: 'ETIMEDOUT' });
    let overall: NodeJS.Timeout | undefined;
    try {
      return await new Promise<StreamResponse>((resolve, reject) => {
        const request = send(url, {
          method,
          headers: {
            'User-Agent': this.userAgent,
            'Content-Length': String(length),
            'Content-Type': 'application/octet-stream',
            ...options.headers,
            ...(authorization ? { Authorization: authorization } : {}),
          },
        });
        overall = setTimeout(() => request.destroy(timedOut(`not done after ${blobMs} ms`)), blobMs);
        // The socket's idle limit: a stalled registry (or source) fails the attempt, to be retried.
        request.setTimeout(idleMs, () => request.destroy(timedOut(`no data for ${idleMs} ms`)));
        request.on('response', (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            if (text.length < 64 * 1024) text += chunk;
          });
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
          );
          response.on('error', reject);
        });
        request.on('error', reject);
        pipeline(body, request).catch(reject);
      });
    } finally {
      clearTimeout(overall);
    }
  }
}

/** A RegistryError from a response that was not what the caller expected. */
export async function registryError(
  response: Answer,
  method: string,
  url: URL | string,
): Promise<RegistryError> {
  const text = method === 'HEAD' ? '' : await response.text().catch(() => '');
  return new RegistryError(response.status, method, String(url), parseErrorBody(text));
}

/** Network-level failures (reset, refused, closed early) that are worth another attempt. */
export function isConnectionError(error: unknown): boolean {
  // Duck-typed, not instanceof: errors from node's core may come from another realm (jest's vm).
  if (typeof error !== 'object' || error === null) return false;
  const { code, name, message, cause } = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  const causeCode =
    typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  const codes = [code, causeCode].filter((c): c is string => typeof c === 'string');
  return (
    (name === 'TypeError' && message === 'fetch failed') ||
    name === 'TimeoutError' ||
    codes.some((c) => CONNECTION_CODES.includes(c))
  );
}

const CONNECTION_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'ERR_STREAM_PREMATURE_CLOSE',
];
