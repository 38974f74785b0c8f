/**
 * Releases through the REST API, in the few calls a release needs: find what exists for a tag in one
 * listing, create a draft, publish it, delete a release or an asset, read and move a tag, compare commits.
 */
import type { RemoteAsset } from './assets.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './changes.js';

export interface RemoteRelease {
  id: number;
  tag_name: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  target_commitish: string;
  /** True once published on a repository with immutable releases. */
  immutable?: boolean;
  body?: string | null;
  created_at?: string;
  published_at?: string | null;
  assets: RemoteAsset[];
}

export interface ReleasesForTag {
  /** The published release that holds the tag. */
  published?: RemoteRelease;
  /** Drafts created for the tag, oldest first (drafts do not hold their tag until published). */
  drafts: RemoteRelease[];
}

const PAGE = 100;

export function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown }).status === 404;
}

/**
 * The published release and the drafts for a tag: one listing of the newest 100 releases (drafts are
 * recent); a published release older than those is asked for by tag.
 */
export async function releasesForTag(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  tag: string,
): Promise<ReleasesForTag> {
  const { data } = await client.rest.repos.listReleases({ owner, repo, per_page: PAGE });
  const list = data as unknown as RemoteRelease[];
  const forTag = list.filter((r) => r.tag_name === tag);
  let published = forTag.find((r) => !r.draft);
  if (!published && list.length === PAGE) published = await getReleaseByTag(client, { owner, repo }, tag);
  const drafts = forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
  return { ...(published ? { published } : {}), drafts };
}

/** The published release of a tag (drafts have no tag yet), or undefined. */
export async function getReleaseByTag(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  tag: string,
): Promise<RemoteRelease | undefined> {
  try {
    return (await client.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** The id of the release GitHub shows as "Latest", or undefined when none is. */
export async function latestReleaseId(
  client: GitHubClient,
  { owner, repo }: RepoRef,
): Promise<number | undefined> {
  try {
    return (await client.rest.repos.getLatestRelease({ owner, repo })).data.id;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export interface ReleaseFields {
  tag: string;
  targetCommitish: string;
  name: string;
  body: string;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
}

/** Create a draft release (a draft does not create its tag). */
export async function createDraftRelease(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  fields: ReleaseFields,
): Promise<RemoteRelease> {
  const { data } = await client.rest.repos.createRelease({
    owner,
    repo,
    tag_name: fields.tag,
    target_commitish: fields.targetCommitish,
    name: fields.name,
    body: fields.body,
    draft: true,
    prerelease: fields.prerelease,
  });
  return data;
}

/** Set the release's text and publish it; publishing creates the tag at target_commitish if it is missing. */
export async function publishRelease(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  id: number,
  fields: ReleaseFields,
  publish: boolean,
): Promise<RemoteRelease> {
  const { data } = await client.rest.repos.updateRelease({
    owner,
    repo,
    release_id: id,
    tag_name: fields.tag,
    target_commitish: fields.targetCommitish,
    name: fields.name,
    // An empty body keeps the one there (a matrix job without notes must not blank the last job's).
    ...(fields.body ? { body: fields.body } : {}),
    prerelease: fields.prerelease,
    ...(publish ? { draft: false, make_latest: fields.makeLatest } : {}),
  });
  return data;
}

/** Delete a release (its tag stays); a release already gone counts as deleted. */
export async function deleteRelease(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  id: number,
): Promise<void> {
  try {
    await client.rest.repos.deleteRelease({ owner, repo, release_id: id });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/**
 * Delete a release only if it is still a draft. A listing is stale by the time it is acted on: a
 * draft listed a second ago may be a racing run's release now, and deleting that deletes what the
 * other run reports as released. Read it again first; `published` means it was left alone. (A publish
 * can still land between this read and the delete: the run that published reads its release back.)
 */
export async function deleteDraft(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  id: number,
): Promise<'deleted' | 'gone' | 'published'> {
  let release: { draft: boolean };
  try {
    release = (await client.rest.repos.getRelease({ owner, repo, release_id: id })).data;
  } catch (error) {
    if (isNotFound(error)) return 'gone';
    throw error;
  }
  if (!release.draft) return 'published';
  await deleteRelease(client, { owner, repo }, id);
  return 'deleted';
}

/**
 * GitHub's 422 for publishing a release whose tag a published release already holds: `already_exists`
 * on `tag_name`. GitHub lets one published release hold a tag, so this is how a race to publish ends.
 */
export function isTagTaken(error: unknown): boolean {
  const { status, response } = error as {
    status?: unknown;
    response?: { data?: { errors?: Array<{ code?: unknown; field?: unknown }> } };
  };
  return (
    status === 422 &&
    (response?.data?.errors ?? []).some((e) => e.code === 'already_exists' && e.field === 'tag_name')
  );
}

/** Delete an asset; one already gone counts as deleted. */
export async function deleteAsset(client: GitHubClient, { owner, repo }: RepoRef, id: number): Promise<void> {
  try {
    await client.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** The assets of a release as they are now. */
export async function listAssets(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  id: number,
): Promise<RemoteAsset[]> {
  const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
    owner,
    repo,
    release_id: id,
    per_page: 100,
  });
  return assets;
}

/** The commit a tag points at (annotated tags peeled), or undefined when the tag does not exist. */
export async function tagCommit(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  tag: string,
): Promise<string | undefined> {
  let object: { type: string; sha: string };
  try {
    object = (await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` })).data.object;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
    object = (await client.rest.git.getTag({ owner, repo, tag_sha: object.sha })).data.object;
  }
  return object.type === 'commit' ? object.sha : undefined;
}

/** Delete a tag: `gone` when it did not exist (GitHub answers 422 `Reference does not exist`). */
export async function deleteTag(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  tag: string,
): Promise<'deleted' | 'gone'> {
  try {
    await client.rest.git.deleteRef({ owner, repo, ref: `tags/${tag}` });
    return 'deleted';
  } catch (error) {
    const { status, message } = error as { status?: unknown; message?: unknown };
    if (status === 422 && /reference does not exist/i.test(String(message))) return 'gone';
    throw error;
  }
}

/** Point a tag at a commit: moved (forced) when it exists, created when it does not. */
export async function moveTag(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  tag: string,
  sha: string,
  exists: boolean,
): Promise<void> {
  if (exists) await client.rest.git.updateRef({ owner, repo, ref: `tags/${tag}`, sha, force: true });
  else await client.rest.git.createRef({ owner, repo, ref: `refs/tags/${tag}`, sha });
}

/**
 * The full sha of a commit-ish (a branch, a tag, a short or full sha); undefined when the repository
 * has no such commit (GitHub answers 422 `No commit found for SHA`, or 404 for some malformed refs).
 */
export async function findCommit(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  ref: string,
): Promise<string | undefined> {
  try {
    return (await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 })).data.sha;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 404 || status === 422) return undefined;
    throw error;
  }
}

/** How `head` relates to `base`: GitHub's compare status, or `unrelated` when they share no history. */
export type CommitRelation = 'ahead' | 'behind' | 'diverged' | 'identical' | 'unrelated';

/** Compare two commits in one call (`behind`: head is an ancestor of base). */
export async function compareCommits(
  client: GitHubClient,
  { owner, repo }: RepoRef,
  base: string,
  head: string,
): Promise<CommitRelation> {
  try {
    // One commit per page: only the status is read, not the commit list.
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    return data.status;
  } catch (error) {
    // GitHub answers 404 "No common ancestor" for commits of unrelated histories.
    if (isNotFound(error)) return 'unrelated';
    throw error;
  }
}
