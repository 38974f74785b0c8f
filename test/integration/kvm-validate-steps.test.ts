/**
 * A guide's steps run for real under bash: passing and failing steps, expected output, carried
 * variables, a background server with its readiness probe, timeouts, and no process left behind —
 * checked by a marker in the environment of every process a step starts.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGuide } from '../../actions/kvm-validate/src/guide.js';
import { guideEnvironment, runGuide, type StepOutcome } from '../../actions/kvm-validate/src/steps.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { processesWithMarker } from '../../shared/src/process/group.js';
import { freePort, removeScratch, scratch } from '../e2e/kvm-validate-helpers.js';

afterAll(removeScratch);

const fence = '```';
let runs = 0;

async function runMarkdown(
  markdown: string,
  options: { timeout?: number; graceMs?: number; env?: Record<string, string> } = {},
): Promise<{ outcomes: StepOutcome[]; log: MemoryLogger; left: number[]; logOf: (i: number) => string }> {
  const base = scratch('kvm-steps-');
  const folders = { logs: join(base, 'logs'), scratch: join(base, 'scripts'), work: join(base, 'work') };
  for (const f of Object.values(folders)) mkdirSync(f);
  const log = new MemoryLogger();
  const marker = { name: 'KVM_VALIDATE_RUN', value: `test-${process.pid}-${++runs}` };
  const outcomes = await runGuide(parseGuide('G.md', markdown), {
    guideNumber: 1,
    logsDir: folders.logs,
    scratchDir: folders.scratch,
    workdir: folders.work,
    env: { ...guideEnvironment(process.env, '/opt/kontain'), ...options.env },
    defaultTimeoutSeconds: options.timeout ?? 30,
    graceMs: options.graceMs ?? 2000,
    marker,
    log,
  });
  const left = processesWithMarker(marker.name, marker.value);
  const logOf = (i: number): string => readFileSync(outcomes[i]!.logFile!, 'utf8');
  return { outcomes, log, left, logOf };
}

const results = (outcomes: StepOutcome[]): Array<[string, string]> =>
  outcomes.map((o) => [o.step.name, o.result]);

describe('runGuide', () => {
  it('carries exported variables (not plain ones) and the PATH to the next steps, and checks expected output', async () => {
    const { outcomes, left } = await runMarkdown(
      [
        `${fence}sh {"name":"set"}\nexport GREETING="hello world"\nPLAIN=not-carried\nmkdir -p bin && printf '#!/bin/sh\\necho tool ran\\n' > bin/tool && chmod +x bin/tool\nexport PATH="$PWD/bin:$PATH"\n${fence}`,
        `${fence}console\n$ echo "$GREETING / \${PLAIN:-unset}"\nhello world / unset\n$ tool\ntool ran\n${fence}`,
        `${fence}sh {"name":"prefix"}\necho "$INSTALL_PREFIX"\n${fence}`,
        `${fence}text\n/opt/...\n${fence}`,
      ].join('\n\nProse.\n\n'),
    );
    expect(results(outcomes)).toEqual([
      ['set', 'passed'],
      ['echo-greeting', 'passed'],
      ['prefix', 'passed'],
    ]);
    expect(left).toEqual([]);
  });

  it('fails a step on its exit code (set -e and pipefail hold) and does not run the steps after it', async () => {
    const { outcomes, logOf } = await runMarkdown(
      [
        `${fence}sh {"name":"pipe"}\necho before\nfalse | true\necho after\n${fence}`,
        `${fence}sh {"name":"never"}\necho never\n${fence}`,
      ].join('\n\n'),
    );
    expect(outcomes.map((o) => [o.step.name, o.result, o.reason, o.exitCode])).toEqual([
      ['pipe', 'failed', 'exit code 1', 1],
      ['never', 'skipped', 'not run: step 1 (pipe) failed', undefined],
    ]);
    expect(logOf(0)).toBe('before\n');
  });

  it('keeps an explicit exit code, and fails a step whose output differs from the expected output', async () => {
    const exit = await runMarkdown(`${fence}sh {"name":"three"}\necho bye; exit 3\n${fence}`);
    expect(exit.outcomes[0]).toMatchObject({ result: 'failed', exitCode: 3, reason: 'exit code 3' });
    const differs = await runMarkdown(
      `${fence}console\n$ printf 'Hello, world\\nHello, argv[0] = x\\n'\nHello, world\nHello, argv[1] = ...\n${fence}`,
    );
    expect(differs.outcomes[0]).toMatchObject({
      result: 'failed',
      exitCode: 0,
      reason:
        'the output differs from the expected output at G.md:1: expected line 2 "Hello, argv[1] = ...", output line 2 is "Hello, argv[0] = x"',
    });
  });

  it('runs a background server until the end: ready on its port before the next step, stopped afterwards', async () => {
    const port = await freePort();
    const { outcomes, left, logOf } = await runMarkdown(
      [
        `${fence}sh {"name":"port"}\nexport PORT=${port}\n${fence}`,
        `${fence}sh {"name":"server","background":"true","readyPort":"$PORT"}\necho starting\nexec python3 -m http.server "$PORT" --bind 127.0.0.1\n${fence}`,
        `${fence}sh {"name":"get"}\ncurl -sf -o /dev/null -w '%{http_code}\\n' "http://127.0.0.1:$PORT/"\n${fence}`,
        `${fence}text\n200\n${fence}`,
      ].join('\n\n'),
    );
    expect(results(outcomes)).toEqual([
      ['port', 'passed'],
      ['server', 'passed'],
      ['get', 'passed'],
    ]);
    expect(outcomes[1]!.reason).toBe('stopped at the end of the guide');
    expect(logOf(1)).toContain('starting');
    expect(left).toEqual([]);
    const again = await fetch(`http://127.0.0.1:${port}/`).then(
      () => 'answered',
      () => 'closed',
    );
    expect(again).toBe('closed');
  });

  it('waits for a readiness command, and fails a server that dies before it is ready', async () => {
    const ready = await runMarkdown(
      [
        `${fence}sh {"name":"slow","background":"true","readyCommand":"test -f started"}\nsleep 0.3; touch started; sleep 60\n${fence}`,
        `${fence}sh\ntest -f started && echo ready\n${fence}`,
      ].join('\n\n'),
    );
    expect(results(ready.outcomes)).toEqual([
      ['slow', 'passed'],
      ['test-f', 'passed'],
    ]);
    expect(ready.left).toEqual([]);
    const dies = await runMarkdown(
      `${fence}sh {"name":"dies","background":"true","readyPort":"1"}\necho bad config >&2; exit 4\n${fence}`,
    );
    expect(dies.outcomes[0]).toMatchObject({
      result: 'failed',
      exitCode: 4,
      reason: 'exit code 4 before it was ready (port 1)',
    });
  });

  it('times out a step, stopping its process group, and SIGKILLs what ignores SIGTERM', async () => {
    const { outcomes, left } = await runMarkdown(
      `${fence}sh {"name":"stubborn","timeout":"1"}\ntrap '' TERM\n(trap '' TERM; sleep 60) &\nsleep 60\n${fence}`,
      { graceMs: 300 },
    );
    expect(outcomes[0]).toMatchObject({
      result: 'timed out',
      reason: 'no exit within 1 s: its processes were stopped (SIGTERM, then SIGKILL after 0.3 s)',
    });
    expect(left).toEqual([]);
  });

  it('times out a background step that never gets ready', async () => {
    const port = await freePort();
    const { outcomes, left } = await runMarkdown(
      `${fence}sh {"name":"mute","background":"true","readyPort":"${port}","timeout":"1"}\nsleep 60\n${fence}`,
    );
    expect(outcomes[0]).toMatchObject({
      result: 'timed out',
      reason: `not ready within 1 s (port ${port}): its processes were stopped`,
    });
    expect(left).toEqual([]);
  });

  it('stops what a step leaves running, also processes that left its group', async () => {
    const { outcomes, left, log } = await runMarkdown(
      [
        // The second sleep leaves the step's process group (a new session) before the step ends.
        `${fence}sh {"name":"leaves"}\nsleep 60 &\nsetsid bash -c 'touch escaped; exec sleep 61' &\nuntil [ -e escaped ]; do sleep 0.05; done\necho left two\n${fence}`,
        `${fence}sh\necho next\n${fence}`,
      ].join('\n\n'),
    );
    expect(results(outcomes)).toEqual([
      ['leaves', 'passed'],
      ['echo-next', 'passed'],
    ]);
    expect(left).toEqual([]);
    expect(log.lines).toContain(
      'warning: 1 process(es) started by G.md had left their process group; they were killed',
    );
  });

  it("withholds the action's token, runtime credentials and runner files from the guide", () => {
    const env = guideEnvironment(
      {
        PATH: '/usr/bin:/bin',
        INPUT_TOKEN: 'ghs_secret',
        ACTIONS_RUNTIME_TOKEN: 'jwt',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
        GITHUB_ENV: '/tmp/env',
        GITHUB_OUTPUT: '/tmp/out',
        GITHUB_TOKEN: 'ghs_other',
        GITHUB_REPOSITORY: 'kontainapp/km',
      },
      '/opt/kontain',
    );
    expect(env).toEqual({
      PATH: '/usr/bin:/bin',
      GITHUB_REPOSITORY: 'kontainapp/km',
      INSTALL_PREFIX: '/opt/kontain',
    });
  });

  it('stops the output of a step from speaking to the runner (workflow commands are stopped around it)', async () => {
    const { log } = await runMarkdown(
      `${fence}sh\necho '::add-mask::x'\necho '::error::from the guide'\n${fence}`,
    );
    const at = log.lines.findIndex((l) => l === '::error::from the guide');
    const stop = log.lines
      .slice(0, at)
      .reverse()
      .find((l) => l.startsWith('::stop-commands::'));
    expect(stop).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
    expect(log.lines.slice(at)).toContain(`::${stop!.slice('::stop-commands::'.length)}::`);
  });
});
