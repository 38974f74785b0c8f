/**
 * bump-dev-version refuses what would leave a repository worse than it found it (a dependencies.yaml
 * that no longer verifies, an unrelated chart overwritten, a non-UTF-8 file mangled, a second bump),
 * and takes what real projects hold (a CITATION.cff without commit, RE2 patterns), through the bundle.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitOf } from '../harness/runner.js';
import { bump, commitAll, git, readTree, workspaceOf, workspaceWith } from './bump-dev-version-helpers.js';

/** The run failed with `message`, without a stack or an unexpected failure, and wrote nothing. */
async function refuses(workspace: string, inputs: Record<string, string>, message: string): Promise<void> {
  const before = readTree(workspace, false);
  const result = await bump(workspace, inputs);
  expect(result.exitCode).toBe(1);
  expect(result.log).toContain(message);
  expect(result.log).not.toContain('Unexpected failure');
  expect(result.log).not.toMatch(/^\s+at /m);
  expect(readTree(workspace, false)).toEqual(before);
}

const CFF = 'cff-version: 1.2.0\ntitle: x\nversion: 0.7.0\ndate-released: 2023-01-01\n';
const PACKAGE = '{\n  "name": "x",\n  "version": "0.7.0"\n}\n';

describe('seed 002: next-dev keeps make verify-dependencies green', () => {
  it('refuses a development version the refPath matches no longer select, naming file, line and pattern', async () => {
    const workspace = workspaceOf('promo-tools');
    await refuses(
      workspace,
      { mode: 'next-dev', version: '4.5.1' },
      "next-dev would leave dependencies.yaml failing its own check (make verify-dependencies): VERSION:1 `v4.6.0-dev.0` is no longer selected by /^v\\d+\\.\\d+\\.\\d+$/ (dependency promo-tools, dependencies.yaml:6); cloudbuild.yaml:17 `_IMG_VERSION: 'v4.6.0-dev.0-0'`",
    );
  });

  it('goes ahead when the matches accept development versions, and verify then agrees', async () => {
    const workspace = workspaceOf('promo-tools');
    const deps = join(workspace, 'dependencies.yaml');
    writeFileSync(
      deps,
      readFileSync(deps, 'utf8')
        .replace('match: ^v\\d+\\.\\d+\\.\\d+$', 'match: ^v\\d+\\.\\d+\\.\\d+')
        .replace("v\\\\d+\\\\.\\\\d+\\\\.\\\\d+-\\\\d+'", 'v\\\\d+\\\\.\\\\d+\\\\.\\\\d+'),
    );
    const result = await bump(workspace, { mode: 'next-dev', version: '4.5.1' });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('v4.6.0-dev.0\n');
    expect(exitOf(await bump(workspace, { mode: 'verify' }))).toBe(0);
  });
});

