/**
 * A user's fork of an upstream repository: found (and checked to be a fork of that upstream), or
 * created and waited for. GitHub creates forks asynchronously ("you may have to wait a short period of
 * time before you can access the git objects"): until then the fork's git data answers 409, so the
 * wait polls the fork's default branch.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../action/errors.js';
import type { Logger } from '../log.js';
import type { GitHubClient } from './client.js';

export interface RepoName {
  owner: string;
  repo: string;
}

export interface Fork extends RepoName {
  defaultBranch: string;
  /** True when this run created it. */
  created: boolean;
}

const status = (error: unknown): number | undefined => (error as { status?: number }).status;
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The fork when it exists (undefined on 404); UserError when the repository is not a fork of upstream. */
export async function findFork(
  github: GitHubClient,
  upstream: RepoName,
  fork: RepoName,
): Promise<Fork | undefined> {
  let data: Awaited<ReturnType<GitHubClient['rest']['repos']['get']>>['data'];
  try {
    ({ data } = await github.rest.repos.get({ owner: fork.owner, repo: fork.repo }));
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
  const network = [data.parent?.full_name, data.source?.full_name].filter((n): n is string => !!n);
  if (!data.fork || !network.some((n) => same(n, `${upstream.owner}/${upstream.repo}`))) {
    throw new UserError(
      `${data.full_name} is not a fork of ${upstream.owner}/${upstream.repo}${data.fork ? ` (it is a fork of ${network[0] ?? 'another repository'})` : ''}: name your fork of ${upstream.owner}/${upstream.repo}`,
    );
  }
  return { owner: data.owner.login, repo: data.name, defaultBranch: data.default_branch, created: false };
}

export interface CreateForkOptions {
  log: Logger;
  /** How long to wait for the new fork's git data (default 5 minutes, GitHub's own guidance). */
  waitMs?: number;
  /** Pauses between polls (the last one repeats). */
  pollMs?: readonly number[];
}

/**
 * Fork `upstream` into `fork.owner` (as `fork.repo`), default branch only, and wait until its git data
 * answers. A fork into an organization names it; into the token's own account it must not.
 */
export async function createFork(
  github: GitHubClient,
  upstream: RepoName,
  fork: RepoName,
  options: CreateForkOptions,
): Promise<Fork> {
  const viewer = await viewerLogin(github);
  const { data } = await github.rest.repos.createFork({
    owner: upstream.owner,
    repo: upstream.repo,
    ...(viewer !== undefined && same(viewer, fork.owner) ? {} : { organization: fork.owner }),
    ...(same(fork.repo, upstream.repo) ? {} : { name: fork.repo }),
    default_branch_only: true,
  });
  if (!same(data.owner.login, fork.owner) || !same(data.name, fork.repo)) {
    // GitHub picks another name when the wanted one is taken (`k8s.io-1`): that is not the fork asked for.
    throw new UserError(
      `GitHub made the fork ${data.full_name}, not ${fork.owner}/${fork.repo} (is that name taken by another repository?)`,
    );
  }
  options.log.info(
    `Forked ${upstream.owner}/${upstream.repo} into ${data.full_name}; waiting for its git data.`,
  );
  await waitForFork(github, { owner: data.owner.login, repo: data.name }, data.default_branch, options);
  return { owner: data.owner.login, repo: data.name, defaultBranch: data.default_branch, created: true };
}

/** The login the token belongs to; undefined for tokens that are no user (GitHub App installations). */
async function viewerLogin(github: GitHubClient): Promise<string | undefined> {
  try {
    return (await github.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (status(error) === 403 || status(error) === 401) return undefined;
    throw error;
  }
}

/** Poll the fork's default branch until GitHub answers it (409 `Git Repository is empty.` until then). */
export async function waitForFork(
  github: GitHubClient,
  fork: RepoName,
  branch: string,
  options: CreateForkOptions,
): Promise<void> {
  const pauses = options.pollMs ?? [500, 1000, 2000, 3000, 5000];
  const deadline = Date.now() + (options.waitMs ?? 300_000);
  for (let attempt = 0; ; attempt++) {
    try {
      // Polled here, not retried inside octokit (which would retry each 409 with its own backoff).
      await github.rest.git.getRef({
        owner: fork.owner,
        repo: fork.repo,
        ref: `heads/${branch}`,
        request: { retries: 0 },
      });
      return;
    } catch (error) {
      if (status(error) !== 409 && status(error) !== 404) throw error;
    }
    if (Date.now() >= deadline)
      throw new UserError(
        `The fork ${fork.owner}/${fork.repo} has no git data after ${Math.round((options.waitMs ?? 300_000) / 1000)} s; GitHub is still creating it: run again in a few minutes`,
      );
    await sleep(
      Math.min(pauses[Math.min(attempt, pauses.length - 1)] ?? 1000, Math.max(0, deadline - Date.now())),
    );
  }
}
