/**
 * Releases, after GitHub's REST documentation ("REST API endpoints for releases"): create, read,
 * update, delete, the "latest" release and generated notes. Where the docs are silent, the choice is
 * commented. Assets are in assets.ts, tag rules in release-tags.ts.
 */
import { rm } from 'node:fs/promises';
import semver from 'semver';
import { HttpError, notFound, pageParams, paginate, repoOf, validationFailed } from '../http.js';
import { withRepoLock } from '../lock.js';
import { repoHtmlUrl } from '../objects.js';
import { renderRelease } from '../render/releases.js';
import type { ReleaseRecord, RepoRecord, RouteContext, Routes } from '../types.js';
import {
  checkNotReserved,
  checkTagName,
  ensureTag,
  publishedHolder,
  resolveTarget,
  tagExists,
} from './release-tags.js';

/** The release GitHub marks "latest" per repository (set by make_latest). */
const latestOf = new WeakMap<RepoRecord, number>();

/** Drafts are visible only to users with push access (anonymous users and read-only tokens have none). */
export const visible = (ctx: RouteContext, r: ReleaseRecord): boolean =>
  !r.draft || (ctx.viewer !== undefined && ctx.repo?.access !== 'read');

/** The release named by `{release_id}`; 404 when it does not exist or is hidden from the caller. */
export function releaseById(ctx: RouteContext, repo: RepoRecord): ReleaseRecord {
  const r = repo.releases.get(Number(ctx.params.release_id));
  if (!r || !visible(ctx, r)) throw notFound();
  return r;
}

/** Newest first: GitHub orders by creation; ids grow with creation here and break ties within a second. */
const newestFirst = (repo: RepoRecord): ReleaseRecord[] =>
  [...repo.releases.values()].sort((a, b) => b.id - a.id);

function isLatestCandidate(r: ReleaseRecord): boolean {
  return !r.draft && !r.prerelease && r.make_latest !== 'false';
}

/** `legacy`: latest by creation date and then higher semantic version, among published full releases. */
function legacyLatest(repo: RepoRecord): ReleaseRecord | undefined {
  const candidates = [...repo.releases.values()].filter(isLatestCandidate);
  // GitHub: "The created_at attribute is the date of the commit used for the release".
  const date = (r: ReleaseRecord): string => r.commitDate ?? r.created_at;
  candidates.sort((a, b) => {
    const byDate = date(b).localeCompare(date(a));
    if (byDate !== 0) return byDate;
    const va = semver.coerce(a.tag_name);
    const vb = semver.coerce(b.tag_name);
    if (va && vb) return semver.rcompare(va, vb) || b.id - a.id;
    return b.id - a.id;
  });
  return candidates[0];
}

/** Apply make_latest after a release was created or changed. */
function updateLatest(repo: RepoRecord, r: ReleaseRecord): void {
  if (r.draft || r.prerelease) {
    if (latestOf.get(repo) === r.id) latestOf.delete(repo);
    return;
  }
  if (r.make_latest === 'true') latestOf.set(repo, r.id);
  else if (r.make_latest === 'false' && latestOf.get(repo) === r.id) latestOf.delete(repo);
  else if (r.make_latest === 'legacy') {
    const l = legacyLatest(repo);
    if (l) latestOf.set(repo, l.id);
  }
}

/** Mark a release "latest" as `make_latest: true` would (seeding helpers use it). */
export function markLatest(repo: RepoRecord, id: number): void {
  latestOf.set(repo, id);
}

function latestRelease(repo: RepoRecord): ReleaseRecord | undefined {
  const id = latestOf.get(repo);
  const r = id === undefined ? undefined : repo.releases.get(id);
  if (r && !r.draft && !r.prerelease) return r;
  // No explicit latest (or it went away): the newest published full release.
  return legacyLatest(repo);
}

function publish(repo: RepoRecord, r: ReleaseRecord, now: string): void {
  r.draft = false;
  r.published_at = now;
  if (repo.immutableReleases) {
    r.immutable = true;
    repo.immutableTags.add(r.tag_name);
  }
}

/** The 422 for changing `what` of an immutable release. */
export function immutableError(what: string): HttpError {
  // choice: GitHub documents that immutable releases forbid this, not the exact answer; a 422 with one error.
  return validationFailed('Release', 'custom', what, `Cannot modify ${what} of an immutable release`);
}

interface CreateBody {
  tag_name: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: 'true' | 'false' | 'legacy';
  generate_release_notes?: boolean;
}

