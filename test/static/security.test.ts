import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { report } from './problems.js';
import { OWN_REPOSITORY, REPO_ROOT } from './repo-files.js';
import { artipackedProblems, dangerousTriggerProblems } from './checkouts.js';
import { contextReferences, untrustedReason } from './contexts.js';
import { permissionProblems } from './permissions.js';
import { githubScripts, runScripts } from './run-scripts.js';
import { envFileProblems, injectionProblems } from './security.js';
import { loadTargets } from './targets.js';
import { compositeLocalUsesProblems, pinningProblems, unpinnedReason } from './uses.js';
import type { YamlFile } from './yaml-doc.js';

afterAll(removeRepos);

const sinks = (files: readonly YamlFile[]) => [...files.flatMap(runScripts), ...files.flatMap(githubScripts)];

/** dangerous-triggers and artipacked together: what the checkout rule reported before they were split. */
const checkoutProblems = (file: YamlFile) => [
  ...dangerousTriggerProblems(file, runScripts(file)),
  ...artipackedProblems(file),
];

describe('security', () => {
  const targets = loadTargets(REPO_ROOT);
  const all = [...targets.workflows, ...targets.actions];

  it('run: scripts and github-script take untrusted values only through env:', () => {
    expect(report([...targets.problems, ...injectionProblems(sinks(all))])).toEqual([]);
  });

  it('run: scripts write no untrusted value to $GITHUB_ENV or $GITHUB_PATH', () => {
    expect(report(envFileProblems(all.flatMap(runScripts)))).toEqual([]);
  });

  it('every workflow declares permissions:, never write-all, never empty', () => {
    expect(report(targets.workflows.flatMap(permissionProblems))).toEqual([]);
  });

  it('every third-party action and reusable workflow is pinned to a commit SHA', () => {
    expect(report(all.flatMap(pinningProblems))).toEqual([]);
  });

  it('checkouts keep no credentials and never take a pull request head into a privileged run', () => {
    expect(report(all.flatMap(checkoutProblems))).toEqual([]);
  });

  it('composite actions use no ./ path', () => {
    expect(report(targets.actions.flatMap(compositeLocalUsesProblems))).toEqual([]);
  });

  it(`OWN_REPOSITORY (${OWN_REPOSITORY}) is the repository the README's uses: examples name`, () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const named = [...readme.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)\/(?:actions|\.github\/workflows)\//g)].map(
      (m) => m[1],
    );
    expect(named.length).toBeGreaterThan(0);
    expect([...new Set(named)]).toEqual([OWN_REPOSITORY]);
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
        '      - uses: evil/release-actions/actions/create-release@v1',
        '      - run: |',
        '          echo "${{ github.workspace }} ${{ runner.temp }}"',
        '          echo "${{ github.event.pull_request.title }}"',
        '          echo "${{ github.head_ref }}"',
        '  test:',
        '    uses: other/repo/.github/workflows/x.yml@main',
        '  own:',
        '    permissions: {}',
        '    uses: release-actions/release-actions/.github/workflows/x.yml@v1',
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
      '.github/workflows/bad.yml:10: jobs.build.steps[3]: uses "evil/release-actions/actions/create-release@v1" is not pinned to a full 40-hex commit SHA',
      '.github/workflows/bad.yml:16: jobs.test: uses "other/repo/.github/workflows/x.yml@main" is not pinned to a full 40-hex commit SHA',
    ]);
  });

  it('catches injection in github-script, untrusted-only values, and }} inside a string literal', () => {
    const root = makeRepo({
      '.github/workflows/w.yml': lines(
        'on:',
        '  issue_comment:',
        '  workflow_dispatch:',
        '    inputs:',
        '      dry: { type: boolean }',
        '      count: { type: number }',
        '      name: { type: string }',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7',
        '        with:',
        '          script: |',
        '            const n = ${{ github.event.issue.number }};',
        '            core.info(`${{ github.event.comment.body }}`);',
        '      - uses: actions/github-script@v6',
        '        with:',
        "          script: console.log('${{ github.workflow_ref }}')",
        '      - run: |',
        '          echo ${{ github.event.pull_request.number }} ${{ github.event.issue.id }}',
        '          echo ${{ github.event.workflow_run.workflow_id }} ${{ github.event.number }}',
        "          echo ${{ contains(github.event.comment.body, 'x') }} ${{ startsWith(github.head_ref, 'a') }}",
        "          echo ${{ github.event.comment.body == 'y' }} ${{ github.event.issue.title != 'z' }}",
        "          echo ${{ inputs.dry }} ${{ inputs.count }} ${{ github.event_name == 'push' && 'a' || 'b' }}",
        '          echo ${{ inputs.name }}',
        "          echo ${{ format('}}', github.event.comment.body) }}",
        "          echo ${{ github.event.comment.body == 'y' && github.event.issue.title }}",
        '          echo ${{ github.event.client_payload.run_id }} ${{ github.event.inputs.build_id }}',
        '          echo ${{ GitHub.Event.Issue.Title }} ${{ toJSON(github.event.issue.labels.*.name) }}',
      ),
    });
    const { workflows } = loadTargets(root);
    const problems = report(injectionProblems(sinks(workflows)));
    const untrusted = (line: number, where: string, reference: string): RegExp =>
      new RegExp(
        `^\\.github/workflows/w\\.yml:${line}: ${where} .*: .*; pass ${reference.replace(/[.*]/g, '\\$&')} through env:`,
      );
    expect(problems).toEqual([
      expect.stringMatching(
        untrusted(17, 'github-script in jobs.a.steps\\[0\\] with.script', 'github.event.comment.body'),
      ),
      expect.stringMatching(
        untrusted(20, 'github-script in jobs.a.steps\\[1\\] with.script', 'github.workflow_ref'),
      ),
      expect.stringMatching(untrusted(27, 'run script in jobs.a.steps\\[2\\]', 'inputs.name')),
      expect.stringMatching(untrusted(28, 'run script in jobs.a.steps\\[2\\]', 'github.event.comment.body')),
      expect.stringMatching(untrusted(29, 'run script in jobs.a.steps\\[2\\]', 'github.event.issue.title')),
      expect.stringMatching(
        untrusted(30, 'run script in jobs.a.steps\\[2\\]', 'github.event.client_payload.run_id'),
      ),
      expect.stringMatching(
        untrusted(30, 'run script in jobs.a.steps\\[2\\]', 'github.event.inputs.build_id'),
      ),
      expect.stringMatching(untrusted(31, 'run script in jobs.a.steps\\[2\\]', 'github.event.issue.title')),
      expect.stringMatching(
        untrusted(31, 'run script in jobs.a.steps\\[2\\]', 'github.event.issue.labels.*.name'),
      ),
    ]);
    expect(problems[1]).toContain('read process.env.VARIABLE');
  });

  it('catches untrusted values written to $GITHUB_ENV and $GITHUB_PATH', () => {
    const root = makeRepo({
      '.github/workflows/w.yml': lines(
        'on: pull_request',
        'permissions: {}',
        'env:',
        '  TITLE: ${{ github.event.pull_request.title }}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    env:',
        '      BRANCH: ${{ github.head_ref }}',
        '      NUMBER: ${{ github.event.pull_request.number }}',
        '    steps:',
        '      - env:',
        '          DIR: ${{ github.event.pull_request.body }}',
        '          SHA: ${{ github.sha }}',
        '        run: |',
        '          echo "X=$TITLE" >> "$GITHUB_ENV"',
        '          echo "N=$NUMBER" >> "$GITHUB_ENV"',
        '          echo "S=${SHA}" >> "$GITHUB_ENV"',
        '          echo "$DIR" >> $GITHUB_PATH',
        '          echo "$TITLE"',
        '          safe="prefix-${BRANCH}"',
        '          {',
        '            echo "B=$safe"',
        '          } >> "${GITHUB_ENV}"',
        '          cat <<EOF >> "$GITHUB_ENV"',
        '          T=${TITLE}',
        '          EOF',
        '      - env:',
        '          TITLE: fixed',
        '        run: echo "X=$TITLE" >> "$GITHUB_ENV"',
      ),
    });
    const { workflows } = loadTargets(root);
    expect(report(envFileProblems(workflows.flatMap(runScripts)))).toEqual([
      expect.stringMatching(
        /^\.github\/workflows\/w\.yml:16: .* writes \$TITLE \(from \$\{\{ github\.event\.pull_request\.title \}\}\) to \$GITHUB_ENV/,
      ),
      expect.stringMatching(/^\.github\/workflows\/w\.yml:19: .* writes \$DIR .* to \$GITHUB_PATH/),
      expect.stringMatching(
        /^\.github\/workflows\/w\.yml:23: .* writes \$safe \(from \$\{\{ github\.head_ref \}\}\) to \$GITHUB_ENV/,
      ),
      expect.stringMatching(/^\.github\/workflows\/w\.yml:26: .* writes \$TITLE .* to \$GITHUB_ENV/),
    ]);
  });

  it('catches pull request heads checked out in privileged workflows, and persisted credentials', () => {
    const root = makeRepo({
      '.github/workflows/target.yml': lines(
        'on: [pull_request_target, workflow_run]',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
        '        with:',
        '          ref: ${{ github.event.pull_request.head.sha }}',
        '          persist-credentials: false',
        '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
        '        with:',
        '          ref: ${{ github.event.workflow_run.head_sha }}',
        '          persist-credentials: false',
        '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
        '        with:',
        '          ref: ${{ github.head_ref }}',
        '          persist-credentials: true',
        '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
        '        with:',
        '          persist-credentials: false',
      ),
      '.github/workflows/pr.yml': lines(
        'on: pull_request',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
        '        with:',
        '          ref: ${{ github.event.pull_request.head.sha }}',
        '          persist-credentials: false',
        '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
      ),
    });
    const { workflows } = loadTargets(root);
    expect(report(workflows.flatMap(checkoutProblems))).toEqual([
      '.github/workflows/pr.yml:11: jobs.a.steps[1]: actions/checkout without persist-credentials: false leaves the token in .git/config for every later step',
      expect.stringMatching(
        /^\.github\/workflows\/target\.yml:9: jobs\.a\.steps\[0\]: checks out the pull request's code \(ref: \$\{\{ github\.event\.pull_request\.head\.sha \}\}\) in a workflow run by pull_request_target, workflow_run/,
      ),
      expect.stringMatching(
        /^\.github\/workflows\/target\.yml:13: jobs\.a\.steps\[1\]: checks out the pull request's code \(ref: .*workflow_run\.head_sha/,
      ),
      expect.stringMatching(
        /^\.github\/workflows\/target\.yml:17: jobs\.a\.steps\[2\]: checks out the pull request's code \(ref: \$\{\{ github\.head_ref \}\}\)/,
      ),
      expect.stringMatching(
        /^\.github\/workflows\/target\.yml:18: jobs\.a\.steps\[2\]: actions\/checkout with persist-credentials: true leaves the token in \.git\/config, and the workflow runs code an outsider wrote/,
      ),
    ]);
  });

  it('catches ./ uses in a composite action', () => {
    const root = makeRepo({
      'actions/comp/action.yml': lines(
        'name: comp',
        'description: d',
        'runs:',
        '  using: composite',
        '  steps:',
        '    - uses: ./actions/other',
        `    - uses: ${OWN_REPOSITORY}/actions/other@v1`,
      ),
    });
    expect(report(loadTargets(root).actions.flatMap(compositeLocalUsesProblems))).toEqual([
      `actions/comp/action.yml:6: runs.steps[0]: composite action uses "./actions/other", which resolves in the caller's workspace; use ${OWN_REPOSITORY}/actions/other@<ref>`,
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

  it('does not take an empty permissions: for a declaration; permissions: {} is one', () => {
    const root = makeRepo({
      '.github/workflows/w.yml': lines(
        'on: push',
        'permissions:',
        'jobs:',
        '  a:',
        '    runs-on: x',
        '  b:',
        '    runs-on: x',
        '    permissions:',
        '  c:',
        '    runs-on: x',
        '    permissions: {}',
      ),
    });
    expect(report(loadTargets(root).workflows.flatMap(permissionProblems))).toEqual([
      '.github/workflows/w.yml:2: top-level permissions: is empty (null), which leaves the default token permissions; write permissions: {} for none',
      '.github/workflows/w.yml:4: job "a" has no permissions: and the workflow declares none at top level',
      '.github/workflows/w.yml:8: job "b" permissions: is empty (null), which leaves the default token permissions; write permissions: {} for none',
    ]);
  });
});

describe('security helpers', () => {
  it('finds the context references that reach the result, not functions, string contents or booleans', () => {
    expect(contextReferences("format('{0} inputs.x', inputs.tag) && github.event.issue.title")).toEqual([
      'inputs.tag',
      'github.event.issue.title',
    ]);
    expect(contextReferences("steps.meta.outputs['version'] || matrix.os")).toEqual([
      'steps.meta.outputs.version',
      'matrix.os',
    ]);
    expect(
      contextReferences("contains(inputs.a, 'x') || !inputs.b || inputs.c == 'd' || inputs.e < 3"),
    ).toEqual([]);
    expect(contextReferences('fromJSON(steps.a.outputs.json).name')).toEqual(['steps.a.outputs.json']);
    // Not an expression the parser accepts: every reference counts.
    expect(contextReferences('inputs.a ||| github.sha')).toEqual(['inputs.a', 'github.sha']);
  });

  it('trusts GitHub-set values only', () => {
    const verdicts = [
      'github.sha',
      'runner.temp',
      'matrix.os',
      'github.event.pull_request.number',
      'github.event.issue.user.id',
      'github.ref_name',
      'github.workflow_ref',
      'secrets.TOKEN',
      'env.X',
      'github.event.pull_request.title',
    ].map((ref) => untrustedReason(ref) === undefined);
    expect(verdicts).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  it('accepts local, own-repository and SHA-pinned uses', () => {
    expect(
      [
        './actions/create-release',
        `${OWN_REPOSITORY}/.github/workflows/release.yml@v1`,
        'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
        'actions/checkout@v5',
        'evil/release-actions/actions/x@main',
        `${OWN_REPOSITORY}-fork/actions/x@main`,
      ].map((uses) => unpinnedReason(uses) === undefined),
    ).toEqual([true, true, true, false, false, false]);
  });
});
