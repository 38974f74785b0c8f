/**
 * The HTTP pipeline every request goes through: web root or API, routing by operationId, faults,
 * authentication and permissions, the body, request validation, holds, the handler and response
 * validation.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate, requiresAuth, writeRefusal } from './auth.js';
import { matchOperation, requestProblems, responseProblems, uploadHeaderProblems } from './contract.js';
import type { ContractViolation, RequestLogEntry } from './contract.js';
import { Exchange } from './exchange.js';
import { faultAnswer } from './faults.js';
import type { FaultList } from './faults.js';
import { gitStore } from './git-store.js';
import { HttpError, notFound, streamedBodyBytes } from './http.js';
import { findRepo } from './objects.js';
import { contentCreationRefusal, rateWindow } from './rate-limit.js';
import type { RateLimits } from './rate-limit.js';
import { drain, MAX_JSON_BODY, readBody } from './request-body.js';
import { leaveStarterAsset, UPLOAD_OPERATION } from './routes/assets.js';
import { allRoutes } from './routes/index.js';
import { API_ROOT } from './spec.js';
import type { LoadedSpec } from './spec.js';
import type { RepoRecord, RouteContext, RouteResult, SandboxState, SandboxUrls } from './types.js';
import { serveWeb } from './web.js';

/** Where `upload_url` points: uploads have their own root, as on GitHub Enterprise Server. */
export const UPLOADS_ROOT = '/api/uploads';

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

