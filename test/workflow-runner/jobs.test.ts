/**
 * The engine runs jobs as GitHub does: in needs order, a job whose needs failed or were skipped skipped
 * unless its `if:` says otherwise (success() and failure() see every ancestor), matrices expanded with
 * include/exclude and fail-fast, GITHUB_ENV and step outputs reaching later steps, job outputs
 * reaching the jobs that need them, secrets masked. The steps are their own bash scripts, run here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { useSandbox } from '../sandbox/jest.js';
import { builtInFixtures } from './builtins.js';
import { removeScratch, scratchRoot, smallProject, type Project } from './helpers.js';
import { workflowLine } from './report.js';
import { runWorkflow } from './run.js';
import type { EngineOptions } from './types.js';

afterAll(removeScratch);

const sandbox = useSandbox();
let project: Project;
beforeAll(async () => {
  project = await smallProject(sandbox());
});

/** Run `.github/workflows/caller.yml` of a scratch root on a push of v1.0.0; run: steps by name run here. */
function run(workflow: string, scripts: string[], extra: Partial<EngineOptions> = {}) {
  const fixtures = builtInFixtures();
  for (const name of scripts) fixtures.script(name, 'its own script');
  return runWorkflow({
    caller: '.github/workflows/caller.yml',
    root: scratchRoot({ '.github/workflows/caller.yml': workflow }),
    repository: project.repository,
    github: sandbox(),
    event: { name: 'push', ref: 'refs/tags/v1.0.0', sha: project.sha },
    fixtures,
    ...extra,
  });
}

describe('jobs in needs order', () => {
  it('skips what needs a failed or skipped job, runs always() and failure() jobs, and says so per workflow', async () => {
    const report = await run(
      `name: Chain
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: fail
        run: exit 3
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - name: never
        run: echo b
  c:
    needs: b
    if: always()
    runs-on: ubuntu-latest
    steps:
      - name: see b
        env:
          B: \${{ needs.b.result }}
        run: echo "b was $B" >> "$GITHUB_STEP_SUMMARY"
  d:
    needs: c
    runs-on: ubuntu-latest
    steps:
      - name: after c
        run: echo d
  e:
    needs: c
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - name: on failure
        run: echo e
`,
      ['fail', 'never', 'see b', 'after c', 'on failure'],
    );
    expect(report.jobs.map((j) => [j.id, j.result])).toEqual([
      ['a', 'failure'],
      ['b', 'skipped'],
      ['c', 'success'],
      ['d', 'skipped'],
      ['e', 'success'],
    ]);
    expect(report.jobs[0]?.steps[0]?.error).toBe('Process completed with exit code 3.');
    expect(report.jobs[2]?.summary).toBe('b was skipped\n');
    expect(report.ok).toBe(false);
    // d's own need succeeded, but success() is transitive: a failed upstream.
    expect(workflowLine(report.workflows[0]!)).toBe(
      '.github/workflows/caller.yml: 5 jobs, 3 ran, 2 skipped (b — needs a (failure); d — needs a (failure), b (skipped)), 1 failed',
    );
  });

  it('gives a written if: as the reason a job was skipped', async () => {
    const report = await run(
      `on: push
jobs:
  only-on-branches:
    if: startsWith(github.ref, 'refs/heads/')
    runs-on: ubuntu-latest
    steps:
      - name: x
        run: echo x
`,
      ['x'],
    );
    expect(report.ok).toBe(true);
    expect(workflowLine(report.workflows[0]!)).toContain(
      "1 skipped (only-on-branches — if: startsWith(github.ref, 'refs/heads/'))",
    );
  });
});

