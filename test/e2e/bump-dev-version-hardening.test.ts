/**
 * Issue 10's findings on bump-dev-version, through the bundle: symbolic links (in and out of the
 * workspace), a push the remote refuses and the rerun that must finish it, inputs that crashed the
 * action, and versions that were rewritten without a word.
 */
import { describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, type RunResult } from '../harness/runner.js';
import { bump, commitAll, git, readTree, workspaceWith } from './bump-dev-version-helpers.js';

/** The run failed with `message` as one clear line (no stack, no unexpected failure). */
function failedWith(result: RunResult, message: string): void {
  expect(result.exitCode).toBe(1);
  expect(result.log).toContain(message);
  expect(result.log).not.toContain('Unexpected failure');
  expect(result.log).not.toMatch(/^\s+at /m);
}

/** A checkout of `files` with a bare remote as origin; returns both. */
function checkoutWithRemote(files: Record<string, string>): { workspace: string; remote: string } {
  const root = mkdtempSync(join(tmpdir(), 'bump-remote-'));
  const remote = join(root, 'project.git');
  git(root, 'init', '-q', '--bare', '-b', 'main', remote);
  const workspace = join(root, 'work');
  mkdirSync(workspace);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  return { workspace, remote };
}

function publish(workspace: string, remote: string): void {
  commitAll(workspace);
  git(workspace, 'remote', 'add', 'origin', `file://${remote}`);
  git(workspace, 'push', '-q', 'origin', 'main');
}

describe('a version file that is a symbolic link (item 2)', () => {
  it('edits and commits the file the link points to; the link stays a link', async () => {
    const { workspace, remote } = checkoutWithRemote({ 'build/VERSION': '0.1.0\n' });
    symlinkSync('build/VERSION', join(workspace, 'VERSION'));
    publish(workspace, remote);
    const result = await bump(workspace, {
      mode: 'next-dev',
      version: '0.1.0',
      push: 'branch',
      branch: 'next',
    });
    expect(exitOf(result)).toBe(0);
    expect(JSON.parse(result.outputs['changed-files'] ?? '')).toEqual(['build/VERSION']);
    // On the branch: the link unchanged (mode 120000, same target), the real file at the new version.
    expect(git(remote, 'ls-tree', 'next', 'VERSION')).toMatch(/^120000 blob /);
    expect(git(remote, 'cat-file', 'blob', 'next:VERSION')).toBe('build/VERSION');
    expect(git(remote, 'cat-file', 'blob', 'next:build/VERSION')).toBe('0.2.0-dev.0');
    expect(git(remote, 'diff-tree', '--name-only', '-r', 'main', 'next')).toBe('build/VERSION');
    // In the workspace too.
    expect(lstatSync(join(workspace, 'VERSION')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(workspace, 'build/VERSION'), 'utf8')).toBe('0.2.0-dev.0\n');
    expect(result.log).toContain('VERSION is a link to build/VERSION');
  });

  it('refuses a link that leads out of the workspace, and writes nothing there', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'VERSION'), '0.1.0\n');
    const workspace = workspaceWith({ 'package.json': '{"version": "0.1.0"}\n' });
    symlinkSync(join(outside, 'VERSION'), join(workspace, 'VERSION'));
    const result = await bump(workspace, { mode: 'release', version: '0.2.0' });
    failedWith(result, `VERSION is a link to ${join(outside, 'VERSION')}, outside the workspace`);
    expect(result.log).toContain('allow-outside-workspace');
    expect(readFileSync(join(outside, 'VERSION'), 'utf8')).toBe('0.1.0\n');
    expect(readFileSync(join(workspace, 'package.json'), 'utf8')).toBe('{"version": "0.1.0"}\n');

    // Listed in allow-outside-workspace, it is written (through the link, which stays one).
    const allowed = await bump(workspace, {
      mode: 'release',
      version: '0.2.0',
      'allow-outside-workspace': outside,
    });
    expect(exitOf(allowed)).toBe(0);
    expect(readFileSync(join(outside, 'VERSION'), 'utf8')).toBe('0.2.0\n');
    expect(lstatSync(join(workspace, 'VERSION')).isSymbolicLink()).toBe(true);
  });
});