/** What the pipeline serves from and records into: one sandbox's parts. */
export interface PipelineParts {
  spec: LoadedSpec;
  state: SandboxState;
  token: string;
  urls: SandboxUrls;
  rates: RateLimits;
  faults: FaultList;
  requests: RequestLogEntry[];
  violations: ContractViolation[];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The request handler of one sandbox; a failure inside it is a 500 and a `response` violation. */
export function createPipeline(parts: PipelineParts): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(parts, req, res).catch((err: unknown) => {
      parts.violations.push({
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
  };
}

async function handle(parts: PipelineParts, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { spec, state, rates } = parts;
  const ex = new Exchange(req, res, parts.violations, rateWindow(rates.core));
  parts.requests.push(ex.entry);
  const { method, entry, url } = ex;
  const path = url.pathname;

  const isApi = path === API_ROOT || path.startsWith(`${API_ROOT}/`);
  const isUpload = path.startsWith(`${UPLOADS_ROOT}/`);
  if (!isApi && !isUpload) return serveWeb(req, res, state, parts.token, (s) => ex.finish(s));

  const relPath = isUpload ? path.slice(UPLOADS_ROOT.length) : path.slice(API_ROOT.length) || '/';
  // HEAD is answered like GET, without the body.
  const routeMethod = (method === 'HEAD' ? 'GET' : method).toLowerCase();
  const { operationId, routePath } = matchOperation(spec, routeMethod, relPath, isUpload);
  if (operationId !== undefined) entry.operationId = operationId;
  if (operationId?.startsWith('search/')) {
    ex.rate = rateWindow(rates.search);
    ex.rateResource = 'search';
  }
  ex.rate.used += 1;

  const unrouted = (kind: ContractViolation['kind'], details: string): Promise<void> =>
    drain(req).then(() => {
      ex.violation({ kind, details, ...(operationId ? { operationId } : {}) });
      ex.sendError(notFound());
    });
  if (!operationId) return unrouted('unknown-route', 'no operation in the OpenAPI description matches');
  if (isUpload !== (operationId === UPLOAD_OPERATION)) {
    return unrouted(
      'unknown-route',
      isUpload
        ? `${operationId} is not served on the uploads host`
        : 'asset uploads go to the uploads URL (upload_url), not the REST root',
    );
  }
  const handler = allRoutes[operationId];
  const operation = spec.api.router.getOperation(operationId);
  if (!handler || !operation)
    return unrouted('unimplemented', `${operationId} has no handler in the sandbox`);
  const limited = contentCreationRefusal(parts, ex, operationId, operation);
  if (limited) return drain(req).then(() => ex.send(limited.status, limited.body, limited.headers));

  // ---- faults
  const fault = parts.faults.take({ operationId, method, path });
  if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.delayMs ?? 100));
  if (fault?.kind === 'reset') return ex.reset();
  // A status fault that leaves a starter asset answers after the upload started (below).
  const starterFault =
    fault?.kind === 'status' && fault.leaveStarter === true && operationId === UPLOAD_OPERATION;
  const faultReply = () => fault && faultAnswer(fault, ex.requestId, state.user(state.viewer).id);
  if (fault && !starterFault) {
    const answer = faultReply();
    if (answer) {
      await drain(req);
      return ex.send(answer.status, answer.body, answer.headers);
    }
  }

  // ---- auth
  const auth = authenticate(req.headers.authorization, parts.token, state.viewer);
  if (auth.bad) {
    await drain(req);
    return ex.sendError(new HttpError(401, 'Bad credentials'));
  }
  const viewer = auth.login;
  if (!viewer && requiresAuth(method, operationId)) {
    await drain(req);
    return ex.sendError(new HttpError(401, 'Requires authentication'));
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
    return ex.sendError(notFound());
  }
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawParams)) params[k] = safeDecode(String(v));
  let repo: RepoRecord | undefined;
  if (params.owner !== undefined && params.repo !== undefined) {
    repo = findRepo(state, `${params.owner}/${params.repo}`);
    if (!repo || (repo.private && !viewer)) {
      await drain(req);
      return ex.sendError(notFound());
    }
    const refusal = viewer ? writeRefusal(state, repo, method, operationId) : undefined;
    if (refusal) {
      await drain(req);
      return ex.sendError(refusal);
    }
  }

  // ---- body: buffered JSON, except uploads which the handler streams
  let body: unknown;
  if (!isUpload) {
    let buf: Buffer;
    try {
      buf = await readBody(req, MAX_JSON_BODY);
    } catch (err) {
      if (err instanceof HttpError) return ex.sendError(err);
      throw err;
    }
    entry.bytesIn = buf.length;
    if (buf.length > 0) {
      try {
        body = JSON.parse(buf.toString('utf8'));
      } catch (err) {
        ex.violation({
          kind: 'request',
          operationId,
          details: `body is not JSON: ${(err as Error).message}`,
        });
        return ex.sendError(new HttpError(400, 'Problems parsing JSON'));
      }
    }
  }

  // ---- request validation
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = v;
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, v ?? '']));
  const problems = requestProblems(spec, parseOperation, {
    method: routeMethod,
    path: API_ROOT + routePath + url.search,
    headers,
    query,
    body,
  });
  if (isUpload) problems.push(...uploadHeaderProblems(req));
  if (problems.length > 0) {
    if (isUpload) await drain(req);
    ex.violation({ kind: 'request', operationId, details: problems.join('; ') });
    return ex.sendError(new HttpError(422, `Invalid request.\n\n${problems.join('\n')}`));
  }

  // ---- holds: a test replaying a race lets this request go when its turn comes
  const gate = parts.faults.takeHold({ operationId, method, path, params, query, body });
  if (gate) {
    await gate.hold({ operationId, method, path, params, query, body });
    if (ex.socket.destroyed) return ex.finish(0);
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
    urls: parts.urls,
    ...(repo ? { repo } : {}),
    ...(viewer ? { viewer } : {}),
  };

  // A fork being created (forkReadyAfterMs) has no git data yet.
  if (repo?.readyAt !== undefined) {
    if (Date.now() >= repo.readyAt) delete repo.readyAt;
    else if (operationId.startsWith('git/') || GIT_DATA_OPERATIONS.has(operationId)) {
      return ex.sendError(new HttpError(409, 'Git Repository is empty.'));
    }
  }

  // Upload faults start the upload and leave a `starter` asset before they answer or reset.
  if (fault && (starterFault || fault.kind === 'reset-mid-upload')) {
    try {
      // A starter fault reads the whole body: the client sees the 502 after sending everything, as from GitHub.
      await leaveStarterAsset(ctx, starterFault ? Number.POSITIVE_INFINITY : (fault.afterBytes ?? 64 * 1024));
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      await drain(req);
      return ex.sendError(err);
    }
    entry.bytesIn = streamedBodyBytes.get(req) ?? 0;
    if (!starterFault) return ex.reset();
    await drain(req);
    const answer = faultReply();
    if (answer) return ex.send(answer.status, answer.body, answer.headers);
  }

  let result: RouteResult;
  try {
    result = await handler(ctx);
  } catch (err) {
    if (ex.socket.destroyed) return ex.finish(0);
    if (err instanceof HttpError) result = { status: err.status, body: err.toBody(), headers: err.headers };
    else throw err;
  } finally {
    const streamed = streamedBodyBytes.get(req);
    if (streamed !== undefined) entry.bytesIn = streamed;
  }
  if (isUpload && !req.readableEnded) await drain(req);
  if (ex.socket.destroyed) return ex.finish(0);
  const mismatch = responseProblems(spec, operation, result);
  if (mismatch !== undefined) ex.violation({ kind: 'response', operationId, details: mismatch });
  ex.send(result.status, result.body, result.headers);
}
