/**
 * The OCI distribution API, one method per operation: manifests (always with an explicit Accept,
 * digests verified against the bytes), tags with Link pagination, blob existence, cross-repository
 * mount, streamed blob upload and download, delete by digest.
 */
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { RegistryAuth } from './auth.js';
import { deleteManifest, deleteTag } from './delete.js';
import type { CredentialLookup } from './credentials.js';
import { RegistryError, parseErrorBody } from './errors.js';
import { MANIFEST_ACCEPT, declaredMediaType, sha256Digest, type RawManifest } from './manifest.js';
import { registryBaseUrl, type ImageReference } from './reference.js';
import {
  DEFAULT_BACKOFF_MS,
  DEFAULT_TIMEOUTS,
  RegistrySession,
  isConnectionError,
  type Timeouts,
} from './session.js';

export interface RegistryClientOptions {
  credentials?: CredentialLookup;
  /** Called with each secret derived at run time (tokens) so the log masks it. */
  mask?: (secret: string) => void;
  /** Registries to reach over plain http (loopback hosts always are). */
  insecure?: readonly string[];
  userAgent?: string;
  /** Waits between attempts of a retried request or upload. */
  backoffMs?: readonly number[];
  /** Time limits (defaults: DEFAULT_TIMEOUTS). */
  timeouts?: Partial<Timeouts>;
  /** Called with warnings worth a person's attention (a token service on another host). */
  warn?: (message: string) => void;
}

/** A repository in a registry. */
export type Repository = Pick<ImageReference, 'registry' | 'repository'>;

export interface ManifestHead {
  digest: string;
  mediaType: string;
  size: number;
}

const pull = (repo: Repository): string => `repository:${repo.repository}:pull`;
const push = (repo: Repository): string => `repository:${repo.repository}:pull,push`;

export class RegistryClient {
  private readonly sessions = new Map<string, RegistrySession>();

  constructor(private readonly options: RegistryClientOptions = {}) {}

  /** The session for a registry (created on first use). */
  session(registry: string): RegistrySession {
    let session = this.sessions.get(registry);
    if (!session) {
      const userAgent = this.options.userAgent ?? 'release-actions';
      const credentials = this.options.credentials?.(registry);
      const baseUrl = registryBaseUrl(registry, this.options.insecure);
      const auth = new RegistryAuth({
        userAgent,
        registryUrl: baseUrl,
        ...(credentials ? { credentials } : {}),
        ...(this.options.mask ? { mask: this.options.mask } : {}),
        ...(this.options.warn ? { warn: this.options.warn } : {}),
      });
      session = new RegistrySession(baseUrl, auth, userAgent, this.options.backoffMs, {
        ...DEFAULT_TIMEOUTS,
        ...this.options.timeouts,
      });
      this.sessions.set(registry, session);
    }
    return session;
  }

  /** Requests sent so far, to registries and token services. */
  get requestCount(): number {
    let total = 0;
    for (const s of this.sessions.values()) total += s.requests + s.auth.tokenRequests;
    return total;
  }

