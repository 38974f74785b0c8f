/**
 * go-module-tags run() against real git, the review's safety cases: local tags that may (or may not) be
 * published as they are, a tag created on the remote between the check and the push, a bump that fails
 * after the push, module paths the go command could never resolve, and credentials in a remote URL.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, UserError } from '../../shared/src/action/index.js';
import { Git, type RemoteTag } from '../../shared/src/git/git.js';
import { PlanError } from '../../shared/src/plan/plan.js';
import {
  copyGoMonorepo,
  createGoMonorepo,
  git,
  GIT_ENV,
  remoteRefs,
  type GoMonorepo,
} from '../fixtures/go-monorepo.js';
import { tagModules as tag } from '../fixtures/go-monorepo-run.js';

const TWO = { base: 'example.com/r', modules: [{ dir: 'a' }, { dir: 'b' }] };

/** The printed command lines (the log group after its heading). */
function printed(lines: readonly string[]): string[] {
  const start = lines.findIndex((l) => l.startsWith('group: Commands'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('group: '));
  return lines.slice(start + 1, end);
}

/** Paste the lines into a shell in `workspace`, as a person would. */
function replay(lines: readonly string[], workspace: string): void {
  for (const line of lines) {
    execFileSync('sh', ['-c', line], { cwd: workspace, env: { ...process.env, ...GIT_ENV }, stdio: 'pipe' });
  }
}

/** ssh signing with a fresh key, as `sign: true` would use it. */
function configureSigning(repo: GoMonorepo): void {
  const key = join(mkdtempSync(join(tmpdir(), 'gmt-key-')), 'key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'bot@example.com', '-f', key]);
  git(repo.workspace, 'config', 'gpg.format', 'ssh');
  git(repo.workspace, 'config', 'user.signingkey', `${key}.pub`);
}

describe('a local tag at the commit', () => {
  it('lightweight (as release-helper.sh makes them) is refused, not published; nothing is pushed', async () => {
    const repo = createGoMonorepo(TWO);
    git(repo.workspace, 'tag', 'a/v1.0.0', repo.sha);
    const before = remoteRefs(repo.remote);
    const error = await tag(repo, { version: 'v1.0.0' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `1 local tag(s) at ${repo.sha.slice(0, 12)} cannot be published as they are: a/v1.0.0 is a lightweight tag in the local repository (a release tag is annotated; delete it with git tag -d a/v1.0.0 and rerun). Nothing was tagged or pushed.`,
    );
    expect(remoteRefs(repo.remote)).toBe(before);
    expect(git(repo.workspace, 'tag', '--list')).toBe('a/v1.0.0');
  });

  it('annotated is adopted and reported apart; the dry-run lines replay in this clone and a fresh one', async () => {
    const repo = createGoMonorepo(TWO);
    git(repo.workspace, 'tag', '-a', '-m', 'mine', 'a/v1.0.0', repo.sha);
    const fresh = copyGoMonorepo(repo);
    const dry = await tag(repo, { version: 'v1.0.0', dryRun: true });
    expect(dry.log.lines).toContain(
      `Adopting 1 annotated local tag(s) already at ${repo.sha}, pushed as they are (not re-created): a/v1.0.0`,
    );
    expect(dry.summary.toMarkdown()).toContain('local tag would be pushed as it is (dry run)');
    const lines = printed(dry.log.lines);
    expect(lines).toEqual([
      `git rev-parse -q --verify refs/tags/a/v1.0.0 >/dev/null || git tag -a -m 'example.com/r/a v1.0.0' a/v1.0.0 ${repo.sha}  # adopted: this clone's own tag is pushed as it is`,
      `git tag -a -m 'example.com/r/b v1.0.0' b/v1.0.0 ${repo.sha}`,
      'git push --atomic origin refs/tags/a/v1.0.0 refs/tags/b/v1.0.0',
    ]);
    replay(lines, fresh.workspace);
    expect(git(fresh.remote, 'tag', '--list')).toBe('a/v1.0.0\nb/v1.0.0');
    const same = copyGoMonorepo(repo);
    git(same.workspace, 'tag', '-a', '-m', 'mine', 'a/v1.0.0', repo.sha);
    replay(lines, same.workspace);
    expect(git(same.remote, 'cat-file', '-p', 'a/v1.0.0')).toContain('\n\nmine');

    const real = await tag(repo, { version: 'v1.0.0' });
    expect(real.outputs.created).toEqual(['b/v1.0.0']);
    expect(real.outputs.adopted).toEqual(['a/v1.0.0']);
    expect(real.summary.toMarkdown()).toContain('| a/v1.0.0 | — | local tag adopted and pushed as it was |');
    expect(real.summary.toMarkdown()).toContain('| b/v1.0.0 | — | created and pushed |');
    expect(git(repo.remote, 'cat-file', '-p', 'a/v1.0.0')).toContain('\n\nmine');
  });

  it('when signing, an unsigned annotated tag is refused; a signed one is adopted', async () => {
    const repo = createGoMonorepo(TWO);
    configureSigning(repo);
    git(repo.workspace, 'tag', '-a', '-m', 'unsigned', 'a/v1.0.0', repo.sha);
    const error = await tag(repo, { version: 'v1.0.0', sign: 'true' }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      'a/v1.0.0 is an unsigned tag in the local repository (signing is on; delete it with git tag -d a/v1.0.0 and rerun)',
    );
    expect(git(repo.remote, 'tag', '--list')).toBe('');
    git(repo.workspace, 'tag', '-d', 'a/v1.0.0');
    git(repo.workspace, 'tag', '-s', '-m', 'signed', 'a/v1.0.0', repo.sha);
    const { outputs } = await tag(repo, { version: 'v1.0.0', sign: 'true' });
    expect(outputs.adopted).toEqual(['a/v1.0.0']);
    expect(git(repo.remote, 'cat-file', '-p', 'a/v1.0.0')).toContain('-----BEGIN SSH SIGNATURE-----');
  });
});

describe('the push never forces', () => {
  it('a tag created on the remote after the ls-remote check: push rejected, remote unchanged, local tags gone', async () => {
    const repo = createGoMonorepo(TWO);
    git(repo.workspace, 'commit', '-q', '--allow-empty', '-m', 'later');
    git(repo.workspace, 'push', '-q', 'origin', 'main');
    const other = git(repo.workspace, 'rev-parse', 'HEAD');
    let afterRace = '';
    class RacingGit extends Git {
      override async lsRemoteTags(remote: string): Promise<Map<string, RemoteTag>> {
        const tags = await super.lsRemoteTags(remote);
        git(repo.remote, 'tag', 'b/v1.0.0', other); // someone else, between the check and the push
        afterRace = remoteRefs(repo.remote);
        return tags;
      }
    }
    const error = await tag(repo, { version: 'v1.0.0' }, undefined, new RacingGit(repo.workspace)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      'origin refused the push: b/v1.0.0 (already exists). Nothing was published: the push is atomic, so origin has none of the 2 tag(s). The 2 local tag(s) this run created were deleted, so a rerun starts clean.',
    );
    const cause = (error as Error).cause as PlanError;
    expect(cause.failed.kind).toBe('push tags');
    expect(String(cause.cause)).toMatch(/b\/v1\.0\.0 \(already exists\)/);
    expect(remoteRefs(repo.remote)).toBe(afterRace);
    expect(git(repo.remote, 'rev-parse', 'b/v1.0.0')).toBe(other);
    expect(git(repo.workspace, 'tag', '--list')).toBe('');
  });
});

describe('bump-requires failing after the push', () => {
  it('is a warning naming the go.mod files bumped and not; the tags stay; a rerun with nothing to push fails', async () => {
    const repo = createGoMonorepo({
      base: 'example.com/r',
      modules: [{ dir: 'a' }, { dir: 'b', requires: ['a'] }, { dir: 'c', requires: ['a'] }],
    });
    // A stand-in toolchain: every `go` command works except in module c.
    const go = join(mkdtempSync(join(tmpdir(), 'fake-go-')), 'go');
    writeFileSync(go, '#!/bin/sh\ncase "$(/bin/pwd)" in */c) echo "boom in c" >&2; exit 1;; esac\n');
    chmodSync(go, 0o755);
    const { outputs, log } = await tag(repo, { version: 'v1.0.0', bumpRequires: true }, go);
    expect(outputs.created).toEqual(['a/v1.0.0', 'b/v1.0.0', 'c/v1.0.0']);
    expect(outputs.bumped).toEqual(['b/go.mod']);
    expect(log.lines).toContain(
      'warning: bump-requires failed after the tags were pushed (the tags are final): go mod edit -require=example.com/r/a@v1.0.0 in c exited 1: boom in c. Bumped: b/go.mod. Not bumped: c/go.mod.',
    );
    expect(git(repo.remote, 'tag', '--list')).toBe('a/v1.0.0\nb/v1.0.0\nc/v1.0.0');
    await expect(tag(repo, { version: 'v1.0.0', bumpRequires: true }, go)).rejects.toBeInstanceOf(PlanError);
  });
});

describe('modules and names the go command or git could not use', () => {
  it('a nested module whose path does not end in its directory is an input error; nothing is tagged', async () => {
    const repo = createGoMonorepo({
      base: 'example.com/r',
      modules: [{ dir: '' }, { dir: 'api', path: 'example.com/r/apis' }, { dir: 'lib' }],
    });
    const error = await tag(repo, { version: 'v1.0.0' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `Input 'paths' is empty: expected modules the go command can resolve by their tags (fix the module directive, or leave the module out with 'exclude') — module example.com/r/apis in api: its module path must end in /api (its directory, where the go command looks for tag api/<version>)`,
    );
    expect(git(repo.remote, 'tag', '--list')).toBe('');
    const { outputs } = await tag(repo, { version: 'v1.0.0', exclude: [{ dir: 'api', below: false }] });
    expect(outputs.created).toEqual(['v1.0.0', 'lib/v1.0.0']);
  });

  it('a module directory starting with - gives a tag git refuses: an error before anything is written', async () => {
    const repo = createGoMonorepo({ base: 'example.com/r', modules: [{ dir: '-x' }] });
    await expect(tag(repo)).rejects.toThrow(
      "Cannot tag these modules: -x/v0.8.0 (-x): git refuses tags starting with '-' (they read as options).",
    );
    expect(git(repo.remote, 'tag', '--list')).toBe('');
  });
});

describe('a remote URL with credentials', () => {
  it('is shown redacted in the log, the plan, the summary and a PlanError', async () => {
    const repo = createGoMonorepo(TWO);
    const remote = 'ssh://git:s3cretPW@example.invalid/o/r.git';
    git(repo.workspace, 'config', `url.file://${repo.remote}.insteadOf`, remote);
    const hook = join(repo.remote, 'hooks', 'update');
    writeFileSync(hook, '#!/bin/sh\necho "rejected $1" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const dry = await tag(repo, { remote, dryRun: true });
    const shown = [...dry.log.lines, dry.summary.toMarkdown()].join('\n');
    expect(shown).toContain("git push --atomic 'ssh://***@example.invalid/o/r.git' refs/tags/a/v0.8.0");
    expect(shown).not.toContain('s3cret');
    const error = await tag(repo, { remote }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('ssh://***@example.invalid/o/r.git refused the push');
    const cause = (error as Error).cause as PlanError;
    expect(cause.message).toContain('ssh://***@example.invalid/o/r.git');
    expect(`${(error as Error).message} ${cause.message} ${String(cause.cause)}`).not.toContain('s3cret');
    expect(git(repo.remote, 'tag', '--list')).toBe('');
  });
});
