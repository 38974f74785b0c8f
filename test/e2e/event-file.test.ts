/**
 * A malformed event file (GITHUB_EVENT_PATH) must not crash a bundle at module load: none of our
 * actions needs the payload, and one that reads it gets a UserError naming the file. Every action
 * under actions/ is run, so one added later is covered too.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAction } from '../harness/runner.js';

const actions = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe.each(actions)('%s with a malformed event file', (action) => {
  it('runs its own code and fails, if at all, with its own one-line error', async () => {
    const result = await runAction({ action, eventText: '{"ref": "refs/tags/v1.0.0", "before": ' });
    expect(result.log).not.toMatch(/SyntaxError|Unexpected end of JSON/);
    expect(result.log).not.toMatch(/^\s+at /m);
    expect(result.log).not.toContain('Unexpected failure');
    if (result.exitCode !== 0) {
      expect(result.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    }
  });
});
