/**
 * Seed 001 pins the image "within a new PR to the main branch" and reverts it after the release: the
 * pull request path of pin-image-tags through its bundle, against real git (a bare remote) and the
 * GitHub sandbox (every request checked against GitHub's OpenAPI description).
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf } from '../harness/runner.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import {
  CAA,
  checkout,
  componentRemotes,
  git,
  helmEra,
  helmEraPinned,
  readFiles,
  VERSIONS,
} from '../fixtures/pin-image-tags-trees.js';
import { IMAGES, pin, RELEASE } from './pin-image-tags-helpers.js';

const sandbox = useSandbox();
beforeEach(() => sandbox().clearLog());

const REPO = 'confidential-containers/cloud-api-adaptor';
const HELM = {
  image: IMAGES('quay.io'),
  'check-registry': 'false',
  templates: '**/providers/libvirt.yaml: {tag}-dev\nsrc/cloud-providers/Makefile: {tag}-dev',
  lines: 'src/cloud-providers/Makefile: /"  tag: \\\\"([^"\\\\]*)\\\\""/',
  push: 'pull-request',
};

/** A file on a branch of the remote, as committed. */
const show = (remote: string, ref: string, path: string): string =>
  execFileSync('git', ['show', `${ref}:${path}`], { cwd: remote, encoding: 'utf8' });

describe('the pin as a pull request, and the revert after the release', () => {
  it('pushes the pin to its branch and opens the pull request; a rerun reuses both; the revert opens its own', async () => {
    const urls = componentRemotes();
    const tree = helmEra('quay.io', urls);
    const { remote, workspace, sha } = checkout(tree);
    await sandbox().createRepo(REPO, { gitDir: remote });
    const github = { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token };
    // A runner's git has no identity configured: the bot's is used.
    const env = { HOME: mkdtempSync(join(tmpdir(), 'home-')), GIT_CONFIG_NOSYSTEM: '1' };
    const components = `${VERSIONS}: git.coco-operator.reference = v0.17.0 check`;
    const first = await pin(workspace, { ...HELM, tag: RELEASE, components }, { sha, github, env });
    expect(exitOf(first)).toBe(0);
    const branch = `release-actions/pin-${RELEASE}`;
    expect(first.outputs.branch).toBe(branch);
    expect(first.outputs['pull-request-url']).toMatch(new RegExp(`/${REPO}/pull/\\d+$`));
    // The commit is on the remote branch, on main's commit; the checkout's branch did not move.
    expect(git(workspace, 'rev-parse', 'HEAD')).toBe(sha);
    expect(git(remote, 'log', '-1', '--format=%P %an %s', branch)).toBe(
      `${sha} github-actions[bot] Pin quay.io/${CAA}, quay.io/confidential-containers/peerpod-ctrl, quay.io/confidential-containers/peer-pods-webhook to ${RELEASE}`,
    );
    const pinned = helmEraPinned('quay.io', RELEASE);
    for (const [path, text] of Object.entries(pinned))
      expect({ path, text: show(remote, branch, path) }).toEqual({ path, text });
    expect(show(remote, branch, VERSIONS)).toContain('reference: v0.17.0\n');
    // The workspace holds the same files, for the job's later steps.
    expect(readFiles(workspace, Object.keys(pinned))).toEqual(pinned);
    const pulls = await sandboxOctokit(sandbox()).rest.pulls.list({
      owner: 'confidential-containers',
      repo: 'cloud-api-adaptor',
      state: 'open',
    });
    expect(pulls.data.map((p) => [p.head.ref, p.base.ref])).toEqual([[branch, 'main']]);
    expect(pulls.data[0]?.body).toContain(
      `- \`src/webhook/chart/values.yaml\` image.tag: latest → ${RELEASE}`,
    );
    expect(
      first.rawStdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(sandbox().token);

    // A rerun in the workspace the first run changed: same commit, the branch and pull request reused.
    const again = await pin(workspace, { ...HELM, tag: RELEASE, components }, { sha, github, env });
    expect(exitOf(again)).toBe(0);
    expect(again.outputs['pull-request-url']).toBe(first.outputs['pull-request-url']);
    expect(again.log).toContain(`Branch ${branch}: reused`);
    expect(again.log).toContain('(already open)');
    expect(sandbox().count('pulls/create')).toBe(1);

    // The pull request merged; after the release, the revert starts from main.
    git(remote, 'update-ref', 'refs/heads/main', branch);
    git(workspace, 'fetch', '-q', 'origin');
    git(workspace, 'reset', '-q', '--hard', 'origin/main');
    const merged = git(workspace, 'rev-parse', 'HEAD');
    const revert = await pin(
      workspace,
      {
        ...HELM,
        mode: 'revert',
        templates: '',
        components: `${VERSIONS}: git.coco-operator.reference check`,
      },
      { sha: merged, github, env },
    );
    expect(exitOf(revert)).toBe(0);
    const unpin = `release-actions/unpin-${RELEASE}`;
    expect(revert.outputs.branch).toBe(unpin);
    for (const [path, text] of Object.entries(tree))
      expect({ path, text: show(remote, unpin, path) }).toEqual({ path, text });
    expect(sandbox().count('pulls/create')).toBe(2);
  }, 60_000);
});
