/** go-module-tags' getInputs: the refusals that happen before anything is read or written. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { getInputs } from '../../actions/go-module-tags/src/inputs.js';
import type { RunnerContext } from '../../shared/src/action/context.js';
import { InputError } from '../../shared/src/action/errors.js';

const SHA = 'a'.repeat(40);
const CONTEXT: RunnerContext = {
  owner: 'o',
  repo: 'r',
  repository: 'o/r',
  sha: SHA,
  ref: 'refs/heads/main',
  eventName: 'push',
  event: {},
  workspace: '/tmp/ws',
  runnerTemp: '/tmp',
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  runId: '1',
};

const set: string[] = [];
function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const key = `INPUT_${name.toUpperCase()}`;
    process.env[key] = value;
    set.push(key);
  }
}
afterEach(() => {
  for (const key of set.splice(0)) delete process.env[key];
});

function refusal(context: RunnerContext = CONTEXT): InputError {
  try {
    getInputs(context);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('getInputs accepted the inputs');
}

describe('go-module-tags inputs', () => {
  it('takes the defaults, and the server URL from the runner context', () => {
    inputs({ version: 'v0.8.0' });
    expect(getInputs(CONTEXT)).toMatchObject({ sha: SHA, remote: 'origin', serverUrl: 'https://github.com' });
  });

  it.each([
    'https://x-access-token:ghs_SECRET1@github.com/o/r.git',
    'https://ghs_SECRET1@github.com/o/r.git',
    'https://u:p@ss_SECRET1@github.com/o/r.git',
  ])('a remote URL with credentials (%s) is refused, pointing to token, without printing them', (remote) => {
    inputs({ version: 'v0.8.0', remote });
    const error = refusal();
    expect(error.message).toBe(
      `Input 'remote' got "https://***@github.com/o/r.git": expected a URL without user name or password: give the credential in the 'token' input`,
    );
    expect(error.message).not.toContain('SECRET');
  });

  it('an ssh URL with a user name only (no secret) is accepted', () => {
    inputs({ version: 'v0.8.0', remote: 'ssh://git@github.com/o/r.git' });
    expect(getInputs(CONTEXT).remote).toBe('ssh://git@github.com/o/r.git');
  });

  it.each(['pull_request', 'pull_request_target'])(
    'on %s GITHUB_SHA is refused: sha must be given',
    (event) => {
      inputs({ version: 'v0.8.0' });
      expect(refusal({ ...CONTEXT, eventName: event }).message).toBe(
        `Input 'sha' is empty: expected the commit to tag, given explicitly on ${event} events: GITHUB_SHA is then a merge commit on no branch`,
      );
      inputs({ sha: 'b'.repeat(40) });
      expect(getInputs({ ...CONTEXT, eventName: event }).sha).toBe('b'.repeat(40));
    },
  );

  it.each([
    ['paths', '-x'],
    ['exclude', '--force/**'],
  ])("%s %s: a folder whose name starts with '-' is refused", (input, value) => {
    inputs({ version: 'v0.8.0', [input]: value });
    const error = refusal();
    expect(error.input).toBe(input);
    expect(error.expected).toContain("not starting with '-'");
  });
});
