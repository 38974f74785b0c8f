/** Issue 10's case: two commits, no release yet: every interleaving of two runs on one rolling tag (see create-release-interleavings.ts). */
import { describe, expect, it } from '@jest/globals';
import { useSandbox } from '../sandbox/jest.js';
import { exploreAll, useExplorer, world } from './create-release-interleavings.js';

const sandbox = useSandbox();
useExplorer(sandbox);

describe('create-release: every interleaving of two runs on one rolling tag', () => {
  it('with no release yet (issue 10): every order ends with the newer commit released, consistently', async () => {
    const count = await exploreAll(await world(false, false));
    expect(count).toBeGreaterThan(20);
  }, 600_000);
});
