/**
 * Fixtures for tests: issues, pull requests and labels put straight into a repository's records
 * (no HTTP, no validation), with the fields GitHub would fill in.
 */
import { commitChanges } from './git-store.js';
import type { IssueRecord, LabelRecord, RepoRecord, SandboxState } from './types.js';

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
