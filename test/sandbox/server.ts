/**
 * The GitHub REST sandbox: one HTTP server on 127.0.0.1 laid out like GitHub Enterprise Server
 * (REST under /api/v3, uploads under /api/uploads, web at /), keeping state in memory and git data in
 * real bare repositories, and checking every request and response against GitHub's OpenAPI description.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractViolation, RequestLogEntry } from './contract.js';
import { createRepo } from './create-repo.js';
import type { CreateRepoOptions } from './create-repo.js';
import { FaultList } from './faults.js';
import type { Fault } from './faults.js';
import { gitStore } from './git-store.js';
import { findRepo } from './objects.js';
import { createPipeline, UPLOADS_ROOT } from './pipeline.js';
import { newRateLimits } from './rate-limit.js';
import type { RateWindow } from './rate-limit.js';
import { allRoutes } from './routes/index.js';
import { API_ROOT, loadSpec } from './spec.js';
import { createState } from './state.js';
import type { GitStore, RepoRecord, SandboxState, SandboxUrls, TokenKind } from './types.js';

export { allRoutes, UPLOADS_ROOT };
export type { ContractViolation, CreateRepoOptions, RateWindow, RequestLogEntry };

export interface SandboxOptions {
  /** The one token accepted (default: a random `ghs_` token). */
  token?: string;
  /** The user the token authenticates as (default 'octocat'). */
  viewer?: string;
  /** Where asset bytes and bare repositories go (default: a temporary folder, removed on stop). */
  dataDir?: string;
  /**
   * `installation` (default, like GITHUB_TOKEN): `GET /user` is 403 and refused writes are 403
   * `Resource not accessible by integration`. `pat`: `GET /user` works, refused writes are 404, and
   * forking or opening a pull needs read access only.
   */
  tokenKind?: TokenKind;
  /** Milliseconds a new fork's git data answers 409 `Git Repository is empty.` (default 0). */
  forkReadyAfterMs?: number;
}

export interface GitHubSandbox {
  /** REST root (GITHUB_API_URL): `http://127.0.0.1:PORT/api/v3`. */
  apiUrl: string;
  /** Web root (GITHUB_SERVER_URL): `http://127.0.0.1:PORT`. */
  serverUrl: string;
  /** Upload root (origin of upload_url): `http://127.0.0.1:PORT/api/uploads`. */
  uploadsUrl: string;
  token: string;
  state: SandboxState;
  git: GitStore;
  /** Milliseconds startSandbox took (spec load included). */
  startMs: number;
  createRepo(fullName: string, opts?: CreateRepoOptions): Promise<RepoRecord>;
  /** The repository record; throws when unknown. */
  repo(fullName: string): RepoRecord;
  requests: RequestLogEntry[];
  /** Requests logged for an operationId (all requests without one). */
  count(operationId?: string): number;
  clearLog(): void;
  violations: ContractViolation[];
  /** Throws an Error listing each contract violation recorded so far. */
  assertNoViolations(): void;
  clearViolations(): void;
  inject(fault: Fault): void;
  clearFaults(): void;
  stop(): Promise<void>;
}

/** Start a sandbox on 127.0.0.1 (port 0) and resolve once it listens. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<GitHubSandbox> {
  const started = performance.now();
  const spec = await loadSpec(Object.keys(allRoutes));
  const ownDataDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'gh-sandbox-')));
  await mkdir(join(dataDir, 'assets'), { recursive: true });
  const token = opts.token ?? `ghs_${randomBytes(18).toString('base64url')}`;
  const state = createState(
    dataDir,
    opts.viewer ?? 'octocat',
    opts.tokenKind ?? 'installation',
    opts.forkReadyAfterMs ?? 0,
  );
  const requests: RequestLogEntry[] = [];
  const violations: ContractViolation[] = [];
  const faults = new FaultList();
  const urls: SandboxUrls = { api: '', server: '', uploads: '' };
  const sockets = new Set<Socket>();

  const server: Server = createServer(
    createPipeline({ spec, state, token, urls, rates: newRateLimits(state), faults, requests, violations }),
  );
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  urls.server = `http://127.0.0.1:${port}`;
  urls.api = `${urls.server}${API_ROOT}`;
  urls.uploads = `${urls.server}${UPLOADS_ROOT}`;

  const sandbox: GitHubSandbox = {
    apiUrl: urls.api,
    serverUrl: urls.server,
    uploadsUrl: urls.uploads,
    token,
    state,
    git: gitStore,
    startMs: 0,
    createRepo: (fullName, o) => createRepo(state, fullName, o),
    repo(fullName) {
      const r = findRepo(state, fullName);
      if (!r) throw new Error(`sandbox: no repository ${fullName}`);
      return r;
    },
    requests,
    count: (operationId) =>
      operationId === undefined
        ? requests.length
        : requests.filter((r) => r.operationId === operationId).length,
    clearLog: () => void (requests.length = 0),
    violations,
    assertNoViolations() {
      if (violations.length === 0) return;
      const lines = violations.map(
        (v, i) =>
          `${i + 1}. [${v.kind}] ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}: ${v.details}`,
      );
      throw new Error(`GitHub sandbox: ${violations.length} contract violation(s):\n${lines.join('\n')}`);
    },
    clearViolations: () => void (violations.length = 0),
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  sandbox.startMs = performance.now() - started;
  return sandbox;
}