describe('verify checks every dependency of dependencies.yaml, in RE2 syntax', () => {
  const deps = (match: string, extra = ''): string =>
    `dependencies:\n  - name: "proj"\n    version: 4.5.1\n    refPaths:\n    - path: VERSION\n      match: ${match}\n${extra}`;

  it('reports a mismatch of another dependency as file:line', async () => {
    const golang =
      '  - name: golang\n    version: 1.22.4\n    refPaths:\n    - path: go.mod\n      match: ^go\\s\n';
    const workspace = workspaceWith({
      'dependencies.yaml': deps('^v', golang),
      VERSION: 'v4.5.1\n',
      'go.mod': 'module x\n\ngo 1.21\n',
    });
    const result = await bump(workspace, { mode: 'verify', dependency: 'proj' });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs.mismatches ?? '')).toEqual([
      {
        file: 'go.mod',
        line: 3,
        key: 'dependency "golang" refPath /^go\\s/',
        found: 'go 1.21',
        expected: '1.22.4',
      },
    ]);
  });

  it('reads (?i) and (?P<name>) as RE2 does', async () => {
    const workspace = workspaceWith({ 'dependencies.yaml': deps('(?i)^V(?P<v>\\d+)'), VERSION: 'v4.5.1\n' });
    const result = await bump(workspace, { mode: 'verify', dependency: 'proj' });
    expect(exitOf(result)).toBe(0);
    expect(result.summary).toContain('all 3 agree on 4.5.1');
  });

  it.each([
    ['^[[:digit:]]', 'POSIX classes'],
    ['^v\\d+\\z', '\\A, \\z'],
    ['^v(?<', 'is not a valid regular expression'],
  ])('rejects %s naming dependencies.yaml, the dependency and the pattern', async (match, why) => {
    const workspace = workspaceWith({ 'dependencies.yaml': deps(`'${match}'`), VERSION: 'v4.5.1\n' });
    await refuses(
      workspace,
      { mode: 'verify', dependency: 'proj' },
      `dependencies.yaml:5: dependency proj: match /${match}/`,
    );
    expect((await bump(workspace, { mode: 'verify', dependency: 'proj' })).log).toContain(why);
  });

  it('rejects a refPath outside the repository', async () => {
    const workspace = workspaceWith({
      'dependencies.yaml': deps('x').replace('path: VERSION', 'path: ../secret'),
      VERSION: 'v4.5.1\n',
    });
    await refuses(
      workspace,
      { mode: 'verify', dependency: 'proj' },
      'refPaths[0] path ../secret is outside the repository',
    );
  });
});

describe('CITATION.cff without commit or date-released (both optional in CFF)', () => {
  it('verify passes, and release updates what is there and adds nothing', async () => {
    const workspace = workspaceWith({
      'CITATION.cff': CFF.replace('date-released: 2023-01-01\n', ''),
      'package.json': PACKAGE,
    });
    expect(exitOf(await bump(workspace, { mode: 'verify', version: '0.7.0' }))).toBe(0);
    const release = await bump(workspace, { mode: 'release', version: '0.8.0', 'release-sha': 'abcdef1' });
    expect(exitOf(release)).toBe(0);
    expect(release.log).toContain('CITATION.cff: has no commit; not added');
    expect(readFileSync(join(workspace, 'CITATION.cff'), 'utf8')).toBe(
      'cff-version: 1.2.0\ntitle: x\nversion: 0.8.0\n',
    );
  });

  it('release-date defaults to the release commit date (UTC), so a rerun on a later day writes the same', async () => {
    const workspace = workspaceWith({ 'CITATION.cff': CFF, 'package.json': PACKAGE });
    git(workspace, 'init', '-q', '-b', 'main');
    git(workspace, 'add', '-A');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x'], {
      cwd: workspace,
      env: { ...process.env, GIT_COMMITTER_DATE: '2021-03-04T23:30:00-05:00' },
    });
    const sha = git(workspace, 'rev-parse', 'HEAD');
    const result = await bump(workspace, { mode: 'release', version: '0.8.0' }, { sha });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'CITATION.cff'), 'utf8')).toContain('\ndate-released: 2021-03-05\n');
  });
});

