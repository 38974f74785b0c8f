/**
 * Which build a release holds, and how it relates to this run's. In one repository a release's
 * commit is its tag's target, so both questions are about `target_commitish`. Released into another
 * repository (KM's private sources into the public km-releases), every release there sits at that
 * repository's default-branch head: the commit that built it lives in the source repository and is
 * written into the release body (`Built from <owner>/<repo>@<sha>`, or when that line is turned off an
 * opaque build marker), so reruns find their own draft and an older build never replaces a newer one.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../../../shared/src/log.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { RepoRef } from '../../../shared/src/github/changes.js';
import {
  compareCommits,
  type CommitRelation,
  type RemoteRelease,
} from '../../../shared/src/github/releases.js';

/** The commit a run builds, in the repository the workflow runs in. */
export interface Source {
  /** `owner/name` */
  repository: string;
  sha: string;
  /** GITHUB_SERVER_URL, for the link. */
  serverUrl: string;
}

const LINE = /Built from \[([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)@([0-9a-f]{40})\]/g;
const MARKER = /<!-- release-actions build ([0-9a-f]{24}) -->/g;

/** An opaque key of a build: it names nothing, yet tells two builds apart. */
export function buildKey(repository: string, sha: string): string {
  return createHash('sha256')
    .update(`${repository.toLowerCase()}@${sha.toLowerCase()}`)
    .digest('hex')
    .slice(0, 24);
}

/** The line a reader traces the binaries by, with a link to the commit. */
export function builtFromLine(source: Source): string {
  return `Built from [${source.repository}@${source.sha}](${source.serverUrl}/${source.repository}/commit/${source.sha})`;
}

/**
 * The body with the build recorded: the `Built from` line (visible), or with `visible: false` an HTML
 * comment holding only the opaque key (the source repository's name stays private).
 */
export function withBuild(body: string, source: Source, visible: boolean): string {
  const mark = visible
    ? builtFromLine(source)
    : `<!-- release-actions build ${buildKey(source.repository, source.sha)} -->`;
  return body.trim() === '' ? mark : `${body.replace(/\s+$/, '')}\n\n${mark}`;
}

export interface RecordedBuild {
  key: string;
  /** Known when the visible line is there. */
  repository?: string;
  sha?: string;
}

/** The build a release body records (the last one, if a person pasted others above), or undefined. */
export function recordedBuild(body: string | null | undefined): RecordedBuild | undefined {
  const text = body ?? '';
  const line = [...text.matchAll(LINE)].at(-1);
  if (line) {
    const [, repository, sha] = line as unknown as [string, string, string];
    return { key: buildKey(repository, sha), repository, sha };
  }
  const marker = [...text.matchAll(MARKER)].at(-1);
  return marker ? { key: marker[1]! } : undefined;
}

/** How this run's build relates to the releases it meets: the same build, older, newer. */
export interface Lineage {
  /** True when another repository holds the releases (the build is in the body). */
  readonly crossRepository: boolean;
  /** The release was made by a run of this very build (so its draft is this run's to finish). */
  same(release: RemoteRelease): boolean;
  /**
   * How this run's build relates to the release's (`behind`: this run's is older, an ancestor).
   * `base` is the release's commit in the target repository, used when no build is recorded.
   */
  relation(release: RemoteRelease, base: string): Promise<CommitRelation>;
}

/** Releases in the workflow's own repository: a release's commit is its target (as ever). */
export function repositoryLineage(github: GitHubClient, repo: RepoRef, targetSha: string): Lineage {
  const memo = new Map<string, Promise<CommitRelation>>();
  return {
    crossRepository: false,
    same: (release) => release.target_commitish === targetSha,
    relation(_release, base) {
      if (base === targetSha) return Promise.resolve('identical');
      let known = memo.get(base);
      if (!known) memo.set(base, (known = compareCommits(github, repo, base, targetSha)));
      return known;
    },
  };
}

export interface CrossOptions {
  /** The target repository and the commit releases are made at there. */
  github: GitHubClient;
  repo: RepoRef;
  targetSha: string;
  source: Source;
  /** A client that may read the source repository (source-token). */
  sourceGithub: GitHubClient;
  log: Logger;
}

/** Releases in another repository: builds are compared in the source repository. */
export function crossRepositoryLineage(options: CrossOptions): Lineage {
  const { source, log } = options;
  const mine = buildKey(source.repository, source.sha);
  const [owner = '', name = ''] = source.repository.split('/');
  const sourceRepo = { owner, repo: name };
  const inTarget = repositoryLineage(options.github, options.repo, options.targetSha);
  const memo = new Map<string, Promise<CommitRelation>>();
  const compareSource = async (theirs: string): Promise<CommitRelation> => {
    try {
      const { data } = await options.sourceGithub.rest.repos.compareCommitsWithBasehead({
        ...sourceRepo,
        basehead: `${theirs}...${source.sha}`,
        per_page: 1,
      });
      return data.status;
    } catch (error) {
      const { status, message } = error as { status?: unknown; message?: unknown };
      if (status !== 404) throw error;
      if (/common ancestor/i.test(String(message))) return 'unrelated';
      // The token cannot read the source (or the commit is gone): nothing tells which build is newer.
      log.warning(
        `Could not compare ${theirs} with ${source.sha} in ${source.repository} (GitHub answered 404): source-token must read ${source.repository} for an older build to be refused; this run's build counts as a newer one`,
      );
      return 'diverged';
    }
  };
  return {
    crossRepository: true,
    same: (release) => recordedBuild(release.body)?.key === mine,
    relation(release, base) {
      const theirs = recordedBuild(release.body);
      if (theirs?.key === mine) return Promise.resolve('identical');
      const sameSource = theirs?.repository?.toLowerCase() === source.repository.toLowerCase();
      if (!theirs?.sha || !sameSource) return inTarget.relation(release, base);
      let known = memo.get(theirs.sha);
      if (!known) memo.set(theirs.sha, (known = compareSource(theirs.sha)));
      return known;
    },
  };
}