describe('every path through the one rule (item 6)', () => {
  function linkedOut(): { workspace: string; outside: string } {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'V'), '0.1.0\n');
    writeFileSync(join(outside, 'guide.md'), 'Install 0.1.0\n');
    const workspace = workspaceWith({ VERSION: '0.1.0\n', 'docs/index.md': 'Install 0.1.0\n' });
    symlinkSync(outside, join(workspace, 'linkdir'));
    return { workspace, outside };
  }

  it('a listed target through a linked folder', async () => {
    const { workspace, outside } = linkedOut();
    const result = await bump(workspace, { mode: 'release', version: '0.2.0', targets: 'linkdir/V' });
    failedWith(result, `Input 'targets' got "linkdir/V": expected a path inside the workspace`);
    expect(result.log).toContain(`(it leads to ${join(outside, 'V')})`);
    expect(readFileSync(join(outside, 'V'), 'utf8')).toBe('0.1.0\n');
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('0.1.0\n');
  });

  it('a file a docs glob matches through a linked folder', async () => {
    const { workspace, outside } = linkedOut();
    const result = await bump(workspace, {
      mode: 'release',
      version: '0.2.0',
      docs: '**/*.md',
      'previous-release': '0.1.0',
    });
    failedWith(result, `linkdir/guide.md (matched by docs) leads to ${join(outside, 'guide.md')}`);
    expect(readFileSync(join(outside, 'guide.md'), 'utf8')).toBe('Install 0.1.0\n');
    expect(readFileSync(join(workspace, 'docs/index.md'), 'utf8')).toBe('Install 0.1.0\n');
  });

  it('../x and absolute paths are refused unless their folder is allowed', async () => {
    const { workspace, outside } = linkedOut();
    failedWith(
      await bump(workspace, { mode: 'release', version: '0.2.0', targets: `${outside}/V` }),
      `Input 'targets' got "${outside}/V": expected a path inside the workspace`,
    );
    const allowed = await bump(workspace, {
      mode: 'release',
      version: '0.2.0',
      targets: 'linkdir/V',
      'allow-outside-workspace': outside,
    });
    expect(exitOf(allowed)).toBe(0);
    expect(readFileSync(join(outside, 'V'), 'utf8')).toBe('0.2.0\n');
    failedWith(
      await bump(workspace, { mode: 'release', version: '0.2.0', 'allow-outside-workspace': 'relative/dir' }),
      `Input 'allow-outside-workspace' got "relative/dir": expected absolute folder paths`,
    );
  });
});

describe('a rerun after the remote refused the push finishes the job (item 3)', () => {
  /** A pre-receive hook that refuses the first push after `arm()`, then accepts. */
  function refuseOnce(remote: string): () => void {
    const hook = join(remote, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\nif [ -e refuse-once ]; then\n  rm -f refuse-once\n  echo "pushes are closed for the release freeze" >&2\n  exit 1\nfi\n',
    );
    chmodSync(hook, 0o755);
    return () => writeFileSync(join(remote, 'refuse-once'), '');
  }

  it('reports the refusal with the remote message, leaves the workspace as it was, and a rerun pushes', async () => {
    const { workspace, remote } = checkoutWithRemote({
      'package.json': '{\n  "name": "x",\n  "version": "1.4.0"\n}\n',
      VERSION: '1.4.0\n',
    });
    publish(workspace, remote);
    refuseOnce(remote)();
    const inputs = { mode: 'next-dev', version: '1.4.0', push: 'branch', branch: 'next' };
    const refused = await bump(workspace, inputs);
    failedWith(refused, 'The remote refused the push to branch next');
    expect(refused.log).toContain('pushes are closed for the release freeze');
    expect(refused.log).toContain('a rerun pushes it');
    expect(git(workspace, 'status', '--porcelain')).toBe('');
    expect(git(remote, 'branch', '--list', 'next')).toBe('');

    // The same workspace, run again: the commit lands.
    const again = await bump(workspace, inputs);
    expect(exitOf(again)).toBe(0);
    expect(again.log).toContain('Branch next: created');
    expect(git(remote, 'cat-file', 'blob', 'next:VERSION')).toBe('1.5.0-dev.0');
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('1.5.0-dev.0\n');
    // Once more: nothing to push, and it says the branch already holds it.
    const third = await bump(workspace, inputs);
    expect(exitOf(third)).toBe(0);
    expect(third.log).toContain('Branch next: reused');
  });

  it('a workspace that already holds the change (an earlier run without push) is still pushed', async () => {
    const { workspace, remote } = checkoutWithRemote({ VERSION: '1.4.0\n' });
    publish(workspace, remote);
    expect(exitOf(await bump(workspace, { mode: 'next-dev', version: '1.4.0' }))).toBe(0);
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('1.5.0-dev.0\n');
    const pushed = await bump(workspace, {
      mode: 'next-dev',
      version: '1.4.0',
      push: 'branch',
      branch: 'next',
    });
    expect(exitOf(pushed)).toBe(0);
    expect(git(remote, 'cat-file', 'blob', 'next:VERSION')).toBe('1.5.0-dev.0');
    // The summary still says what changed against the commit, not "nothing to change".
    expect(pushed.summary).toContain('| VERSION | 1 | (file) | 1.4.0 | 1.5.0-dev.0 |');
  });

  it('refuses a target file with other uncommitted changes rather than mixing them in', async () => {
    const { workspace, remote } = checkoutWithRemote({
      VERSION: '1.4.0\n',
      'package.json': '{"version": "1.4.0"}\n',
    });
    publish(workspace, remote);
    writeFileSync(join(workspace, 'package.json'), '{"version": "1.4.0", "private": true}\n');
    const before = readTree(workspace, false);
    const result = await bump(workspace, { mode: 'next-dev', version: '1.4.0', push: 'branch' });
    failedWith(result, 'package.json has changes that are not committed');
    expect(readTree(workspace, false)).toEqual(before);
  });
});