describe('refusals before anything is written', () => {
  it('next-dev without a version refuses files already at a development version', async () => {
    const workspace = workspaceWith({ 'pkg_info.json': '{"version": "0.2.0.dev0"}\n' });
    await refuses(
      workspace,
      { mode: 'next-dev' },
      'The files hold 0.2.0.dev0, already a development or pre-release version',
    );
    // With the release given, the rerun changes nothing.
    const again = await bump(workspace, { mode: 'next-dev', version: '0.1.0' });
    expect(exitOf(again)).toBe(0);
    expect(again.outputs['changed-files']).toBe('[]');
  });

  it('does not detect charts under testdata, and refuses detected files that disagree', async () => {
    const chart = 'apiVersion: v2\nname: redis\nversion: 17.3.1\nappVersion: 7.0.5\n';
    const skipped = workspaceWith({ VERSION: '0.7.0\n', 'testdata/charts/redis/Chart.yaml': chart });
    expect(exitOf(await bump(skipped, { mode: 'release', version: '0.8.0' }))).toBe(0);
    expect(readFileSync(join(skipped, 'testdata/charts/redis/Chart.yaml'), 'utf8')).toBe(chart);
    const workspace = workspaceWith({ VERSION: '0.7.0\n', 'charts/redis/Chart.yaml': chart });
    await refuses(
      workspace,
      { mode: 'release', version: '0.8.0' },
      'The detected version files disagree on the current version (charts/redis/Chart.yaml:3 version = 17.3.1, charts/redis/Chart.yaml:4 appVersion = 7.0.5, VERSION:1 (file) = 0.7.0)',
    );
    // A file already at the release (a rerun after a partial write) agrees with the others.
    const partial = workspaceWith({ VERSION: '0.8.0\n', 'package.json': PACKAGE });
    expect(exitOf(await bump(partial, { mode: 'release', version: '0.8.0' }))).toBe(0);
    expect(readFileSync(join(partial, 'package.json'), 'utf8')).toContain('"version": "0.8.0"');
    // Listed targets are the user's choice.
    const listed = await bump(workspace, {
      mode: 'release',
      version: '0.8.0',
      'auto-detect': 'false',
      targets: 'VERSION',
    });
    expect(exitOf(listed)).toBe(0);
  });

  it('doc globs touch only files git tracks, outside vendored folders', async () => {
    const workspace = workspaceWith({
      VERSION: '0.8.0\n',
      'README.md': 'Use 0.7.0\n',
      'vendor/github.com/foo/bar/README.md': 'bar 0.7.0\n',
      'docs/guide.md': 'Install 0.7.0\n',
    });
    commitAll(workspace);
    writeFileSync(join(workspace, 'docs/untracked.md'), 'local 0.7.0\n');
    const result = await bump(workspace, {
      mode: 'release',
      version: '0.8.0',
      docs: '**/*.md',
      'previous-release': '0.7.0',
    });
    expect(exitOf(result)).toBe(0);
    expect(JSON.parse(result.outputs['changed-files'] ?? '')).toEqual(['README.md', 'docs/guide.md']);
    expect(readFileSync(join(workspace, 'docs/untracked.md'), 'utf8')).toBe('local 0.7.0\n');
  });

  it('refuses a file that is not UTF-8, naming it', async () => {
    const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' version 0.7.0\n')]);
    const workspace = workspaceWith({ VERSION: '0.7.0\n', 'docs/a.md': latin1 });
    await refuses(
      workspace,
      { mode: 'release', version: '0.8.0', docs: 'docs/*.md', 'previous-release': '0.7.0' },
      'docs/a.md: is not UTF-8 text',
    );
  });

  it.each([
    ['version = """0.1.0"""', 'pyproject.toml:3: [project] version is a multi-line string'],
    ['version = ""', 'pyproject.toml:3: [project] version is empty'],
    ['version = "0.1.0" extra', 'is not a plain quoted string followed by nothing but a comment'],
  ])('refuses pyproject.toml %s', async (line, message) => {
    const workspace = workspaceWith({ 'pyproject.toml': `[project]\nname = "x"\n${line}\n` });
    await refuses(workspace, { mode: 'release', version: '0.2.0' }, message);
  });

  it('a pyproject.toml without a version does not make the project PEP 440', async () => {
    const workspace = workspaceWith({
      'pyproject.toml': '[tool.ruff]\nline-length = 100\n',
      VERSION: 'v0.1.0\n',
    });
    const result = await bump(workspace, { mode: 'next-dev', version: '0.1.0' });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('v0.2.0-dev.0\n');
  });

  it('names a duplicated JSON key and both its lines', async () => {
    const workspace = workspaceWith({
      'package.json': '{\n  "version": "0.1.0",\n  "version": "0.1.0"\n}\n',
    });
    await refuses(
      workspace,
      { mode: 'release', version: '0.2.0' },
      'package.json:3: has the key version twice (lines 2 and 3)',
    );
  });
});
