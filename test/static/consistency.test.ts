import { afterAll, describe, expect, it } from '@jest/globals';
import {
  callerProblems,
  inputReadProblems,
  ourAction,
  ourWorkflow,
  sameNameProblems,
  sharedReadProblems,
} from './consistency.js';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { report } from './problems.js';
import { OWN_REPOSITORY, REPO_ROOT } from './repo-files.js';
import { loadTargets } from './targets.js';

afterAll(removeRepos);

describe('consistency', () => {
  it('each action reads exactly the inputs its action.yml declares, through the input getters', () => {
    expect(report(inputReadProblems(REPO_ROOT))).toEqual([]);
  });

  it('shared/src reads inputs only in the action runtime (shared/src/action/)', () => {
    expect(report(sharedReadProblems(REPO_ROOT))).toEqual([]);
  });

  it('same-named inputs are declared alike across actions', () => {
    expect(report(sameNameProblems(REPO_ROOT))).toEqual([]);
  });

  it('workflows and examples pass our actions and reusable workflows only inputs they declare, and all required ones', () => {
    const { workflows, actions, problems } = loadTargets(REPO_ROOT);
    expect(report([...problems, ...callerProblems(REPO_ROOT, [...workflows, ...actions])])).toEqual([]);
  });
});

const ACTION = (name: string, inputs: string[]): string =>
  lines(
    `name: ${name}`,
    'description: d',
    'inputs:',
    ...inputs,
    'runs:',
    '  using: node24',
    `  main: ../../dist/${name}/index.js`,
  );

