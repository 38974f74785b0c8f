/**
 * The README's first command must keep working: `npm run rehearsal` as a user runs it, every scenario
 * (each seed's caller in workflows-examples/ and this repository's self-release, run from the workflow
 * files by the engine). It is the one test that runs the KM, peer pods, promo-tools and self-release
 * scenarios; the engine's own tests (test/workflow-runner) run the VIM driver's in detail.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE24, ROOT } from '../harness/runner.js';

const reusable = readdirSync(join(ROOT, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .filter((f) => /^\s+workflow_call:/m.test(readFileSync(join(ROOT, '.github/workflows', f), 'utf8')));
const callers = readdirSync(join(ROOT, 'workflows-examples')).filter((f) => /\.ya?ml$/.test(f));

describe('npm run rehearsal', () => {
  it('runs every caller and every reusable workflow from its file, with no contract violations', () => {
    const result = spawnSync(NODE24, ['--import', 'tsx', join(ROOT, 'scripts/rehearsal.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 170_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect({ status: result.status, output }).toMatchObject({ status: 0 });
    expect(output).toMatch(
      /Rehearsal passed: \d+ scenarios, \d+ runs, \d+ jobs, \d+ API requests, no contract violations, [\d.]+ s\./,
    );
    const end = output.slice(output.indexOf('Every workflow the rehearsal ran, run by run:'));
    // Every caller rehearsed and passed; every reusable workflow ran from its own file without a failure.
    for (const caller of callers)
      expect(output).toContain(`Rehearsal of workflows-examples/${caller} passed`);
    expect(output).toContain('Rehearsal of .github/workflows/self-release.yml passed');
    for (const file of reusable)
      expect(end).toMatch(
        new RegExp(
          `\\.github/workflows/${file.replace('.', '\\.')} \\[called by [^\\]]+\\]: \\d+ jobs?, [1-9]\\d* ran, .*, 0 failed`,
        ),
      );
    // Every action of the suite ran as a step of a workflow, and passed.
    for (const action of [
      'bump-dev-version',
      'changelog-section',
      'create-release',
      'go-module-tags',
      'publish-runenv',
      'kpromo-pr',
      'kvm-validate',
      'pin-image-tags',
    ])
      expect(output).toMatch(new RegExp(`✓ .* \\[action: ${action}\\]`));
    // What cannot run here is named: the stand-ins are listed per run.
    expect(output).toMatch(/Stood in for \(\d+ steps?\):\n/);
    expect(output).toContain(
      'release / Build › Build the release — build: make release runenv-image push-runenv-image',
    );
    // Seed 000 as KM runs it: daily into km-releases with a prune, and a delete by workflow_dispatch.
    expect(output).toContain('## Validation of v0.10-beta: 5 passed, 0 failed');
    expect(end).toContain(
      '.github/workflows/rolling-release.yml [called by workflows-examples/km-release.yml#daily]: 2 jobs, 2 ran, 0 skipped, 0 failed',
    );
    expect(output).toMatch(/Deleted 5 release\(s\)\./); // the prune of v0.4–v0.8-daily
    expect(output).toMatch(/Deleted release \d+\./); // the dispatch
    expect(output).toContain(
      'workflows-examples/km-release.yml, run 3 (dispatch delete v0.9-beta-demo-nokia)',
    );
  }, 180_000);
});
