/**
 * The GitHub REST sandbox: one HTTP server on 127.0.0.1 laid out like GitHub Enterprise Server
 * (REST under /api/v3, uploads under /api/uploads, web at /), keeping state in memory and git data in
 * real bare repositories, and checking every request and response against GitHub's OpenAPI description.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Operation } from 'openapi-backend';
import { faultAnswer, FaultList } from './faults.js';
import type { Fault } from './faults.js';
import { gitStore } from './git-store.js';
import { HttpError, streamedBodyBytes } from './http.js';
import { findRepo, privateUser } from './objects.js';
import { newRepoRecord } from './render.js';
import { contentRoutes } from './routes/contents.js';
import { gitRoutes } from './routes/git.js';
import { issueRoutes } from './routes/issues.js';
import { pullRoutes } from './routes/pulls.js';
import { releaseRoutes, leaveStarterAsset, findDownload, UPLOAD_OPERATION } from './routes/releases.js';
import { repoRoutes } from './routes/repos.js';
import { API_ROOT, loadSpec } from './spec.js';
import type { LoadedSpec } from './spec.js';
import type {
  GitStore,
  RepoAccess,
  RepoRecord,
  RouteContext,
  RouteResult,
  Routes,
  SandboxState,
  SandboxUrls,
  TokenKind,
  UserRecord,
} from './types.js';

const execFileP = promisify(execFile);

export const UPLOADS_ROOT = '/api/uploads';
const DOCS = 'https://docs.github.com/rest';
const API_VERSION = '2022-11-28';
/** Largest JSON body the sandbox buffers (GitHub's own limit is far above what tests send). */
const MAX_JSON_BODY = 32 * 1024 * 1024;

export interface RequestLogEntry {
  method: string;
  /** Path and query as received (`/api/v3/repos/o/r/releases?page=2`). */
  path: string;
  operationId?: string;
  /** 0 when the connection was reset without an answer. */
  status: number;
  /** Request body bytes read. */
  bytesIn: number;
  /** Epoch milliseconds when the request arrived. */
  time: number;
  /** Milliseconds until the answer (or reset). */
  ms: number;
}

export interface ContractViolation {
  kind: 'request' | 'response' | 'unknown-route' | 'unimplemented';
  operationId?: string;
  method: string;
  path: string;
  details: string;
}

export interface CreateRepoOptions {
  /** Use this bare repository (tests push real commits to it); else `git init --bare` one under dataDir. */
  gitDir?: string;
  /** Default: the bare repository's HEAD branch when gitDir is given, else 'main'. */
  defaultBranch?: string;
  private?: boolean;
  immutableReleases?: boolean;
  description?: string;
  /** Full name of the parent repository when this one is a fork. */
  forkOf?: string;
  /**
   * What the sandbox token may do here (default 'admin'). Without push (`read`), writes answer 403
   * `Resource not accessible by integration` (installation token) or 404 (personal access token, or
   * a private repository), and drafts are invisible.
   */
  access?: RepoAccess;
}

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

/** Rate-limit windows per sandbox, for rate-limit/get. */
const rateWindows = new WeakMap<SandboxState, { core: RateWindow; search: RateWindow }>();

const rateView = (w: RateWindow) => ({
  limit: w.limit,
  used: w.used,
  remaining: Math.max(0, w.limit - w.used),
  reset: w.reset,
});

/** Operations the server itself answers. */
const coreRoutes: Routes = {
  'rate-limit/get': (ctx) => {
    const w = rateWindows.get(ctx.state);
    if (!w) throw new HttpError(500, 'Server Error');
    const core = rateView(rateWindow(w.core));
    const search = rateView(rateWindow(w.search));
    // choice: resources the sandbox does not meter are reported at GitHub's documented defaults, unused.
    const reset = core.reset;
    const unused = (limit: number) => ({ limit, used: 0, remaining: limit, reset });
    return {
      status: 200,
      body: {
        resources: {
          core,
          search,
          graphql: unused(5000),
          integration_manifest: unused(5000),
          code_search: unused(10),
        },
        rate: core,
      },
    };
  },
  'users/get-authenticated': (ctx) => {
    // An installation token (GITHUB_TOKEN) is no user: GitHub answers 403.
    if (ctx.state.tokenKind === 'installation') {
      throw new HttpError(403, 'Resource not accessible by integration');
    }
    return { status: 200, body: privateUser(ctx, ctx.viewer ?? ctx.state.viewer) };
  },
};

