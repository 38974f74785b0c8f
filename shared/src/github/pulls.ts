/** Pull requests: open one for a branch, or reuse the one already open for it (a rerun). */
import type { GitHubClient } from './client.js';

export interface PullRequestRef {
  number: number;
  url: string;
  /** True when an open pull request for the branch already existed. */
  reused: boolean;
}

export interface PullRequestRequest {
  owner: string;
  repo: string;
  /** Branch in the same repository. */
  head: string;
  base: string;
  title: string;
  body: string;
}

async function findOpen(
  github: GitHubClient,
  request: PullRequestRequest,
): Promise<PullRequestRef | undefined> {
  const { data } = await github.rest.pulls.list({
    owner: request.owner,
    repo: request.repo,
    head: `${request.owner}:${request.head}`,
    base: request.base,
    state: 'open',
    per_page: 1,
  });
  const pull = data[0];
  return pull ? { number: pull.number, url: pull.html_url, reused: true } : undefined;
}

/** The open pull request from `head` into `base`, created when there is none. */
export async function openOrReusePullRequest(
  github: GitHubClient,
  request: PullRequestRequest,
): Promise<PullRequestRef> {
  const open = await findOpen(github, request);
  if (open) return open;
  try {
    const { data } = await github.rest.pulls.create({
      owner: request.owner,
      repo: request.repo,
      head: request.head,
      base: request.base,
      title: request.title,
      body: request.body,
    });
    return { number: data.number, url: data.html_url, reused: false };
  } catch (error) {
    // Another run opened it between our look and our create.
    const raced = (error as { status?: number }).status === 422 ? await findOpen(github, request) : undefined;
    if (raced) return raced;
    throw error;
  }
}

/** The repository's default branch. */
export async function defaultBranch(github: GitHubClient, owner: string, repo: string): Promise<string> {
  const { data } = await github.rest.repos.get({ owner, repo });
  return data.default_branch;
}

export interface ForkPullRequestRequest {
  /** The upstream repository the pull request is opened in. */
  owner: string;
  repo: string;
  /** Owner and name of the fork holding the branch. */
  headOwner: string;
  headRepo: string;
  /** Branch in the fork. */
  head: string;
  base: string;
  title: string;
  body: string;
}

export interface ForkPullRequestRef extends PullRequestRef {
  /** True when an open pull request's title or body was rewritten to the requested ones. */
  updated: boolean;
}

/** The open pull request from `headOwner:head` into `base` of the upstream repository, if any. */
export async function findOpenForkPullRequest(
  github: GitHubClient,
  request: Pick<ForkPullRequestRequest, 'owner' | 'repo' | 'headOwner' | 'head' | 'base'>,
): Promise<{ number: number; url: string; title: string; body: string } | undefined> {
  const { data } = await github.rest.pulls.list({
    owner: request.owner,
    repo: request.repo,
    head: `${request.headOwner}:${request.head}`,
    base: request.base,
    state: 'open',
    per_page: 1,
  });
  const pull = data[0];
  return pull
    ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? '' }
    : undefined;
}

/**
 * The open pull request from a fork's branch into upstream's `base`: reused (its title and body set
 * to the requested ones when they differ), or created when there is none.
 */
export async function openOrUpdateForkPullRequest(
  github: GitHubClient,
  request: ForkPullRequestRequest,
): Promise<ForkPullRequestRef> {
  const reuse = async (open: { number: number; url: string; title: string; body: string }) => {
    if (open.title === request.title && open.body === request.body)
      return { number: open.number, url: open.url, reused: true, updated: false };
    await github.rest.pulls.update({
      owner: request.owner,
      repo: request.repo,
      pull_number: open.number,
      title: request.title,
      body: request.body,
    });
    return { number: open.number, url: open.url, reused: true, updated: true };
  };
  const open = await findOpenForkPullRequest(github, request);
  if (open) return reuse(open);
  try {
    const { data } = await github.rest.pulls.create({
      owner: request.owner,
      repo: request.repo,
      head: `${request.headOwner}:${request.head}`,
      // A fork named unlike its parent is named, as GitHub asks for cross-repository pulls.
      ...(request.headRepo.toLowerCase() !== request.repo.toLowerCase()
        ? { head_repo: request.headRepo }
        : {}),
      base: request.base,
      title: request.title,
      body: request.body,
      maintainer_can_modify: true,
    });
    return { number: data.number, url: data.html_url, reused: false, updated: false };
  } catch (error) {
    // Another run opened it between our look and our create.
    const raced =
      (error as { status?: number }).status === 422
        ? await findOpenForkPullRequest(github, request)
        : undefined;
    if (raced) return reuse(raced);
    throw error;
  }
}
