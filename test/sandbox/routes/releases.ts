/**
 * Releases and release assets, after GitHub's REST documentation ("REST API endpoints for releases"
 * and "... for release assets"). Where the docs are silent, the choice is commented.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import semver from 'semver';
import { runGit } from '../git-store.js';
import { HttpError, notFound, paginate, streamedBodyBytes, validationFailed } from '../http.js';
import { withRepoLock } from '../lock.js';
import { findRepo, releaseUrlTag, renderAsset, renderRelease, repoHtmlUrl } from '../objects.js';
import type { AssetRecord, ReleaseRecord, RepoRecord, RouteContext, Routes, SandboxState } from '../types.js';

export const UPLOAD_OPERATION = 'repos/upload-release-asset';

/** The release GitHub marks "latest" per repository (set by make_latest). */
const latestOf = new WeakMap<RepoRecord, number>();

function repoOf(ctx: RouteContext): RepoRecord {
  if (!ctx.repo) throw notFound();
  return ctx.repo;
}

/** Drafts are visible only to users with push access (anonymous users and read-only tokens have none). */
const visible = (ctx: RouteContext, r: ReleaseRecord): boolean =>
  !r.draft || (ctx.viewer !== undefined && ctx.repo?.access !== 'read');

function releaseById(ctx: RouteContext, repo: RepoRecord): ReleaseRecord {
  const r = repo.releases.get(Number(ctx.params.release_id));
  if (!r || !visible(ctx, r)) throw notFound();
  return r;
}

function assetById(ctx: RouteContext, repo: RepoRecord): AssetRecord {
  const a = repo.assets.get(Number(ctx.params.asset_id));
  const r = a && repo.releases.get(a.releaseId);
  if (!a || !r || !visible(ctx, r)) throw notFound();
  return a;
}

/** Newest first: GitHub orders by creation; ids grow with creation here and break ties within a second. */
const newestFirst = (repo: RepoRecord): ReleaseRecord[] =>
  [...repo.releases.values()].sort((a, b) => b.id - a.id);

/**
 * GitHub renames asset names with "special characters, non-alphanumeric characters, and leading or
 * trailing periods". Observed: spaces, parentheses, `~`, `:` become `.`. Choice: every character outside
 * `[A-Za-z0-9._+-]` becomes `.`, runs of dots collapse, a leading dot gets `default` before it (GitHub
 * names `.env` `default.env`) and trailing dots are dropped.
 */
export function sanitizeAssetName(name: string): string {
  let n = name.replace(/[^A-Za-z0-9._+-]/g, '.').replace(/\.{2,}/g, '.');
  n = n.replace(/\.+$/, '');
  if (n.startsWith('.')) n = `default${n}`;
  return n;
}

async function tagExists(ctx: RouteContext, repo: RepoRecord, tag: string): Promise<boolean> {
  return (await ctx.git.getRef(repo.gitDir, `refs/tags/${tag}`)) !== undefined;
}

