import { afterAll, describe, expect, it } from '@jest/globals';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { report } from './problems.js';
import { REPO_ROOT } from './repo-files.js';
import { runScripts } from './run-scripts.js';
import {
  contextReferences,
  injectionProblems,
  permissionProblems,
  pinningProblems,
  unpinnedReason,
  untrustedReason,
} from './security.js';
import { loadTargets } from './targets.js';

afterAll(removeRepos);

describe('security', () => {
  const targets = loadTargets(REPO_ROOT);
  const all = [...targets.workflows, ...targets.actions];

  it('run: scripts take untrusted values only through env:', () => {
    expect(report([...targets.problems, ...injectionProblems(all.flatMap(runScripts))])).toEqual([]);
  });

  it('every workflow declares permissions:, never write-all', () => {
    expect(report(targets.workflows.flatMap(permissionProblems))).toEqual([]);
  });

  it('every third-party action and reusable workflow is pinned to a commit SHA', () => {
    expect(report(all.flatMap(pinningProblems))).toEqual([]);
  });

  it('catches injection, missing permissions and unpinned actions', () => {
    const root = makeRepo({
      '.github/workflows/bad.yml': lines(
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    permissions: write-all',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0',
        '      - uses: docker://alpine:3',
        '      - uses: octo/release-actions/actions/create-release@v1',
        '      - run: |',
        '          echo "${{ github.workspace }} ${{ runner.temp }}"',
        '          echo "${{ github.event.pull_request.title }}"',
        '          echo "${{ github.head_ref }}"',
        '  test:',
        '    uses: other/repo/.github/workflows/x.yml@main',
      ),
      'actions/comp/action.yml': lines(
        'name: comp',
        'description: d',
        'runs:',
        '  using: composite',
        '  steps:',
        '    - shell: bash',
        '      run: echo "${{ inputs.tag }}"',
      ),
    });
    const { workflows, actions } = loadTargets(root);
    const files = [...workflows, ...actions];
    expect(report(injectionProblems(files.flatMap(runScripts)))).toEqual([
      '.github/workflows/bad.yml:13: run script in jobs.build.steps[4] interpolates ${{ github.event.pull_request.title }}: ' +
        'it is untrusted (set by whoever triggers the event); pass github.event.pull_request.title through env: and use "$VARIABLE"',
      '.github/workflows/bad.yml:14: run script in jobs.build.steps[4] interpolates ${{ github.head_ref }}: ' +
        'it is untrusted (set by whoever triggers the event); pass github.head_ref through env: and use "$VARIABLE"',
      'actions/comp/action.yml:7: run script in runs.steps[0] interpolates ${{ inputs.tag }}: ' +
        'inputs are chosen by the caller; pass inputs.tag through env: and use "$VARIABLE"',
    ]);
    expect(report(files.flatMap(permissionProblems))).toEqual([
      '.github/workflows/bad.yml:5: job "build" has permissions: write-all; grant only the scopes it needs',
      '.github/workflows/bad.yml:15: job "test" has no permissions: and the workflow declares none at top level',
    ]);
    expect(report(files.flatMap(pinningProblems))).toEqual([
      '.github/workflows/bad.yml:7: jobs.build.steps[0]: uses "actions/checkout@v5" is not pinned to a full 40-hex commit SHA',
      '.github/workflows/bad.yml:9: jobs.build.steps[2]: uses "docker://alpine:3" is not pinned to an image digest (@sha256:...)',
      '.github/workflows/bad.yml:16: jobs.test: uses "other/repo/.github/workflows/x.yml@main" is not pinned to a full 40-hex commit SHA',
    ]);
  });

  it('flags top-level write-all', () => {
    const root = makeRepo({
      '.github/workflows/w.yml': lines(
        'on: push',
        'permissions: write-all',
        'jobs:',
        '  a:',
        '    runs-on: x',
      ),
    });
    expect(report(loadTargets(root).workflows.flatMap(permissionProblems))).toEqual([
      '.github/workflows/w.yml:2: top-level permissions: write-all; grant only the scopes the jobs need',
    ]);
  });
});

describe('security helpers', () => {
  it('finds context references, not functions or string contents', () => {
    expect(contextReferences("format('{0} inputs.x', inputs.tag) && github.event.issue.title")).toEqual([
      'inputs.tag',
      'github.event.issue.title',
    ]);
    expect(contextReferences("steps.meta.outputs['version'] || matrix.os")).toEqual([
      "steps.meta.outputs['']",
      'matrix.os',
    ]);
  });

  it('trusts GitHub-set values only', () => {
    const verdicts = [
      'github.sha',
      'runner.temp',
      'matrix.os',
      'github.ref_name',
      'secrets.TOKEN',
      'env.X',
    ].map((ref) => untrustedReason(ref) === undefined);
    expect(verdicts).toEqual([true, true, true, false, false, false]);
  });

  it('accepts local, own-repository and SHA-pinned uses', () => {
    expect(
      [
        './actions/create-release',
        'octo/release-actions/.github/workflows/release.yml@v1',
        'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
        'actions/checkout@v5',
      ].map((uses) => unpinnedReason(uses) === undefined),
    ).toEqual([true, true, true, false]);
  });
});
