/**
 * Every release of a repository, past GitHub's cap on the release listing. `GET /releases` pages 100
 * at a time but reaches only the first 1,000 releases (newest first); a page past them is refused
 * (500 in 2022, release-drafter#1082; 422 `Only the first 1000 results are available.` since). A
 * repository with years of daily releases has more, and the oldest ones are exactly what a cleanup
 * is for. The tags are not capped: `git/matching-refs/tags` answers every tag in one call (it does
 * not page: github/docs#3863), and the release of a tag the listing did not reach is read by its tag.
 *
 * Calls: ceil(R/100) listing pages up to the cap (R releases); past it, 1 for the tags and 1 per
 * tag the caller wants and the listing did not reach (the API has no other way to reach a release
 * past the cap: neither a sort order nor an offset).
 */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './changes.js';
import { listTagNames } from './changes.js';
import { getReleaseByTag, type RemoteRelease } from './releases.js';

const PAGE = 100;
/** GitHub's cap on the release listing; pages past it are tried once (not retried: 500 is the cap's answer). */
export const RELEASE_LISTING_CAP = 1000;

export interface ReleaseIndex {
  /** Every release read: drafts too (the token sees them with push access), newest listed first. */
  releases: RemoteRelease[];
  /** Listing pages asked for (the refused one past the cap included). */
  listingCalls: number;
  /** The listing stopped at GitHub's cap: what was read beyond it through the tags. */
  capped?: {
    /** Releases the listing reached. */
    listed: number;
    /** Status GitHub refused the next page with. */
    status: number;
    /** Tags read one by one (wanted, not reached by the listing). */
    tagsRead: number;
    /** Of those, tags with a published release. */
    found: number;
  };
  /** What could not be read (a tag's release, the tags): the index is incomplete when not empty. */
  unread: string[];
  /** Tags whose release could not be read (each also in `unread`). */
  unreadTags: string[];
  /** Every tag, when they were listed (past the cap): a caller that needs them too need not ask again. */
  tags?: string[];
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's refusal of a listing page past the cap (on a page after the first). */
function isCap(error: unknown, page: number): boolean {
  const status = statusOf(error);
  if (page === 1) return false;
  if (status === 422) return /only the first \d+ results/i.test((error as Error).message);
  return status === 500 && (page - 1) * PAGE >= RELEASE_LISTING_CAP;
}

/**
 * Every release, and with `wanted` (tag → worth reading) every release the listing cannot reach whose
 * tag is wanted. Without `wanted`, releases past the cap are not read (`capped` says so).
 */
export async function listEveryRelease(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  wanted?: (tag: string) => boolean,
): Promise<ReleaseIndex> {
  const releases: RemoteRelease[] = [];
  const index: ReleaseIndex = { releases, listingCalls: 0, unread: [], unreadTags: [] };
  let refused: number | undefined;
  const seen = new Set<number>();
  for (let page = 1; ; page++) {
    index.listingCalls++;
    const pastCap = (page - 1) * PAGE >= RELEASE_LISTING_CAP;
    let response;
    try {
      response = await client.rest.repos.listReleases({
        owner,
        repo,
        per_page: PAGE,
        page,
        ...(pastCap ? { request: { retries: 0 } } : {}),
      });
    } catch (error) {
      if (!isCap(error, page)) throw error;
      refused = statusOf(error);
      break;
    }
    // Pages are read at different moments: a release published meanwhile pushes the last of a page
    // onto the next one, read twice then. Each release counts once (a caller ranking releases would
    // otherwise rank one twice and let a newer one go).
    for (const release of response.data as unknown as RemoteRelease[]) {
      if (seen.has(release.id)) continue;
      seen.add(release.id);
      releases.push(release);
    }
    if (!/\brel="next"/.test(response.headers.link ?? '')) break;
  }
  if (refused === undefined) return index;
  const capped = { listed: releases.length, status: refused, tagsRead: 0, found: 0 };
  index.capped = capped;
  if (!wanted) return index;
  let tags: string[];
  try {
    tags = await listTagNames(client, { owner, repo });
  } catch (error) {
    index.unread.push(
      `the tags (${(error as Error).message}), so no release past the first ${releases.length}`,
    );
    return index;
  }
  index.tags = tags;
  const reached = new Set(releases.map((r) => r.tag_name));
  for (const tag of tags) {
    if (reached.has(tag) || !wanted(tag)) continue;
    capped.tagsRead++;
    try {
      const release = await getReleaseByTag(client, { owner, repo }, tag);
      if (!release || seen.has(release.id)) continue;
      seen.add(release.id);
      capped.found++;
      releases.push(release);
    } catch (error) {
      index.unread.push(`the release of ${tag} (${(error as Error).message})`);
      index.unreadTags.push(tag);
    }
  }
  return index;
}
