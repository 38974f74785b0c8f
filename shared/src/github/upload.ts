/**
 * Streamed release-asset uploads over node:http/node:https, not octokit: octokit sends bodies through
 * fetch (undici), which keeps a streamed request body in memory (nodejs/undici#4058, ~1.15 GB RSS
 * for 1 GiB). Each attempt reopens the file (a regular file only, checked before anything is sent),
 * so a retry sends it whole again; 5xx, rate limits with
 * `retry-after` and broken connections are retried with bounded waits.
 *
 * The file is read once: each chunk is hashed as it is sent, so an upload knows the sha256 of exactly
 * the bytes GitHub received (compared with GitHub's digest by the caller) without a pass of its own
 * over the file before it. Whether the file changed while it was sent (its size, mtime or ctime on
 * the open file, from the first read to GitHub's answer) is reported beside it: such an upload may be
 * torn, half one content and half another.
 *
 * Like every other request, an upload goes through the runner's proxy when HTTPS_PROXY/NO_PROXY say
 * so (proxy.ts decides, http/tunnel.ts connects), and each attempt spends a turn of the client's write
 * budget (pacing.ts): GitHub counts an upload among the content-creating requests it limits.
 */
import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from '../log.js';
import { tunnelConnection } from '../http/tunnel.js';
import { CHUNK_BYTES, openRegularFile, type RemoteAsset } from './assets.js';
import { USER_AGENT } from './client.js';
import { mayCarryToken, refusalMessage } from './origins.js';
import { holdWrites, takeWriteBudget } from './pacing.js';
import { proxyFor } from './proxy.js';

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
  /** The GitHub client whose write budget each attempt spends (pacing.ts); none: unpaced. */
  pacedBy?: object;
  /** Where the runner's proxy settings are read (HTTPS_PROXY, NO_PROXY); default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** An upload GitHub took. */
export interface Uploaded {
  asset: RemoteAsset;
  /** The sha256 (hex) of the bytes sent: the file as it was read, once, while it was sent. */
  sha256: string;
  /**
   * False when the file changed while it was sent (size, mtime or ctime of the open file differ
   * between the first read and GitHub's answer): the asset may mix two contents.
   */
  steady: boolean;
}

