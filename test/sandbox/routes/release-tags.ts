/**
 * Release tags after GitHub's rules: valid names, tags reserved by immutable releases, one published
 * release per tag, and the tag a release gets when it is published.
 */
import { runGit } from '../git-cli.js';
import { HttpError, validationFailed } from '../http.js';
import type { ReleaseRecord, RepoRecord, RouteContext } from '../types.js';

/** Whether `refs/tags/<tag>` exists. */
export async function tagExists(ctx: RouteContext, repo: RepoRecord, tag: string): Promise<boolean> {
  return (await ctx.git.getRef(repo.gitDir, `refs/tags/${tag}`)) !== undefined;
}

/** The commit a new tag would point at; 422 on target_commitish when it does not resolve. */
export async function resolveTarget(ctx: RouteContext, repo: RepoRecord, target: string): Promise<string> {
  const sha = await ctx.git.resolveCommit(repo.gitDir, target);
  if (!sha) {
    throw validationFailed(
      'Release',
      'invalid',
      'target_commitish',
      `target_commitish ${target} is not a branch or commit`,
    );
  }
  return sha;
}

/**
 * A published release's tag is created (lightweight, at target_commitish) when it does not exist
 * yet. A tag that cannot be created fails the publish: a release is never published without its tag.
 * Records the tag commit's date, which orders `legacy` latest releases.
 */
export async function ensureTag(
  ctx: RouteContext,
  repo: RepoRecord,
  release: ReleaseRecord,
  known?: { tagCommit: string | undefined; targetSha?: string },
): Promise<void> {
  const ref = `refs/tags/${release.tag_name}`;
  let commit = known ? known.tagCommit : await ctx.git.resolveCommit(repo.gitDir, ref);
  if (!commit) {
    const sha = known?.targetSha ?? (await resolveTarget(ctx, repo, release.target_commitish));
    commit = sha;
    if (!(await ctx.git.createRef(repo.gitDir, ref, sha))) {
      // Lost to a concurrent creation of the same tag (a git push): that tag is used as it is.
      commit = await ctx.git.resolveCommit(repo.gitDir, ref);
      if (!commit) throw invalidTag(true);
    }
  }
  const info = await ctx.git.getCommit(repo.gitDir, commit);
  if (info) release.commitDate = info.committer.date;
}

/**
 * GitHub's answer for a tag name git refuses (`bad tag`, `v1..2`), as observed: two `custom` errors on
 * tag_name, and a third when the release would be published.
 */
function invalidTag(publishing: boolean): HttpError {
  const e = (message: string, field?: string) => ({
    resource: 'Release',
    code: 'custom',
    ...(field ? { field } : {}),
    message,
  });
  return new HttpError(422, 'Validation Failed', [
    e('tag_name is not a valid tag', 'tag_name'),
    e('tag_name is not well-formed', 'tag_name'),
    ...(publishing ? [e('Published releases must have a valid tag')] : []),
  ]);
}

/** Names git accepts without asking it: safe characters, no `..`, no `.`-led or `.lock` component. */
const PLAIN_TAG = /^(?!.*\.\.)(?!.*\/\/)(?!.*(?:^|\/)\.)(?!.*\.lock(?:\/|$))[A-Za-z0-9._+/-]*[A-Za-z0-9_+-]$/;

/** `git check-ref-format refs/tags/<tag>`, GitHub's own rule for tag names (plain names skip git). */
export async function checkTagName(repo: RepoRecord, tag: string, publishing: boolean): Promise<void> {
  const ok =
    PLAIN_TAG.test(tag) ||
    (tag.length > 0 &&
      !/[\n\r\0]/.test(tag) &&
      (await runGit(repo.gitDir, ['check-ref-format', `refs/tags/${tag}`], { okCodes: [1] })).code === 0);
  if (!ok) throw invalidTag(publishing);
}

/** A tag once held by an immutable release is never a release tag again (GitHub reserves it). */
export function checkNotReserved(repo: RepoRecord, tag: string, self?: ReleaseRecord): void {
  if (self?.immutable && self.tag_name === tag) return;
  if (repo.immutableTags.has(tag)) {
    throw validationFailed('Release', 'custom', 'tag_name', 'tag_name was used by an immutable release');
  }
}

/**
 * Another *published* release holding the tag. Drafts may share a tag (a rerun after a killed job
 * leaves one behind, matrix jobs race to create one each); only publishing needs the tag to itself.
 */
export function publishedHolder(repo: RepoRecord, tag: string, except?: number): boolean {
  for (const r of repo.releases.values()) if (!r.draft && r.tag_name === tag && r.id !== except) return true;
  return false;
}

/** The tag of a published immutable release cannot be moved or deleted (git refs routes ask this). */
export function tagLockedByImmutableRelease(repo: RepoRecord, ref: string): boolean {
  if (!ref.startsWith('refs/tags/')) return false;
  const tag = ref.slice('refs/tags/'.length);
  for (const r of repo.releases.values()) if (r.immutable && !r.draft && r.tag_name === tag) return true;
  return false;
}
