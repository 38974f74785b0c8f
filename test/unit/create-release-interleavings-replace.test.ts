/** A published release to replace: every interleaving of two runs on one rolling tag (see create-release-interleavings.ts). */
import { describe, expect, it } from '@jest/globals';
import { useSandbox } from '../sandbox/jest.js';
import { exploreAll, useExplorer, world } from './create-release-interleavings.js';

const sandbox = useSandbox();
useExplorer(sandbox);

describe('create-release: every interleaving of two runs on one rolling tag', () => {
  it('replacing a published release: every order of tag moves, deletes and publishes', async () => {
    const count = await exploreAll(await world(false, true));
    expect(count).toBeGreaterThan(50);
  }, 900_000);
});