/** One failed attempt: `transient` may succeed when repeated, `conflict` is 422 `already_exists`. */
export class UploadAttemptError extends Error {
  override readonly name = 'UploadAttemptError';
  /**
   * The sha256 of the file when the attempt sent all of it before failing (GitHub may have kept the
   * asset: a 5xx or a reset after the last byte), so a recovery can recognise it without a read.
   */
  sentSha256?: string;
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

/**
 * Send the file once, streamed from disk and hashed as it goes; resolves with GitHub's asset and the
 * sha256 of what was sent, or rejects with UploadAttemptError.
 */
export async function uploadOnce(target: UploadTarget): Promise<Uploaded> {
  const url = uploadUrlFor(target.uploadUrl, target.name, target.label);
  checkUploadUrl(url, target.apiUrl);
  // GitHub counts each upload among the content-creating requests it limits: wait for its turn.
  if (target.pacedBy) await takeWriteBudget(target.pacedBy, 'POST', url.href);
  // Opened (each attempt) before anything is sent: the file may have been swapped since it was
  // checked; a FIFO in its place must fail the upload, not block it forever.
  let handle: FileHandle;
  try {
    handle = await openRegularFile(target.path);
  } catch (error) {
    throw new UploadAttemptError(`cannot read ${target.path}: ${(error as Error).message}`, 'fatal');
  }
  let sending: Promise<void> = Promise.resolve();
  let sent: string | undefined;
  // Whether the file is as it was when the attempt began (size, mtime, ctime of the open file).
  let unchanged = (): Promise<boolean> => Promise.resolve(false);
  try {
    const before = await handle.stat({ bigint: true });
    unchanged = async (): Promise<boolean> => {
      const after = await handle.stat({ bigint: true });
      return (
        after.size === before.size && after.mtimeNs === before.mtimeNs && after.ctimeNs === before.ctimeNs
      );
    };
    const idleMs = target.idleTimeoutMs ?? 120_000;
    const proxy = proxyFor(url, target.env);
    // Ends the send when the attempt has failed: a request that never got its socket (a proxy that
    // refused the tunnel) is destroyed without a 'close'.
    const stopped = new AbortController();
    const asset = await new Promise<RemoteAsset>((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      let settled = false;
      const fail = (error: UploadAttemptError): void => {
        if (settled) return;
        settled = true;
        stopped.abort();
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
        ...(proxy ? { createConnection: tunnelConnection(proxy, url, idleMs) } : {}),
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
      const hash = createHash('sha256');
      sending = sendFile(req, stopped.signal, handle, target.path, target.size, hash).then(
        () => void (sent = hash.digest('hex')),
        (error: unknown) => {
          if (error instanceof UploadAttemptError) fail(error);
          // A write that failed because the connection broke is reported by req's own 'error'; a read
          // that failed is the file's fault, and waiting would only end at the idle timeout.
          else if (!(error instanceof WriteError))
            fail(new UploadAttemptError(`cannot read ${target.path}: ${(error as Error).message}`, 'fatal'));
        },
      );
    });
    // The send ends once the request is answered or destroyed; GitHub answers once it has it all.
    await sending;
    if (sent === undefined)
      throw new UploadAttemptError(`GitHub answered before ${target.path} was sent whole`, 'transient');
    return { asset, sha256: sent, steady: await unchanged() };
  } catch (error) {
    await sending;
    // The recovery keeps an asset GitHub stored by this sha256: only when the file held still, else
    // that asset may hold two builds' bytes (it is read again there, and then does not match).
    if (error instanceof UploadAttemptError && sent !== undefined && (await unchanged().catch(() => false)))
      error.sentSha256 = sent;
    throw error;
  } finally {
    // Closed only once the send has ended (answered or destroyed).
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
async function sendFile(
  req: ClientRequest,
  stopped: AbortSignal,
  handle: FileHandle,
  path: string,
  size: number,
  hash: Hash,
): Promise<void> {
  const closed = new Promise<never>((_, reject) => {
    req.once('close', () => reject(new WriteError('closed')));
    stopped.addEventListener('abort', () => reject(new WriteError('stopped')), { once: true });
  });
  closed.catch(() => undefined);
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  let writing: Promise<void> = Promise.resolve();
  for (let position = 0, turn = 0; position < size; turn++) {
    const buffer = buffers[turn % 2]!;
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - position), position);
    if (bytesRead === 0) throw new UploadAttemptError(`${path} shrank while it was uploaded`, 'fatal');
    await Promise.race([writing, closed]);
    const chunk = buffer.subarray(0, bytesRead);
    // Hashed before it is handed to the socket: the buffer is refilled only after the write is done.
    hash.update(chunk);
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
 * the upload when it did complete (a 5xx after the last byte; `sent` is the sha256 of the file when
 * the failed attempt sent all of it), and otherwise clears any `starter` or partial asset of that
 * name so the next attempt can take the name.
 */
export async function uploadWithRetry(
  target: UploadTarget,
  recover: (sent: string | undefined) => Promise<Uploaded | undefined>,
  log: Logger,
  policy: RetryPolicy = {},
): Promise<Uploaded> {
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
      // A wait GitHub asked for (retry-after: a secondary limit) holds the client's other writes too.
      if (error.retryAfter !== undefined && target.pacedBy) holdWrites(target.pacedBy, waitSeconds * 1000);
      await new Promise((done) => setTimeout(done, waitSeconds * 1000));
      const finished = await recover(error.sentSha256);
      if (finished) return finished;
    }
  }
}