  /** The manifest a tag or digest names, its digest verified against its bytes. */
  async getManifest(repo: Repository, reference: string): Promise<RawManifest> {
    const path = `/v2/${repo.repository}/manifests/${reference}`;
    const response = await this.session(repo.registry).expect('GET', path, [200], {
      scopes: [pull(repo)],
      headers: { Accept: MANIFEST_ACCEPT },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    const claimed = reference.includes(':') ? reference : response.headers.get('docker-content-digest');
    if (claimed?.startsWith('sha256:') && claimed !== digest) {
      throw new Error(
        `${repo.registry}/${repo.repository}:${reference}: the manifest's bytes hash to ${digest}, not ${claimed} as the registry says`,
      );
    }
    return { mediaType: declaredMediaType(bytes, response.headers.get('content-type')), digest, bytes };
  }

  /** Digest, media type and size of a manifest (HEAD); undefined when the tag or digest is unknown. */
  async headManifest(repo: Repository, reference: string): Promise<ManifestHead | undefined> {
    const path = `/v2/${repo.repository}/manifests/${reference}`;
    const response = await this.session(repo.registry).expect('HEAD', path, [200, 404], {
      scopes: [pull(repo)],
      headers: { Accept: MANIFEST_ACCEPT },
    });
    if (response.status === 404) return undefined;
    const digest = response.headers.get('docker-content-digest');
    if (!digest) return headByGet(await this.getManifest(repo, reference));
    return {
      digest,
      mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
      size: Number(response.headers.get('content-length') ?? 0),
    };
  }

  /** Store a manifest's exact bytes under a tag or its digest; returns the digest the registry reports. */
  async putManifest(repo: Repository, reference: string, manifest: RawManifest): Promise<string> {
    const path = `/v2/${repo.repository}/manifests/${reference}`;
    const response = await this.session(repo.registry).expect('PUT', path, [201], {
      scopes: [push(repo)],
      headers: { 'Content-Type': manifest.mediaType },
      body: manifest.bytes,
    });
    await response.body?.cancel();
    const digest = response.headers.get('docker-content-digest') ?? manifest.digest;
    if (digest !== manifest.digest) {
      throw new Error(
        `${repo.registry}/${repo.repository}:${reference}: the registry stored ${digest}, not ${manifest.digest}`,
      );
    }
    return digest;
  }

  /** Delete a manifest by digest: every tag of the repository pointing at it goes with it. */
  deleteManifest(repo: Repository, digest: string): Promise<void> {
    return deleteManifest(this, repo, digest);
  }

  /** Delete one tag and nothing else, where the registry supports it (see delete.ts). */
  deleteTag(repo: Repository, tag: string): Promise<void> {
    return deleteTag(this, repo, tag);
  }

  /** Every tag of a repository, following `Link: <…>; rel="next"` pages; [] when it does not exist. */
  async listTags(repo: Repository, pageSize = 1000, options: { forPush?: boolean } = {}): Promise<string[]> {
    // Before a push, ask with the push scope: one token serves both, and a registry that creates
    // repositories on push (Docker Hub) refuses a pull-only token for one that does not exist yet.
    const scopes = [options.forPush ? push(repo) : pull(repo)];
    const session = this.session(repo.registry);
    const tags: string[] = [];
    let path: string | undefined = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
    while (path) {
      const response = await session.expect('GET', path, [200, 404], { scopes });
      if (response.status === 404) {
        await response.body?.cancel();
        return tags;
      }
      const body = (await response.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      path = nextLink(response.headers.get('link'));
    }
    return tags;
  }

  /** True when the repository has the blob. */
  async blobExists(repo: Repository, digest: string): Promise<boolean> {
    const path = `/v2/${repo.repository}/blobs/${digest}`;
    const response = await this.session(repo.registry).expect('HEAD', path, [200, 404], {
      scopes: [pull(repo)],
    });
    return response.status === 200;
  }

  /**
   * Mount a blob from another repository of the same registry (no bytes move). Returns false when
   * the registry declines (it then opened an upload, which is cancelled).
   */
  async mountBlob(to: Repository, from: Repository, digest: string): Promise<boolean> {
    const session = this.session(to.registry);
    const path = `/v2/${to.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`;
    const response = await session.expect('POST', path, [201, 202], { scopes: [push(to), pull(from)] });
    await response.body?.cancel();
    if (response.status === 201) return true;
    const location = response.headers.get('location');
    if (location) await (await session.request('DELETE', location, { scopes: [push(to)] })).body?.cancel();
    return false;
  }

  /** A blob's bytes as a stream (never held whole in memory). */
  async openBlob(repo: Repository, digest: string): Promise<{ stream: Readable; size: number }> {
    const session = this.session(repo.registry);
    const response = await session.expect('GET', `/v2/${repo.repository}/blobs/${digest}`, [200], {
      scopes: [pull(repo)],
      timeoutMs: session.timeouts.blobMs,
    });
    return { stream: response.stream(), size: Number(response.headers.get('content-length') ?? -1) };
  }

  /**
   * Upload a blob of `size` bytes from the stream `open` gives: a monolithic streamed PUT. A failed
   * attempt is restarted from scratch (a new upload, the source reopened); the registry checks the
   * digest of what it received.
   */
  async uploadBlob(
    repo: Repository,
    digest: string,
    size: number,
    open: () => Promise<Readable>,
  ): Promise<void> {
    const session = this.session(repo.registry);
    const backoff = this.options.backoffMs ?? DEFAULT_BACKOFF_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.uploadOnce(session, repo, digest, size, await open());
        return;
      } catch (error) {
        const transient = isConnectionError(error) || (error instanceof RegistryError && error.status >= 500);
        if (!transient || attempt > backoff.length) throw error;
        await sleep(backoff[attempt - 1] ?? 1000);
      }
    }
  }

  private async uploadOnce(
    session: RegistrySession,
    repo: Repository,
    digest: string,
    size: number,
    body: Readable,
  ): Promise<void> {
    try {
      const started = await session.expect('POST', `/v2/${repo.repository}/blobs/uploads/`, [202], {
        scopes: [push(repo)],
        retry: false,
      });
      await started.body?.cancel();
      const location = started.headers.get('location');
      if (!location) throw new Error(`${repo.registry}: the upload was opened without a Location`);
      const target = session.url(location);
      target.searchParams.set('digest', digest);
      const response = await session.stream('PUT', target.toString(), body, size, { scopes: [push(repo)] });
      if (response.status !== 201) {
        throw new RegistryError(response.status, 'PUT', target.toString().replace(/\?.*$/, ''), [
          ...parseErrorBody(response.text),
        ]);
      }
    } finally {
      body.destroy();
    }
  }
}

function headByGet(manifest: RawManifest): ManifestHead {
  return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
}

/** The next page's path from a `Link: </v2/…?last=x&n=100>; rel="next"` header. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (match?.[1]) return match[1];
  }
  return undefined;
}
