/** The README's first command must keep working: run the rehearsal as a user would. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NODE24, ROOT } from '../harness/runner.js';

describe('npm run rehearsal', () => {
  it('releases the sample project end to end with no contract violations', () => {
    const result = spawnSync(NODE24, ['--import', 'tsx', join(ROOT, 'scripts/rehearsal.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 110_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect({ status: result.status, output }).toMatchObject({ status: 0 });
    expect(output).toMatch(/Rehearsal passed: \d+ steps, \d+ API requests, no contract violations\./);
    expect(output).toContain('## Changelog section v0.2.0 (generated)');
    // Every action of the release took part (a step that is dropped must fail this test).
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
      expect(output).toMatch(new RegExp(`── Step \\d+: .* \\(${action}\\)\\n {3}ok`));
    // Seed 000 as KM runs it: a release from km into km-releases with a prune, and a delete.
    expect(output).toMatch(
      /── Step \d+: Publish KM's daily .* into .*, then prune .*\(create-release\)\n {3}ok/,
    );
    expect(output).toMatch(/── Step \d+: Delete the demo release .*\(create-release\)\n {3}ok/);
  }, 120_000);
});
