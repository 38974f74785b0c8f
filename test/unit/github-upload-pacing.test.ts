/**
 * Uploads spend the client's write budget (pacing.ts), as octokit's own writes do: GitHub counts an
 * asset upload among the content-creating requests its secondary limit caps. The sandbox enforces
 * that limit over a short window, and the client gets a budget shrunk in proportion (as in
 * github-pacing.test.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BudgetRule } from '../../shared/src/github/budget.js';
import { createGitHubClient } from '../../shared/src/github/client.js';
import { uploadWithRetry } from '../../shared/src/github/upload.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { enforceContentCreationLimit } from '../sandbox/rate-limit.js';
import { commitFiles } from '../sandbox/seed.js';

const sandbox = useSandbox();
const owner = 'acme';
const repo = 'uploads';
const UPLOAD = 'repos/upload-release-asset';

/** 6 writes in any 1.5 s: GitHub's 80 a minute, scaled down. */
const LIMIT = { limit: 6, windowMs: 1500 };
/** 2 at once, then one each 500 ms: at most 2 + 3 = 5 in any 1.5 s. */
const SHRUNK: BudgetRule = { burst: 2, intervalMs: 500, ceilings: [LIMIT] };
const UPLOADS = 10;

let uploadUrl = '';
const path = join(mkdtempSync(join(tmpdir(), 'up-paced-')), 'kontain.tar.gz');
const bytes = Buffer.alloc(4096, 7);
writeFileSync(path, bytes);

beforeAll(async () => {
  const r = await sandbox().createRepo(`${owner}/${repo}`);
  await commitFiles(r.gitDir, 'main', { 'README.md': 'uploads\n' }, 'initial commit');
  const { data } = await sandboxOctokit(sandbox()).rest.repos.createRelease({
    owner,
    repo,
    tag_name: 'v1',
    draft: true,
  });
  uploadUrl = data.upload_url;
  enforceContentCreationLimit(sandbox().state, LIMIT);
});

function busiest(times: number[], windowMs: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[j]! <= times[i]! - windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('upload pacing', () => {
  it('a sustained run of uploads takes turns in the write budget and never meets the limit', async () => {
    const log = new MemoryLogger();
    const github = createGitHubClient({
      token: sandbox().token,
      apiUrl: sandbox().apiUrl,
      log,
      writeBudget: SHRUNK,
    });
    sandbox().clearLog();
    const sent: string[] = [];
    for (let i = 0; i < UPLOADS; i++) {
      const uploaded = await uploadWithRetry(
        {
          uploadUrl,
          apiUrl: sandbox().apiUrl,
          token: sandbox().token,
          name: `kontain-${i}.tar.gz`,
          path,
          size: bytes.length,
          contentType: 'application/gzip',
          pacedBy: github,
        },
        () => Promise.resolve(undefined),
        log,
        // A secondary-limit answer would be waited out and retried: none may come.
        { retries: 0 },
      ).catch((error: Error) => ({ sha256: error.message }));
      sent.push(uploaded.sha256);
    }
    const uploads = sandbox().requests.filter((r) => r.operationId === UPLOAD);
    expect(uploads.map((r) => r.status)).toEqual(Array<number>(UPLOADS).fill(201));
    expect(sent).toEqual(Array<string>(UPLOADS).fill(createHash('sha256').update(bytes).digest('hex')));
    expect(
      busiest(
        uploads.map((r) => r.time),
        LIMIT.windowMs,
      ),
    ).toBeLessThanOrEqual(LIMIT.limit);
    // The burst went at once; later uploads waited their turn, and said so in the debug log.
    const waits = log.lines.filter((l) => /^debug: Pacing writes: POST .*\/assets\?name=kontain-\d+/.test(l));
    expect(waits.length).toBeGreaterThanOrEqual(UPLOADS - SHRUNK.burst - 2);
    expect(waits.some((l) => l.includes('kontain-0.') || l.includes('kontain-1.'))).toBe(false);
  });

  it('an upload the budget would hold too long is refused before it is sent', async () => {
    const log = new MemoryLogger();
    const github = createGitHubClient({
      token: sandbox().token,
      apiUrl: sandbox().apiUrl,
      log,
      maxWaitSeconds: 1,
      writeBudget: { burst: 1, intervalMs: 60_000, ceilings: [] },
    });
    const target = {
      uploadUrl,
      apiUrl: sandbox().apiUrl,
      token: sandbox().token,
      path,
      size: bytes.length,
      contentType: 'application/gzip',
      pacedBy: github,
    };
    await uploadWithRetry({ ...target, name: 'first.tar.gz' }, () => Promise.resolve(undefined), log);
    sandbox().clearLog();
    await expect(
      uploadWithRetry({ ...target, name: 'second.tar.gz' }, () => Promise.resolve(undefined), log),
    ).rejects.toThrow(/would wait 60s for GitHub's write budget .* over 1s; it was not sent/);
    expect(sandbox().count(UPLOAD)).toBe(0);
  });
  it("a secondary limit on an upload holds the client's other writes for its retry-after, not only the upload", async () => {
    await new Promise((done) => setTimeout(done, LIMIT.windowMs)); // the earlier tests' writes out of the window
    const log = new MemoryLogger();
    const github = createGitHubClient({ token: sandbox().token, apiUrl: sandbox().apiUrl, log });
    sandbox().clearLog();
    sandbox().inject({ operationId: UPLOAD, kind: 'secondary-rate-limit', retryAfter: 2, times: 1 });
    const upload = uploadWithRetry(
      {
        uploadUrl,
        apiUrl: sandbox().apiUrl,
        token: sandbox().token,
        name: 'held.tar.gz',
        path,
        size: bytes.length,
        contentType: 'application/gzip',
        pacedBy: github,
      },
      () => Promise.resolve(undefined),
      log,
    );
    const limited = (): { time: number } | undefined =>
      sandbox().requests.find((r) => r.operationId === UPLOAD && r.status === 403);
    while (!limited()) await new Promise((done) => setTimeout(done, 10));
    // Another write of the same client, made while the upload waits out its retry-after.
    const [, data] = await Promise.all([
      upload,
      github.rest.repos.createRelease({ owner, repo, tag_name: 'v-held', draft: true }),
    ]);
    expect(data.status).toBe(201);
    const write = sandbox().requests.find((r) => r.operationId === 'repos/create-release')!;
    expect(write.time - limited()!.time).toBeGreaterThanOrEqual(1900);
    expect(
      sandbox()
        .requests.filter((r) => r.operationId === UPLOAD)
        .map((r) => r.status),
    ).toEqual([403, 201]);
  });
});
