/**
 * Which build a release holds, and how it relates to this run's. In one repository a release's
 * commit is its tag's target, so both questions are about `target_commitish`. Released into another
 * repository (KM's private sources into the public km-releases), every release there sits at that
 * repository's default-branch head: the commit that built it lives in the source repository and is
 * written into the release body (`Built from <owner>/<repo>@<sha>`, or when that line is turned off an
 * opaque build marker), so reruns find their own draft and an older build never replaces a newer one.
 *
 * The visible line names the commit: GitHub's compare in the source repository orders two builds. The
 * opaque marker names nothing, so it is placed through this run's own history instead: a marker equal
 * to the key of one of the last ANCESTOR_WINDOW commits before this run's is an older build; any other
 * (a newer build, a diverged one, one older than the window, or a history source-token cannot read)
 * cannot be placed and counts as newer: its release is not replaced and its draft is not deleted.
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

/** How a release's build relates to this run's, and why when it could not be told. */
export interface Placement {
  /** `behind`: this run's build is older (or, with `unplaced`, may be: treated as older). */
  relation: CommitRelation;
  /** Set when the release's build could not be placed: what was missing, for messages. */
  unplaced?: string;
}

/** Commits of this run's history an opaque marker is looked for among (100 a page). */
export const ANCESTOR_WINDOW = 1000;

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
  /** The relation, and whether the release's build could be placed at all (a draft that cannot is kept). */
  place(release: RemoteRelease, base: string): Promise<Placement>;
}

/** Releases in the workflow's own repository: a release's commit is its target (as ever). */
export function repositoryLineage(github: GitHubClient, repo: RepoRef, targetSha: string): Lineage {
  const memo = new Map<string, Promise<CommitRelation>>();
  const relation = (base: string): Promise<CommitRelation> => {
    if (base === targetSha) return Promise.resolve('identical');
    let known = memo.get(base);
    if (!known) memo.set(base, (known = compareCommits(github, repo, base, targetSha)));
    return known;
  };
  return {
    crossRepository: false,
    same: (release) => release.target_commitish === targetSha,
    relation: (_release, base) => relation(base),
    place: async (_release, base) => ({ relation: await relation(base) }),
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
  const memo = new Map<string, Promise<Placement>>();
  const compareSource = async (theirs: string): Promise<Placement> => {
    try {
      const { data } = await options.sourceGithub.rest.repos.compareCommitsWithBasehead({
        ...sourceRepo,
        basehead: `${theirs}...${source.sha}`,
        per_page: 1,
      });
      return { relation: data.status };
    } catch (error) {
      const { status, message } = error as { status?: unknown; message?: unknown };
      if (status !== 404) throw error;
      if (/common ancestor/i.test(String(message))) return { relation: 'unrelated' };
      // The token cannot read the source (or the commit is gone): nothing tells which build is newer.
      log.warning(
        `Could not compare ${theirs} with ${source.sha} in ${source.repository} (GitHub answered 404): source-token must read ${source.repository} for an older build to be refused; this run's build counts as a newer one (a draft of that build is left alone)`,
      );
      return {
        relation: 'diverged',
        unplaced: `source-token could not compare ${theirs} with ${source.sha} in ${source.repository}`,
      };
    }
  };
  const ancestry = ancestorKeys(options.sourceGithub, sourceRepo, source);
  const placeMarker = async (key: string): Promise<Placement> => {
    const found = await ancestry.find(key);
    if (found === true) return { relation: 'ahead' };
    // Not among this run's ancestors: a newer build, a diverged one, or one too old to find. The
    // safe reading is "newer": nothing of it is replaced or deleted by this run.
    return { relation: 'behind', unplaced: found === false ? ancestry.notFound() : found };
  };
  const place = (release: RemoteRelease, base: string): Promise<Placement> => {
    const theirs = recordedBuild(release.body);
    if (theirs?.key === mine) return Promise.resolve({ relation: 'identical' });
    if (theirs && !theirs.sha) {
      let known = memo.get(theirs.key);
      if (!known) memo.set(theirs.key, (known = placeMarker(theirs.key)));
      return known;
    }
    const sameSource = theirs?.repository?.toLowerCase() === source.repository.toLowerCase();
    if (!theirs?.sha || !sameSource) return inTarget.place(release, base);
    let known = memo.get(theirs.sha);
    if (!known) memo.set(theirs.sha, (known = compareSource(theirs.sha)));
    return known;
  };
  return {
    crossRepository: true,
    same: (release) => recordedBuild(release.body)?.key === mine,
    relation: async (release, base) => (await place(release, base)).relation,
    place,
  };
}

/**
 * The build keys of this run's ancestors, read lazily (100 commits a page, up to ANCESTOR_WINDOW)
 * until a key asked for turns up. `find` answers true (an ancestor's), false (not in the window), or
 * why the history could not be read.
 */
function ancestorKeys(
  github: GitHubClient,
  repo: RepoRef,
  source: Source,
): { find(key: string): Promise<true | false | string>; notFound(): string } {
  const keys = new Set<string>();
  let pages = 0;
  let read = 0;
  let complete = false;
  let failed: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const PAGE = 100;
  const more = async (): Promise<void> => {
    try {
      const { data } = await github.rest.repos.listCommits({
        ...repo,
        sha: source.sha,
        per_page: PAGE,
        page: ++pages,
      });
      for (const commit of data) keys.add(buildKey(source.repository, commit.sha));
      read += data.length;
      if (data.length < PAGE || pages * PAGE >= ANCESTOR_WINDOW) complete = true;
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (typeof status !== 'number' || status >= 500 || status === 429) throw error;
      failed = `source-token could not read the history of ${source.repository} (GitHub answered ${status})`;
    }
  };
  const find = async (key: string): Promise<true | false | string> => {
    while (!keys.has(key) && !complete && failed === undefined) await more();
    if (keys.has(key)) return true;
    return failed ?? false;
  };
  return {
    find(key) {
      // One page at a time, whoever asks.
      const answer = queue.then(() => find(key));
      queue = answer.catch(() => undefined);
      return answer;
    },
    notFound: () =>
      `its build marker (built-from: false) is none of the last ${read} commits of ${source.repository} up to ${source.sha}`,
  };
}
