/** go-module-tags as the runner runs it: dist bundle, Node 24, a generated monorepo with a bare remote. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellQuote } from '../../actions/go-module-tags/src/message.js';
import { exitOf, runAction, type RunResult } from '../harness/runner.js';
import { countRemoteConnections, gitWrapper, subcommand } from '../fixtures/go-monorepo-git-log.js';
import {
  copyGoMonorepo,
  createGoMonorepo,
  DECOYS,
  git,
  GIT_ENV,
  PEER_PODS_V080,
  PEER_PODS_WITH_PODVM,
  PODVM_FILES,
  remoteRefs,
  type GoMonorepo,
} from '../fixtures/go-monorepo.js';

const ORDER = [
  'src/cloud-providers',
  'src/webhook',
  'src/peerpod-ctrl',
  'src/cloud-api-adaptor',
  'src/csi-wrapper',
];

function tagAction(repo: GoMonorepo, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    action: 'go-module-tags',
    workspace: repo.workspace,
    sha: repo.sha,
    inputs,
    env: { GIT_COMMITTER_DATE: GIT_ENV.GIT_COMMITTER_DATE, ...env },
  });
}

/** The lines of the log group that lists the commands. */
function printedCommands(result: RunResult): string[] {
  const lines = result.log.split('\n');
  const start = lines.findIndex((l) => l.startsWith('::group::Commands'));
  const end = lines.indexOf('::endgroup::', start);
  return lines.slice(start + 1, end);
}

const errors = (result: RunResult): string[] =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message);

