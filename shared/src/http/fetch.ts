/**
 * fetch over node:http and node:https: the one HTTP stack of every bundle (the streamed uploads and
 * blob copies already use node:http(s)). Node's global fetch is undici, compiled and loaded on first
 * use: touching `fetch`, `Response` or `Headers` once costs ~40 ms of CPU, more than the rest of a
 * bundle's start, while node:http is part of Node's startup snapshot.
 *
 * Only what our callers use (octokit's request, the registry session and its token service):
 * - a request with a string or bytes body and an abort signal (covering the answer's body too);
 * - `redirect: 'manual'` (GitHub's guard follows redirects itself) or `'follow'`, as fetch follows:
 *   303 (and 301/302 after a POST) become a GET without body, and the Authorization and Cookie
 *   headers are dropped when a redirect leads to another origin;
 * - an answer with status, url, headers (`get`, iterable) and its body read as text, JSON or bytes,
 *   streamed (`stream()`), or dropped (`body.cancel()`).
 * Failures look like fetch's: a TypeError 'fetch failed' whose cause is the system error (callers
 * read its code), or the signal's reason (a TimeoutError for AbortSignal.timeout) when aborted.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

/** Redirects followed for one request before giving up, as fetch does. */
const MAX_REDIRECTS = 20;

/** The answer's headers: lower-case names, repeated ones joined with ", " as fetch joins them. */
export class AnswerHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>();

  constructor(raw: IncomingMessage['headers']) {
    for (const [name, value] of Object.entries(raw))
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.map.entries();
  }
}

/** The part of a fetch Response our callers read; the body is read (or dropped) once. */
export class Answer {
  readonly headers: AnswerHeaders;
  private used = false;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    private readonly res: IncomingMessage,
    private readonly failure: () => Error,
    private readonly settle: () => void,
    /** A HEAD answer, or a status without content: its (empty) body is read at once. */
    private readonly empty: boolean,
  ) {
    this.headers = new AnswerHeaders(res.headers);
    if (empty) {
      res.once('end', settle);
      res.resume();
    }
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  /** The body, for dropping unread (`await answer.body?.cancel()`), as a fetch body can be. */
  get body(): { cancel(): Promise<void> } | null {
    return this.used || this.empty ? null : { cancel: () => this.cancel() };
  }

  /** The body as a stream, read as it arrives (never held whole). */
  stream(): Readable {
    this.take();
    if (this.empty) return Readable.from([]);
    this.res.once('end', this.settle);
    return this.res;
  }

  async text(): Promise<string> {
    return (await this.bytes()).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  /** Drop the body: read and discard what is left, so the connection can serve the next request. */
  cancel(): Promise<void> {
    if (this.used || this.empty) return Promise.resolve();
    this.used = true;
    return new Promise((done) => {
      this.res.once('end', done).once('close', done);
      this.res.once('end', this.settle);
      this.res.resume();
    });
  }

  private bytes(): Promise<Buffer> {
    this.take();
    if (this.empty) return Promise.resolve(Buffer.alloc(0));
    const res = this.res;
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => {
        this.settle();
        resolve(Buffer.concat(chunks));
      });
      res.once('error', () => reject(this.failure()));
      res.once('close', () => {
        if (!res.complete) reject(this.failure());
      });
    });
  }

  private take(): void {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
  }
}

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

/** fetch as our callers use it, over node:http(s). */
export async function nodeFetch(input: string | URL, init: FetchInit = {}): Promise<Answer> {
  let url = new URL(String(input));
  let method = (init.method ?? 'GET').toUpperCase();
  let headers: Record<string, string> = { ...init.headers };
  let body = init.body === undefined || init.body === null ? undefined : Buffer.from(init.body);
  const redirect = init.redirect ?? 'follow';
  for (let hops = 0; ; hops++) {
    const answer = await once(url, method, headers, body, init.signal ?? undefined);
    const location = answer.headers.get('location');
    if (redirect === 'manual' || ![301, 302, 303, 307, 308].includes(answer.status) || !location)
      return answer;
    await answer.cancel();
    if (redirect === 'error' || hops >= MAX_REDIRECTS)
      throw new TypeError('fetch failed', {
        cause: new Error(
          `${method} ${url.href}: ${redirect === 'error' ? 'redirected' : 'too many redirects'}`,
        ),
      });
    const next = new URL(location, url);
    if (
      answer.status === 303
        ? method !== 'HEAD'
        : method === 'POST' && answer.status !== 307 && answer.status !== 308
    ) {
      method = 'GET';
      body = undefined;
      headers = withoutHeaders(headers, [
        'content-type',
        'content-length',
        'content-encoding',
        'content-language',
      ]);
    }
    // The fetch standard: credentials for one origin are not carried to another.
    if (next.origin !== url.origin)
      headers = withoutHeaders(headers, ['authorization', 'cookie', 'proxy-authorization']);
    url = next;
  }
}

function withoutHeaders(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}

/** One request, resolved once the answer's status and headers are in. */
function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const send = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : undefined;
  if (!send)
    return Promise.reject(
      new TypeError('fetch failed', { cause: new Error(`unsupported URL ${url.protocol}`) }),
    );
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<Answer>((resolve, reject) => {
    const req = send(url, {
      method,
      headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
    });
    let cause: Error | undefined;
    const failure = (): Error =>
      signal?.aborted
        ? abortError(signal)
        : new TypeError('fetch failed', { cause: cause ?? new Error('terminated') });
    const onAbort = (): void => {
      req.destroy();
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => signal?.removeEventListener('abort', onAbort);
    req.on('error', (error) => {
      cause = error;
      settle();
      reject(failure());
    });
    req.on('response', (res) => {
      res.on('error', (error) => (cause = error));
      const status = res.statusCode ?? 0;
      // An answer without a body frees its connection at once.
      const empty = method === 'HEAD' || [204, 205, 304].includes(status);
      resolve(new Answer(status, res.statusMessage ?? '', url.href, res, failure, settle, empty));
    });
    req.end(body);
  });
}

/** What fetch rejects with when its signal aborts: the signal's reason, else an AbortError. */
function abortError(signal: AbortSignal): Error {
  // Duck-typed: a DOMException (TimeoutError) may come from another realm (jest's vm).
  const reason = signal.reason as { name?: unknown } | undefined;
  return typeof reason === 'object' && reason !== null && typeof reason.name === 'string'
    ? (reason as Error)
    : Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}
