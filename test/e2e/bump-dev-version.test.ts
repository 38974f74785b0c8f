/**
 * bump-dev-version run as the runner runs it (dist bundle, Node 24) on fixture trees modelled on the
 * seeds, each compared byte for byte with its expected tree, and its clear errors. The push and pull
 * request path is in bump-dev-version-push.test.ts, the refusals in bump-dev-version-guards.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitOf } from '../harness/runner.js';
import { bump, expectTree, readTree, VALUES_TARGET, workspaceOf } from './bump-dev-version-helpers.js';

describe('seed 003: os-vim-driver', () => {
  it('sets the release version in pkg_info.json, Chart.yaml and values.yaml, then the next development version', async () => {
    const workspace = workspaceOf('os-vim-driver');
    const release = await bump(workspace, { mode: 'release', version: '0.2.0', targets: VALUES_TARGET });
    expect(exitOf(release)).toBe(0);
    expectTree(workspace, 'os-vim-driver', 'expected-release-0.2.0');
    expect(release.outputs.version).toBe('0.2.0');
    expect(release.outputs['previous-version']).toBe('0.2.0.dev0');
    expect(JSON.parse(release.outputs['changed-files'] ?? '')).toEqual([
      'osvimdriver/pkg_info.json',
      'helm/os-vim-driver/Chart.yaml',
      'helm/os-vim-driver/values.yaml',
    ]);
    expect(release.summary).toContain(
      '| helm/os-vim-driver/Chart.yaml | 6 | version | 0.2.0-dev.0 | 0.2.0 |',
    );

    // After the release, on its tag: the version comes from the tag, the next one is a minor bump.
    const next = await bump(
      workspace,
      { mode: 'next-dev', targets: VALUES_TARGET },
      { ref: 'refs/tags/v0.2.0' },
    );
    expect(exitOf(next)).toBe(0);
    expectTree(workspace, 'os-vim-driver', 'expected-next-dev-after-0.2.0');
    expect(next.outputs['next-dev-version']).toBe('0.3.0.dev0');
    expect(next.outputs['previous-version']).toBe('0.2.0');
    expect(next.summary).toContain('Next development version 0.3.0.dev0');

    // 0.3.0.dev0 in PEP 440 files and 0.3.0-dev.0 in Chart.yaml are one version.
    const verify = await bump(workspace, { mode: 'verify', targets: VALUES_TARGET });
    expect(exitOf(verify)).toBe(0);
    expect(verify.outputs.mismatches).toBe('[]');
    expect(verify.summary).toContain('all 4 agree on 0.3.0.dev0');
  });

  it('writes 0.2.0.dev0 into Chart.yaml when chart-version is project (Helm before 3.5.2)', async () => {
    const workspace = workspaceOf('os-vim-driver', 'expected-release-0.2.0');
    const result = await bump(workspace, {
      mode: 'next-dev',
      version: '0.2.0',
      'chart-version': 'project',
      increment: 'patch',
    });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'helm/os-vim-driver/Chart.yaml'), 'utf8')).toContain(
      '\nversion: 0.2.1.dev0\n',
    );
  });

  it('verify fails listing each mismatch as file:line, with an annotation, and sets the mismatches output', async () => {
    const workspace = workspaceOf('os-vim-driver');
    const values = join(workspace, 'helm/os-vim-driver/values.yaml');
    writeFileSync(values, readFileSync(values, 'utf8').replace("version: '0.2.0.dev0'", "version: '0.1.0'"));
    const result = await bump(workspace, { mode: 'verify', version: '0.2.0.dev0', targets: VALUES_TARGET });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      '1 version reference(s) disagree with 0.2.0.dev0: helm/os-vim-driver/values.yaml:6',
    );
    expect(result.annotations).toContainEqual({
      level: 'error',
      // The annotation carries the location; the message does not repeat it (issue 16 item 8).
      message: 'docker.version holds 0.1.0, expected 0.2.0.dev0',
      properties: { file: 'helm/os-vim-driver/values.yaml', line: '6', title: 'Version mismatch' },
    });
    expect(JSON.parse(result.outputs.mismatches ?? '')).toEqual([
      {
        file: 'helm/os-vim-driver/values.yaml',
        line: 6,
        key: 'docker.version',
        found: '0.1.0',
        expected: '0.2.0.dev0',
      },
    ]);
  });

  it('verifies when no mode is given, and writes nothing', async () => {
    const workspace = workspaceOf('os-vim-driver');
    const result = await bump(workspace, {});
    expect(exitOf(result)).toBe(0);
    // values.yaml's docker.version holds the current version: a reference, detected (issue 16 item 5).
    expect(result.summary).toContain('all 4 agree on 0.2.0.dev0');
    expect(result.summary).toContain('| helm/os-vim-driver/Chart.yaml | 6 | version | 0.2.0-dev.0 |');
    expectTree(workspace, 'os-vim-driver', 'input');
  });

  it('a dry run writes nothing and still reports the changes', async () => {
    const workspace = workspaceOf('os-vim-driver');
    const result = await bump(workspace, { mode: 'release', version: '0.2.0', 'dry-run': true });
    expect(exitOf(result)).toBe(0);
    expectTree(workspace, 'os-vim-driver', 'input');
    expect(JSON.parse(result.outputs['changed-files'] ?? '')).toEqual([
      'osvimdriver/pkg_info.json',
      'helm/os-vim-driver/Chart.yaml',
      'helm/os-vim-driver/values.yaml',
    ]);
    expect(result.summary).toContain('dry run');
  });
});

describe('seed 002: promo-tools dependencies.yaml', () => {
  it('updates the dependency and every line its refPaths select, then verify-dependencies agrees', async () => {
    const workspace = workspaceOf('promo-tools');
    const result = await bump(workspace, { mode: 'release', version: 'v4.6.0' });
    expect(exitOf(result)).toBe(0);
    expectTree(workspace, 'promo-tools', 'expected-release-4.6.0');
    expect(result.outputs.version).toBe('4.6.0');
    expect(result.outputs['previous-version']).toBe('4.5.1');
    const verify = await bump(workspace, { mode: 'verify' });
    expect(exitOf(verify)).toBe(0);
  });

  it("verify implements zeitgeist's local check: a selected line without the version, a match selecting none", async () => {
    const workspace = workspaceOf('promo-tools');
    const status = join(workspace, 'workspace_status.sh');
    writeFileSync(
      status,
      readFileSync(status, 'utf8').replace('STABLE_IMG_VERSION v4.5.1', 'STABLE_IMG_VERSION v4.5.0'),
    );
    const build = join(workspace, 'cloudbuild.yaml');
    writeFileSync(
      build,
      readFileSync(build, 'utf8').replace("_IMG_VERSION: 'v4.5.1-0'", '_IMG_VERSION: v4.5.1'),
    );
    const result = await bump(workspace, { mode: 'verify' });
    expect(result.exitCode).toBe(1);
    const mismatches = JSON.parse(result.outputs.mismatches ?? '') as {
      file: string;
      line: number;
      found: string;
    }[];
    expect(mismatches.map((m) => [m.file, m.line, m.found])).toEqual([
      ['cloudbuild.yaml', 0, '(no line matches)'],
      ['workspace_status.sh', 15, 'STABLE_IMG_VERSION v4.5.0'],
    ]);
    expect(result.log).toContain('disagree with 4.5.1: cloudbuild.yaml, workspace_status.sh:15');
  });

  it('refuses to release when a selected line does not hold the old version, and writes nothing', async () => {
    const workspace = workspaceOf('promo-tools');
    const status = join(workspace, 'workspace_status.sh');
    writeFileSync(
      status,
      readFileSync(status, 'utf8').replace('STABLE_IMG_VERSION v4.5.1', 'STABLE_IMG_VERSION v4.5.0'),
    );
    const before = readTree(workspace, false);
    const result = await bump(workspace, { mode: 'release', version: '4.6.0' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      'workspace_status.sh:15: line 15 is selected by /STABLE_IMG_VERSION/ but does not contain 4.5.1',
    );
    expect(readTree(workspace, false)).toEqual(before);
  });
});

describe('seed 001: CITATION.cff and docs', () => {
  it('sets version, date-released and commit, and whole version strings in the docs', async () => {
    const workspace = workspaceOf('cloud-api-adaptor');
    const result = await bump(workspace, {
      mode: 'release',
      version: 'v0.8.0',
      'previous-release': '0.7.0',
      docs: 'docs/**/*.md',
      'release-date': '2023-10-05',
      'release-sha': '9e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b',
    });
    expect(exitOf(result)).toBe(0);
    expectTree(workspace, 'cloud-api-adaptor', 'expected-release-0.8.0');
  });

  it('takes the previous release from the tags and the date from today', async () => {
    const workspace = workspaceOf('cloud-api-adaptor');
    const git = (...args: string[]): string =>
      execFileSync('git', args, { cwd: workspace, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'x');
    for (const tag of ['v0.6.0', 'v0.7.0', 'v0.9.0']) git('tag', tag);
    const result = await bump(
      workspace,
      { mode: 'release', version: '0.8.0', docs: 'docs/*.md' },
      { sha: 'a'.repeat(40) },
    );
    expect(exitOf(result)).toBe(0);
    const cff = readFileSync(join(workspace, 'CITATION.cff'), 'utf8');
    expect(cff).toContain(`\ndate-released: ${new Date().toISOString().slice(0, 10)}\n`);
    expect(cff).toContain(`\ncommit: "${'a'.repeat(40)}"\n`);
    expect(readFileSync(join(workspace, 'docs/getting-started.md'), 'utf8')).toContain(
      'export CAA_VERSION=v0.8.0',
    );
  });
});

