/**
 * Issue 16: what a first run on the seed projects' real repositories got wrong, on fixtures in their
 * shape (promo-tools at its v4.5.1 release prep, the OpenStack VIM driver around 2.1.0/2.2.0, and
 * its IBM successor's templated chart), through the bundle with no input beyond the version.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitOf, type RunResult } from '../harness/runner.js';
import { bump, expectTree, readTree, workspaceOf, workspaceWith } from './bump-dev-version-helpers.js';

const promo = (variant = 'input'): string => workspaceOf('promo-tools-4.5', variant);
const run = (workspace: string, inputs: Record<string, string>): Promise<RunResult> =>
  bump(workspace, inputs, { repository: 'kubernetes-sigs/promo-tools' });

/** The rows of the last markdown table in a summary (its header and divider left out). */
function lastTable(summary: string): string[] {
  const lines = summary.split('\n');
  const divider = lines.map((l) => l.startsWith('| ---')).lastIndexOf(true);
  const rows: string[] = [];
  for (const line of lines.slice(divider + 1)) {
    if (!line.startsWith('| ')) break;
    rows.push(line);
  }
  return rows;
}

function edit(workspace: string, path: string, from: string, to: string): void {
  const file = join(workspace, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('promo-tools from version: 4.5.1 alone (item 4)', () => {
  it.each(['4.5.1', 'v4.5.1'])('version %s gives the release-prep commit byte for byte', async (version) => {
    const workspace = promo();
    const result = await run(workspace, { mode: 'release', version });
    expect(exitOf(result)).toBe(0);
    expectTree(workspace, 'promo-tools-4.5', 'expected-release-4.5.1');
    expect(result.outputs['previous-version']).toBe('4.5.0');
    expect(result.summary).toContain(
      'dependencies.yaml: "repo release version" is the project\'s version (it holds the current version 4.5.0 and its refPaths include VERSION)',
    );
    expect(result.summary).toContain(
      '"registry.k8s.io/artifact-promoter/kpromo" is the release plus an image revision: v4.5.0-0 → v4.5.1-0',
    );
    expect(result.summary).toContain(
      '| dependencies.yaml | 37 | dependency "registry.k8s.io/artifact-promoter/kpromo" | v4.5.0-0 | v4.5.1-0 |',
    );
    // Then the repository's own check agrees, and verify lists every reference it counted.
    const verify = await run(workspace, { mode: 'verify' });
    expect(exitOf(verify)).toBe(0);
    const counted = /all (\d+) agree on 4\.5\.1/.exec(verify.summary)?.[1];
    expect(counted).toBeDefined();
    expect(lastTable(verify.summary)).toHaveLength(Number(counted));
    expect(verify.summary).toContain('| dependencies.yaml | 4 | dependency "repo release version" | 4.5.1 |');
    expect(verify.summary).not.toContain('version version');
  });

  it('next-dev leaves the image dependency at the released image', async () => {
    const workspace = promo('expected-release-4.5.1');
    // The project's own match must accept a development version for next-dev to go ahead.
    const result = await run(workspace, { mode: 'next-dev', version: '4.5.1' });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('4.6.0-dev.0\n');
    const deps = readFileSync(join(workspace, 'dependencies.yaml'), 'utf8');
    expect(deps).toContain('    version: 4.6.0-dev.0\n');
    expect(deps).toContain('    version: v4.5.1-0\n');
    expect(readFileSync(join(workspace, 'cloudbuild.yaml'), 'utf8')).toContain("_IMG_VERSION: 'v4.5.1-0'");
  });

  it('when the project’s dependency cannot be told, the error names the input and the values to give', async () => {
    const workspace = promo();
    edit(
      workspace,
      'dependencies.yaml',
      '  # Kubernetes repo-infra',
      '  - name: "release notes"\n    version: 4.5.0\n    refPaths:\n    - path: VERSION\n\n  # Kubernetes repo-infra',
    );
    const before = readTree(workspace, false);
    const result = await run(workspace, { mode: 'release', version: '4.5.1' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `Input 'dependency' is empty: expected the dependencies.yaml entry that is this project's version: "repo release version" or "release notes"`,
    );
    expect(readTree(workspace, false)).toEqual(before);
  });
});

describe('which zeitgeist (item 9)', () => {
  /** A Dockerfile with a second Go stage: one line the golang match selects does not hold 1.26. */
  function twoGoStages(workspace: string): void {
    edit(
      workspace,
      'Dockerfile',
      'FROM gcr.io/distroless',
      'FROM golang:1.25.8-trixie AS legacy-tools\nRUN go install example.com/tool@v1\n\nFROM gcr.io/distroless',
    );
  }

  it('follows the pinned v0.5.4: one selected line holding the version is enough', async () => {
    const workspace = promo();
    twoGoStages(workspace);
    const verify = await run(workspace, { mode: 'verify' });
    expect(exitOf(verify)).toBe(0);
    expect(verify.summary).toContain(
      'zeitgeist rule: a refPath agrees when one line its match selects holds the version (zeitgeist v0.5.4, pinned in hack/verify-dependencies.sh:7; v0.6.0 and later want every selected line to hold it)',
    );
    expect(exitOf(await run(workspace, { mode: 'release', version: '4.5.1' }))).toBe(0);
  });

  it('follows a pinned v0.6.1: every selected line must hold the version', async () => {
    const workspace = promo();
    twoGoStages(workspace);
    edit(workspace, 'hack/verify-dependencies.sh', 'VERSION=v0.5.4', 'VERSION=v0.6.1');
    edit(workspace, 'dependencies.yaml', 'version: 0.5.4', 'version: 0.6.1');
    // zeitgeist v0.6.0 and later refuse a refPath without a match.
    const unmatched = await run(workspace, { mode: 'verify' });
    expect(unmatched.exitCode).toBe(1);
    expect(JSON.parse(unmatched.outputs.mismatches ?? '')).toContainEqual({
      file: 'dependencies.yaml',
      line: 6,
      key: 'dependency "repo release version" refPath',
      found: '(no match)',
      expected: 'a match: zeitgeist v0.6.0 and later refuse a refPath without one',
    });
    edit(
      workspace,
      'dependencies.yaml',
      '    - path: VERSION\n',
      '    - path: VERSION\n      match: \\d+\\.\\d+\\.\\d+\n',
    );
    const verify = await run(workspace, { mode: 'verify' });
    expect(verify.exitCode).toBe(1);
    expect(JSON.parse(verify.outputs.mismatches ?? '')).toEqual([
      {
        file: 'Dockerfile',
        line: 7,
        key: 'dependency "golang: image" refPath /FROM golang:\\d+.\\d+(rc)?\\.?(\\d+)-(trixie)/',
        found: 'FROM golang:1.25.8-trixie AS legacy-tools',
        expected: '1.26',
      },
    ]);
    expect(verify.summary).toContain(
      "zeitgeist rule: every line a refPath's match selects must hold the version (zeitgeist v0.6.1, pinned in hack/verify-dependencies.sh:7)",
    );
  });

  it('is lenient when nothing says which zeitgeist runs', async () => {
    const workspace = promo();
    twoGoStages(workspace);
    rmSync(join(workspace, 'hack/verify-dependencies.sh'));
    edit(
      workspace,
      'dependencies.yaml',
      '  - name: "zeitgeist"\n    version: 0.5.4\n    refPaths:\n    - path: hack/verify-dependencies.sh\n      match: VERSION=v(?P<major>0|[1-9]\\d*)\\.(?P<minor>0|[1-9]\\d*)\\.(?P<patch>0|[1-9]\\d*)\n',
      '',
    );
    const verify = await run(workspace, { mode: 'verify' });
    expect(exitOf(verify)).toBe(0);
    expect(verify.summary).toContain(
      '(no zeitgeist version is pinned in the Makefile, scripts or dependencies.yaml: the rule of zeitgeist before v0.6.0)',
    );
  });
});

describe('seed 003 from defaults: values.yaml (item 5)', () => {
  it('next-dev after 2.1.0 changes docker.version with the other files, and says it found it', async () => {
    const workspace = workspaceOf('os-vim-driver-2.x', 'at-2.1.0');
    const result = await bump(workspace, { mode: 'next-dev' }, { ref: 'refs/tags/2.1.0' });
    expect(exitOf(result)).toBe(0);
    expectTree(workspace, 'os-vim-driver-2.x', 'expected-next-dev-after-2.1.0');
    expect(result.summary).toContain(
      'Found in chart values: `helm/os-vim-driver/values.yaml` docker.version (it holds the current version 2.1.0; `!helm/os-vim-driver/values.yaml: docker.version` in targets leaves it out)',
    );
  });

  it('release 2.2.0 from what the maintainers committed (Chart.yaml 2.2.0.dev0) sets every file', async () => {
    const workspace = workspaceOf('os-vim-driver-2.x', 'maintainers-2.2.0.dev0');
    const result = await bump(workspace, { mode: 'release', version: '2.2.0' });
    expect(exitOf(result)).toBe(0);
    expectTree(workspace, 'os-vim-driver-2.x', 'expected-release-2.2.0');
  });

  it("verify catches a values.yaml the release forgot: the tag of the chart's own image", async () => {
    const workspace = workspaceOf('os-vim-driver-2.x', 'expected-release-2.2.0');
    edit(workspace, 'helm/os-vim-driver/values.yaml', '  version: 2.2.0', '  version: 2.1.0');
    const result = await bump(workspace, { mode: 'verify' }, { ref: 'refs/tags/2.2.0' });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs.mismatches ?? '')).toEqual([
      {
        file: 'helm/os-vim-driver/values.yaml',
        line: 9,
        key: 'docker.version',
        found: '2.1.0',
        expected: '2.2.0',
      },
    ]);
    expect(result.summary).toContain(
      "Found in chart values: `helm/os-vim-driver/values.yaml` docker.version (the tag of the chart's own image accanto/os-vim-driver;",
    );
    // The sidecar's tag (another image) and Helm's `tag: ""` are no references.
    edit(workspace, 'helm/os-vim-driver/values.yaml', '  version: 2.1.0', '  version: 2.2.0');
    edit(workspace, 'helm/os-vim-driver/values.yaml', '  tag: 7.9.3', '  tag: ""');
    const fixed = await bump(workspace, { mode: 'verify' }, { ref: 'refs/tags/2.2.0' });
    expect(exitOf(fixed)).toBe(0);
    expect(fixed.summary).toContain('all 4 agree on 2.2.0');
    expect(fixed.summary).not.toContain('logShipper');
  });

  it('an exclude in targets leaves it alone', async () => {
    const workspace = workspaceOf('os-vim-driver-2.x', 'at-2.1.0');
    const result = await bump(workspace, {
      mode: 'release',
      version: '2.2.0',
      targets: '!helm/os-vim-driver/values.yaml: docker.version',
    });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'helm/os-vim-driver/values.yaml'), 'utf8')).toContain(
      '  version: 2.1.0\n',
    );
    expect(JSON.parse(result.outputs['changed-files'] ?? '')).toEqual([
      'osvimdriver/pkg_info.json',
      'helm/os-vim-driver/Chart.yaml',
    ]);
  });
});

