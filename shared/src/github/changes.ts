/**
 * What closed between two releases, in as few calls as GitHub allows: tags in one call, the two
 * boundary dates in one call each, and the issues and pull requests closed between those dates
 * through the search API, 100 a page — ceil(N/100)+3 calls for N items.
 */
import type { ChangeItem } from '../changelog/types.js';
import type { GitHubClient } from './client.js';

/** An issue or merged pull request as the changelog lists it. */
export type ClosedChange = ChangeItem;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The search API answers at most this many results for one query. */
export const SEARCH_RESULT_CAP = 1000;

export class SearchCapExceeded extends Error {
  override readonly name = 'SearchCapExceeded';
}

/** GitHub's search timed out and said so (`incomplete_results: true`) twice in a row. */
export class SearchIncomplete extends Error {
  override readonly name = 'SearchIncomplete';
}

/** Every tag name of the repository: one call (further pages only if GitHub ever sends a `Link`). */
export async function listTagNames(client: GitHubClient, { owner, repo }: RepoRef): Promise<string[]> {
  const refs = await client.paginate(client.rest.git.listMatchingRefs, { owner, repo, ref: 'tags/' });
  return refs.map((ref) => ref.ref.replace(/^refs\/tags\//, ''));
}

/** The committer date of the commit a ref (tag, branch or sha) names. */
export async function commitDate(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  ref: string,
): Promise<string> {
  const { data } = await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 });
  const date = data.commit.committer?.date ?? data.commit.author?.date;
  if (!date) throw new Error(`commit ${data.sha} (${ref}) has no committer date`);
  return date;
}

/** Seconds-precision ISO time, as the search syntax takes it. */
function searchTime(iso: string, plusSeconds = 0): string {
  return new Date(Date.parse(iso) + plusSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Merged pull requests and closed issues closed after `since` (exclusive) up to `until` (inclusive).
 * Pull requests closed without merging are left out, as github-changelog-generator does.
 */
export async function listClosedChanges(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  range: { since?: string; until: string },
): Promise<ClosedChange[]> {
  const window = range.since
    ? `closed:${searchTime(range.since, 1)}..${searchTime(range.until)}`
    : `closed:<=${searchTime(range.until)}`;
  const q = `repo:${owner}/${repo} is:closed ${window}`;
  const changes: ClosedChange[] = [];
  // Paged by hand rather than with octokit's paginate: its list normalisation takes the first
  // unknown key as the item list, and search answers now carry `search_type` beside `items`.
  const fetchPage = async (page: number) =>
    (
      await client.rest.search.issuesAndPullRequests({
        q,
        sort: 'created',
        order: 'asc',
        per_page: 100,
        page,
      })
    ).data;
  for (let page = 1; ; page++) {
    let data = await fetchPage(page);
    // A search that timed out answers what it found so far; notes missing items are worse than none.
    if (data.incomplete_results) data = await fetchPage(page);
    if (data.incomplete_results) {
      throw new SearchIncomplete(
        `GitHub's search answered incomplete results twice for page ${page} of ${q}`,
      );
    }
    if (data.total_count > SEARCH_RESULT_CAP) {
      throw new SearchCapExceeded(
        `${data.total_count} issues and pull requests closed in ${window}; GitHub's search answers at most ${SEARCH_RESULT_CAP} for one query`,
      );
    }
    for (const item of data.items) {
      const merged = item.pull_request?.merged_at;
      if (item.pull_request && !merged) continue;
      changes.push({
        kind: item.pull_request ? 'pull' : 'issue',
        number: item.number,
        title: item.title,
        url: item.html_url,
        author: item.user?.login ?? 'ghost',
        authorUrl: item.user?.html_url ?? '',
        labels: item.labels.map((label) => label.name ?? '').filter(Boolean),
        closedAt: merged ?? item.closed_at ?? '',
      });
    }
    if (data.items.length < 100 || page * 100 >= data.total_count) break;
  }
  return changes;
}
