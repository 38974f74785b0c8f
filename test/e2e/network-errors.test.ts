/**
 * A network that fails is not an answer from GitHub: the bundles say the host could not be reached,
 * name the URL and GITHUB_API_URL, and give up after a few quick attempts (counted, not timed).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type RunResult } from '../harness/runner.js';

/** A port nothing listens on: bound once by us, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** A server that accepts each connection and drops it unanswered; counts the connections. */
let dropping: Server;
let dropped = 0;
beforeAll(async () => {
  dropping = createServer((socket: Socket) => {
    dropped++;
    socket.once('data', () => socket.destroy());
  });
  await new Promise<void>((done) => dropping.listen(0, '127.0.0.1', done));
});
afterAll(async () => {
  await new Promise<void>((done) => dropping.close(() => done()));
});

const ACTIONS = {
  'create-release': { ref: 'refs/tags/v1.0.0', inputs: {} },
  'changelog-section': { ref: 'refs/tags/v1.0.0', inputs: { mode: 'generate' } },
} as const;

function run(action: keyof typeof ACTIONS, apiUrl: string): Promise<RunResult> {
  const { ref, inputs } = ACTIONS[action];
  return runAction({
    action,
    github: { apiUrl, serverUrl: 'https://github.com', token: 'ghs_networktest0000000000000000000000' },
    repository: 'kontainapp/km',
    sha: '3f1c2b9d8e7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e',
    ref,
    workspace: mkdtempSync(join(tmpdir(), 'network-')),
    inputs,
  });
}

/** The failure, and how many attempts the log shows: one per retry line, plus the first. */
function expectUnreachable(result: RunResult, apiUrl: string, reason: RegExp): number {
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect(errors).toHaveLength(1);
  const error = errors[0]!;
  expect(error).toMatch(/^Could not reach the GitHub API: GET /);
  expect(error).toContain(`${apiUrl}/repos/kontainapp/km/`);
  expect(error).toMatch(reason);
  expect(error).toContain(`The API root ${apiUrl} comes from GITHUB_API_URL`);
  expect(error).not.toMatch(/GitHub answered|Unexpected failure/);
  expect(result.log).not.toMatch(/^\s+at /m);
  const retries = result.log.split('\n').filter((l) => l.startsWith('Could not reach GitHub for GET')).length;
  expect(error).toContain(`failed after ${retries + 1} attempts`);
  return retries + 1;
}

describe.each(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])('%s', (action) => {
  it('says a closed port refused the connection, after 3 attempts', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api/v3`;
    const result = await run(action, apiUrl);
    expect(expectUnreachable(result, apiUrl, /the connection was refused \(ECONNREFUSED\)/)).toBe(3);
  });

  it('says a name that does not resolve did not resolve, after 3 attempts', async () => {
    const apiUrl = 'https://api.release-actions.invalid/api/v3';
    const result = await run(action, apiUrl);
    expect(expectUnreachable(result, apiUrl, /the host name did not resolve \(DNS: E[A-Z_]+\)/)).toBe(3);
  });

  it('says the connection broke when the server drops it, and tried exactly 3 times', async () => {
    const apiUrl = `http://127.0.0.1:${(dropping.address() as AddressInfo).port}/api/v3`;
    dropped = 0;
    const result = await run(action, apiUrl);
    expect(expectUnreachable(result, apiUrl, /the connection broke/)).toBe(3);
    expect(dropped).toBe(3);
  });
});