describe('what steps and jobs hand on', () => {
  it('carries GITHUB_ENV and step outputs to later steps, job outputs through needs, and masks secrets', async () => {
    const report = await run(
      `on: push
env:
  LEVEL: workflow
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      LEVEL: job
    outputs:
      out: \${{ steps.one.outputs.x }}-\${{ env.GREETING }}
      leak: \${{ steps.one.outputs.token }}
    steps:
      - id: one
        env:
          TOKEN: \${{ secrets.DEPLOY_TOKEN }}
        run: |
          echo "GREETING=hello" >> "$GITHUB_ENV"
          echo "x=1" >> "$GITHUB_OUTPUT"
          echo "token=$TOKEN" >> "$GITHUB_OUTPUT"
          echo "the token is $TOKEN"
      - name: two
        env:
          FROM_STEP: \${{ steps.one.outputs.x }}
          STEP_LEVEL: \${{ env.LEVEL }}
        run: echo "$GREETING $FROM_STEP $STEP_LEVEL $TOKEN." >> "$GITHUB_STEP_SUMMARY"
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - name: three
        env:
          OUT: \${{ needs.a.outputs.out }}
          LEAK: \${{ needs.a.outputs.leak }}
        run: echo "out=$OUT leak=[$LEAK]" >> "$GITHUB_STEP_SUMMARY"
`,
      ['one', 'two', 'three'],
      { secrets: { DEPLOY_TOKEN: 'tok-3141592653' } },
    );
    expect(report.problems).toEqual([]);
    const [a, b] = report.jobs;
    expect(a?.steps[0]?.log).toContain('the token is ***');
    expect(a?.steps[0]?.log).not.toContain('tok-3141592653');
    // GITHUB_ENV reached step two; the step's own env did not leak into the next step.
    expect(a?.summary).toBe('hello 1 job .\n');
    expect(a?.outputs).toEqual({ out: '1-hello' });
    expect(a?.steps[1]?.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: "Skip output 'leak' since it may contain secret.",
      }),
    );
    expect(b?.summary).toBe('out=1-hello leak=[]\n');
  });
});

describe('matrices', () => {
  it('expands include and exclude as GitHub documents, names the legs, and keeps the last outputs', async () => {
    const report = await run(
      `on: push
jobs:
  m:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [a, b]
        v: [1, 2]
        exclude:
          - os: b
            v: 2
        include:
          - os: a
            extra: x
          - os: c
            v: 9
    outputs:
      last: \${{ steps.s.outputs.leg }}
    steps:
      - id: s
        env:
          LEG: \${{ matrix.os }}\${{ matrix.v }}\${{ matrix.extra }}/\${{ strategy.job-index }}
        run: echo "leg=$LEG" >> "$GITHUB_OUTPUT"
  after:
    needs: m
    runs-on: ubuntu-latest
    steps:
      - name: read
        env:
          LAST: \${{ needs.m.outputs.last }}
        run: echo "$LAST" >> "$GITHUB_STEP_SUMMARY"
`,
      ['s', 'read'],
    );
    expect(report.jobs.map((j) => j.name)).toEqual([
      'm (a, 1, x)',
      'm (a, 2, x)',
      'm (b, 1)',
      'm (c, 9)',
      'after',
    ]);
    expect(report.jobs.slice(0, 4).map((j) => j.outputs.last)).toEqual(['a1x/0', 'a2x/1', 'b1/2', 'c9/3']);
    expect(report.jobs[4]?.summary).toBe('c9/3\n');
  });

  it('cancels the legs after a failed one unless fail-fast is off', async () => {
    const workflow = (failFast: boolean) => `on: push
jobs:
  m:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: ${failFast}
      matrix:
        n: [1, 2, 3]
    steps:
      - name: two fails
        env:
          N: \${{ matrix.n }}
        run: test "$N" != 2
`;
    const fast = await run(workflow(true), ['two fails']);
    expect(fast.jobs.map((j) => [j.name, j.result])).toEqual([
      ['m (1)', 'success'],
      ['m (2)', 'failure'],
      ['m (3)', 'cancelled'],
    ]);
    expect(fast.jobs[2]?.reason).toBe('fail-fast: an earlier leg of the matrix failed');
    expect(fast.workflows[0]?.jobs).toEqual([{ id: 'm', result: 'failure' }]);
    const slow = await run(workflow(false), ['two fails']);
    expect(slow.jobs.map((j) => j.result)).toEqual(['success', 'failure', 'success']);
  });
});
