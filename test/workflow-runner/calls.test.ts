/**
 * Reusable workflow calls as GitHub makes them: the three ways this repository's workflows are named
 * (`./`, the self-repository `$/`, `<own owner/name>/…@ref`) resolved to local files, the caller's
 * inputs typed and defaulted against `on.workflow_call.inputs`, only the secrets passed explicitly,
 * outputs mapped back; permissions only lowered, concurrency groups never shared with the caller.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { useSandbox } from '../sandbox/jest.js';
import { builtInFixtures } from './builtins.js';
import { removeScratch, scratchRoot, smallProject, type Project } from './helpers.js';
import { runWorkflow } from './run.js';

afterAll(removeScratch);

const sandbox = useSandbox();
let project: Project;
beforeAll(async () => {
  project = await smallProject(sandbox());
});

const CALLED = `name: Called
on:
  workflow_call:
    inputs:
      who:
        type: string
        required: true
      flag:
        type: boolean
        default: true
      count:
        type: number
        required: false
      greeting:
        type: string
        default: hi \${{ github.ref_name }}
    secrets:
      tok:
        required: true
    outputs:
      said:
        description: What the job said.
        value: \${{ jobs.say.outputs.said }}
      result:
        value: \${{ jobs.say.result }}
permissions: {}
jobs:
  say:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    outputs:
      said: \${{ steps.say.outputs.said }}
    steps:
      - id: say
        env:
          WHO: \${{ inputs.who }}
          FLAG: \${{ inputs.flag == true }}
          COUNT: \${{ inputs.count }}/\${{ inputs.count > 40 }}
          GREETING: \${{ inputs.greeting }}
          TOK: \${{ secrets.tok }}
          OTHER: \${{ secrets.OTHER }}
        run: |
          echo "said=$GREETING $WHO flag=$FLAG count=$COUNT other=[$OTHER]" >> "$GITHUB_OUTPUT"
          echo "tok=$TOK"
`;

function caller(
  uses: string,
  extra = '',
  withBlock = '      who: ${{ github.actor }}\n      count: 41\n',
): string {
  return `on: push
permissions:
  contents: read
jobs:
  call:
    uses: ${uses}
    with:
${withBlock}    secrets:
      tok: \${{ secrets.TOK }}
${extra}  after:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - name: read
        env:
          SAID: \${{ needs.call.outputs.said }}
          RESULT: \${{ needs.call.outputs.result }}
        run: echo "$SAID ($RESULT)" >> "$GITHUB_STEP_SUMMARY"
`;
}

function run(files: Record<string, string>) {
  return runWorkflow({
    caller: '.github/workflows/caller.yml',
    root: scratchRoot(files),
    repository: project.repository,
    github: sandbox(),
    event: { name: 'push', ref: 'refs/tags/v1.0.0', sha: project.sha },
    fixtures: builtInFixtures().script('say', 'its own script').script('read', 'its own script'),
    secrets: { TOK: 'tok-2718281828', OTHER: 'not-passed' },
  });
}

describe('calling a reusable workflow', () => {
  it.each([
    './.github/workflows/called.yml',
    '$/.github/workflows/called.yml',
    'release-actions/release-actions/.github/workflows/called.yml@v1',
  ])(
    'runs %s from this repository with typed inputs, defaults, explicit secrets and outputs',
    async (uses) => {
      const report = await run({
        '.github/workflows/caller.yml': caller(uses),
        '.github/workflows/called.yml': CALLED,
      });
      expect(report.problems).toEqual([]);
      expect(report.jobs.map((j) => [j.name, j.result])).toEqual([
        ['call / say', 'success'],
        ['after', 'success'],
      ]);
      expect(report.jobs[1]?.summary).toBe('hi v1.0.0 octocat flag=true count=41/true other=[] (success)\n');
      expect(report.jobs[0]?.steps[0]?.log).toContain('tok=***');
      expect(report.workflows.map((w) => [w.file, w.calledBy])).toEqual([
        ['.github/workflows/caller.yml', undefined],
        ['.github/workflows/called.yml', '.github/workflows/caller.yml#call'],
      ]);
    },
  );

  it('refuses a string for a boolean input, naming the caller line, and runs nothing of the call', async () => {
    const report = await run({
      '.github/workflows/caller.yml': caller(
        './.github/workflows/called.yml',
        '',
        '      who: me\n      flag: ${{ github.ref_name }}\n',
      ),
      '.github/workflows/called.yml': CALLED,
    });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      ".github/workflows/caller.yml:9:13: Unexpected type of value 'v1.0.0', expected type: Boolean. (in: ${{ github.ref_name }})",
    ]);
    expect(report.jobs.map((j) => [j.id, j.result])).toEqual([
      ['call', 'failure'],
      ['after', 'skipped'],
    ]);
  });

  it("refuses at startup what GitHub's parser refuses: a missing required input, an unknown one, a missing secret", async () => {
    const report = await run({
      '.github/workflows/caller.yml': caller(
        './.github/workflows/called.yml',
        '',
        '      whom: me\n',
      ).replace(/ {4}secrets:\n {6}tok: .*\n/, ''),
      '.github/workflows/called.yml': CALLED,
    });
    expect(report.jobs).toEqual([]);
    expect(report.problems).toEqual([
      '.github/workflows/caller.yml:6:11: Input who is required, but not provided while calling. (in: ./.github/workflows/called.yml)',
      '.github/workflows/caller.yml:8:13: Invalid input, whom is not defined in the referenced workflow. (in: me)',
      '.github/workflows/caller.yml:6:11: Secret tok is required, but not provided while calling. (in: ./.github/workflows/called.yml)',
    ]);
  });

  it("refuses another repository's workflow before any job runs", async () => {
    const report = await run({
      '.github/workflows/caller.yml': caller('octo-org/shared/.github/workflows/called.yml@v1'),
    });
    expect(report.jobs).toEqual([]);
    expect(report.problems.join('\n')).toContain(
      "'octo-org/shared/.github/workflows/called.yml@v1' is another repository's workflow: the engine runs this project's (release-actions/release-actions) and local ones only",
    );
  });

  it("fails the run at startup when a called job asks for more than the caller's permissions", async () => {
    const report = await run({
      '.github/workflows/caller.yml': caller('./.github/workflows/called.yml'),
      '.github/workflows/called.yml': CALLED.replace('      contents: read\n', '      contents: write\n'),
    });
    expect(report.jobs).toEqual([]);
    expect(report.problems).toEqual([
      ".github/workflows/called.yml (called from .github/workflows/caller.yml:6): The nested job 'say' is requesting 'contents: write', but is only allowed 'contents: read'.",
    ]);
  });

  it("cancels a called job whose concurrency group is the caller's (GitHub's deadlock)", async () => {
    const report = await run({
      '.github/workflows/caller.yml': caller('./.github/workflows/called.yml').replace(
        'on: push\n',
        'on: push\nconcurrency:\n  group: release-${{ github.ref }}\n',
      ),
      '.github/workflows/called.yml': CALLED.replace(
        '    runs-on: ubuntu-latest\n    permissions',
        '    runs-on: ubuntu-latest\n    concurrency: release-${{ github.ref }}\n    permissions',
      ),
    });
    expect(report.jobs.map((j) => [j.name, j.result])).toEqual([
      ['call / say', 'cancelled'],
      ['after', 'skipped'],
    ]);
    expect(report.problems).toEqual([
      ".github/workflows/called.yml#say: Canceling since a deadlock for concurrency group 'release-refs/tags/v1.0.0' was detected between 'top level workflow' and 'say'",
    ]);
  });
});
