/**
 * The client's pacing against the sandbox enforcing GitHub's content-creation limit. A minute is too
 * long for a test, so the sandbox enforces the limit over a shorter window and the client gets a
 * budget shrunk in proportion; github-budget.test.ts proves the real budget against the real limits.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../shared/src/github/client.js';
import type { BudgetRule } from '../../shared/src/github/budget.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { enforceContentCreationLimit } from '../sandbox/rate-limit.js';
import { commitFiles } from '../sandbox/seed.js';

const sandbox = useSandbox();
const owner = 'acme';
const repo = 'paced';
const UPDATE = 'repos/update-release';

/** 10 writes in any 1.5 s: GitHub's 80 a minute, scaled down. */
const LIMIT = { limit: 10, windowMs: 1500 };
/** 3 at once, then one each 250 ms: at most 3 + 6 = 9 in any 1.5 s, as WRITE_BUDGET keeps under 80. */
const SHRUNK: BudgetRule = { burst: 3, intervalMs: 250, ceilings: [LIMIT] };

let releaseId = 0;

beforeAll(async () => {
  const r = await sandbox().createRepo(`${owner}/${repo}`);
  await commitFiles(r.gitDir, 'main', { 'README.md': 'paced\n' }, 'initial commit');
  const { data } = await sandboxOctokit(sandbox()).rest.repos.createRelease({ owner, repo, tag_name: 'v1' });
  releaseId = data.id;
  enforceContentCreationLimit(sandbox().state, LIMIT);
});

/** Arrival times of the requests of one operation in the sandbox's log. */
const arrivals = (operationId: string): number[] =>
  sandbox()
    .requests.filter((r) => r.operationId === operationId)
    .map((r) => r.time);

function busiest(times: number[], windowMs: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[j]! <= times[i]! - windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

async function waitOutWindow(): Promise<void> {
  await new Promise((done) => setTimeout(done, LIMIT.windowMs + 100));
  sandbox().clearLog();
}

const update = (github: ReturnType<typeof createGitHubClient>, i: number) =>
  github.rest.repos.updateRelease({ owner, repo, release_id: releaseId, body: `edit ${i}` });

describe('write pacing', () => {
  it('a sustained run of writes unpaced gets the secondary limit (the sandbox enforces it)', async () => {
    enforceContentCreationLimit(sandbox().state, { limit: 3, windowMs: 3000 });
    try {
      await waitOutWindow();
      const github = sandboxOctokit(sandbox());
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push(
          await update(github, i).then(
            (r) => r.status,
            (e: { status: number }) => e.status,
          ),
        );
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.filter((s) => s === 403).length).toBeGreaterThan(0);
    } finally {
      enforceContentCreationLimit(sandbox().state, LIMIT);
    }
  });

  it('sends a burst at once, then spreads a sustained run so that it never meets the limit', async () => {
    await waitOutWindow();
    const log = new MemoryLogger();
    const github = createGitHubClient({
      token: sandbox().token,
      apiUrl: sandbox().apiUrl,
      log,
      writeBudget: SHRUNK,
    });
    const runs = 30;
    for (let i = 0; i < runs; i++) {
      log.info(`write ${i}`);
      await update(github, i);
    }
    const statuses = sandbox().requests.map((r) => r.status);
    expect(statuses).toEqual(Array<number>(runs).fill(200));
    expect(busiest(arrivals(UPDATE), LIMIT.windowMs)).toBeLessThanOrEqual(LIMIT.limit);
    // The burst waited for nothing; after it, writes waited their turn (unless a slow answer let
    // the budget refill meanwhile).
    const firstWait = log.lines.findIndex((l) => l.startsWith('debug: Pacing writes: PATCH'));
    const beforeFirstWait = firstWait < 0 ? log.lines : log.lines.slice(0, firstWait);
    expect(beforeFirstWait.slice(0, SHRUNK.burst + 1)).toEqual(
      Array.from({ length: SHRUNK.burst + 1 }, (_, i) => `write ${i}`),
    );
    expect(log.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
  });

  it('a small run of writes waits for nothing', async () => {
    await waitOutWindow();
    const log = new MemoryLogger();
    const github = createGitHubClient({ token: sandbox().token, apiUrl: sandbox().apiUrl, log });
    for (let i = 0; i < 5; i++) await update(github, i);
    expect(log.lines.filter((l) => l.includes('Pacing'))).toEqual([]);
  });

  it('waits as told when GitHub answers a secondary limit anyway', async () => {
    // A stricter limit than the default budget's burst (15), over a window no load can outlast.
    enforceContentCreationLimit(sandbox().state, { limit: 4, windowMs: 2000 });
    try {
      await waitOutWindow();
      const log = new MemoryLogger();
      const github = createGitHubClient({ token: sandbox().token, apiUrl: sandbox().apiUrl, log });
      const runs = 8;
      for (let i = 0; i < runs; i++) await update(github, i);
      const statuses = sandbox().requests.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(runs);
      const refused = statuses.filter((s) => s === 403).length;
      expect(refused).toBeGreaterThan(0);
      const warnings = log.lines.filter((l) => l.startsWith('warning:'));
      expect(warnings).toHaveLength(refused);
      for (const warning of warnings)
        expect(warning).toMatch(
          /^warning: GitHub secondary rate limit on PATCH \S+\/releases\/\d+: retrying in [12]s \(retry [1-3] of 3\)$/,
        );
    } finally {
      enforceContentCreationLimit(sandbox().state, LIMIT);
    }
  });
});

describe('limits and failures', () => {
  const client = (log = new MemoryLogger()) =>
    createGitHubClient({ token: sandbox().token, apiUrl: sandbox().apiUrl, log });
  const list = (github: ReturnType<typeof createGitHubClient>) =>
    github.rest.repos.listReleases({ owner, repo });

  it('waits out a primary limit until its reset, and says so', async () => {
    sandbox().clearLog();
    const log = new MemoryLogger();
    sandbox().inject({ operationId: 'repos/list-releases', kind: 'rate-limit-429', retryAfter: 1 });
    await list(client(log));
    expect(sandbox().requests.map((r) => r.status)).toEqual([429, 200]);
    expect(log.lines).toEqual([
      expect.stringMatching(
        /^warning: GitHub rate limit on GET \S+\/releases: retrying in [1-3]s \(retry 1 of 3\)$/,
      ),
    ]);
  });

  it('gives up on a limit that asks for longer than a job should wait, having sent nothing more', async () => {
    sandbox().clearLog();
    const log = new MemoryLogger();
    sandbox().inject({ operationId: 'repos/list-releases', kind: 'secondary-rate-limit', retryAfter: 3600 });
    await expect(list(client(log))).rejects.toMatchObject({ status: 403 });
    expect(sandbox().requests).toHaveLength(1);
    expect(log.lines).toEqual([
      expect.stringMatching(/secondary rate limit on GET .*: giving up: it asks to wait 3600s, over 120s$/),
    ]);
  });

  it('retries a 5xx (after 1 s, then 4 s) and not a 422', async () => {
    sandbox().clearLog();
    sandbox().inject({ operationId: 'repos/list-releases', kind: 'status', status: 502, times: 2 });
    await list(client());
    expect(sandbox().requests.map((r) => r.status)).toEqual([502, 502, 200]);

    sandbox().clearLog();
    sandbox().inject({ operationId: 'repos/list-releases', kind: 'status', status: 422 });
    await expect(list(client())).rejects.toMatchObject({ status: 422 });
    expect(sandbox().requests).toHaveLength(1);
  });
});
