import { afterAll, describe, expect, it } from '@jest/globals';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { report } from './problems.js';
import { allWorkflowFiles, REPO_ROOT } from './repo-files.js';
import { workflowSchemaProblems } from './workflow-schema.js';

afterAll(removeRepos);

describe('@actions/workflow-parser', () => {
  it('passes every workflow in .github/workflows/ and workflows-examples/', async () => {
    const files = allWorkflowFiles(REPO_ROOT);
    expect(files.length).toBeGreaterThan(0);
    const problems = await Promise.all(files.map((file) => workflowSchemaProblems(REPO_ROOT, file)));
    expect(report(problems.flat())).toEqual([]);
  });

  it('catches unknown keys and broken expressions, and accepts $/', async () => {
    const root = makeRepo({
      '.github/workflows/bad.yml': lines(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: $/actions/x',
        '        unknown: 1',
        '      - run: echo ${{ github.sha ) }}',
        '  call:',
        '    uses: $/.github/workflows/r.yml',
      ),
    });
    expect(report(await workflowSchemaProblems(root, '.github/workflows/bad.yml'))).toEqual([
      ".github/workflows/bad.yml:8: workflow-parser: Unexpected value 'unknown'",
      ".github/workflows/bad.yml:9: workflow-parser: Unexpected symbol: ')'",
    ]);
  });

  it('catches needs of a job that does not exist, and a cycle', async () => {
    const root = makeRepo({
      '.github/workflows/needs.yml': lines(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: make }]',
        '  d:',
        '    needs: [a, missing]',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: make }]',
        '  b:',
        '    needs: c',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: make }]',
        '  c:',
        '    needs: b',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: make }]',
      ),
    });
    const problems = report(await workflowSchemaProblems(root, '.github/workflows/needs.yml'));
    expect(problems).toEqual([
      ".github/workflows/needs.yml:8: workflow-parser: Job 'd' depends on unknown job 'missing'.",
      ".github/workflows/needs.yml:12: workflow-parser: Job 'b' depends on job 'c' which creates a cycle in the dependency graph.",
      ".github/workflows/needs.yml:16: workflow-parser: Job 'c' depends on job 'b' which creates a cycle in the dependency graph.",
    ]);
  });
});
