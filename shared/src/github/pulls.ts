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
