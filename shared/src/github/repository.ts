/** A repository as a release into it needs it: its default branch, and whether the token may push. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './changes.js';

export interface RepositoryInfo {
  /** `owner/name` as GitHub spells it. */
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /**
   * Whether the token may push (`permissions.push`); undefined when GitHub did not say. For a
   * fine-grained token this is the user's role, not the token's: a write can still be refused.
   */
  push?: boolean;
}

/** The repository, or undefined when the token cannot see it (GitHub answers 404). */
export async function readRepository(
  client: GitHubClient,
  { owner, repo }: RepoRef,
): Promise<RepositoryInfo | undefined> {
  try {
    const { data } = await client.rest.repos.get({ owner, repo });
    const push = data.permissions?.push;
    return {
      fullName: data.full_name,
      defaultBranch: data.default_branch,
      private: data.private,
      ...(push !== undefined ? { push } : {}),
    };
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return undefined;
    throw error;
  }
}
