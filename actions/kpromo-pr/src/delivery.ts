/**
 * Seed 002 step 3's delivery: the fork, the promotion branch in it and the pull request into upstream.
 * First everything is inspected (no writes): does the fork exist, does the branch hold exactly this
 * promotion's commit on top of upstream, is the pull request open. Then only what is missing becomes
 * an effect of the plan. A branch with a commit this promotion did not make is never replaced.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import {
  createFork,
  findFork,
  waitForFork,
  type Fork,
  type RepoName,
} from '../../../shared/src/github/fork.js';
import {
  commitOneFile,
  compareWithFork,
  gitBlobSha,
  pointBranch,
  type BranchHead,
} from '../../../shared/src/github/git-file.js';
import { findOpenForkPullRequest, openOrUpdateForkPullRequest } from '../../../shared/src/github/pulls.js';
import type { Logger } from '../../../shared/src/log.js';
import type { Effect } from '../../../shared/src/plan/plan.js';

export interface DeliveryRequest {
  upstream: RepoName;
  fork: RepoName;
  base: string;
  head: BranchHead;
  branch: string;
  path: string;
  content: string;
  /** Commit message and pull request title. */
  message: string;
  body: string;
}

export type BranchState =
  | { kind: 'absent' }
  /** Holds only this promotion's commits and exactly the file wanted. */
  | { kind: 'current'; tip: string }
  /** Holds only this promotion's commits (or none), with another file: rebuilt on the base head. */
  | { kind: 'outdated'; tip: string; move: 'fast-forward' | 'force'; behindBy: number };

export interface DeliveryState {
  /** Undefined when the fork does not exist yet. */
  fork?: Fork;
  branch: BranchState;
  pull?: { number: number; url: string; title: string; body: string };
}

export interface Delivered {
  pullRequestUrl?: string;
  /** Effects applied (fork created, branch written, pull request opened or updated). */
  writes: string[];
}

const status = (error: unknown): number | undefined => (error as { status?: number }).status;
const short = (sha: string): string => sha.slice(0, 7);

/** The tip of a branch in a fork (undefined when absent), waiting out a fork GitHub is still creating. */
async function forkBranchTip(
  github: GitHubClient,
  fork: Fork,
  branch: string,
  log: Logger,
): Promise<string | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      const { data } = await github.rest.git.getRef({
        owner: fork.owner,
        repo: fork.repo,
        ref: `heads/${branch}`,
        request: { retries: 0 },
      });
      return data.object.sha;
    } catch (error) {
      if (status(error) === 404) return undefined;
      if (status(error) !== 409 || attempt > 0) throw error;
      log.info(
        `The fork ${fork.owner}/${fork.repo} has no git data yet (GitHub is still creating it); waiting.`,
      );
      await waitForFork(github, fork, fork.defaultBranch, { log });
    }
  }
}

/** Whether the existing branch is this promotion's, and whether it already holds the wanted file. */
async function branchState(
  reader: GitHubClient,
  request: DeliveryRequest,
  fork: Fork,
  tip: string,
): Promise<BranchState> {
  const head =
    fork.repo.toLowerCase() === request.upstream.repo.toLowerCase()
      ? fork.owner
      : `${fork.owner}:${fork.repo}`;
  let compared;
  try {
    compared = await compareWithFork(reader, request.upstream, request.head.sha, {
      owner: head,
      branch: request.branch,
    });
  } catch (error) {
    if (status(error) === 404)
      throw new UserError(
        `The branch ${request.branch} of ${fork.owner}/${fork.repo} shares no history with ${request.upstream.owner}/${request.upstream.repo} ${request.base}: it is not this promotion's branch; delete or rename it, then run again`,
      );
    throw error;
  }
  const foreign = compared.commits.filter((c) => c.message !== request.message);
  const otherFiles = compared.files.filter((f) => f.filename !== request.path).map((f) => f.filename);
  if (foreign.length > 0 || otherFiles.length > 0 || compared.aheadBy > compared.commits.length) {
    const commits = foreign.map((c) => `${short(c.sha)} "${c.message.split('\n')[0]}" by ${c.author}`);
    const what = [
      ...(commits.length ? [`commits this promotion did not make (${commits.join(', ')})`] : []),
      ...(otherFiles.length ? [`changes to other files (${otherFiles.slice(0, 5).join(', ')})`] : []),
      ...(compared.aheadBy > compared.commits.length ? [`${compared.aheadBy} commits`] : []),
    ];
    throw new UserError(
      `The branch ${request.branch} of ${fork.owner}/${fork.repo} has ${what.join(' and ')}; refusing to replace someone else's work. Move that work to another branch or delete this one, then run again`,
    );
  }
  const file = compared.files.find((f) => f.filename === request.path);
  if (compared.aheadBy > 0 && file?.sha === gitBlobSha(request.content)) return { kind: 'current', tip };
  return {
    kind: 'outdated',
    tip,
    move: compared.aheadBy === 0 ? 'fast-forward' : 'force',
    behindBy: compared.behindBy,
  };
}

