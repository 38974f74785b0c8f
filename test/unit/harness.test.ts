import { describe, expect, it } from '@jest/globals';
import { maskLikeTheRunner, parseFileCommands } from '../harness/runner.js';

describe('runner harness', () => {
  it('masks a value from its add-mask line on, and shows what leaked before it', () => {
    const { text, masks } = maskLikeTheRunner('leaked s3cret\n::add-mask::s3cret\nlater s3cret\n');
    expect(masks).toEqual(['s3cret']);
    expect(text).toBe('leaked s3cret\nlater ***\n');
  });

  it('reads name=value and heredoc entries of GITHUB_OUTPUT', () => {
    const file = 'found=true\nbody<<ghadelimiter_1\nline 1\n\nline 3\nghadelimiter_1\nversion=v1.0.0\n';
    expect(parseFileCommands(file)).toEqual({ found: 'true', body: 'line 1\n\nline 3', version: 'v1.0.0' });
  });
});
