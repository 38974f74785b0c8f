/**
 * Streamed release-asset uploads over node:http/node:https, not octokit: octokit sends bodies through
 * fetch (undici), which keeps a streamed request body in memory (nodejs/undici#4058, ~1.15 GB RSS
 * for 1 GiB). Each attempt reopens the file (a regular file only, checked before anything is sent),
 * so a retry sends it whole again; 5xx, rate limits with
 * `retry-after` and broken connections are retried with bounded waits.
 */
import type { FileHandle } from 'node:fs/promises';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from '../log.js';
import { CHUNK_BYTES, openRegularFile, type RemoteAsset } from './assets.js';
import { USER_AGENT } from './client.js';
import { mayCarryToken, refusalMessage } from './origins.js';

export interface UploadTarget {
  /** The release's `upload_url` (`https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}`). */
  uploadUrl: string;
  /** The REST root (GITHUB_API_URL): the token goes only to hosts that belong to it. */
  apiUrl: string;
  token: string;
  name: string;
  label?: string;
  path: string;
  size: number;
  contentType: string;
  /** Milliseconds without progress before an attempt is abandoned as broken; default 120 000. */
  idleTimeoutMs?: number;
}

/** One failed attempt: `transient` may succeed when repeated, `conflict` is 422 `already_exists`. */
export class UploadAttemptError extends Error {
  override readonly name = 'UploadAttemptError';
  constructor(
    message: string,
    readonly kind: 'transient' | 'conflict' | 'fatal',
    readonly status?: number,
    /** Seconds the server asked to wait (retry-after, or until the rate limit resets). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** The upload URL for one file: the `{?name,label}` template filled in. */
export function uploadUrlFor(template: string, name: string, label?: string): URL {
  const url = new URL(template.replace(/\{[^}]*\}$/, ''));
  url.searchParams.set('name', name);
  if (label !== undefined) url.searchParams.set('label', label);
  return url;
}

/** Refuse an upload URL the token must not go to: the one rule of origins.ts. */
export function checkUploadUrl(url: URL, apiUrl: string): void {
  if (!mayCarryToken(url, apiUrl))
    throw new UploadAttemptError(refusalMessage(url, apiUrl, "the release's upload_url"), 'fatal');
}

/** Send the file once, streamed from disk; resolves with GitHub's asset or rejects with UploadAttemptError. */
export async function uploadOnce(target: UploadTarget): Promise<RemoteAsset> {
  const url = uploadUrlFor(target.uploadUrl, target.name, target.label);
  checkUploadUrl(url, target.apiUrl);
  // Opened (each attempt) before anything is sent: the file was hashed earlier and may have been
  // swapped since; a FIFO in its place must fail the upload, not block it forever.
  let handle: FileHandle;
  try {
    handle = await openRegularFile(target.path);
  } catch (error) {
    throw new UploadAttemptError(`cannot read ${target.path}: ${(error as Error).message}`, 'fatal');
  }
  let sending: Promise<void> = Promise.resolve();
  try {
    return await new Promise<RemoteAsset>((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const idleMs = target.idleTimeoutMs ?? 120_000;
      let settled = false;
      const fail = (error: UploadAttemptError): void => {
        if (settled) return;
        settled = true;
        req.destroy();
        reject(error);
      };
      const req = send(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${target.token}`,
          accept: 'application/vnd.github+json',
          'content-type': target.contentType,
          'content-length': String(target.size),
          'user-agent': USER_AGENT,
          'x-github-api-version': '2022-11-28',
        },
      });
      req.setTimeout(idleMs, () => fail(new UploadAttemptError(`no progress for ${idleMs} ms`, 'transient')));
      req.on('error', (error) => fail(new UploadAttemptError(error.message, 'transient')));
      req.on('response', (res) => {
        readJson(res).then(
          (body) => {
            if (settled) return;
            if (res.statusCode === 201 || res.statusCode === 200) {
              settled = true;
              resolve(body as RemoteAsset);
            } else {
              fail(classify(res, body));
            }
          },
          (error: Error) => fail(new UploadAttemptError(error.message, 'transient')),
        );
      });
      sending = sendFile(req, handle, target.path, target.size).catch((error: unknown) => {
        if (error instanceof UploadAttemptError) fail(error);
        // A write that failed because the connection broke is reported by req's own 'error'; a read
        // that failed is the file's fault, and waiting would only end at the idle timeout.
        else if (!(error instanceof WriteError))
          fail(new UploadAttemptError(`cannot read ${target.path}: ${(error as Error).message}`, 'fatal'));
      });
    });
  } finally {
    // The send ends once the request is answered or destroyed; only then is the file closed.
    await sending;
    await handle.close();
  }
}

/** A write to the request failed: the connection broke (reported by the request's own 'error'). */
class WriteError extends Error {}

/**
 * Write the file to the request through two reused buffers: one is read while the other is being
 * written, and a buffer is refilled only once the socket has taken it (the write's callback). A
 * read stream would allocate a new buffer per chunk and let garbage pile up (~70 MB per GiB).
 */
async function sendFile(req: ClientRequest, handle: FileHandle, path: string, size: number): Promise<void> {
  const closed = new Promise<never>((_, reject) => req.once('close', () => reject(new WriteError('closed'))));
  closed.catch(() => undefined);
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  let writing: Promise<void> = Promise.resolve();
  for (let position = 0, turn = 0; position < size; turn++) {
    const buffer = buffers[turn % 2]!;
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - position), position);
    if (bytesRead === 0) throw new UploadAttemptError(`${path} shrank while it was uploaded`, 'fatal');
    await Promise.race([writing, closed]);
    const chunk = buffer.subarray(0, bytesRead);
    writing = new Promise<void>((done, failed) =>
      req.write(chunk, (error) => (error ? failed(new WriteError(error.message)) : done())),
    );
    position += bytesRead;
  }
  await Promise.race([writing, closed]);
  req.end();
}

function readJson(res: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('the answer was cut off')));
    res.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? {} : JSON.parse(text));
      } catch {
        resolve({ message: text.slice(0, 200) });
      }
    });
  });
}

function classify(res: IncomingMessage, body: unknown): UploadAttemptError {
  const status = res.statusCode ?? 0;
  const b = (body ?? {}) as { message?: string; errors?: Array<{ code?: string }> };
  const message = `GitHub answered ${status} to the upload: ${b.message ?? ''}`.trim();
  const retryAfter = Number(res.headers['retry-after']);
  const remaining = res.headers['x-ratelimit-remaining'];
  const reset = Number(res.headers['x-ratelimit-reset']);
  if (status >= 500) return new UploadAttemptError(message, 'transient', status);
  if (status === 403 || status === 429) {
    if (Number.isFinite(retryAfter) && retryAfter >= 0)
      return new UploadAttemptError(message, 'transient', status, retryAfter);
    if (remaining === '0' && Number.isFinite(reset)) {
      return new UploadAttemptError(message, 'transient', status, Math.max(0, reset - Date.now() / 1000));
    }
    if (/secondary rate/i.test(b.message ?? ''))
      return new UploadAttemptError(message, 'transient', status, 60);
  }
  if (status === 422 && b.errors?.some((e) => e.code === 'already_exists')) {
    return new UploadAttemptError(message, 'conflict', status);
  }
  return new UploadAttemptError(message, 'fatal', status);
}

export interface RetryPolicy {
  /** Attempts after the first; default 4. */
  retries?: number;
  /** Longest single wait in seconds; a server asking for more fails the upload. Default 120. */
  maxWaitSeconds?: number;
  /** First backoff for a 5xx or broken connection, in ms; doubles each time. Default 1000. */
  backoffMs?: number;
}

/**
 * Upload with retries. Before each retry `recover` is asked what the failed attempt left: it returns
 * the asset when the upload did complete (a 5xx after the last byte), and otherwise clears any
 * `starter` or partial asset of that name so the next attempt can take the name.
 */
export async function uploadWithRetry(
  target: UploadTarget,
  recover: () => Promise<RemoteAsset | undefined>,
  log: Logger,
  policy: RetryPolicy = {},
): Promise<RemoteAsset> {
  const { retries = 4, maxWaitSeconds = 120, backoffMs = 1000 } = policy;
  for (let attempt = 0; ; attempt++) {
    try {
      return await uploadOnce(target);
    } catch (error) {
      if (!(error instanceof UploadAttemptError) || error.kind === 'fatal' || attempt >= retries) throw error;
      const waitSeconds =
        error.kind === 'conflict' ? 0 : (error.retryAfter ?? (backoffMs * 2 ** attempt) / 1000);
      if (waitSeconds > maxWaitSeconds) {
        throw new UploadAttemptError(
          `${error.message} (asks to wait ${Math.ceil(waitSeconds)} s, over ${maxWaitSeconds} s)`,
          'fatal',
          error.status,
        );
      }
      log.warning(
        `Upload of ${target.name} failed (${error.message}); retry ${attempt + 1} of ${retries} in ${waitSeconds.toFixed(1)} s`,
      );
      await new Promise((done) => setTimeout(done, waitSeconds * 1000));
      const finished = await recover();
      if (finished) return finished;
    }
  }
}
