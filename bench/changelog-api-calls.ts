/**
 * changelog-section generate: API calls for N merged pull requests against the target
 * ceil(N/100)+3, counted in the sandbox's request log, and the bundle's time from process start to
 * its first API request. Runs the dist bundle under Node 24 as the runner does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../test/harness/runner.js';
import { commitFiles, addPullRequest, initBareRepo } from '../test/sandbox/seed.js';
import type { GitHubSandbox } from '../test/sandbox/server.js';

export interface CallsRow {
  merged: number;
  calls: number;
  target: number;
  searchPages: number;
  wallMs: number;
  firstRequestMs: number;
}

async function repoWithMerged(
  sandbox: GitHubSandbox,
  name: string,
  merged: number,
): Promise<{ sha: string }> {
  const gitDir = await initBareRepo(join(mkdtempSync(join(tmpdir(), 'bench-')), `${name}.git`));
  const first = await commitFiles(gitDir, 'main', { 'CHANGELOG.md': '# Changelog\n' }, 'first', {
    name: 'b',
    email: 'b@example.com',
    date: '2026-01-01T00:00:00Z',
  });
  const second = await commitFiles(gitDir, 'main', { VERSION: '1.1.0\n' }, 'second', {
    name: 'b',
    email: 'b@example.com',
    date: '2026-06-01T00:00:00Z',
  });
  await sandbox.git.createRef(gitDir, 'refs/tags/v1.0.0', first);
  await sandbox.git.createRef(gitDir, 'refs/tags/v1.1.0', second);
  const repo = await sandbox.createRepo(`bench/${name}`, { gitDir });
  const start = Date.parse('2026-01-02T00:00:00Z');
  for (let i = 0; i < merged; i++) {
    const at = new Date(start + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    addPullRequest(repo, sandbox.state, {
      title: `Change ${i}`,
      head: `b${i}`,
      base: 'main',
      labels: i % 3 === 0 ? ['bug'] : i % 3 === 1 ? ['enhancement'] : [],
      merged_at: at,
    });
  }
  return { sha: second };
}

export async function changelogApiCalls(sandbox: GitHubSandbox, sizes: number[]): Promise<CallsRow[]> {
  const rows: CallsRow[] = [];
  for (const merged of sizes) {
    const name = `calls-${merged}`;
    const { sha } = await repoWithMerged(sandbox, name, merged);
    sandbox.clearLog();
    const started = Date.now();
    const result = await runAction({
      action: 'changelog-section',
      inputs: { mode: 'generate', version: 'v1.1.0' },
      github: { apiUrl: sandbox.apiUrl, serverUrl: sandbox.serverUrl, token: sandbox.token },
      repository: `bench/${name}`,
      sha,
      ref: 'refs/tags/v1.1.0',
    });
    if (result.exitCode !== 0) throw new Error(`changelog-section failed for N=${merged}:\n${result.log}`);
    const listed = (JSON.parse(result.outputs.changes ?? '[]') as unknown[]).length;
    if (listed !== merged) throw new Error(`N=${merged}: the notes list ${listed} pull requests`);
    rows.push({
      merged,
      calls: sandbox.requests.length,
      target: Math.ceil(merged / 100) + 3,
      searchPages: sandbox.count('search/issues-and-pull-requests'),
      wallMs: result.durationMs,
      firstRequestMs: (sandbox.requests[0]?.time ?? started) - started,
    });
  }
  return rows;
}
