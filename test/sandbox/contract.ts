/**
 * The contract with GitHub's OpenAPI description: which operation a request is (literal slashes in
 * path parameters included), the problems GitHub would reject it for, and whether a response matches
 * its schema. What breaks the contract is recorded, never hidden.
 */
import type { IncomingMessage } from 'node:http';
import type { OpenAPIRouter } from 'openapi-backend';
import { API_ROOT } from './spec.js';
import type { LoadedSpec, Operation } from './spec.js';
import type { RouteResult } from './types.js';

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

/**
 * The operation a path (below the REST or uploads root) names, and the path it matched as: the
 * skeleton of every described operation tells unknown paths from unimplemented ones.
 */
export function matchOperation(
  spec: LoadedSpec,
  routeMethod: string,
  relPath: string,
  isUpload: boolean,
): { operationId?: string; routePath: string } {
  const match = (p: string) => routeOf(spec.skeleton, routeMethod, API_ROOT + p);
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
  return { ...(routed ? { operationId: routed.operationId } : {}), routePath };
}

interface CompiledOperation {
  operationId?: string;
  method: string;
  path: string;
  pattern: RegExp;
  /** The path without its `{parameters}`: the longer, the more specific. */
  specificity: number;
}

const compiledRouters = new WeakMap<OpenAPIRouter, CompiledOperation[]>();

/**
 * `router.matchOperation(request)` (openapi-backend 5), with the description's operations listed and
 * their path templates compiled once: the router lists and compiles every operation of GitHub's
 * ~1,000 again for each request, which cost about half of a sandbox test's CPU. Same rules, in the
 * same order, with the router's own normalisation: an exact path with the method first; else the
 * templates that match, the most specific first (a stable order), the first with the method.
 * test/sandbox/contract.test.ts compares the two over every described path.
 */
export function routeOf(
  router: OpenAPIRouter,
  method: string,
  path: string,
): { operationId?: string } | undefined {
  let operations = compiledRouters.get(router);
  if (!operations) {
    operations = router.getOperations().map((op) => ({
      ...(op.operationId !== undefined ? { operationId: op.operationId } : {}),
      method: op.method,
      path: op.path,
      pattern: new RegExp(
        `^${op.path
          .replace(/\{[^}]+\}/g, '\0')
          .split('\0')
          .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}$`,
      ),
      specificity: op.path.replace(/\{.*?\}/g, '').length,
    }));
    compiledRouters.set(router, operations);
  }
  const request = router.normalizeRequest({ method, path, headers: {}, query: {} });
  // The router's isUnderApiRoot (private): the root itself, or below it at a segment boundary.
  const root = router.apiRoot.replace(/\/$/, '');
  const under =
    router.apiRoot === '/'
      ? request.path.startsWith('/')
      : request.path === root || request.path.startsWith(`${root}/`);
  if (!under) return undefined;
  const relative = router.normalizePath(request.path);
  const exact = operations.find((op) => op.path === relative && op.method === request.method);
  if (exact) return exact;
  return operations
    .filter((op) => op.pattern.test(relative))
    .sort((a, b) => b.specificity - a.specificity)
    .find((op) => op.method === request.method);
}

/** What GitHub would reject in a request (path, query, headers, JSON body), one line each. */
export function requestProblems(
  spec: LoadedSpec,
  operation: Operation,
  request: {
    method: string;
    path: string;
    headers: Record<string, string | string[]>;
    query: Record<string, string>;
    body: unknown;
  },
): string[] {
  const validation = spec.api.validator.validateRequest(request, operation);
  return (validation.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}

/** GitHub documents Content-Type and Content-Length as required for asset uploads. */
export function uploadHeaderProblems(req: IncomingMessage): string[] {
  const problems: string[] = [];
  if (!req.headers['content-type']) problems.push('the Content-Type header is required for asset uploads');
  if (req.headers['content-length'] === undefined)
    problems.push('the Content-Length header is required for asset uploads');
  return problems;
}

/** How a JSON response breaks its schema for its status, or undefined when it does not. */
export function responseProblems(
  spec: LoadedSpec,
  operation: Operation,
  result: RouteResult,
): string | undefined {
  const ctype = result.headers?.['content-type'];
  if (ctype !== undefined && !ctype.includes('json')) return undefined;
  if (result.status >= 300 && result.status < 400) return undefined;
  const check = spec.api.validator.validateResponse(result.body ?? null, operation, result.status);
  if (!check.errors || check.errors.length === 0) return undefined;
  return `${result.status} body does not match the spec: ${check.errors
    .slice(0, 10)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)
    .join('; ')}`;
}
