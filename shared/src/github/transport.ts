/**
 * The fetch octokit sends through: node:http and node:https, the stack the streamed uploads use
 * anyway. Node's global fetch is undici, compiled and loaded on first use (`fetch`, `Response` or
 * `Headers` touched once costs ~40 ms of CPU, more than a bundle's whole start); node:http is part
 * of Node's startup snapshot and costs a few.
 *
 * Only what @octokit/request uses is here: a request with a string body, `redirect: 'manual'` (the
 * guard follows redirects itself), an abort signal; an answer with status, url, headers (iterable,
 * and `get`) and the body as text or bytes, read whole (API answers are small; asset bytes never
 * come this way). Failures look like fetch's: a TypeError 'fetch failed' whose cause is the
 * system error (guard.ts reads its code), an AbortError or the signal's reason when aborted.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** The answer's headers: lower-case names, repeated ones joined with ", " as fetch joins them. */
class AnswerHeaders implements Iterable<[string, string]> {
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

/** The part of a fetch Response that octokit reads. */
export class Answer {
  readonly headers: AnswerHeaders;
  readonly bodyUsed = false;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    headers: IncomingMessage['headers'],
    private readonly bytes: Buffer,
  ) {
    this.headers = new AnswerHeaders(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    return Promise.resolve(this.bytes.toString('utf8'));
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.bytes;
    return Promise.resolve(buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer);
  }
}

type Init = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  redirect?: string;
  signal?: AbortSignal | null;
};

/** fetch as octokit calls it, over node:http(s). */
export function nodeFetch(input: string | URL, init: Init = {}): Promise<Answer> {
  const url = new URL(String(input));
  const { method = 'GET', headers = {}, body, signal } = init;
  if (init.redirect !== undefined && init.redirect !== 'manual')
    throw new TypeError(`redirect: '${init.redirect}' is not supported here; the guard follows redirects`);
  const payload = body === undefined || body === null ? undefined : Buffer.from(body);
  const send = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : undefined;
  if (!send)
    return Promise.reject(
      new TypeError(`fetch failed`, { cause: new Error(`unsupported URL ${url.protocol}`) }),
    );

  return new Promise<Answer>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const req = send(url, {
      method,
      headers: { ...headers, ...(payload ? { 'content-length': String(payload.length) } : {}) },
    });
    const onAbort = (): void => {
      req.destroy();
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => signal?.removeEventListener('abort', onAbort);
    req.on('error', (error) => {
      done();
      reject(new TypeError('fetch failed', { cause: error }));
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => {
        done();
        reject(new TypeError('fetch failed', { cause: error }));
      });
      res.on('end', () => {
        done();
        resolve(
          new Answer(
            res.statusCode ?? 0,
            res.statusMessage ?? '',
            url.href,
            res.headers,
            Buffer.concat(chunks),
          ),
        );
      });
    });
    req.end(payload);
  });
}

/** What fetch rejects with when its signal aborts: the signal's reason, else an AbortError. */
function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}
