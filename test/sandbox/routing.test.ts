/**
 * The sandbox routes a request with routeOf (contract.ts), openapi-backend's matchOperation with the
 * operations compiled once: it must name the same operation as openapi-backend for each path GitHub
 * describes (every third, and every one the sandbox serves: openapi-backend takes ~15 ms a request),
 * with its own method and others, parameters holding dots, trailing slashes, queries, and paths
 * outside the root or described nowhere.
 */
import { describe, expect, it } from '@jest/globals';
import { routeOf } from './contract.js';
import { allRoutes } from './server.js';
import { API_ROOT, loadSpec } from './spec.js';

const METHODS = ['get', 'post', 'patch', 'put', 'delete', 'head'];

describe('routeOf', () => {
  it('names the operation openapi-backend names, for every described path', async () => {
    const { skeleton } = await loadSpec(Object.keys(allRoutes));
    const operations = skeleton.getOperations();
    expect(operations.length).toBeGreaterThan(900);
    const requests: Array<[string, string]> = [];
    for (const [i, op] of operations.entries()) {
      if (i % 3 !== 0 && !(op.operationId !== undefined && op.operationId in allRoutes)) continue;
      const concrete = op.path.replace(/\{[^}]+\}/g, (_, at: number) => (at % 2 ? 'v1.0.0' : 'kontain'));
      requests.push([op.method, API_ROOT + concrete]);
      // Another method on the same path (405 in openapi-backend's terms: no operation, or another).
      if (i % 4 === 0)
        requests.push([METHODS[(METHODS.indexOf(op.method) + 1) % METHODS.length]!, API_ROOT + concrete]);
      // The template itself as a literal path, a trailing slash, a query.
      if (i % 7 === 0) requests.push([op.method, API_ROOT + op.path]);
      if (i % 9 === 0) requests.push([op.method.toUpperCase(), `${API_ROOT}${concrete}/?per_page=100`]);
    }
    requests.push(
      ['get', API_ROOT],
      ['get', `${API_ROOT}/`],
      ['get', '/api/v3x/repos/o/r'],
      ['get', '/elsewhere/repos/o/r'],
      ['get', `${API_ROOT}/repos/o/r/releases/tags/v1.0.0`],
      ['get', `${API_ROOT}/repos/o/r/git/ref/heads/main`],
      ['get', `${API_ROOT}/repos/o/r/git/ref/heads%2Fmain`],
      ['post', `${API_ROOT}/repos/o/r/releases/1/assets`],
      ['get', `${API_ROOT}/no/such/thing`],
      ['get', `${API_ROOT}/repos/o/r/compare/v1.0.0...v1.1.0`],
    );
    const differing = requests.filter(([method, path]) => {
      const theirs = skeleton.matchOperation({ method, path, headers: {}, query: {} });
      return routeOf(skeleton, method, path)?.operationId !== theirs?.operationId;
    });
    expect(differing).toEqual([]);
    expect(requests.length).toBeGreaterThan(450);
  }, 120_000);
});
