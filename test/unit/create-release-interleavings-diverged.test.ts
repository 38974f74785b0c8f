/** Two diverged commits (a force-pushed branch): every interleaving of two runs on one rolling tag (see create-release-interleavings.ts). */
import { describe, expect, it } from '@jest/globals';
import { useSandbox } from '../sandbox/jest.js';
import { exploreAll, useExplorer, world } from './create-release-interleavings.js';

const sandbox = useSandbox();
useExplorer(sandbox);

describe('create-release: every interleaving of two runs on one rolling tag', () => {
  it('two diverged commits (a force-pushed branch), no release yet: every order ends consistent', async () => {
    const count = await exploreAll(await world(true, false));
    expect(count).toBeGreaterThan(20);
  }, 600_000);
});