describe('go-module-tags (dist bundle)', () => {
  it('dry-run prints the commands in dependency order; replayed by hand they give exactly what the real run pushes, in one ls-remote and one push', async () => {
    const repo = createGoMonorepo({ files: DECOYS });
    const byHand = copyGoMonorepo(repo);
    const before = remoteRefs(repo.remote);

    const dry = await tagAction(repo, { version: 'v0.8.0', 'dry-run': 'true' });
    expect(exitOf(dry)).toBe(0);
    const commands = printedCommands(dry);
    expect(commands).toEqual([
      ...ORDER.map((dir) => `git tag -a -m '${repo.base}/${dir} v0.8.0' ${dir}/v0.8.0 ${repo.sha}`),
      `git push --atomic origin ${ORDER.map((dir) => `refs/tags/${dir}/v0.8.0`).join(' ')}`,
    ]);
    expect(remoteRefs(repo.remote)).toBe(before);
    expect(git(repo.workspace, 'tag', '--list')).toBe('');
    expect(JSON.parse(dry.outputs.tags ?? '')).toEqual(ORDER.map((dir) => `${dir}/v0.8.0`));
    expect(dry.outputs.created).toBe('[]');
    expect(dry.summary).toContain('would be created (dry run)');

    // A person pastes the printed commands into a shell in their own clone.
    for (const line of commands) {
      execFileSync('sh', ['-c', line], {
        cwd: byHand.workspace,
        env: { ...process.env, ...GIT_ENV },
        stdio: 'pipe',
      });
    }

    const wrapper = gitWrapper();
    const connections = countRemoteConnections(repo.workspace);
    const real = await tagAction(repo, { version: 'v0.8.0' }, { PATH: wrapper.path });
    expect(exitOf(real)).toBe(0);
    expect(printedCommands(real)).toEqual(commands);
    expect(JSON.parse(real.outputs.created ?? '')).toEqual(ORDER.map((dir) => `${dir}/v0.8.0`));

    // Same tag objects, byte for byte (same names, messages, targets, tagger and date), on both remotes.
    expect(remoteRefs(repo.remote)).toBe(remoteRefs(byHand.remote));
    expect(remoteRefs(repo.remote)).not.toBe(before);

    const invoked = wrapper.invocations();
    const performed = invoked.filter((argv) => ['tag', 'push'].includes(subcommand(argv)) && argv.length > 2);
    expect(performed.map((argv) => ['git', ...argv].map(shellQuote).join(' '))).toEqual(commands);
    const network = invoked
      .map(subcommand)
      .filter((s) => ['ls-remote', 'push', 'fetch', 'pull', 'clone'].includes(s));
    expect(network).toEqual(['ls-remote', 'push']);
    expect(connections.list()).toEqual(['upload-pack', 'receive-pack']);
  });

  it.each([
    ['0.8.0', 'a SemVer version with a v prefix, such as v0.8.0'],
    ['v0.8', 'a SemVer version with a v prefix and three numbers, such as v0.8.0 or v0.8.0-alpha.1'],
    [
      'v1.2.3+incompatible',
      'a version without +incompatible (the go command adds it to v2+ modules without go.mod; it is never part of a tag)',
    ],
  ])('version %s fails with one clear line and writes nothing', async (version, expected) => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    const before = remoteRefs(repo.remote);
    const result = await tagAction(repo, { version });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([`Input 'version' got ${JSON.stringify(version)}: expected ${expected}`]);
    expect(result.log).not.toMatch(/^\s+at /m);
    expect(remoteRefs(repo.remote)).toBe(before);
  });

  it('takes the version from the tag the workflow runs on and the commit from GITHUB_SHA', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: '' }, { dir: 'api' }], base: 'example.com/r' });
    const result = await runAction({
      action: 'go-module-tags',
      workspace: repo.workspace,
      sha: repo.sha,
      ref: 'refs/tags/v1.0.0',
      inputs: { token: 'ghs_notUsedForFileRemotes1' },
    });
    expect(exitOf(result)).toBe(0);
    expect(JSON.parse(result.outputs.modules ?? '')).toEqual([
      { path: 'example.com/r', dir: '.', tag: 'v1.0.0', dependencies: [] },
      { path: 'example.com/r/api', dir: 'api', tag: 'api/v1.0.0', dependencies: [] },
    ]);
    expect(result.outputs.sha).toBe(repo.sha);
    expect(git(repo.remote, 'rev-parse', 'api/v1.0.0^{commit}')).toBe(repo.sha);
    // Printed only in the runner's own mask command, before anything else.
    expect(result.rawStdout.split('\n').filter((l) => l.includes('ghs_notUsedForFileRemotes1'))).toEqual([
      '::add-mask::ghs_notUsedForFileRemotes1',
    ]);
  });

  it('a branch name or an unknown commit as sha is refused before anything is written', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    const branch = await tagAction(repo, { version: 'v1.0.0', sha: 'main' });
    expect(errors(branch)).toEqual([
      `Input 'sha' got "main": expected a full commit SHA (40 hex digits; empty: the workflow commit GITHUB_SHA), never a branch or tag name`,
    ]);
    const unknown = await tagAction(repo, { version: 'v1.0.0', sha: 'f'.repeat(40) });
    expect(errors(unknown)).toEqual([
      `Commit ${'f'.repeat(40)} is not in the repository at ${repo.workspace}: check out the commit to tag (actions/checkout with that ref).`,
    ]);
    expect(git(repo.remote, 'tag', '--list')).toBe('');
  });

  it('refuses GITHUB_SHA on a pull_request, and a remote URL with credentials (never printing them)', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    const pr = await runAction({
      action: 'go-module-tags',
      workspace: repo.workspace,
      sha: repo.sha,
      eventName: 'pull_request',
      inputs: { version: 'v1.0.0' },
    });
    expect(errors(pr)).toEqual([
      `Input 'sha' is empty: expected the commit to tag, given explicitly on pull_request events: GITHUB_SHA is then a merge commit on no branch`,
    ]);
    const remote = 'https://x-access-token:ghs_inTheUrl123@github.com/o/r.git';
    const creds = await tagAction(repo, { version: 'v1.0.0', remote });
    expect(errors(creds)).toEqual([
      `Input 'remote' got "https://***@github.com/o/r.git": expected a URL without user name or password: give the credential in the 'token' input`,
    ]);
    expect(`${creds.rawStdout}${creds.summary}`).not.toContain('ghs_inTheUrl123');
    expect(git(repo.remote, 'tag', '--list')).toBe('');
  });

  it('bump-requires without go on PATH warns that it skipped, and still tags', async () => {
    const repo = createGoMonorepo({
      base: 'example.com/r',
      modules: [{ dir: 'a' }, { dir: 'b', requires: ['a'] }],
    });
    const bin = mkdtempSync(join(tmpdir(), 'only-git-'));
    symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), join(bin, 'git'));
    const result = await tagAction(repo, { version: 'v1.0.0', 'bump-requires': 'true' }, { PATH: bin });
    expect(exitOf(result)).toBe(0);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: 'bump-requires: skipped — no Go toolchain (`go`) on PATH.',
      }),
    );
    expect(result.outputs.bumped).toBe('[]');
    expect(result.outputs.created).toBe('["a/v1.0.0","b/v1.0.0"]');
  });

  it("peer pods at HEAD with the example workflow's inputs: podvm/go.mod (no Go package) is left out and reported, not tagged", async () => {
    const repo = createGoMonorepo({ modules: PEER_PODS_WITH_PODVM, files: { ...DECOYS, ...PODVM_FILES } });
    const result = await tagAction(repo, { version: 'v0.99.0' });
    expect(exitOf(result)).toBe(0);
    expect(JSON.parse(result.outputs.created ?? '')).toEqual(ORDER.map((dir) => `${dir}/v0.99.0`));
    expect(JSON.parse(result.outputs.skipped ?? '')).toEqual([
      expect.objectContaining({ dir: 'src/cloud-api-adaptor/podvm' }),
    ]);
    expect(git(repo.remote, 'tag', '--list', 'src/cloud-api-adaptor/podvm/*')).toBe('');
    expect(result.summary).toContain('Left out: no Go package');
  });

  it('peer pods at v0.8.0-alpha.1: the root and peerpod-ctrl require each other; all five are tagged in one push', async () => {
    const repo = createGoMonorepo({ modules: PEER_PODS_V080 });
    const result = await tagAction(repo, { version: 'v0.8.0-alpha.1' });
    expect(exitOf(result)).toBe(0);
    expect(JSON.parse(result.outputs.created ?? '')).toEqual([
      'v0.8.0-alpha.1',
      'peerpod-ctrl/v0.8.0-alpha.1',
      'peerpodconfig-ctrl/v0.8.0-alpha.1',
      'webhook/v0.8.0-alpha.1',
      'volumes/csi-wrapper/v0.8.0-alpha.1',
    ]);
    expect(result.summary).toContain('`.`, `peerpod-ctrl` require each other (a cycle, which Go allows)');
    expect(git(repo.remote, 'rev-parse', 'peerpod-ctrl/v0.8.0-alpha.1^{commit}')).toBe(repo.sha);
  });

  it('a push the remote refuses (a hook) is reported as the refusal, with its message, and the local tags gone', async () => {
    const repo = createGoMonorepo({ base: 'example.com/r', modules: [{ dir: 'a' }, { dir: 'b' }] });
    const hook = join(repo.remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "release tags are frozen until Friday" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const result = await tagAction(repo, { version: 'v1.0.0' });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      'origin refused the push: a/v1.0.0 (pre-receive hook declined), b/v1.0.0 (pre-receive hook declined). It said: release tags are frozen until Friday. Nothing was published: the push is atomic, so origin has none of the 2 tag(s). The 2 local tag(s) this run created were deleted, so a rerun starts clean.',
    ]);
    expect(result.log).not.toMatch(/^\s+at /m);
    expect(git(repo.workspace, 'tag', '--list')).toBe('');
    expect(git(repo.remote, 'tag', '--list')).toBe('');
  });

  it('every module excluded says what happened, not "No go.mod found"', async () => {
    const repo = createGoMonorepo({ base: 'example.com/r', modules: [{ dir: 'a' }, { dir: 'b' }] });
    const result = await tagAction(repo, { version: 'v1.0.0', exclude: 'a\nb' });
    expect(errors(result)).toEqual([
      `Input 'exclude' got "a, b": expected folders that leave at least one module to tag: they leave out every one of the 2 module(s) (a, b), so nothing would be tagged`,
    ]);
  });
});
