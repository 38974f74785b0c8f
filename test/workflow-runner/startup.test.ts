/**
 * What stops a run, and how it says so: a broken expression (a parse error before any job, an
 * evaluation error in the step that has it) named by file, line and expression; an event the caller's
 * `on:` does not accept; a workflow_dispatch missing a required input; a step nothing stands in for.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { useSandbox } from '../sandbox/jest.js';
import { builtInFixtures } from './builtins.js';
import { removeScratch, scratchRoot, smallProject, type Project } from './helpers.js';
import { formatReport } from './report.js';
import { runWorkflow } from './run.js';
import type { WorkflowEvent } from './event.js';
import type { Fixtures } from './fixtures.js';

afterAll(removeScratch);

const sandbox = useSandbox();
let project: Project;
beforeAll(async () => {
  project = await smallProject(sandbox());
});

function run(workflow: string, options: { event?: WorkflowEvent; fixtures?: Fixtures } = {}) {
  return runWorkflow({
    caller: '.github/workflows/caller.yml',
    root: scratchRoot({ '.github/workflows/caller.yml': workflow }),
    repository: project.repository,
    github: sandbox(),
    event: options.event ?? { name: 'push', ref: 'refs/tags/v1.0.0', sha: project.sha },
    fixtures: options.fixtures ?? builtInFixtures().script('echo', 'its own script'),
  });
}

describe('broken expressions', () => {
  it('fails before any job on a parse error, naming file, line and expression', async () => {
    const report = await run(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: echo
        run: echo ok
  b:
    runs-on: ubuntu-latest
    steps:
      - name: echo
        env:
          TAG: \${{ github.ref_name == }}
        run: echo "$TAG"
`);
    expect(report.ok).toBe(false);
    expect(report.jobs).toEqual([]);
    expect(report.problems).toEqual([
      ".github/workflows/caller.yml:13:16: Unexpected end of expression: '==' (in: ${{ github.ref_name == }})",
    ]);
  });

  it('fails on a context the place does not have (GitHub refuses steps in a job if:)', async () => {
    const report = await run(`on: push
jobs:
  a:
    if: steps.x.outputs.y == 'z'
    runs-on: ubuntu-latest
    steps:
      - name: echo
        run: echo ok
`);
    expect(report.jobs).toEqual([]);
    expect(report.problems).toEqual([
      ".github/workflows/caller.yml:4:9: Unrecognized named-value: 'steps' (in: steps.x.outputs.y == 'z')",
    ]);
  });

  it('fails the step whose expression cannot be evaluated, naming file, line and expression', async () => {
    const report = await run(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: echo
        run: echo first
      - name: echo
        id: second
        env:
          LIST: \${{ fromJSON('[1, 2') }}
        run: echo "$LIST"
`);
    expect(report.ok).toBe(false);
    expect(report.jobs[0]?.steps.map((s) => s.conclusion)).toEqual(['success', 'failure']);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(
      /^\.github\/workflows\/caller\.yml:11:17: .+ \(in: \$\{\{ fromJSON\('\[1, 2'\) \}\}\)$/,
    );
  });
});

describe('events', () => {
  const tagsOnly = (tags: string) => `on:
  push:
    tags: [${tags}]
    branches: ['releases/*/*']
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: echo
        run: echo ok
`;

  it("runs only for a tag the caller's filter patterns match", async () => {
    expect((await run(tagsOnly("'v*'"))).ok).toBe(true);
    const refused = await run(tagsOnly("'[0-9]+.[0-9]+.[0-9]+'"));
    expect(refused.jobs).toEqual([]);
    expect(refused.problems).toEqual([
      'not triggered: .github/workflows/caller.yml: refs/tags/v1.0.0 matches none of on.push.tags ([0-9]+.[0-9]+.[0-9]+)',
    ]);
    const branch = await run(tagsOnly("'v*'"), {
      event: { name: 'push', ref: 'refs/heads/releases/v1.0/fix', sha: project.head },
    });
    expect(branch.ok).toBe(true);
  });

  it('does not run on a tag when on.push filters only branches', async () => {
    const report = await run(`on:
  push:
    branches: [main]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: echo
        run: echo ok
