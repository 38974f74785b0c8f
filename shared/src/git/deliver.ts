/**
 * Deliver file contents as a commit on a branch and, when asked, a pull request: the commit is built on
 * a parent (the checkout's HEAD) from the contents alone, so the push and the pull request are decided
 * (create, fast-forward, reuse, or refuse a branch holding other work) before anything is written,
 * and a rerun finds what an earlier run pushed. Any action that proposes file changes uses this; it
 * knows nothing of what the files hold. The token reaches git as an HTTP header through GIT_CONFIG_*
 * variables: never in a URL or argv.
 */
import { maskSecret } from '../action/inputs.js';
import type { RunnerContext } from '../action/context.js';
import { commitContents, planPush, pushCommit, type FileContent, type PushOutcome } from './branch.js';
import { Git } from './git.js';
import type { GitHubClient } from '../github/client.js';
import { defaultBranch, openOrReusePullRequest } from '../github/pulls.js';
import { UserError } from '../action/errors.js';
import type { Logger } from '../log.js';
import { executePlan, PlanError, type Effect, type Plan } from '../plan/plan.js';

export interface DeliveryRequest {
  /** New contents, by path relative to the workspace (the repository's top folder). */
  files: FileContent[];
  branch: string;
  message: string;
  body: string;
  /** Open a pull request into `base` (or the run's branch, else the default branch). */
  pullRequest: boolean;
  base?: string;
  token?: string;
}

export interface Delivered {
  branch: string;
  commit: string;
  outcome: PushOutcome | 'nothing to commit';
  pullRequest?: { number: number; url: string; reused: boolean };
}

/** GIT_CONFIG_* entries that give git the token as an Authorization header for the server only. */
export function tokenEnv(token: string | undefined, serverUrl: string): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  maskSecret(basic);
  const key = `http.${serverUrl}/.extraheader`;
  // An empty value first clears a header actions/checkout may have persisted: two would be refused.
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

/**
 * Build the commit and decide what the push will do, before anything is written: a branch holding
 * other work fails the run here. Returns the plan's effects (push, pull request) and what they did.
 */
export async function prepareDelivery(
  request: DeliveryRequest,
  deps: { workspace: string; context: RunnerContext; github?: GitHubClient; parent?: string },
): Promise<{ effects: Effect[]; delivered: Delivered }> {
  const git = new Git(deps.workspace, tokenEnv(request.token, deps.context.serverUrl));
  const parent = deps.parent ?? (await git.output(['rev-parse', 'HEAD']));
  const commit = await commitContents(git, { files: request.files, message: request.message, parent });
  if (!commit)
    return {
      effects: [],
      delivered: { branch: request.branch, commit: parent, outcome: 'nothing to commit' },
    };
  const target = { remote: 'origin', branch: request.branch, commit };
  const { outcome, tip } = await planPush(git, target);
  const delivered: Delivered = {
    branch: request.branch,
    commit: outcome === 'reused' && tip ? tip : commit,
    outcome,
  };
  const effects: Effect[] = [];
  if (outcome !== 'reused') {
    effects.push({
      kind: 'push branch',
      target: request.branch,
      detail: `${outcome === 'created' ? 'new branch' : 'fast-forward'}: ${request.message.split('\n')[0]}`,
      apply: () => pushCommit(git, target),
    });
  }
  if (request.pullRequest && deps.github) {
    const github = deps.github;
    const { owner, repo } = deps.context;
    const runBranch = deps.context.ref.startsWith('refs/heads/')
      ? deps.context.ref.slice('refs/heads/'.length)
      : undefined;
    effects.push({
      kind: 'open pull request',
      target: `${request.branch} → ${request.base ?? runBranch ?? 'the default branch'}`,
      detail: 'or reuse the one already open',
      apply: async () => {
        const base = request.base ?? runBranch ?? (await defaultBranch(github, owner, repo));
        delivered.pullRequest = await openOrReusePullRequest(github, {
          owner,
          repo,
          head: request.branch,
          base,
          title: request.message.split('\n')[0] ?? request.message,
          body: request.body,
        });
      },
    });
  }
  return { effects, delivered };
}

/**
 * Apply a plan that delivers working-tree changes (prepareDelivery's effects, then the file writes):
 * a push the remote refused is the user's to act on, said with what was and was not done.
 */
export async function applyDelivery(plan: Plan, dryRun: boolean, log: Logger): Promise<void> {
  try {
    await executePlan(plan, { dryRun, log });
  } catch (error) {
    if (!(error instanceof PlanError) || !(error.cause instanceof UserError)) throw error;
    const said = (list: readonly { kind: string; target: string }[]): string =>
      list.map((e) => `${e.kind} ${e.target}`).join('; ');
    const done = error.applied.length ? ` Applied before it: ${said(error.applied)}.` : '';
    const pending = error.pending.length ? ` Not applied: ${said(error.pending)}.` : '';
    throw new UserError(
      `${error.cause.message}.${done}${pending} Nothing in the workspace changed; a rerun pushes it once the remote accepts it`,
    );
  }
}
