/** The release-actions bin, run as a maintainer runs it: dist/cli under Node 24, in a git checkout. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24, ROOT } from '../harness/runner.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');

function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-checkout-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', 'https://github.com/kontainapp/km.git');
  writeFileSync(
    join(dir, 'CHANGELOG.md'),
    '# Changelog\n\n## [v1.0.0](https://github.com/kontainapp/km/tree/v1.0.0) (2026-01-01)\n\n- Fixed the loader\n\n## [v0.9.0](https://github.com/kontainapp/km/tree/v0.9.0)\n\n- Older\n',
  );
  git('add', '.');
  git('-c', 'user.name=m', '-c', 'user.email=m@example.com', 'commit', '-qm', 'init');
  return dir;
}

function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')),
  );
  return spawnSync(NODE24, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...clean, ...env } });
}

describe('release-actions CLI', () => {
  it('runs an action bundle in the current checkout and prints its summary and outputs', () => {
    const result = cli(checkout(), ['changelog-section', '--version', 'v1.0.0']);
    // Extracting a section writes nothing: no talk of a dry run or --apply (issue 16 item 8).
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('## Changelog section v1.0.0');
    expect(result.stdout).toMatch(/^ {2}body = - Fixed the loader$/m);
    expect(result.stdout).toMatch(/^ {2}found = true$/m);
    expect(result.stdout).not.toContain('::');
  });

  it("fails with the action's own error and exit code, shown as a terminal error", () => {
    const result = cli(checkout(), ['changelog-section', '--version', 'v2.0.0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: .*v2\.0\.0.*CHANGELOG\.md/m);
  });

  it('never prints the token it passes as the default token input', () => {
    const token = 'ghp_cliSecretThatMustNotShow0123456789';
    const result = cli(checkout(), ['changelog-section', '--version', 'v2.0.0', '--verbose'], {
      GITHUB_TOKEN: token,
    });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  it('says a run was a dry run only when it would have written something', () => {
    const dir = checkout();
    writeFileSync(join(dir, 'VERSION'), '1.0.0\n');
    const verify = cli(dir, ['bump-dev-version', '--mode', 'verify']);
    expect(verify.status).toBe(0);
    expect(verify.stderr).not.toContain('dry run');
    expect(verify.stderr).not.toContain('--apply');
    const release = cli(dir, ['bump-dev-version', '--mode', 'release', '--version', '1.1.0']);
    expect(release.status).toBe(0);
    expect(release.stderr).toContain('That was a dry run (the default at a terminal): add --apply to write.');
    expect(readFileSync(join(dir, 'VERSION'), 'utf8')).toBe('1.0.0\n');
    // Already at the version: nothing would be written, so nothing to apply.
    const already = cli(dir, ['bump-dev-version', '--mode', 'release', '--version', '1.0.0']);
    expect(already.status).toBe(0);
    expect(already.stderr).not.toContain('dry run');
  });

  it('leaves no empty temporary folder behind; one holding a file an output names stays', () => {
    const temp = mkdtempSync(join(tmpdir(), 'cli-tmp-'));
    const dir = checkout();
    writeFileSync(join(dir, 'VERSION'), '1.0.0\n');
    for (const args of [
      ['bump-dev-version', '--mode', 'verify'],
      ['changelog-section', '--version', 'v2.0.0'],
      ['no-such-action'],
    ]) {
      cli(dir, args, { TMPDIR: temp });
    }
    expect(readdirSync(temp)).toEqual([]);
    const extracted = cli(dir, ['changelog-section', '--version', 'v1.0.0'], { TMPDIR: temp });
    const bodyFile = /^ {2}body-file = (.+)$/m.exec(extracted.stdout)?.[1] ?? '';
    expect(bodyFile.startsWith(temp)).toBe(true);
    expect(readFileSync(bodyFile, 'utf8')).toContain('Fixed the loader');
  });

  it('writes only with --apply, and says where before it starts', () => {
    const result = cli(checkout(), ['changelog-section', '--version', 'v1.0.0', '--apply']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^Applying changelog-section for kontainapp\/km at [0-9a-f]{40} \(https:\/\/api\.github\.com\): it writes for real\.$/m,
    );
    expect(result.stderr).not.toContain('dry run');
  });

  it('takes the ref from the one tag at a detached HEAD', () => {
    const dir = checkout();
    execFileSync('git', ['tag', 'v1.0.0'], { cwd: dir });
    execFileSync('git', ['checkout', '-q', '--detach', 'v1.0.0'], { cwd: dir });
    const result = cli(dir, ['changelog-section']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}version = v1\.0\.0$/m);
  });

  it('refuses an unknown action or input with exit code 2 and says what exists', () => {
    const unknown = cli(checkout(), ['no-such-action']);
    expect(unknown.status).toBe(2);
    expect(cli(checkout(), ['no-such-action', '--help']).status).toBe(2);
    expect(unknown.stderr).toContain("no action 'no-such-action' (actions: ");
    expect(unknown.stderr).toContain('changelog-section');
    const input = cli(checkout(), ['changelog-section', '--versoin', 'v1']);
    expect(input.status).toBe(2);
    expect(input.stderr).toContain('changelog-section has no input --versoin');
  });

  it('lists the actions with no arguments and an action’s inputs with --help', () => {
    expect(cli(checkout(), []).stdout).toContain('usage: release-actions <action>');
    const help = cli(checkout(), ['changelog-section', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--version');
  });
});
