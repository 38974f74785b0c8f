/** Repositories: get, fork (a bare clone sharing the parent's objects), list forks. */
import { join } from 'node:path';
import { newRepoRecord } from '../create-repo.js';
import { cloneBare } from '../git-cli.js';
import { bodyOf, HttpError, paginate, repoOf } from '../http.js';
import { withRepoLock } from '../lock.js';
import { findRepo } from '../objects.js';
import { renderFullRepository, renderRepository } from '../render/repos.js';
import type { RepoRecord, RouteContext, RouteResult, Routes } from '../types.js';

/**
 * A fork: a bare clone whose `objects/info/alternates` points at the parent's objects (GitHub's fork
 * network shares one object store). GitHub forks asynchronously: with `forkReadyAfterMs` the fork's
 * git data answers 409 `Git Repository is empty.` for that long.
 */
async function createFork(ctx: RouteContext, parent: RepoRecord): Promise<RouteResult> {
  const body = bodyOf(ctx.body);
  const owner = typeof body.organization === 'string' ? body.organization : (ctx.viewer ?? ctx.state.viewer);
  const wanted = typeof body.name === 'string' && body.name ? body.name : parent.name;
  if (owner.toLowerCase() === parent.owner.toLowerCase() && wanted === parent.name) {
    throw new HttpError(403, 'Cannot fork a repository into its own namespace');
  }
  // GitHub answers a repeated fork request with the fork that exists.
  const existing = [...ctx.state.repos.values()].find(
    (r) => r.forkOf === parent.fullName && r.owner.toLowerCase() === owner.toLowerCase(),
  );
  if (existing) return { status: 202, body: renderFullRepository(ctx, existing) };
  // A name taken by another repository gets a numeric suffix, as GitHub does (`name-1`).
  let name = wanted;
  for (let i = 1; findRepo(ctx.state, `${owner}/${name}`); i++) name = `${wanted}-${i}`;
  const gitDir = join(ctx.state.dataDir, 'git', owner, `${name}.git`);
  const defaultOnly = body.default_branch_only === true;
  await cloneBare(parent.gitDir, gitDir, defaultOnly ? parent.defaultBranch : undefined);
  const fork = newRepoRecord(ctx.state, {
    owner,
    name,
    gitDir,
    defaultBranch: parent.defaultBranch,
    forkOf: parent.fullName,
    private: parent.private,
    description: parent.description,
    // The viewer made it, so the viewer may write to it.
    access: 'admin',
    ...(ctx.state.forkReadyAfterMs > 0 ? { readyAt: Date.now() + ctx.state.forkReadyAfterMs } : {}),
  });
  return { status: 202, body: renderFullRepository(ctx, fork) };
}

export const repoRoutes: Routes = {
  'repos/get'(ctx) {
    return { status: 200, body: renderFullRepository(ctx, repoOf(ctx)) };
  },

  'repos/create-fork'(ctx) {
    const parent = repoOf(ctx);
    // One fork request at a time per parent: two cannot clone into one folder.
    return withRepoLock(parent, () => createFork(ctx, parent));
  },

  'repos/list-forks'(ctx) {
    const repo = repoOf(ctx);
    const forks = [...ctx.state.repos.values()].filter((r) => r.forkOf === repo.fullName);
    // newest (default), oldest; stargazers/watchers are all zero in the sandbox: newest order.
    forks.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    if (ctx.query.sort !== 'oldest') forks.reverse();
    return paginate(ctx, forks, (r) => renderRepository(ctx, r));
  },
};
