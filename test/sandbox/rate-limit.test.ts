/**
 * The sandbox's content-creation limit: off unless a test enforces it, then a write past the limit in
 * the window is answered as GitHub answers it, and the window slides.
 */
import { describe, expect, it, beforeAll } from '@jest/globals';
import { CONTENT_CREATION_LIMIT, enforceContentCreationLimit } from './rate-limit.js';
import { useSandbox } from './jest.js';
import { commitFiles } from './seed.js';

const sandbox = useSandbox();
const owner = 'acme';
const repo = 'limited';

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sandbox().apiUrl}/repos/${owner}/${repo}${path}`, {
    method,
    headers: { authorization: `token ${sandbox().token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('content-creation limit', () => {
  beforeAll(async () => {
    const r = await sandbox().createRepo(`${owner}/${repo}`);
    await commitFiles(r.gitDir, 'main', { 'README.md': 'limited\n' }, 'initial commit');
  });

  it("is GitHub's documented one by default: 80 content-generating requests in any minute", () => {
    expect(CONTENT_CREATION_LIMIT).toEqual({ limit: 80, windowMs: 60_000 });
  });

  it('is not enforced unless asked (a test file makes more than 80 writes a minute)', async () => {
    for (let i = 0; i < 5; i++)
      expect((await send('POST', '/releases', { tag_name: `free-${i}` })).status).toBe(201);
  });

  it('answers a write past the limit with 403, the secondary-limit message and retry-after; reads pass', async () => {
    enforceContentCreationLimit(sandbox().state, { limit: 3, windowMs: 1500 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await send('POST', '/releases', { tag_name: `in-${i}` })).status);
    const refused = await send('POST', '/releases', { tag_name: 'over' });
    const read = await send('GET', '/releases');
    expect(statuses).toEqual([201, 201, 201]);
    expect(refused.status).toBe(403);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 2).toBe(true);
    const body = (await refused.json()) as { message: string; documentation_url: string };
    expect(body.message).toMatch(/^You have exceeded a secondary rate limit\./);
    expect(body.documentation_url).toContain('#about-secondary-rate-limits');
    expect(read.status).toBe(200);
    expect(sandbox().repo(`${owner}/${repo}`).releases.size).toBe(5 + 3);

    // Once the oldest writes leave the window (retry-after), writes go through again.
    await new Promise((done) => setTimeout(done, retryAfter * 1000));
    expect((await send('POST', '/releases', { tag_name: 'after' })).status).toBe(201);
  });
});