describe('verify refuses what Helm refuses (item 6)', () => {
  it('reports Chart.yaml version 2.2.0.dev0 with the Helm reason and the value to write', async () => {
    const workspace = workspaceOf('os-vim-driver-2.x', 'maintainers-2.2.0.dev0');
    const result = await bump(workspace, { mode: 'verify' });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs.mismatches ?? '')).toEqual([
      {
        file: 'helm/os-vim-driver/Chart.yaml',
        line: 2,
        key: 'version',
        found: '2.2.0.dev0',
        expected: '2.2.0-dev.0',
        reason:
          'a chart version must be SemVer 2: Helm 3.5.2 and later refuse this chart (chart.metadata.version "2.2.0.dev0" is invalid)',
      },
    ]);
    expect(result.annotations).toContainEqual({
      level: 'error',
      message:
        'version holds 2.2.0.dev0: a chart version must be SemVer 2: Helm 3.5.2 and later refuse this chart (chart.metadata.version "2.2.0.dev0" is invalid); write 2.2.0-dev.0',
      properties: { file: 'helm/os-vim-driver/Chart.yaml', line: '2', title: 'Version mismatch' },
    });
  });
});

describe('templated files (item 7)', () => {
  it('verify reports ${…} placeholders as templated and passes', async () => {
    const workspace = workspaceOf('os-vim-driver-ibm');
    const result = await bump(workspace, {
      mode: 'verify',
      targets: 'helm/os-vim-driver/values.yaml: docker.version',
    });
    expect(exitOf(result)).toBe(0);
    expect(result.summary).toContain('all 1 agree on 3.5.4.dev0');
    expect(result.summary).toContain(
      '| helm/os-vim-driver/Chart.yaml | 2 | version | ${version} | templated: skipped |',
    );
    expect(result.summary).toContain(
      '| helm/os-vim-driver/values.yaml | 7 | docker.version | ${image\\_version} | templated: skipped |',
    );
  });

  it('release writes the files that hold a version and leaves the placeholders', async () => {
    const workspace = workspaceOf('os-vim-driver-ibm');
    const result = await bump(workspace, { mode: 'release', version: '3.5.4' });
    expect(exitOf(result)).toBe(0);
    expectTree(workspace, 'os-vim-driver-ibm', 'expected-release-3.5.4');
  });

  it('{{ … }} is a placeholder too', async () => {
    const workspace = workspaceWith({
      VERSION: '0.1.0\n',
      'deploy/values.yaml': 'image:\n  tag: "{{ .Chart.AppVersion }}"\n',
    });
    const result = await bump(workspace, {
      mode: 'release',
      version: '0.2.0',
      targets: 'deploy/values.yaml: image.tag',
    });
    expect(exitOf(result)).toBe(0);
    expect(readFileSync(join(workspace, 'deploy/values.yaml'), 'utf8')).toBe(
      'image:\n  tag: "{{ .Chart.AppVersion }}"\n',
    );
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('0.2.0\n');
  });
});

describe('output (item 8)', () => {
  it('a mismatch names its location once', async () => {
    const workspace = promo();
    edit(workspace, 'VERSION', '4.5.0', '4.4.9');
    const result = await run(workspace, { mode: 'verify', version: '4.5.0' });
    expect(result.exitCode).toBe(1);
    const messages = result.annotations.map((a) => a.message);
    expect(messages).toContain('(file) holds 4.4.9, expected 4.5.0');
    for (const message of messages) expect(message).not.toMatch(/^VERSION:1/);
  });
});
