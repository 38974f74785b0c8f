/**
 * The repository releases are made in (`repository`; KM: its private sources release into the
 * public kontainapp/km-releases) and what a token needs to write there. Checked before anything is
 * written: a token that cannot see it, or that GitHub says may not push, stops the run naming what
 * token to use instead.
 */
import { UserError } from '../../../shared/src/action/index.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { RepoRef } from '../../../shared/src/github/changes.js';
import { findCommit } from '../../../shared/src/github/releases.js';
import { readRepository, type RepositoryInfo } from '../../../shared/src/github/repository.js';

export const fullName = (repo: RepoRef): string => `${repo.owner}/${repo.repo}`;

/** The same repository (GitHub's names are case-insensitive). */
export const sameRepository = (a: RepoRef, b: RepoRef): boolean =>
  fullName(a).toLowerCase() === fullName(b).toLowerCase();

/**
 * The sentence for a token that may not write `target`: GITHUB_TOKEN writes only the repository its
 * workflow runs in, whatever `permissions:` grant; another repository needs a token of its own with
 * "Contents: write" there (GitHub's REST reference lists that permission for creating, updating and
 * deleting releases and their assets, and for git refs).
 */
export function tokenCannotWrite(target: RepoRef, source: RepoRef, answer: string, left?: string): UserError {
  const there = fullName(target);
  return new UserError(
    [
      `The token cannot write to ${there}: ${answer}.`,
      `A workflow's GITHUB_TOKEN can write only the repository the workflow runs in (${fullName(source)}), whatever its permissions: block grants.`,
      `To release into ${there}, pass as token one that may write there: a GitHub App installation token (actions/create-github-app-token with repositories: ${target.repo} and permission-contents: write, the App installed on ${there}), or a fine-grained personal access token with the repository permission "Contents: write" on ${there} (a classic token needs the repo scope, public_repo for a public repository).`,
      left ?? 'Nothing was changed.',
    ].join(' '),
  );
}

/** The answer behind a refused write, or undefined when the error is not 403 or 404. */
export function refusedWrite(error: unknown): string | undefined {
  for (let at = error, depth = 0; at && depth < 5; depth++) {
    const { status, message, request } = at as {
      status?: unknown;
      message?: unknown;
      request?: { method?: string; url?: string };
    };
    if (status === 403 || status === 404) {
      const to = request?.method && request.url ? ` to ${request.method} ${request.url}` : '';
      return `GitHub answered ${String(status)} ${String(message)}${to}`;
    }
    at = (at as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Read the target repository before anything is written: undefined for the workflow's own one (the
 * job's `permissions:` decide there). Another one must be visible to the token, and not known to
 * refuse its pushes.
 */
export async function checkTarget(
  github: GitHubClient,
  target: RepoRef,
  source: RepoRef,
): Promise<RepositoryInfo> {
  const info = await readRepository(github, target);
  if (!info) {
    throw tokenCannotWrite(
      target,
      source,
      `GitHub answers 404 to GET /repos/${fullName(target)} (no such repository, or a private one this token cannot see)`,
    );
  }
  if (info.push === false) {
    throw tokenCannotWrite(
      target,
      source,
      `GitHub says the token may not push there (permissions.push is false for ${info.fullName})`,
    );
  }
  return info;
}

/** The head of the repository's default branch, as a full sha (where a new tag is made there). */
export async function defaultBranchHead(
  github: GitHubClient,
  target: RepoRef,
  info: RepositoryInfo,
): Promise<string> {
  const sha = await findCommit(github, target, info.defaultBranch);
  if (sha === undefined) {
    throw new UserError(
      `${info.fullName} has no commit on its default branch ${info.defaultBranch}: a release there needs a commit for its tag (push one, or set target-commitish)`,
    );
  }
  return sha;
}