/** The commit a new tag would point at; 422 on target_commitish when it does not resolve. */
async function resolveTarget(ctx: RouteContext, repo: RepoRecord, target: string): Promise<string> {
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
async function ensureTag(
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
async function checkTagName(repo: RepoRecord, tag: string, publishing: boolean): Promise<void> {
  const ok =
    PLAIN_TAG.test(tag) ||
    (tag.length > 0 &&
      !/[\n\r\0]/.test(tag) &&
      (await runGit(repo.gitDir, ['check-ref-format', `refs/tags/${tag}`], { okCodes: [1] })).code === 0);
  if (!ok) throw invalidTag(publishing);
}

/** A tag once held by an immutable release is never a release tag again (GitHub reserves it). */
function checkNotReserved(repo: RepoRecord, tag: string, self?: ReleaseRecord): void {
  if (self?.immutable && self.tag_name === tag) return;
  if (repo.immutableTags.has(tag)) {
    throw validationFailed('Release', 'custom', 'tag_name', 'tag_name was used by an immutable release');
  }
}

/**
 * Another *published* release holding the tag. Drafts may share a tag (a rerun after a killed job
 * leaves one behind, matrix jobs race to create one each); only publishing needs the tag to itself.
 */
function publishedHolder(repo: RepoRecord, tag: string, except?: number): boolean {
  for (const r of repo.releases.values()) if (!r.draft && r.tag_name === tag && r.id !== except) return true;
  return false;
}

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

/** The tag of a published immutable release cannot be moved or deleted (git refs routes ask this). */
export function tagLockedByImmutableRelease(repo: RepoRecord, ref: string): boolean {
  if (!ref.startsWith('refs/tags/')) return false;
  const tag = ref.slice('refs/tags/'.length);
  for (const r of repo.releases.values()) if (r.immutable && !r.draft && r.tag_name === tag) return true;
  return false;
}

function immutableError(what: string): HttpError {
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

/**
 * Checks and the `open` asset record an upload starts with; the 422s GitHub answers come from here.
 * Taken under the repository lock, so an upload never starts on a release being published.
 */
export function beginUpload(ctx: RouteContext): Promise<{
  repo: RepoRecord;
  release: ReleaseRecord;
  asset: AssetRecord;
}> {
  const repo = repoOf(ctx);
  return withRepoLock(repo, () => beginUploadLocked(ctx, repo));
}

function beginUploadLocked(
  ctx: RouteContext,
  repo: RepoRecord,
): { repo: RepoRecord; release: ReleaseRecord; asset: AssetRecord } {
  const release = releaseById(ctx, repo);
  if (release.immutable) throw immutableError('assets');
  const name = sanitizeAssetName(ctx.query.name ?? '');
  if (!name) throw validationFailed('ReleaseAsset', 'missing_field', 'name');
  for (const id of release.assetIds) {
    if (repo.assets.get(id)?.name === name) throw validationFailed('ReleaseAsset', 'already_exists', 'name');
  }
  const now = ctx.state.now();
  const id = ctx.state.nextId();
  const asset: AssetRecord = {
    id,
    releaseId: release.id,
    name,
    label: ctx.query.label ?? null,
    content_type: String(ctx.headers['content-type'] ?? 'application/octet-stream'),
    size: 0,
    state: 'open',
    digest: null,
    path: join(ctx.state.dataDir, 'assets', String(id)),
    uploader: ctx.viewer ?? ctx.state.viewer,
    download_count: 0,
    created_at: now,
    updated_at: now,
  };
  repo.assets.set(id, asset);
  release.assetIds.push(id);
  release.updated_at = now;
  return { repo, release, asset };
}

/** Stream the body to disk while hashing it; a broken upload leaves a `starter` asset, as on GitHub. */
async function uploadAsset(ctx: RouteContext) {
  const { repo, release, asset } = await beginUpload(ctx);
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  try {
    await pipeline(ctx.req, tap, createWriteStream(asset.path));
  } catch (err) {
    starter(asset);
    throw err;
  } finally {
    streamedBodyBytes.set(ctx.req, size);
  }
  const expected = Number(ctx.headers['content-length']);
  if (Number.isFinite(expected) && expected !== size) {
    starter(asset);
    throw new HttpError(400, `Content-Length ${expected} does not match the ${size} bytes received`);
  }
  asset.size = size;
  asset.digest = `sha256:${hash.digest('hex')}`;
  asset.state = 'uploaded';
  asset.updated_at = ctx.state.now();
  release.updated_at = asset.updated_at;
  return { status: 201, body: renderAsset(ctx, repo, asset, release) };
}

function starter(asset: AssetRecord): void {
  asset.state = 'starter';
  asset.size = 0;
  asset.digest = null;
  void rm(asset.path, { force: true });
}

/** Fault `reset-mid-upload`: read `afterBytes` of the body, leave a `starter` asset; the caller resets. */
export async function leaveStarterAsset(ctx: RouteContext, afterBytes: number): Promise<void> {
  const { asset } = await beginUpload(ctx);
  let read = 0;
  if (afterBytes > 0) {
    for await (const chunk of ctx.req) {
      read += (chunk as Buffer).length;
      if (read >= afterBytes) break;
    }
  }
  streamedBodyBytes.set(ctx.req, read);
  starter(asset);
}

/** `GET /{owner}/{repo}/releases/download/{tag}/{name}` on the web root. */
export function findDownload(
  state: SandboxState,
  path: string,
  authenticated: boolean,
): { repo: RepoRecord; release: ReleaseRecord; asset: AssetRecord } | undefined {
  const m = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(path);
  if (!m) return undefined;
  let parts: string[];
  try {
    parts = m.slice(1).map((s) => decodeURIComponent(s ?? ''));
  } catch {
    return undefined; // a malformed escape names nothing
  }
  const [owner, name, tag, file] = parts;
  const repo = findRepo(state, `${owner}/${name}`);
  if (!repo || (repo.private && !authenticated)) return undefined;
  const canSeeDrafts = authenticated && repo.access !== 'read';
  for (const release of repo.releases.values()) {
    if (releaseUrlTag(release) !== tag || (release.draft && !canSeeDrafts)) continue;
    for (const id of release.assetIds) {
      const asset = repo.assets.get(id);
      if (asset && asset.name === file && asset.state === 'uploaded') return { repo, release, asset };
    }
  }
  return undefined;
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
    return paginate(ctx, list, (r) => renderRelease(ctx, repo, r));
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
  'repos/list-release-assets': (ctx) => {
    const repo = repoOf(ctx);
    const release = releaseById(ctx, repo);
    const assets = release.assetIds.map((id) => repo.assets.get(id)).filter((a): a is AssetRecord => !!a);
    return paginate(ctx, assets, (a) => renderAsset(ctx, repo, a, release));
  },
  'repos/get-release-asset': (ctx) => {
    const repo = repoOf(ctx);
    const asset = assetById(ctx, repo);
    const rendered = renderAsset(ctx, repo, asset);
    // With `Accept: application/octet-stream` GitHub redirects (302) to the bytes.
    if (String(ctx.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: String(rendered.browser_download_url) } };
    }
    return { status: 200, body: rendered };
  },
  'repos/update-release-asset': (ctx) => {
    const repo = repoOf(ctx);
    const asset = assetById(ctx, repo);
    const release = repo.releases.get(asset.releaseId);
    if (release?.immutable) throw immutableError('assets');
    const b = (ctx.body ?? {}) as { name?: string; label?: string; state?: string };
    if (b.name !== undefined) {
      const name = sanitizeAssetName(b.name);
      const clash = release?.assetIds.some((id) => id !== asset.id && repo.assets.get(id)?.name === name);
      if (clash) throw validationFailed('ReleaseAsset', 'already_exists', 'name');
      asset.name = name;
    }
    if (b.label !== undefined) asset.label = b.label;
    asset.updated_at = ctx.state.now();
    if (release) release.updated_at = asset.updated_at;
    return { status: 200, body: renderAsset(ctx, repo, asset) };
  },
  'repos/delete-release-asset': async (ctx) => {
    const repo = repoOf(ctx);
    const asset = assetById(ctx, repo);
    const release = repo.releases.get(asset.releaseId);
    if (release?.immutable) throw immutableError('assets');
    repo.assets.delete(asset.id);
    if (release) release.assetIds = release.assetIds.filter((id) => id !== asset.id);
    await rm(asset.path, { force: true });
    return { status: 204 };
  },
  [UPLOAD_OPERATION]: uploadAsset,
};
