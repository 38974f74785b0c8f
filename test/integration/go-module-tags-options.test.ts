/** go-module-tags run() against real git: identity, signing, bump-requires, unpublished commits. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findGo } from '../../actions/go-module-tags/src/bump.js';
import { PlanError } from '../../shared/src/plan/plan.js';
import { createGoMonorepo, git } from '../fixtures/go-monorepo.js';
import { tagModules as tag } from '../fixtures/go-monorepo-run.js';

describe('a commit no remote branch has', () => {
  it('is tagged, with a warning that the push publishes it', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    git(repo.workspace, 'commit', '-q', '--allow-empty', '-m', 'local only');
    const local = git(repo.workspace, 'rev-parse', 'HEAD');
    const { log, outputs } = await tag(repo, { sha: local });
    expect(log.lines).toContain(
      `warning: Commit ${local} is on no branch of origin that this clone knows (refs/remotes/origin/): pushing the tags will publish it. Push the commit to a branch first if that is not intended.`,
    );
    expect(outputs.created).toEqual(['a/v0.8.0']);
    const published = await tag(repo, { version: 'v0.8.1' });
    expect(published.log.lines.some((l) => l.includes('is on no branch'))).toBe(false);
  });
});

describe('identity and signing', () => {
  /** Run with git's global and system config hidden, as on a fresh runner. */
  async function withoutGlobalConfig<T>(fn: () => Promise<T>): Promise<T> {
    const saved = { global: process.env.GIT_CONFIG_GLOBAL, system: process.env.GIT_CONFIG_NOSYSTEM };
    process.env.GIT_CONFIG_GLOBAL = '/dev/null';
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    try {
      return await fn();
    } finally {
      if (saved.global === undefined) delete process.env.GIT_CONFIG_GLOBAL;
      else process.env.GIT_CONFIG_GLOBAL = saved.global;
      if (saved.system === undefined) delete process.env.GIT_CONFIG_NOSYSTEM;
      else process.env.GIT_CONFIG_NOSYSTEM = saved.system;
    }
  }

  it('a runner without a git identity tags as github-actions[bot]', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    git(repo.workspace, 'config', '--unset', 'user.name');
    git(repo.workspace, 'config', '--unset', 'user.email');
    const { log } = await withoutGlobalConfig(() => tag(repo));
    expect(log.lines).toContain('git has no user.name/user.email: tagging as github-actions[bot].');
    expect(git(repo.remote, 'cat-file', '-p', 'a/v0.8.0')).toMatch(
      /^tagger github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com> /m,
    );
  });

  it('sign auto signs when a key is configured (ssh signing here), and the tag verifies', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    const key = join(repo.workspace, '..', 'signing-key');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'bot@example.com', '-f', key]);
    git(repo.workspace, 'config', 'gpg.format', 'ssh');
    git(repo.workspace, 'config', 'user.signingkey', `${key}.pub`);
    const allowed = join(repo.workspace, '..', 'allowed-signers');
    writeFileSync(allowed, `bot@example.com ${readFileSync(`${key}.pub`, 'utf8')}`);
    git(repo.workspace, 'config', 'gpg.ssh.allowedSignersFile', allowed);
    const { log } = await tag(repo);
    expect(log.lines.find((l) => l.startsWith('git tag'))).toMatch(/^git tag -s -m /);
    expect(git(repo.remote, 'cat-file', '-p', 'a/v0.8.0')).toContain('-----BEGIN SSH SIGNATURE-----');
    git(repo.workspace, 'tag', '-v', 'a/v0.8.0');
  });

  it('sign true without a usable key fails before the push, removes its local tags and pushes nothing', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }, { dir: 'b' }] });
    git(repo.workspace, 'config', 'gpg.format', 'ssh');
    git(repo.workspace, 'config', 'user.signingkey', '/nonexistent/key.pub');
    const error = await tag(repo, { sign: 'true' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).failed.target).toBe('a/v0.8.0');
    // git 2.39 exits 0 here and writes ssh-keygen's error where the signature belongs: the action checks.
    expect(String((error as PlanError).cause)).toMatch(
      /git tag -s made a\/v0.8.0 without a signature|exited/,
    );
    expect(git(repo.workspace, 'tag', '--list')).toBe('');
    expect(git(repo.remote, 'tag', '--list')).toBe('');
  });
});

// Known when the tests are collected, so a runner without Go reports the test as skipped, not passed.
const go = await findGo();
if (!go)
  console.warn('bump-requires with a toolchain: SKIPPED — no `go` on PATH (apt-get install golang-go)');

describe('bump-requires (needs a Go toolchain)', () => {
  (go ? it : it.skip)('bumps in-repo requires to the new version and tidies', async () => {
    if (!go) throw new Error('unreachable: skipped without go');
    const repo = createGoMonorepo();
    // Offline: the in-repo requires resolve through the local replace directives.
    const saved = process.env.GOPROXY;
    process.env.GOPROXY = 'off';
    const { outputs } = await tag(repo, { bumpRequires: true }, go).finally(() => {
      if (saved === undefined) delete process.env.GOPROXY;
      else process.env.GOPROXY = saved;
    });
    expect(outputs.bumped).toEqual([
      'src/peerpod-ctrl/go.mod',
      'src/cloud-api-adaptor/go.mod',
      'src/csi-wrapper/go.mod',
    ]);
    const csi = readFileSync(join(repo.workspace, 'src/csi-wrapper/go.mod'), 'utf8');
    expect(csi).toContain(`${repo.base}/src/cloud-api-adaptor v0.8.0`);
    expect(csi).toContain(`${repo.base}/src/cloud-providers v0.8.0`);
    expect(csi).toContain(`replace ${repo.base}/src/cloud-providers => ../cloud-providers`);
    expect(git(repo.workspace, 'status', '--porcelain')).toContain('src/csi-wrapper/go.mod');
  });

  it('without a toolchain it says it skipped and still tags', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }, { dir: 'b', requires: ['a'] }] });
    const { outputs, log } = await tag(repo, { bumpRequires: true });
    expect(log.lines).toContain('warning: bump-requires: skipped — no Go toolchain (`go`) on PATH.');
    expect(outputs.bumped).toEqual([]);
    expect(outputs.created).toEqual(['a/v0.8.0', 'b/v0.8.0']);
  });
});