type UpdateBody = Partial<CreateBody>;

/** Creates, updates and deletes of one repository's releases run one at a time (see lock.ts). */
function createRelease(ctx: RouteContext) {
  const repo = repoOf(ctx);
  return withRepoLock(repo, () => createReleaseLocked(ctx, repo));
}

async function createReleaseLocked(ctx: RouteContext, repo: RepoRecord) {
  const b = ctx.body as CreateBody;
  const target = b.target_commitish ?? repo.defaultBranch;
  const draft = b.draft ?? false;
  await checkTagName(repo, b.tag_name, !draft);
  checkNotReserved(repo, b.tag_name);
  if (!draft && publishedHolder(repo, b.tag_name)) {
    throw validationFailed('Release', 'already_exists', 'tag_name');
  }
  // Validate the target before any change, unless the tag exists (then target_commitish is unused).
  const tagCommit = await ctx.git.resolveCommit(repo.gitDir, `refs/tags/${b.tag_name}`);
  const targetSha = tagCommit ? undefined : await resolveTarget(ctx, repo, target);
  let name = b.name ?? null;
  let body = b.body ?? null;
  if (b.generate_release_notes) {
    const notes = generateNotes(ctx, repo, b.tag_name, target);
    name ??= notes.name;
    body = body === null ? notes.body : `${body}\n\n${notes.body}`;
  }
  const now = ctx.state.now();
  const release: ReleaseRecord = {
    id: ctx.state.nextId(),
    tag_name: b.tag_name,
    target_commitish: target,
    name,
    body,
    draft: true,
    prerelease: b.prerelease ?? false,
    make_latest: b.make_latest ?? 'true',
    created_at: now,
    updated_at: now,
    published_at: null,
    author: ctx.viewer ?? ctx.state.viewer,
    assetIds: [],
    immutable: false,
  };
  if (!draft) {
    await ensureTag(ctx, repo, release, { tagCommit, ...(targetSha ? { targetSha } : {}) });
    publish(repo, release, now);
  }
  repo.releases.set(release.id, release);
  updateLatest(repo, release);
  const rendered = renderRelease(ctx, repo, release);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

function updateRelease(ctx: RouteContext) {
  const repo = repoOf(ctx);
  return withRepoLock(repo, () => updateReleaseLocked(ctx, repo));
}

async function updateReleaseLocked(ctx: RouteContext, repo: RepoRecord) {
  const r = releaseById(ctx, repo);
  const b = (ctx.body ?? {}) as UpdateBody;
  const publishing = r.draft && b.draft === false;
  const tag = b.tag_name ?? r.tag_name;
  const staysPublished = !r.draft && b.draft !== true;
  if (b.tag_name !== undefined && b.tag_name !== r.tag_name) {
    if (r.immutable) throw immutableError('tag_name');
    await checkTagName(repo, b.tag_name, publishing || staysPublished);
  }
  if (b.tag_name !== undefined || publishing) checkNotReserved(repo, tag, r);
  if ((publishing || (staysPublished && tag !== r.tag_name)) && publishedHolder(repo, tag, r.id)) {
    throw validationFailed('Release', 'already_exists', 'tag_name');
  }
  if (b.draft === true && !r.draft && r.immutable) throw immutableError('draft');
  const now = ctx.state.now();
  const next: ReleaseRecord = {
    ...r,
    tag_name: tag,
    target_commitish: b.target_commitish ?? r.target_commitish,
    name: b.name ?? r.name,
    body: b.body ?? r.body,
    prerelease: b.prerelease ?? r.prerelease,
    make_latest: b.make_latest ?? r.make_latest,
    updated_at: now,
  };
  // A published release whose tag changes gets the new tag (the old tag stays, as on GitHub).
  if (publishing || (staysPublished && next.tag_name !== r.tag_name)) await ensureTag(ctx, repo, next);
  if (publishing) {
    publish(repo, next, now);
    // "Defaults to true for newly published releases": create stored 'true' unless told otherwise.
  } else if (b.draft === true && !r.draft) {
    // choice: turning a release back into a draft unpublishes it (published_at null).
    next.draft = true;
    next.published_at = null;
  }
  Object.assign(r, next);
  if (b.make_latest !== undefined || publishing || b.prerelease !== undefined || b.draft !== undefined) {
    updateLatest(repo, r);
  }
  return { status: 200, body: renderRelease(ctx, repo, r) };
}

function deleteRelease(ctx: RouteContext) {
  const repo = repoOf(ctx);
  return withRepoLock(repo, () => deleteReleaseLocked(ctx, repo));
}

async function deleteReleaseLocked(ctx: RouteContext, repo: RepoRecord) {
  const r = releaseById(ctx, repo);
  for (const id of r.assetIds) {
    const a = repo.assets.get(id);
    repo.assets.delete(id);
    if (a) await rm(a.path, { force: true });
  }
  repo.releases.delete(r.id);
  if (latestOf.get(repo) === r.id) latestOf.delete(repo);
  // The tag stays: deleting a release never deletes its tag.
  return { status: 204 };
}

/**
 * Release notes from the merged pull requests the sandbox knows, merged after the previous release
 * (previous_tag_name, else the newest published release other than this tag). GitHub's categories
 * (.github/release.yml) are not implemented.
 */
function generateNotes(
  ctx: RouteContext,
  repo: RepoRecord,
  tag: string,
  _target: string,
  previousTag?: string,
): { name: string; body: string } {
  const previous =
    previousTag !== undefined
      ? [...repo.releases.values()].find((r) => r.tag_name === previousTag)
      : newestFirst(repo).find((r) => !r.draft && r.tag_name !== tag);
  const prevName = previousTag ?? previous?.tag_name;
  const since = previous?.published_at ?? previous?.created_at;
  const pulls = [...repo.issues.values()]
    .filter((i) => i.pull?.merged_at && (!since || i.pull.merged_at > since))
    .sort((a, b) => a.number - b.number);
  const web = repoHtmlUrl(ctx, repo);
  const lines: string[] = [];
  if (pulls.length > 0) {
    lines.push("## What's Changed");
    for (const p of pulls) lines.push(`* ${p.title} by @${p.user} in ${web}/pull/${p.number}`);
    lines.push('');
  }
  lines.push(
    prevName
      ? `**Full Changelog**: ${web}/compare/${prevName}...${tag}`
      : `**Full Changelog**: ${web}/commits/${tag}`,
  );
  return { name: tag, body: lines.join('\n') };
}

export const releaseRoutes: Routes = {
  'repos/create-release': createRelease,
  'repos/get-release': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: renderRelease(ctx, repo, releaseById(ctx, repo)) };
  },
  'repos/get-release-by-tag': (ctx) => {
    const repo = repoOf(ctx);
    // Drafts have no tag yet: they are never found by tag.
    const r = [...repo.releases.values()].find((x) => !x.draft && x.tag_name === ctx.params.tag);
    if (!r) throw notFound();
    return { status: 200, body: renderRelease(ctx, repo, r) };
  },
  'repos/get-latest-release': (ctx) => {
    const repo = repoOf(ctx);
    const r = latestRelease(repo);
    if (!r) throw notFound();
    return { status: 200, body: renderRelease(ctx, repo, r) };
  },
  'repos/list-releases': (ctx) => {
    const repo = repoOf(ctx);
    const list = newestFirst(repo).filter((r) => visible(ctx, r));
    // GitHub lists only the first 1,000 releases (release-drafter#1082: a 500 past them in 2022; a
    // 422 `Only the first 1000 results are available.` since). A page starting past them is refused;
    // the one reaching them is cut there; the Link header still names the next page, as GitHub's does.
    const { limit, status } = repo.releaseListCap;
    const { page, perPage } = pageParams(ctx.query);
    if ((page - 1) * perPage >= limit) {
      throw status === 500
        ? new HttpError(500, 'Server Error')
        : new HttpError(422, `Only the first ${limit} results are available.`);
    }
    const result = paginate(ctx, list, (r) => renderRelease(ctx, repo, r));
    const reachable = limit - (page - 1) * perPage;
    if (Array.isArray(result.body) && result.body.length > reachable) result.body.length = reachable;
    return result;
  },
  'repos/update-release': updateRelease,
  'repos/delete-release': deleteRelease,
  'repos/generate-release-notes': async (ctx) => {
    const repo = repoOf(ctx);
    const b = ctx.body as { tag_name: string; target_commitish?: string; previous_tag_name?: string };
    if (!(await tagExists(ctx, repo, b.tag_name))) {
      await resolveTarget(ctx, repo, b.target_commitish ?? repo.defaultBranch);
    }
    const notes = generateNotes(
      ctx,
      repo,
      b.tag_name,
      b.target_commitish ?? repo.defaultBranch,
      b.previous_tag_name,
    );
    return { status: 200, body: notes };
  },
};