`);
    expect(report.problems).toEqual([
      'not triggered: .github/workflows/caller.yml: on.push filters only branches',
    ]);
  });

  const dispatch = `on:
  workflow_dispatch:
    inputs:
      version:
        required: true
      dry-run:
        type: boolean
        default: true
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: echo
        env:
          TYPED: \${{ inputs.dry-run == true }}
          PAYLOAD: \${{ github.event.inputs.dry-run == 'false' }}
          VERSION: \${{ inputs.version }}
        run: echo "$VERSION $TYPED $PAYLOAD" >> "$GITHUB_STEP_SUMMARY"
`;

  it('gives workflow_dispatch inputs typed (inputs) and as strings (github.event.inputs)', async () => {
    const report = await run(dispatch, {
      event: {
        name: 'workflow_dispatch',
        ref: 'refs/heads/main',
        sha: project.head,
        inputs: { version: 'v2.0.0', 'dry-run': 'false' },
      },
    });
    expect(report.jobs[0]?.summary).toBe('v2.0.0 false true\n');
  });

  it('refuses a workflow_dispatch without a required input or with an unknown one', async () => {
    const report = await run(dispatch, {
      event: { name: 'workflow_dispatch', ref: 'refs/heads/main', sha: project.head, inputs: { tag: 'v2' } },
    });
    expect(report.jobs).toEqual([]);
    expect(report.problems).toEqual([
      '.github/workflows/caller.yml: Unexpected inputs provided: ["tag"]',
      ".github/workflows/caller.yml: Required input 'version' not provided",
    ]);
  });
});

describe('steps nothing stands in for', () => {
  it('fail their job loudly, naming the step and how to register a stand-in', async () => {
    const report = await run(`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9 # v3
        with:
          registry: ghcr.io
      - name: Build
        run: make release
      - name: echo
        if: always()
        run: echo still here
`);
    expect(report.ok).toBe(false);
    const steps = report.jobs[0]?.steps ?? [];
    expect(steps.map((s) => [s.kind, s.conclusion])).toEqual([
      ['missing', 'failure'],
      ['none', 'skipped'],
      ['stand-in', 'success'],
    ]);
    expect(steps[1]?.detail).toBe('no stand-in registered');
    expect(formatReport(report)).toContain('  build › Build');
    expect(steps[0]?.error).toBe(
      "No stand-in for step 'Run docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9' (uses: docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9) of job build in .github/workflows/caller.yml: register fixtures.uses('docker/login-action', …)",
    );
    const alone = await run(`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Build
        run: make release
`);
    expect(alone.jobs[0]?.steps[0]?.error).toBe(
      "No stand-in for step 'Build' (run:) of job build in .github/workflows/caller.yml: register fixtures.run('Build', …)",
    );
  });
});

describe('the sandbox contract', () => {
  it('fails the run when a step made a request GitHub would refuse', async () => {
    const fixtures = builtInFixtures().run(
      'bad request',
      'sends a release without its tag_name',
      async (step) => {
        const response = await fetch(`${step.sandbox.apiUrl}/repos/${project.repository}/releases`, {
          method: 'POST',
          headers: { Authorization: `token ${step.sandbox.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'no tag' }),
        });
        step.log(`HTTP ${response.status}`);
      },
    );
    const report = await run(
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: bad request
        run: curl -X POST …
`,
      { fixtures },
    );
    sandbox().clearViolations();
    expect(report.jobs[0]?.result).toBe('success');
    expect(report.ok).toBe(false);
    expect(report.violations).toHaveLength(1);
    expect(report.problems).toEqual([
      `sandbox contract violation: request POST /api/v3/repos/octo-org/app/releases: /requestBody must have required property 'tag_name' {"missingProperty":"tag_name"}`,
    ]);
  });
});
