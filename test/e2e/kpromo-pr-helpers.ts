/** Shared by the kpromo-pr e2e tests: the bundle run against the sandbox, and git reads of the result. */
import { execFileSync } from 'node:child_process';
import { runAction, type RunResult } from '../harness/runner.js';
import type { GitHubSandbox } from '../sandbox/index.js';
import { PROJECT, STAGING_DIR } from '../fixtures/kpromo-k8s-io.js';

/** Run dist/kpromo-pr under Node 24 as seed 002's maintainer would: project, tag and fork. */
export function promote(
  sandbox: GitHubSandbox,
  stagingHost: string,
  inputs: Record<string, string | undefined> = {},
): Promise<RunResult> {
  return runAction({
    action: 'kpromo-pr',
    repository: 'kubernetes-sigs/promo-tools',
    github: { apiUrl: sandbox.apiUrl, serverUrl: sandbox.serverUrl, token: sandbox.token },
    timeoutMs: 50_000,
    inputs: {
      project: PROJECT,
      'staging-repo': `${stagingHost}/${STAGING_DIR}`,
      tag: 'v3.4.4-1',
      fork: 'octocat',
      ...inputs,
    },
  });
}

/** `git` against a sandbox repository's bare repository. */
export function gitIn(sandbox: GitHubSandbox, repo: string, ...args: string[]): string {
  return execFileSync('git', [`--git-dir=${sandbox.repo(repo).gitDir}`, ...args], {
    encoding: 'utf8',
  }).trim();
}

/** Requests the sandbox logged since `from` that write (anything but GET). */
export function writesSince(sandbox: GitHubSandbox, from: number): string[] {
  return sandbox.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
    .map((r) => `${r.method} ${r.operationId ?? r.path}`);
}