describe('consistency catches', () => {
  it('undeclared, unread and non-literal input reads, @actions/core and process.env.INPUT_*', () => {
    const root = makeRepo({
      'actions/one/action.yml': ACTION('one', [
        '  tag:',
        '    description: d',
        '    required: true',
        '  unused:',
        '    description: d',
        '  optional:',
        '    description: d',
        '  dry-run:',
        '    description: d',
      ]),
      'actions/one/src/inputs.ts': lines(
        "import * as core from '@actions/core';",
        "import { getRequiredInput, getOptionalInput } from '../../../shared/src/action/index.js';",
        "const name = 'tag';",
        'export const inputs = {',
        '  tag: getRequiredInput(name),',
        "  typo: getOptionalInput('tga'),",
        "  optional: getRequiredInput('optional'),",
        '  raw: process.env.INPUT_TAG,',
        "  core: core.getInput('tag'),",
        '};',
      ),
      // The runtime's reads count for every action; reads elsewhere in shared/src count for none.
      'shared/src/action/run.ts': lines("export const dryRun = getBooleanInput('dry-run');"),
      'shared/src/git/push.ts': lines(
        "export const optional = getOptionalInput('optional');",
        'export const named = (name: string) => getListInput(name);',
      ),
      // No src/ yet: only declarations are checked.
      'actions/two/action.yml': ACTION('two', ['  never-read:', '    description: d']),
    });
    expect(report(inputReadProblems(root))).toEqual([
      'actions/one/action.yml:4: input "tag" is declared but never read by actions/one/src or shared/src/action/ (through the input getters)',
      'actions/one/action.yml:7: input "unused" is declared but never read by actions/one/src or shared/src/action/ (through the input getters)',
      'actions/one/src/inputs.ts:1: imports @actions/core; actions read inputs and write outputs through shared/src/action/',
      'actions/one/src/inputs.ts:5: getRequiredInput(name): the input name must be a string literal so it can be checked against action.yml',
      'actions/one/src/inputs.ts:6: getOptionalInput(\'tga\'): actions/one/action.yml declares no input "tga"',
      "actions/one/src/inputs.ts:7: getRequiredInput('optional'): actions/one/action.yml declares it optional with no default; mark it required: true or read it with getOptionalInput",
      'actions/one/src/inputs.ts:8: reads process.env.INPUT_TAG directly; use an input getter (getRequiredInput, getOptionalInput, getBooleanInput, getListInput, getMultilineInput, getEnumInput)',
      "shared/src/git/push.ts:1: getOptionalInput('optional'): shared/src reads inputs only in shared/src/action/; take the value as a parameter and read the input in actions/<name>/src/inputs.ts",
      'shared/src/git/push.ts:2: getListInput(name): shared/src reads inputs only in shared/src/action/; take the value as a parameter and read the input in actions/<name>/src/inputs.ts',
    ]);
  });

  it('same-named inputs declared differently', () => {
    const root = makeRepo({
      'actions/a/action.yml': ACTION('a', ['  dry-run:', '    description: d', "    default: 'false'"]),
      'actions/b/action.yml': ACTION('b', [
        '  dry-run:',
        '    description: other words',
        '    default: false',
      ]),
      'actions/c/action.yml': ACTION('c', [
        '  dry-run:',
        '    description: d',
        '    required: true',
        '  mode:',
        '    description: what c does',
        '    required: true',
      ]),
      'actions/d/action.yml': ACTION('d', [
        '  mode:',
        '    description: what d does',
        '    default: extract',
      ]),
    });
    expect(report(sameNameProblems(root))).toEqual([
      'actions/c/action.yml:4: input "dry-run" is declared unlike the same input elsewhere: ' +
        'actions/c/action.yml:4 (required: true, no default) vs actions/a/action.yml:4 (required: false, default: "false")',
    ]);
  });

  it('callers passing unknown inputs or missing required ones', () => {
    const root = makeRepo({
      'actions/greet/action.yml': ACTION('greet', [
        '  who:',
        '    description: d',
        '    required: true',
        '  loud:',
        '    description: d',
      ]),
      '.github/workflows/release.yml': lines(
        'on:',
        '  workflow_call:',
        '    inputs:',
        '      tag: { type: string, required: true }',
        '      draft: { type: boolean, required: true, default: false }',
        '    secrets:',
        '      token: { required: true }',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: ./actions/greet',
        '        with:',
        '          who: me',
      ),
      'workflows-examples/project/release.yml': lines(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  call:',
        `    uses: ${OWN_REPOSITORY}/.github/workflows/release.yml@v1`,
        '    with:',
        '      tga: v1',
        '    secrets:',
        '      tokn: x',
        '  inherit:',
        '    uses: ./.github/workflows/release.yml',
        '    with:',
        '      tag: v1',
        '    secrets: inherit',
        '  missing:',
        `    uses: ${OWN_REPOSITORY}/.github/workflows/nope.yml@v1`,
        '  steps:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: ${OWN_REPOSITORY}/actions/greet@v1`,
        '        with:',
        '          loud: true',
        '          colour: red',
        '      - uses: ./actions/absent',
        '      - uses: octo/other-repo/actions/greet@v1',
        '      - uses: octo/release-actions/actions/greet@v1',
        '      - uses: ./actions/greet',
        '        with:',
        '          WHO: me',
        '          Loud: true',
        '          loud: false',
      ),
    });
    const { workflows } = loadTargets(root);
    expect(report(callerProblems(root, workflows))).toEqual([
      'workflows-examples/project/release.yml:5: jobs.call: .github/workflows/release.yml requires input "tag", which is not given',
      'workflows-examples/project/release.yml:5: jobs.call: .github/workflows/release.yml requires secret "token", which is not given',
      'workflows-examples/project/release.yml:7: jobs.call: .github/workflows/release.yml has no input "tga" (it declares: draft, tag)',
      'workflows-examples/project/release.yml:9: jobs.call: .github/workflows/release.yml has no secret "tokn" (it declares: token)',
      'workflows-examples/project/release.yml:16: jobs.missing: no workflow .github/workflows/nope.yml',
      'workflows-examples/project/release.yml:20: jobs.steps.steps[0]: actions/greet requires input "who", which is not given',
      'workflows-examples/project/release.yml:23: jobs.steps.steps[0]: actions/greet has no input "colour" (it declares: loud, who)',
      'workflows-examples/project/release.yml:24: jobs.steps.steps[1]: no action actions/absent',
      'workflows-examples/project/release.yml:31: jobs.steps.steps[4]: input "loud" is given twice (input names are case-insensitive)',
    ]);
  });

  it('recognises our actions and workflows: $/ and ./ paths and OWN_REPOSITORY only', () => {
    expect(
      [
        './actions/x',
        `${OWN_REPOSITORY}/actions/x@v1`,
        `${OWN_REPOSITORY.toUpperCase()}/actions/x@v1`,
        'me/release-actions/actions/x@v1',
        'me/other/actions/x@v1',
        'actions/checkout@v5',
        '$/actions/x',
        '$/actions/x/',
        '$/actions/x@v1',
        '$//actions/x',
      ].map(ourAction),
    ).toEqual(['x', 'x', 'x', undefined, undefined, undefined, 'x', 'x', undefined, undefined]);
    expect(
      [
        './.github/workflows/r.yml',
        `${OWN_REPOSITORY}/.github/workflows/r.yaml@main`,
        'me/release-actions/.github/workflows/r.yaml@main',
        'me/x/.github/workflows/r.yml@v1',
        '$/.github/workflows/r.yml',
        '$/.github/workflows/r.yml@v1',
      ].map(ourWorkflow),
    ).toEqual(['r.yml', 'r.yaml', undefined, undefined, 'r.yml', undefined]);
  });
});
