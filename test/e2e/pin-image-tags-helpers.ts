/** Shared by the pin-image-tags e2e tests: peer pods' images in a local registry, the bundle run, the tree read back. */
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { runAction, type RunOptions, type RunResult } from '../harness/runner.js';
import { CAA, PEERPOD_CTRL, WEBHOOK, readFiles, type Tree } from '../fixtures/pin-image-tags-trees.js';

export { GUEST_COMPONENTS, RELEASE, stagePeerPods, type Staged } from '../fixtures/pin-image-tags-trees.js';

export const IMAGES = (host: string): string =>
  [CAA, PEERPOD_CTRL, WEBHOOK].map((path) => `${host}/${path}`).join('\n');

export function pin(
  workspace: string,
  inputs: RunOptions['inputs'],
  extra: Partial<RunOptions> = {},
): Promise<RunResult> {
  return runAction({
    action: 'pin-image-tags',
    workspace,
    repository: 'confidential-containers/cloud-api-adaptor',
    ref: 'refs/heads/main',
    timeoutMs: 50_000,
    ...extra,
    inputs,
  });
}

/** The run failed with a message containing `text`, as one line and no stack. */
export function failedWith(result: RunResult, text: string): void {
  expect(result.log).not.toContain('Unexpected failure');
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect(errors).toEqual([expect.stringContaining(text)]);
}

/** Nothing in the workspace changed: every file as committed, none added. */
export function untouched(workspace: string): void {
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: workspace, encoding: 'utf8' })).toBe('');
}

/** The files now hold exactly `expected`, and every other file of `tree` is as it was. */
export function expectFiles(workspace: string, tree: Tree, expected: Tree): void {
  const now = readFiles(workspace, Object.keys(tree));
  for (const [path, text] of Object.entries(tree)) {
    const want = expected[path] ?? text;
    expect({ path, text: now[path] }).toEqual({ path, text: want });
  }
}
