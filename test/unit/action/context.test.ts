import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunnerContext, UserError } from '../../../shared/src/action/index.js';

describe('runner context', () => {
  it('reads a GitHub Enterprise Server runner, trailing slashes dropped', () => {
    const eventPath = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ ref: 'refs/tags/v1.0.0' }));
    const context = readRunnerContext({
      GITHUB_REPOSITORY: 'kontainapp/km',
      GITHUB_SHA: 'abc',
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_EVENT_PATH: eventPath,
      RUNNER_TEMP: '/runner/tmp',
      GITHUB_WORKSPACE: '/work/km',
    });
    expect(context).toMatchObject({
      owner: 'kontainapp',
      repo: 'km',
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://ghe.example.com',
      event: { ref: 'refs/tags/v1.0.0' },
      runnerTemp: '/runner/tmp',
      workspace: '/work/km',
    });
  });

  it('defaults to github.com', () => {
    const context = readRunnerContext({ GITHUB_REPOSITORY: 'o/r' });
    expect(context.apiUrl).toBe('https://api.github.com');
    expect(context.serverUrl).toBe('https://github.com');
    expect(context.event).toEqual({});
  });

  it.each([[undefined], ['justone'], ['a/b/c'], ['/r']])(
    'refuses GITHUB_REPOSITORY %s with what it expected',
    (value) => {
      const env = value === undefined ? {} : { GITHUB_REPOSITORY: value };
      expect(() => readRunnerContext(env)).toThrow(UserError);
      expect(() => readRunnerContext(env)).toThrow(/expected owner\/repo/);
    },
  );

  it('reads the event file only when the event is used, and names the file when it cannot', () => {
    const context = readRunnerContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_PATH: '/no/such/event.json' });
    expect(context.repository).toBe('o/r');
    expect(() => context.event).toThrow(UserError);
    expect(() => context.event).toThrow(
      /^GITHUB_EVENT_PATH points at \/no\/such\/event.json, which cannot be read/,
    );
  });

  it.each([
    ['{"ref": "refs/tags/v1', /which is not JSON \(.+\); the runner writes the event's payload there$/],
    ['[1, 2]', /which holds no JSON object/],
  ])('refuses the event file %s with a UserError naming it', (text, message) => {
    const eventPath = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
    writeFileSync(eventPath, text);
    const context = readRunnerContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_PATH: eventPath });
    expect(() => context.event).toThrow(UserError);
    expect(() => context.event).toThrow(`GITHUB_EVENT_PATH points at ${eventPath}, which`);
    expect(() => context.event).toThrow(message);
  });
});