describe('clear errors, before anything is written', () => {
  it.each([
    [
      { mode: 'release', version: 'latest' },
      'Input \'version\' got "latest": expected a SemVer or PEP 440 version',
    ],
    [{ mode: 'release' }, "Input 'version' is empty: expected the release version"],
    [
      { mode: 'publish', version: '1.0.0' },
      "Input 'mode' got \"publish\": expected one of 'verify', 'release', 'next-dev'",
    ],
    [{ mode: 'release', version: '1.0.0', targets: 'a.yaml: /no group/' }, 'has 0 capture groups'],
    [{ mode: 'release', version: '1.0.0', targets: '../outside.yaml: version' }, "Input 'targets' got"],
    [{ mode: 'release', version: '1.0.0', targets: 'missing.yaml: version' }, 'missing.yaml: no such file'],
    [
      { mode: 'release', version: '1.0.0', targets: 'helm/os-vim-driver/values.yaml: docker.tag' },
      'helm/os-vim-driver/values.yaml: has no key docker.tag',
    ],
    [
      { mode: 'release', version: '1.0.post1' },
      'helm/os-vim-driver/Chart.yaml:6 version: cannot write 1.0.post1 there',
    ],
    [{ mode: 'next-dev', version: '1.2.3rc1', increment: 'patch' }, 'which does not sort above it'],
    [{ mode: 'release', version: '1.0.0', 'release-date': '05/10/2023' }, "Input 'release-date'"],
    [{ mode: 'verify', push: 'branch' }, 'Input \'push\' got "branch": expected none when mode is verify'],
    [{ mode: 'release', version: '1.0.0', 'release-sha': 'HEAD' }, 'Input \'release-sha\' got "HEAD"'],
  ])('%j', async (inputs, message) => {
    const workspace = workspaceOf('os-vim-driver');
    const before = readTree(workspace, false);
    const result = await bump(workspace, inputs);
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(message);
    expect(result.log).not.toMatch(/^\s+at /m);
    expect(readTree(workspace, false)).toEqual(before);
  });

  it('next-dev without a version needs the targets to agree on one', async () => {
    const workspace = workspaceOf('os-vim-driver', 'expected-release-0.2.0');
    const values = join(workspace, 'helm/os-vim-driver/values.yaml');
    writeFileSync(values, readFileSync(values, 'utf8').replace("version: '0.2.0'", "version: '0.1.0'"));
    const result = await bump(workspace, { mode: 'next-dev', targets: VALUES_TARGET });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      'The targets disagree on the version (helm/os-vim-driver/values.yaml:6 holds 0.1.0; osvimdriver/pkg_info.json holds 0.2.0): set the version input',
    );
  });

  it('names the line of unparseable YAML and JSON', async () => {
    const workspace = workspaceOf('os-vim-driver');
    writeFileSync(
      join(workspace, 'helm/os-vim-driver/Chart.yaml'),
      'apiVersion: v1\nversion: [0.1.0\nname: x\n',
    );
    let result = await bump(workspace, { mode: 'release', version: '1.0.0' });
    expect(result.log).toMatch(/helm\/os-vim-driver\/Chart\.yaml:\d: is not valid YAML \(line \d\)/);
    writeFileSync(join(workspace, 'osvimdriver/pkg_info.json'), '{\n  "version": "0.1.0",\n}\n');
    result = await bump(workspace, { mode: 'release', version: '1.0.0' });
    expect(result.log).toContain(
      'osvimdriver/pkg_info.json:3: is not valid JSON (line 3): expected a key in double quotes',
    );
  });
});

describe('seed 001 without a commit to cite', () => {
  it('asks for release-sha rather than writing an empty commit', async () => {
    const workspace = workspaceOf('cloud-api-adaptor');
    const result = await bump(workspace, { mode: 'release', version: '0.8.0' }, { sha: '' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      'CITATION.cff: no release commit to cite (GITHUB_SHA is empty): set release-sha',
    );
    expectTree(workspace, 'cloud-api-adaptor', 'input');
  });
});
