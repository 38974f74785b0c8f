/**
 * Tokens and permissions: which credential is the sandbox token, and what the token may do on a
 * repository for its kind (installation or personal access token) and access level.
 */
import { HttpError, notFound } from './http.js';
import { privateUser } from './render/users.js';
import type { RepoRecord, Routes, SandboxState } from './types.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes a personal access token may make with read access alone (forking, proposing a pull). */
const READ_ACCESS_WRITES = new Set(['repos/create-fork', 'pulls/create']);

/** `Authorization: token X` or `Bearer X`; `bad` when a credential is sent and is not the sandbox token. */
export function authenticate(
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

/** Whether an anonymous request must be refused with 401 (writes, and `GET /user`). */
export const requiresAuth = (method: string, operationId: string): boolean =>
  WRITE_METHODS.has(method) || operationId === 'users/get-authenticated';

/**
 * The answer to a write the token may not make on `repo` (403 for an installation token, 404 for a
 * personal access token or a private repository), or undefined when it may.
 */
export function writeRefusal(
  state: SandboxState,
  repo: RepoRecord,
  method: string,
  operationId: string,
): HttpError | undefined {
  // Writes need push access (forks and pulls from a personal access token need read only).
  const mayWrite =
    repo.access !== 'read' || (state.tokenKind === 'pat' && READ_ACCESS_WRITES.has(operationId));
  if (!WRITE_METHODS.has(method) || mayWrite) return undefined;
  if (repo.private || state.tokenKind === 'pat') return notFound();
  return new HttpError(403, 'Resource not accessible by integration');
}

export const userRoutes: Routes = {
  'users/get-authenticated': (ctx) => {
    // An installation token (GITHUB_TOKEN) is no user: GitHub answers 403.
    if (ctx.state.tokenKind === 'installation') {
      throw new HttpError(403, 'Resource not accessible by integration');
    }
    return { status: 200, body: privateUser(ctx, ctx.viewer ?? ctx.state.viewer) };
  },
};