/** Look at the fork, the branch and the pull request; writes nothing. */
export async function inspectDelivery(
  reader: GitHubClient,
  writer: GitHubClient,
  request: DeliveryRequest,
  log: Logger,
): Promise<DeliveryState> {
  const fork = await findFork(writer, request.upstream, request.fork);
  if (!fork) return { branch: { kind: 'absent' } };
  const tip = await forkBranchTip(writer, fork, request.branch, log);
  const branch: BranchState =
    tip === undefined ? { kind: 'absent' } : await branchState(reader, request, fork, tip);
  const pull = await findOpenForkPullRequest(writer, {
    owner: request.upstream.owner,
    repo: request.upstream.repo,
    headOwner: fork.owner,
    head: request.branch,
    base: request.base,
  });
  return { fork, branch, ...(pull ? { pull } : {}) };
}

/** GitHub refused to build on upstream's commit in the fork: say what to do about it. */
function forkCannotSee(error: unknown, request: DeliveryRequest, fork: RepoName): unknown {
  if (status(error) !== 404 && status(error) !== 422) return error;
  return new UserError(
    `GitHub refused to build on ${request.upstream.owner}/${request.upstream.repo}@${short(request.head.sha)} in ${fork.owner}/${fork.repo} (${(error as Error).message}). A fork far behind its parent may not see the parent's newest commits yet: sync the fork ("Sync fork" on GitHub, or gh repo sync ${fork.owner}/${fork.repo}) and run again`,
    { cause: error },
  );
}

/** The effects that bring fork, branch and pull request to the wanted state (none when they are there). */
export function deliveryEffects(
  writer: GitHubClient,
  request: DeliveryRequest,
  state: DeliveryState,
  log: Logger,
  delivered: Delivered,
): Effect[] {
  const effects: Effect[] = [];
  let fork = state.fork;
  const forkName = `${request.fork.owner}/${request.fork.repo}`;
  if (!fork) {
    effects.push({
      kind: 'create fork',
      target: forkName,
      detail: `of ${request.upstream.owner}/${request.upstream.repo}, default branch only, and wait for it`,
      apply: async () => {
        fork = await createFork(writer, request.upstream, request.fork, { log });
        delivered.writes.push(`created the fork ${forkName}`);
      },
    });
  }
  const { branch } = state;
  if (branch.kind !== 'current') {
    const how = branch.kind === 'absent' ? 'create' : branch.move;
    effects.push({
      kind: 'push branch',
      target: `${forkName}:${request.branch}`,
      detail:
        branch.kind === 'absent'
          ? `new branch: ${request.message} (on ${request.base} ${short(request.head.sha)})`
          : `replace this promotion's commit ${short(branch.tip)} with one on ${request.base} ${short(request.head.sha)}${branch.behindBy ? ` (${branch.behindBy} commit(s) newer)` : ''}`,
      apply: async () => {
        const target = fork ?? request.fork;
        let commit: string;
        try {
          commit = await commitOneFile(writer, target, {
            parent: request.head,
            path: request.path,
            content: request.content,
            message: request.message,
          });
        } catch (error) {
          throw forkCannotSee(error, request, target);
        }
        await pointBranch(writer, target, request.branch, commit, how);
        delivered.writes.push(`${how === 'create' ? 'created' : 'updated'} the branch at ${short(commit)}`);
      },
    });
  }
  const pull = state.pull;
  if (!pull || pull.title !== request.message || pull.body !== request.body) {
    effects.push({
      kind: pull ? 'update pull request' : 'open pull request',
      target: pull
        ? pull.url
        : `${request.fork.owner}:${request.branch} → ${request.upstream.owner}/${request.upstream.repo} ${request.base}`,
      detail: request.message,
      apply: async () => {
        const target = fork ?? request.fork;
        const opened = await openOrUpdateForkPullRequest(writer, {
          owner: request.upstream.owner,
          repo: request.upstream.repo,
          headOwner: target.owner,
          headRepo: target.repo,
          head: request.branch,
          base: request.base,
          title: request.message,
          body: request.body,
        });
        delivered.pullRequestUrl = opened.url;
        if (!opened.reused) delivered.writes.push(`opened ${opened.url}`);
        else if (opened.updated) delivered.writes.push(`updated ${opened.url}`);
      },
    });
  } else {
    delivered.pullRequestUrl = pull.url;
  }
  return effects;
}