describe('inputs that crashed the action are clear errors (item 9)', () => {
  it.each([
    [
      '99999999999999999999999.0.0',
      '(this one has a number above 9007199254740991 (99999999999999999999999))',
    ],
    [`${'1'.repeat(100_000)}.0.0`, '(this one is longer than 256 characters)'],
  ])('version %#', async (version, why) => {
    const workspace = workspaceWith({ VERSION: '0.1.0\n' });
    const result = await bump(workspace, { mode: 'release', version });
    failedWith(result, `Input 'version' got "${version.slice(0, 200)}`);
    expect(result.log).toContain(why);
    expect(result.log.length).toBeLessThan(5000);
  });

  it('a 100,000-deep package.json', async () => {
    const deep = `{"version": "0.1.0", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`;
    const workspace = workspaceWith({ 'package.json': deep });
    const result = await bump(workspace, { mode: 'release', version: '0.2.0' });
    failedWith(result, 'package.json:1: nests arrays and objects deeper than 1000 levels');
  });

  it('a 100,000-deep values.yaml of a listed target', async () => {
    const deep = `docker:\n  version: 0.1.0\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const workspace = workspaceWith({ VERSION: '0.1.0\n', 'values.yaml': deep });
    const result = await bump(workspace, {
      mode: 'release',
      version: '0.2.0',
      targets: 'values.yaml: docker.version',
    });
    failedWith(result, 'values.yaml:3: nests deeper than');
  });
});

describe('a version is written as given or refused, never changed silently (item 11)', () => {
  it.each([
    [
      'VERSION',
      '1.2',
      '0.9.0\n',
      'VERSION:1 (file): cannot write 1.2 there (SemVer, as the project has no Python metadata): 1.2 has no SemVer form (SemVer has exactly three release numbers; 2 here)',
    ],
    [
      'VERSION',
      '01.2.3',
      '0.9.0\n',
      'VERSION:1 (file): cannot write 01.2.3 there (SemVer, as the project has no Python metadata): 01.2.3 is not SemVer',
    ],
    [
      'pkg_info.json',
      '01.2.3',
      '{"version": "0.9.0"}\n',
      'pkg_info.json:1 version: cannot write 01.2.3 there (PEP 440, as pkg_info.json is Python metadata): 01.2.3 is not written as PEP 440 writes it: give 1.2.3',
    ],
  ])('%s refuses version %s', async (file, version, text, message) => {
    const workspace = workspaceWith({ [file]: text });
    failedWith(await bump(workspace, { mode: 'release', version }), message);
    expect(readFileSync(join(workspace, file), 'utf8')).toBe(text);
  });

  it('keeps build metadata: v1.2.3+build is written 1.2.3+build', async () => {
    const workspace = workspaceWith({ VERSION: '1.2.2\n', 'package.json': '{"version": "v1.2.2"}\n' });
    const result = await bump(workspace, { mode: 'release', version: 'v1.2.3+build' });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('1.2.3+build\n');
    expect(readFileSync(join(workspace, 'package.json'), 'utf8')).toBe('{"version": "v1.2.3+build"}\n');
    expect(result.outputs.version).toBe('1.2.3+build');
  });

  it('refuses a release date that is no day of the calendar', async () => {
    const workspace = workspaceWith({
      'CITATION.cff': 'cff-version: 1.2.0\nversion: 0.1.0\ndate-released: 2024-01-01\n',
    });
    failedWith(
      await bump(workspace, {
        mode: 'release',
        version: '0.2.0',
        'release-date': '2024-02-30',
        'release-sha': 'abcdef1',
      }),
      `Input 'release-date' got "2024-02-30": expected a date as YYYY-MM-DD`,
    );
  });
});
