import { afterAll, describe, expect, it } from '@jest/globals';
import {
  ACTION_DESCRIPTION_MAX,
  descriptionProblems,
  FIELD_DESCRIPTION_MAX,
  sharedWordingProblems,
} from './descriptions.js';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { report } from './problems.js';
import { actionNames, REPO_ROOT } from './repo-files.js';

afterAll(removeRepos);

const SHARED = [
  '  allow-outside-workspace:',
  '    description: >-',
  "      Folders outside the workspace and the runner's temp folder that path inputs may name, one",
  '      absolute path per line. Empty: every path must resolve, links followed, inside those two.',
];

describe('action.yml descriptions', () => {
  const names = actionNames(REPO_ROOT);

  it(`every action says what it does in one sentence under ${ACTION_DESCRIPTION_MAX + 1} characters, every input and output in at most ${FIELD_DESCRIPTION_MAX}`, () => {
    expect(report(names.flatMap((name) => descriptionProblems(REPO_ROOT, name)))).toEqual([]);
  });

  it('allow-outside-workspace is described word for word alike in every action', () => {
    expect(report(sharedWordingProblems(REPO_ROOT, names))).toEqual([]);
  });

  it('catches planted over-long descriptions and a second sentence', () => {
    const long = 'x'.repeat(FIELD_DESCRIPTION_MAX - 10);
    const root = makeRepo({
      'actions/wordy/action.yml': lines(
        'name: wordy',
        `description: ${'A'.repeat(ACTION_DESCRIPTION_MAX + 1)}`,
        'inputs:',
        '  files:',
        '    description: >-',
        `      ${long}`,
        '      and ten more',
        '  tag:',
        `    description: ${'t'.repeat(FIELD_DESCRIPTION_MAX)}`,
        'outputs:',
        '  assets:',
        `    description: ${'o'.repeat(FIELD_DESCRIPTION_MAX + 1)}`,
        'runs:',
        '  using: node24',
        '  main: ../../dist/wordy/index.js',
      ),
      'actions/chatty/action.yml': lines(
        'name: chatty',
        'description: Make the release. A failure leaves the draft.',
        'runs:',
        '  using: node24',
        '  main: ../../dist/chatty/index.js',
      ),
      'actions/short/action.yml': lines(
        'name: short',
        `description: ${'s'.repeat(ACTION_DESCRIPTION_MAX - 1)}.`,
        'runs:',
        '  using: node24',
        '  main: ../../dist/short/index.js',
      ),
    });
    const move = (name: string): string => `move the explanation to actions/${name}/docs.md`;
    expect(report(['wordy', 'chatty', 'short'].flatMap((name) => descriptionProblems(root, name)))).toEqual([
      `actions/chatty/action.yml:2: description is more than one sentence on one line: ${move('chatty')}`,
      `actions/wordy/action.yml:2: description has 125 characters, over 124: ${move('wordy')}`,
      `actions/wordy/action.yml:5: input "files" description has 203 characters, over 200: ${move('wordy')}`,
      `actions/wordy/action.yml:12: output "assets" description has 201 characters, over 200: ${move('wordy')}`,
    ]);
  });

  it('catches a reworded allow-outside-workspace', () => {
    const action = (name: string, input: string[]): string =>
      lines(`name: ${name}`, 'description: d', 'inputs:', ...input, 'runs:', '  using: node24', '  main: m');
    const root = makeRepo({
      'actions/a/action.yml': action('a', SHARED),
      'actions/b/action.yml': action('b', SHARED),
      'actions/c/action.yml': action('c', ['  allow-outside-workspace:', '    description: Folders.']),
    });
    expect(report(sharedWordingProblems(root, ['a', 'b', 'c']))).toEqual([
      'actions/c/action.yml:5: input "allow-outside-workspace" is described unlike in actions/a/action.yml; keep the wording identical',
    ]);
  });
});
