/**
 * Fixtures for tests: issues, pull requests and labels put straight into a repository's records
 * (no HTTP, no validation), with the fields GitHub would fill in.
 */
import { runGit } from './git-cli.js';
import { commitChanges } from './git-store.js';
import { markLatest } from './routes/releases.js';
import type { IssueRecord, LabelRecord, ReleaseRecord, RepoRecord, SandboxState } from './types.js';

export { newRepoRecord } from './create-repo.js';
export { initBareRepo } from './git-cli.js';

export interface IssueSeed {
  title: string;
  body?: string | null;
  labels?: string[];
  state?: 'open' | 'closed';
  created_at?: string;
  updated_at?: string;
  closed_at?: string | null;
  user?: string;
}

export interface PullSeed {
  title: string;
  /** Head branch name, or `user:branch` for a pull from a fork (`user/<repo name>`). */
  head: string;
  base: string;
  body?: string | null;
  labels?: string[];
  state?: 'open' | 'closed';
  created_at?: string;
  updated_at?: string;
  merged_at?: string | null;
  closed_at?: string | null;
  merge_commit_sha?: string | null;
  /** Head/base shas; default to a fake 40-hex sha when the test does not care about git. */
  head_sha?: string;
  base_sha?: string;
  draft?: boolean;
  user?: string;
}

const FAKE_SHA = '0000000000000000000000000000000000000000';

/** Add a label record (idempotent by name). Color defaults to GitHub's grey. */
export function addLabel(
  repo: RepoRecord,
  state: SandboxState,
  label: { name: string; color?: string; description?: string | null },
): LabelRecord {
  const existing = repo.labels.get(label.name);
  if (existing) return existing;
  const record: LabelRecord = {
    id: state.nextId(),
    name: label.name,
    color: label.color ?? 'ededed',
    description: label.description ?? null,
  };
  repo.labels.set(record.name, record);
  return record;
}

function ensureLabels(repo: RepoRecord, state: SandboxState, names: string[] | undefined): string[] {
  for (const name of names ?? []) addLabel(repo, state, { name });
  return [...(names ?? [])];
}

/** An issue; a closed one without closed_at is closed at its creation time. */
export function addIssue(repo: RepoRecord, state: SandboxState, seed: IssueSeed): IssueRecord {
  const created = seed.created_at ?? state.now();
  const closedAt = seed.closed_at ?? (seed.state === 'closed' ? created : null);
  const issue: IssueRecord = {
    number: repo.nextNumber++,
    id: state.nextId(),
    title: seed.title,
    body: seed.body ?? null,
    state: seed.state ?? (closedAt ? 'closed' : 'open'),
    labels: ensureLabels(repo, state, seed.labels),
    user: seed.user ?? state.viewer,
    created_at: created,
    updated_at: seed.updated_at ?? closedAt ?? created,
    closed_at: closedAt,
  };
  state.user(issue.user);
  repo.issues.set(issue.number, issue);
  return issue;
}

/** A pull request; a merged one (merged_at set) is closed with closed_at = merged_at. */
export function addPullRequest(repo: RepoRecord, state: SandboxState, seed: PullSeed): IssueRecord {
  const created = seed.created_at ?? state.now();
  const merged = seed.merged_at ?? null;
  const closedAt = merged ?? seed.closed_at ?? (seed.state === 'closed' ? created : null);
  const colon = seed.head.indexOf(':');
  const headRepo = colon > 0 ? `${seed.head.slice(0, colon)}/${repo.name}` : repo.fullName;
  const headRef = colon > 0 ? seed.head.slice(colon + 1) : seed.head;
  const issue: IssueRecord = {
    number: repo.nextNumber++,
    id: state.nextId(),
    title: seed.title,
    body: seed.body ?? null,
    state: closedAt ? 'closed' : (seed.state ?? 'open'),
    labels: ensureLabels(repo, state, seed.labels),
    user: seed.user ?? state.viewer,
    created_at: created,
    updated_at: seed.updated_at ?? closedAt ?? created,
    closed_at: closedAt,
    pull: {
      head: { ref: headRef, sha: seed.head_sha ?? FAKE_SHA, repo: headRepo },
      base: { ref: seed.base, sha: seed.base_sha ?? FAKE_SHA },
      merged_at: merged,
      merge_commit_sha: seed.merge_commit_sha ?? (merged ? FAKE_SHA : null),
      draft: seed.draft ?? false,
      maintainer_can_modify: false,
    },
  };
  state.user(issue.user);
  repo.issues.set(issue.number, issue);
  return issue;
}

/** Commit files (null deletes) onto a branch of a bare repository in one commit; returns its sha. */
export function commitFiles(
  gitDir: string,
  branch: string,
  files: Record<string, string | Buffer | null>,
  message: string,
  author: { name: string; email: string; date?: string } = { name: 'sandbox', email: 'sandbox@example.com' },
): Promise<string> {
  return commitChanges(gitDir, branch, files, message, author);
}

export interface ReleaseSeed {
  tag: string;
  /** When it was published (and created, unless `created_at`); default now. */
  published_at?: string;
  created_at?: string;
  /** The commit its tag points at (created when missing; an existing tag is left as it is). */
  sha: string;
  name?: string;
  body?: string | null;
  prerelease?: boolean;
  /** A draft: no tag made, no published_at. */
  draft?: boolean;
  /** Published on a repository with immutable releases: assets and tag frozen, tag reserved. */
  immutable?: boolean;
  /** Marked latest explicitly (otherwise latest is the newest full release, as GitHub decides it). */
  latest?: boolean;
}

/**
 * Published releases (and drafts) put straight into a repository's records, oldest first, with their
 * tags made by one `git update-ref --stdin`: hundreds of releases in milliseconds, as a repository
 * with years of daily releases has them. Ids grow in the order given, as GitHub's do with creation.
 */
export async function seedReleases(
  repo: RepoRecord,
  state: SandboxState,
  seeds: readonly ReleaseSeed[],
): Promise<ReleaseRecord[]> {
  const existing = new Set(
    (await runGit(repo.gitDir, ['for-each-ref', '--format=%(refname)', 'refs/tags/'])).stdout
      .toString('utf8')
      .split('\n'),
  );
  const creates = seeds
    .filter((s) => !s.draft && !existing.has(`refs/tags/${s.tag}`))
    .map((s) => `create refs/tags/${s.tag} ${s.sha}\n`);
  if (creates.length) {
    await runGit(repo.gitDir, ['update-ref', '--stdin'], { input: [...new Set(creates)].join('') });
  }
  return seeds.map((seed) => {
    const published = seed.published_at ?? state.now();
    const created = seed.created_at ?? published;
    const release: ReleaseRecord = {
      id: state.nextId(),
      tag_name: seed.tag,
      target_commitish: seed.sha,
      name: seed.name ?? seed.tag,
      body: seed.body ?? null,
      draft: seed.draft ?? false,
      prerelease: seed.prerelease ?? false,
      make_latest: 'true',
      created_at: created,
      updated_at: published,
      published_at: seed.draft ? null : published,
      ...(seed.draft ? {} : { commitDate: published }),
      author: state.viewer,
      assetIds: [],
      immutable: !seed.draft && (seed.immutable ?? false),
    };
    repo.releases.set(release.id, release);
    if (release.immutable) repo.immutableTags.add(seed.tag);
    if (seed.latest && !release.draft) markLatest(repo, release.id);
    return release;
  });
}
