import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { metadataProblems, schemaProblems } from './action-metadata.js';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { report } from './problems.js';
import { actionFile, actionNames, REPO_ROOT } from './repo-files.js';

afterAll(removeRepos);

const distBuilt = existsSync(path.join(REPO_ROOT, 'dist'));

describe('action.yml', () => {
  const names = actionNames(REPO_ROOT);

  it('every actions/*/action.yml passes parseAction', () => {
    const problems = names.flatMap((name) => schemaProblems(REPO_ROOT, actionFile(REPO_ROOT, name) ?? ''));
    expect(report(problems)).toEqual([]);
  });

  it('every action runs node24 from its dist bundle, describes its inputs, names outputs in kebab-case', () => {
    const problems = names.flatMap((name) => metadataProblems(REPO_ROOT, name, { checkMainExists: false }));
    expect(report(problems)).toEqual([]);
  });

  (distBuilt ? it : it.skip)('runs.main exists for every action (skipped: dist/ is not built)', () => {
    const problems = names.flatMap((name) => metadataProblems(REPO_ROOT, name, { checkMainExists: true }));
    expect(report(problems)).toEqual([]);
  });

  it('catches a bad action.yml', () => {
    const root = makeRepo({
      'actions/bad/action.yml': lines(
        'name: bad',
        'description: d',
        'inputs:',
        '  token:',
        '    required: true',
        '    default: x',
        'outputs:',
        '  releaseId:',
        '    description: d',
        'runs:',
        '  using: node20',
        '  main: dist/index.js',
        '  unknown-key: 1',
      ),
    });
    expect(report(schemaProblems(root, 'actions/bad/action.yml'))).toEqual([
      expect.stringMatching(/^actions\/bad\/action\.yml:\d+: parseAction: .*unknown-key/),
    ]);
    expect(report(metadataProblems(root, 'bad', { checkMainExists: true }))).toEqual([
      'actions/bad/action.yml:4: input "token" has no description',
      'actions/bad/action.yml:6: input "token" is required and has a default; drop one of them',
      'actions/bad/action.yml:8: output "releaseId" is not kebab-case',
      'actions/bad/action.yml:11: runs.using is "node20", expected "node24"',
      'actions/bad/action.yml:12: runs.main is "dist/index.js", expected "../../dist/bad/index.js"',
    ]);
  });

  it('catches a missing dist bundle', () => {
    const root = makeRepo({
      'actions/nobundle/action.yml': lines(
        'name: nobundle',
        'description: d',
        'runs:',
        '  using: node24',
        '  main: ../../dist/nobundle/index.js',
      ),
    });
    expect(report(metadataProblems(root, 'nobundle', { checkMainExists: true }))).toEqual([
      'actions/nobundle/action.yml:5: runs.main: dist/nobundle/index.js does not exist (run npm run build)',
    ]);
  });
});
