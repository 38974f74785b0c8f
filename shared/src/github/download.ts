/**
 * Release asset downloads through the REST API (`GET …/releases/assets/{id}` with
 * `Accept: application/octet-stream`), the one way that works for public and private repositories
 * on github.com and GitHub Enterprise Server alike. GitHub answers with a redirect to a signed URL on
 * another host (objects/release-assets.githubusercontent.com): the token must not go there. Node's
 * fetch drops `Authorization` on a cross-origin redirect, but that is an implementation detail of
 * undici; redirects are followed here by hand, and every hop is checked by the one rule for where
 * tokens go (`mayCarryToken`, origins.ts).
 * The body is streamed to disk and hashed on the way (constant memory, whatever the size).
 */
import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import type { Logger } from '../log.js';
import { USER_AGENT } from './client.js';
import { mayCarryToken } from './origins.js';

export interface DownloadRequest {
  /** The asset's API URL: `<GITHUB_API_URL>/repos/<owner>/<repo>/releases/assets/<id>`. */
  url: string;
  /** GITHUB_API_URL: the token goes only to its origin. */
  apiUrl: string;
  /** Empty or undefined: anonymous (a public repository). */
  token?: string;
  /** Where the file goes; written as `<path>.part` and renamed once complete. */
  path: string;
  /** Milliseconds without a byte before an attempt is abandoned; default 120 000. */
  idleTimeoutMs?: number;
  /** Attempts after the first for a broken connection or a 5xx; default 3. */
  retries?: number;
  /** First wait before a retry in ms, doubling; default 1000. */
  backoffMs?: number;
}

export interface Downloaded {
  sha256: string;
  size: number;
  /** The origins the bytes came through, in order, and whether the token went to each. */
  hops: Array<{ origin: string; token: boolean }>;
}

export class DownloadError extends Error {
  override readonly name = 'DownloadError';
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 5;

/** The asset API URL for an asset id. */
export function assetApiUrl(apiUrl: string, owner: string, repo: string, id: number): string {
  return `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/releases/assets/${id}`;
}

/** Download with retries; each attempt starts again at the API (a signed URL may have expired). */
export async function downloadAsset(request: DownloadRequest, log: Logger): Promise<Downloaded> {
  const { retries = 3, backoffMs = 1000 } = request;
  for (let attempt = 0; ; attempt++) {
    try {
      return await downloadOnce(request);
    } catch (error) {
      await rm(`${request.path}.part`, { force: true });
      const transient = error instanceof DownloadError ? error.transient : true;
      if (!transient || attempt >= retries) throw error;
      const wait = backoffMs * 2 ** attempt;
      log.warning(
        `Download of ${request.url} failed (${(error as Error).message}); retry ${attempt + 1} of ${retries} in ${wait / 1000} s`,
      );
      await new Promise((done) => setTimeout(done, wait));
    }
  }
}

async function downloadOnce(request: DownloadRequest): Promise<Downloaded> {
  const hops: Downloaded['hops'] = [];
  const idleMs = request.idleTimeoutMs ?? 120_000;
  let url = new URL(request.url);
  for (let redirects = 0; ; redirects++) {
    const withToken = Boolean(request.token) && mayCarryToken(url, request.apiUrl);
    hops.push({ origin: url.origin, token: withToken });
    const controller = new AbortController();
    let idle = setTimeout(() => controller.abort(), idleMs);
    const headers: Record<string, string> = {
      accept: 'application/octet-stream',
      'user-agent': USER_AGENT,
    };
    if (withToken) {
      headers.authorization = `Bearer ${request.token}`;
      headers['x-github-api-version'] = '2022-11-28';
    }
    let response: Response;
    try {
      response = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
    } catch (error) {
      clearTimeout(idle);
      throw new DownloadError(
        controller.signal.aborted ? `no answer within ${idleMs} ms from ${url.origin}` : describe(error),
        true,
      );
    }
    if ([301, 302, 303, 307, 308].includes(response.status)) {
      clearTimeout(idle);
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location)
        throw new DownloadError(`${url.origin} answered ${response.status} without a Location`, false);
      if (redirects >= MAX_REDIRECTS) throw new DownloadError(`more than ${MAX_REDIRECTS} redirects`, false);
      url = new URL(location, url);
      continue;
    }
    if (!response.ok || !response.body) {
      clearTimeout(idle);
      const text = await response.text().catch(() => '');
      throw new DownloadError(
        `${url.origin} answered ${response.status} to the download${text ? `: ${text.slice(0, 200)}` : ''}`,
        response.status >= 500 || response.status === 429,
      );
    }
    const hash = createHash('sha256');
    let size = 0;
    const part = `${request.path}.part`;
    const file = await open(part, 'w');
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        clearTimeout(idle);
        idle = setTimeout(() => controller.abort(), idleMs);
        hash.update(chunk);
        size += chunk.byteLength;
        await file.write(chunk);
      }
    } catch (error) {
      throw new DownloadError(
        controller.signal.aborted ? `no data for ${idleMs} ms from ${url.origin}` : describe(error),
        true,
      );
    } finally {
      clearTimeout(idle);
      await file.close();
    }
    const expected = Number(response.headers.get('content-length'));
    if (Number.isFinite(expected) && response.headers.has('content-length') && expected !== size) {
      throw new DownloadError(`${url.origin} sent ${size} of ${expected} bytes`, true);
    }
    await rename(part, request.path);
    return { sha256: hash.digest('hex'), size, hops };
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { message?: string; code?: string } }).cause;
  // Not `instanceof Error`: errors from another realm (a VM context) are errors too.
  const message = typeof (error as Error)?.message === 'string' ? (error as Error).message : String(error);
  return cause?.message ? `${message}: ${cause.message}` : message;
}
