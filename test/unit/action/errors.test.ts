import { describe, expect, it } from '@jest/globals';
import { describeError, InputError, isUserError, UserError } from '../../../shared/src/action/index.js';

describe('errors', () => {
  it('InputError names the input, the value and what was expected', () => {
    const error = new InputError('tag', 'v1.2', 'a SemVer tag with a v prefix, such as v1.2.0');
    expect(error.message).toBe(
      `Input 'tag' got "v1.2": expected a SemVer tag with a v prefix, such as v1.2.0`,
    );
    expect(isUserError(error)).toBe(true);
  });

  it('InputError shortens very long values', () => {
    const error = new InputError('body', 'x'.repeat(1000), 'at most 10 characters');
    expect(error.message.length).toBeLessThan(300);
  });

  it('describeError follows the cause chain', () => {
    const root = new Error('ECONNRESET');
    const mid = new Error('upload of kontain.tar.gz failed', { cause: root });
    expect(describeError(new Error('release v1.0.0 is incomplete', { cause: mid }))).toBe(
      'release v1.0.0 is incomplete: caused by: upload of kontain.tar.gz failed: caused by: ECONNRESET',
    );
    expect(describeError('plain string')).toBe('plain string');
    expect(isUserError(new Error('x'))).toBe(false);
    expect(isUserError(new UserError('x'))).toBe(true);
  });
});

describe('describeError on HTTP errors', () => {
  it('names the request an octokit RequestError came from', () => {
    const error = Object.assign(new Error('Not Found - https://docs.github.com/rest'), {
      status: 404,
      request: { method: 'GET', url: 'https://api.github.com/repos/o/r/git/matching-refs/tags%2F' },
    });
    expect(describeError(error)).toBe(
      'GitHub answered 404 to GET https://api.github.com/repos/o/r/git/matching-refs/tags%2F: Not Found - https://docs.github.com/rest',
    );
  });
});