/** Every handler, keyed by operationId. */
export const allRoutes: Routes = {
  ...coreRoutes,
  ...gitRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...contentRoutes,
  ...repoRoutes,
  ...releaseRoutes,
};

class SandboxStateImpl implements SandboxState {
  repos = new Map<string, RepoRecord>();
  users = new Map<string, UserRecord>();
  private id = 1000;
  constructor(
    readonly dataDir: string,
    readonly viewer: string,
    readonly tokenKind: TokenKind,
    readonly forkReadyAfterMs: number,
  ) {}
  nextId(): number {
    return ++this.id;
  }
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  user(login: string): UserRecord {
    let u = this.users.get(login);
    if (!u) {
      const type = login.endsWith('[bot]') ? 'Bot' : 'User';
      u = { login, id: this.nextId(), type };
      this.users.set(login, u);
    }
    return u;
  }
}

export interface RateWindow {
  limit: number;
  used: number;
  reset: number;
  seconds: number;
}

function rateWindow(w: RateWindow): RateWindow {
  const now = Math.floor(Date.now() / 1000);
  if (now >= w.reset) {
    w.used = 0;
    w.reset = now + w.seconds;
  }
  return w;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes a personal access token may make with read access alone (forking, proposing a pull). */
const READ_ACCESS_WRITES = new Set(['repos/create-fork', 'pulls/create']);

/** Operations on git data, which a fork still being created answers with 409. */
const GIT_DATA_OPERATIONS = new Set([
  'repos/get-content',
  'repos/create-or-update-file-contents',
  'repos/list-branches',
  'repos/get-branch',
  'repos/list-commits',
  'repos/get-commit',
  'repos/compare-commits',
  'repos/compare-commits-with-basehead',
  'repos/list-tags',
]);

/**
 * Path parameters that hold slashes (ref names, file paths, branch names, `base...head`). GitHub's
 * docs, curl and gh send them literally (`/git/ref/heads/main`), octokit sends `%2F`; both must route.
 * A path that matches no operation as sent is retried with the tail after these prefixes escaped.
 */
const SLASHED_PARAM =
  /^(\/repos\/[^/]+\/[^/]+\/(?:git\/ref|git\/refs|git\/matching-refs|contents|branches|compare|releases\/tags|commits))\/(.+)$/;

function slashedParamAlias(method: string, relPath: string): string | undefined {
  const m = SLASHED_PARAM.exec(relPath);
  if (!m) return undefined;
  let head = m[1]!;
  // GET on a ref's own `url` (`/git/refs/heads/main`): GitHub answers it like git/get-ref.
  if (method === 'get' && head.endsWith('/git/refs')) head = head.slice(0, -1);
  return `${head}/${m[2]!.replace(/\//g, '%2F')}`;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<GitHubSandbox> {
  const started = performance.now();
  const spec: LoadedSpec = await loadSpec(Object.keys(allRoutes));
  const ownDataDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'gh-sandbox-')));
  await mkdir(join(dataDir, 'assets'), { recursive: true });
  const token = opts.token ?? `ghs_${randomBytes(18).toString('base64url')}`;
  const state = new SandboxStateImpl(
    dataDir,
    opts.viewer ?? 'octocat',
    opts.tokenKind ?? 'installation',
    opts.forkReadyAfterMs ?? 0,
  );
  state.user(state.viewer);
  const requests: RequestLogEntry[] = [];
  const violations: ContractViolation[] = [];
  const faults = new FaultList();
  const rates = {
    core: { limit: 5000, used: 0, reset: 0, seconds: 3600 },
    search: { limit: 30, used: 0, reset: 0, seconds: 60 },
  };
  rateWindows.set(state, rates);
  const urls: SandboxUrls = { api: '', server: '', uploads: '' };
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      violations.push({
        kind: 'response',
        method: req.method ?? '',
        path: req.url ?? '',
        details: `sandbox error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      });
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: 'Server Error' }));
      } else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 5000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const time = Date.now();
    const t0 = performance.now();
    // Kept: reading a request to its middle and stopping detaches req.socket.
    const socket = req.socket;
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const url = new URL(rawUrl, 'http://sandbox.invalid');
    const path = url.pathname;
    const entry: RequestLogEntry = { method, path: rawUrl, status: 0, bytesIn: 0, time, ms: 0 };
    requests.push(entry);
    const requestId = `${randomBytes(4).toString('hex').toUpperCase()}:${randomBytes(6).toString('hex').toUpperCase()}`;
    let rate: RateWindow = rateWindow(rates.core);

    const finish = (status: number): void => {
      entry.status = status;
      entry.ms = performance.now() - t0;
    };
    const baseHeaders = (): Record<string, string> => ({
      'x-ratelimit-limit': String(rate.limit),
      'x-ratelimit-remaining': String(Math.max(0, rate.limit - rate.used)),
      'x-ratelimit-used': String(rate.used),
      'x-ratelimit-reset': String(rate.reset),
      'x-ratelimit-resource': rate === rates.search ? 'search' : 'core',
      'x-github-request-id': requestId,
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'content-type': 'application/json; charset=utf-8',
    });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      finish(status);
      if (res.destroyed) return;
      const h = { ...baseHeaders(), ...headers };
      if (body === undefined || method === 'HEAD') {
        if (body === undefined) delete h['content-type'];
        else h['content-length'] = String(Buffer.byteLength(JSON.stringify(body)));
        res.writeHead(status, h);
        res.end();
      } else {
        // A Buffer, or a string with a non-JSON content-type (raw media types), is sent as is.
        const raw =
          Buffer.isBuffer(body) ||
          (typeof body === 'string' && headers['content-type'] && !/json/.test(headers['content-type']));
        const text = raw ? body : JSON.stringify(body);
        h['content-length'] = String(Buffer.byteLength(text));
        res.writeHead(status, h);
        res.end(text);
      }
    };
    const sendError = (err: HttpError): void => send(err.status, err.toBody(), err.headers);
    const violation = (v: Omit<ContractViolation, 'method' | 'path'>): void => {
      violations.push({ method, path: rawUrl, ...v });
    };
    const reset = (): void => {
      finish(0);
      socket.destroy();
    };

    // ---- web root: release downloads and nothing else
    const isApi = path === API_ROOT || path.startsWith(`${API_ROOT}/`);
    const isUpload = path.startsWith(`${UPLOADS_ROOT}/`);
    if (!isApi && !isUpload) {
      await drain(req);
      const viewer = authenticate(req.headers.authorization, token, state.viewer);
      const found =
        method === 'GET' || method === 'HEAD'
          ? findDownload(state, path, viewer.login !== undefined)
          : undefined;
      if (!found) {
        finish(404);
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not Found');
        return;
      }
      const size = (await stat(found.asset.path)).size;
      found.asset.download_count += 1;
      finish(200);
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(size),
        'content-disposition': `attachment; filename=${found.asset.name}`,
      });
      if (method === 'HEAD') res.end();
      else createReadStream(found.asset.path).pipe(res);
      return;
    }

    // ---- routing: the skeleton of every spec'd operation tells unknown paths from unimplemented ones
    const relPath = isUpload ? path.slice(UPLOADS_ROOT.length) : path.slice(API_ROOT.length) || '/';
    // HEAD is answered like GET, without the body.
    const routeMethod = (method === 'HEAD' ? 'GET' : method).toLowerCase();
    const match = (p: string) =>
      spec.skeleton.matchOperation({ method: routeMethod, path: API_ROOT + p, headers: {}, query: {} });
    let routePath = relPath;
    let routed = match(routePath);
    if (!routed && !isUpload) {
      const alias = slashedParamAlias(routeMethod, relPath);
      const aliased = alias === undefined ? undefined : match(alias);
      if (alias !== undefined && aliased) {
        routed = aliased;
        routePath = alias;
      }
    }
    const operationId = routed?.operationId;
    if (operationId !== undefined) entry.operationId = operationId;
    if (operationId?.startsWith('search/')) rate = rateWindow(rates.search);
    rate.used += 1;

    const notFound = (kind: ContractViolation['kind'], details: string): Promise<void> =>
      drain(req).then(() => {
        violation({ kind, details, ...(operationId ? { operationId } : {}) });
        send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      });
    if (!operationId) return notFound('unknown-route', 'no operation in the OpenAPI description matches');
    if (isUpload !== (operationId === UPLOAD_OPERATION)) {
      return notFound(
        'unknown-route',
        isUpload
          ? `${operationId} is not served on the uploads host`
          : 'asset uploads go to the uploads URL (upload_url), not the REST root',
      );
    }
    const handler = allRoutes[operationId];
    const operation = spec.api.router.getOperation(operationId);
    if (!handler || !operation)
      return notFound('unimplemented', `${operationId} has no handler in the sandbox`);

    // ---- faults
    const fault = faults.take({ operationId, method, path });
    if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.delayMs ?? 100));
    if (fault?.kind === 'reset') return reset();
    // A status fault that leaves a starter asset answers after the upload started (below).
    const starterFault =
      fault?.kind === 'status' && fault.leaveStarter === true && operationId === UPLOAD_OPERATION;
    if (fault && !starterFault) {
      const answer = faultAnswer(fault, requestId, state.user(state.viewer).id);
      if (answer) {
        await drain(req);
        return send(answer.status, answer.body, answer.headers);
      }
    }

    // ---- auth
    const auth = authenticate(req.headers.authorization, token, state.viewer);
    if (auth.bad) {
      await drain(req);
      return send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    const viewer = auth.login;
    if (!viewer && (WRITE_METHODS.has(method) || operationId === 'users/get-authenticated')) {
      await drain(req);
      return send(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
    }

    // ---- path params (decoded) and the repository
    // `{base}...{head}` makes the router split (and decode) the segment unreliably; the handler reads
    // the path itself, so parse and validate it as its one-parameter twin.
    const parseOperation =
      operationId === 'repos/compare-commits'
        ? (spec.api.router.getOperation('repos/compare-commits-with-basehead') ?? operation)
        : operation;
    let rawParams: Record<string, string>;
    try {
      rawParams = (spec.api.router.parseRequest(
        { method: routeMethod, path: API_ROOT + routePath, headers: {}, query: {} },
        parseOperation,
      ).params ?? {}) as Record<string, string>;
    } catch (err) {
      // A malformed escape (`%E0%A4%A`) names nothing.
      if (!(err instanceof URIError)) throw err;
      await drain(req);
      return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    }
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawParams)) params[k] = safeDecode(String(v));
    let repo: RepoRecord | undefined;
    if (params.owner !== undefined && params.repo !== undefined) {
      repo = findRepo(state, `${params.owner}/${params.repo}`);
      if (!repo || (repo.private && !viewer)) {
        await drain(req);
        return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      }
      // Writes need push access (forks and pulls from a personal access token need read only).
      const mayWrite =
        repo.access !== 'read' || (state.tokenKind === 'pat' && READ_ACCESS_WRITES.has(operationId));
      if (viewer && WRITE_METHODS.has(method) && !mayWrite) {
        await drain(req);
        if (repo.private || state.tokenKind === 'pat') {
          return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
        }
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: DOCS,
          status: '403',
        });
      }
    }

    // ---- body: buffered JSON, except uploads which the handler streams
    let body: unknown;
    if (!isUpload) {
      let buf: Buffer;
      try {
        buf = await readBody(req, MAX_JSON_BODY);
      } catch (err) {
        if (err instanceof HttpError) return sendError(err);
        throw err;
      }
      entry.bytesIn = buf.length;
      if (buf.length > 0) {
        try {
          body = JSON.parse(buf.toString('utf8'));
        } catch (err) {
          violation({ kind: 'request', operationId, details: `body is not JSON: ${(err as Error).message}` });
          return send(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
        }
      }
    }

    // ---- request validation
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, v ?? '']));
    const validation = spec.api.validator.validateRequest(
      { method: routeMethod, path: API_ROOT + routePath + url.search, headers, query, body },
      parseOperation,
    );
    const problems = (validation.errors ?? []).map(
      (e) =>
        `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
    if (isUpload) problems.push(...uploadHeaderProblems(req));
    if (problems.length > 0) {
      if (isUpload) await drain(req);
      violation({ kind: 'request', operationId, details: problems.join('; ') });
      return send(422, {
        message: `Invalid request.\n\n${problems.join('\n')}`,
        documentation_url: DOCS,
        status: '422',
      });
    }

    const ctx: RouteContext = {
      operationId,
      params,
      query,
      body,
      headers: req.headers,
      req,
      state,
      git: gitStore,
      urls,
      ...(repo ? { repo } : {}),
      ...(viewer ? { viewer } : {}),
    };

    // A fork being created (forkReadyAfterMs) has no git data yet.
    if (repo?.readyAt !== undefined) {
      if (Date.now() >= repo.readyAt) delete repo.readyAt;
      else if (operationId.startsWith('git/') || GIT_DATA_OPERATIONS.has(operationId)) {
        return send(409, { message: 'Git Repository is empty.', documentation_url: DOCS, status: '409' });
      }
    }

    if (starterFault && fault) {
      try {
        // Reads the whole body: the client sees the 502 after sending everything, as from GitHub.
        await leaveStarterAsset(ctx, Number.POSITIVE_INFINITY);
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        await drain(req);
        return sendError(err);
      }
      entry.bytesIn = streamedBodyBytes.get(req) ?? 0;
      await drain(req);
      const answer = faultAnswer(fault, requestId, state.user(state.viewer).id);
      if (answer) return send(answer.status, answer.body, answer.headers);
    }

    if (fault?.kind === 'reset-mid-upload') {
      try {
        await leaveStarterAsset(ctx, fault.afterBytes ?? 64 * 1024);
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        await drain(req);
        return sendError(err);
      }
      entry.bytesIn = streamedBodyBytes.get(req) ?? 0;
      return reset();
    }

    let result: RouteResult;
    try {
      result = await handler(ctx);
    } catch (err) {
      if (socket.destroyed) return finish(0);
      if (err instanceof HttpError) result = { status: err.status, body: err.toBody(), headers: err.headers };
      else throw err;
    } finally {
      const streamed = streamedBodyBytes.get(req);
      if (streamed !== undefined) entry.bytesIn = streamed;
    }
    if (isUpload && !req.readableEnded) await drain(req);
    if (socket.destroyed) return finish(0);
    checkResponse(operation, operationId, result, violation);
    send(result.status, result.body, result.headers);
  }

  function checkResponse(
    operation: Operation,
    operationId: string,
    result: RouteResult,
    violation: (v: Omit<ContractViolation, 'method' | 'path'>) => void,
  ): void {
    const ctype = result.headers?.['content-type'];
    if (ctype !== undefined && !ctype.includes('json')) return;
    if (result.status >= 300 && result.status < 400) return;
    const check = spec.api.validator.validateResponse(result.body ?? null, operation, result.status);
    if (check.errors && check.errors.length > 0) {
      violation({
        kind: 'response',
        operationId,
        details: `${result.status} body does not match the spec: ${check.errors
          .slice(0, 10)
          .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)
          .join('; ')}`,
      });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  urls.server = `http://127.0.0.1:${port}`;
  urls.api = `${urls.server}${API_ROOT}`;
  urls.uploads = `${urls.server}${UPLOADS_ROOT}`;

  async function createRepo(fullName: string, o: CreateRepoOptions = {}): Promise<RepoRecord> {
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length > 0)
      throw new Error(`createRepo: expected owner/name, got ${fullName}`);
    if (findRepo(state, fullName)) throw new Error(`createRepo: ${fullName} exists`);
    let gitDir = o.gitDir;
    let defaultBranch = o.defaultBranch;
    if (gitDir === undefined) {
      gitDir = join(dataDir, 'git', owner, `${name}.git`);
      await mkdir(gitDir, { recursive: true });
      await execFileP('git', [
        'init',
        '--bare',
        '--quiet',
        `--initial-branch=${defaultBranch ?? 'main'}`,
        gitDir,
      ]);
    } else if (defaultBranch === undefined) {
      const head = await execFileP('git', ['--git-dir', gitDir, 'symbolic-ref', '--short', 'HEAD']).catch(
        () => undefined,
      );
      defaultBranch = head?.stdout.trim() || undefined;
    }
    return newRepoRecord(state, {
      owner,
      name,
      gitDir,
      defaultBranch: defaultBranch ?? 'main',
      private: o.private ?? false,
      description: o.description ?? null,
      forkOf: o.forkOf ?? null,
      immutableReleases: o.immutableReleases ?? false,
      access: o.access ?? 'admin',
    });
  }

  const sandbox: GitHubSandbox = {
    apiUrl: urls.api,
    serverUrl: urls.server,
    uploadsUrl: urls.uploads,
    token,
    state,
    git: gitStore,
    startMs: 0,
    createRepo,
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

/** `Authorization: token X` or `Bearer X`; `bad` when a credential is sent and is not the sandbox token. */
function authenticate(
  header: string | undefined,
  token: string,
  viewer: string,
): { login?: string; bad?: boolean } {
  if (!header) return {};
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  if (m?.[1] === token) return { login: viewer };
  // choice: Basic auth with the token as password is accepted too (GitHub accepts it for PATs).
  const basic = /^basic\s+(\S+)$/i.exec(header);
  if (basic?.[1]) {
    const [, pass] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
    if (pass === token) return { login: viewer };
  }
  return { bad: true };
}

/** GitHub documents Content-Type and Content-Length as required for asset uploads. */
function uploadHeaderProblems(req: IncomingMessage): string[] {
  const problems: string[] = [];
  if (!req.headers['content-type']) problems.push('the Content-Type header is required for asset uploads');
  if (req.headers['content-length'] === undefined)
    problems.push('the Content-Length header is required for asset uploads');
  return problems;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) throw new HttpError(413, 'Payload too large');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Read and discard what is left of a request body so the connection can answer and be reused. */
function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.on('end', resolve);
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.resume();
  });
}
