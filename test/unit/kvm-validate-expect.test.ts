/** Expected output, tesh-style: line for line, `...` alone for any lines, `...` in a line for any text. */
import { describe, expect, it } from '@jest/globals';
import { matchOutput } from '../../actions/kvm-validate/src/expect.js';

describe('matchOutput', () => {
  it.each([
    ['exact lines', 'a\nb', 'a\nb\n'],
    [
      'line ends, trailing spaces, blank edges and colours do not count',
      'a\nb',
      '\r\n\u001b[32ma\u001b[0m  \r\nb\r\n\n',
    ],
    ['... alone matches no line', 'a\n...\nb', 'a\nb'],
    ['... alone matches many lines', 'a\n...\nz', 'a\nb\nc\nz'],
    [
      '... at the end matches the rest',
      'Hello, world\n...',
      'Hello, world\nHello, argv[0] = x\nHello, argv[1] = y',
    ],
    [
      '... in a line matches any text',
      "argv[0] = '...hello_test.km'",
      "argv[0] = '/opt/kontain/tests/hello_test.km'",
    ],
    ['regex characters are literal', 'cost: $5 (a+b)*', 'cost: $5 (a+b)*'],
    ['backtracking over ...', '...\nx\ny', 'x\nx\ny'],
  ])('matches: %s', (_what, expected, actual) => {
    expect(matchOutput(expected, actual)).toEqual({ ok: true });
  });

  it.each([
    ['a differing line', 'a\nb\nc', 'a\nB\nc', 'expected line 2 "b", output line 2 is "B"'],
    ['missing lines', 'a\nb', 'a', 'expected line 2 "b", but the output ended after 1 line(s)'],
    [
      'extra lines',
      'a',
      'a\nb\nc',
      'output line 2 is "b", after every expected line matched (2 line(s) more than expected)',
    ],
    [
      'a wildcard line still needs the rest',
      'Hello ...\nbye',
      'Hello there\nsee you',
      'expected line 2 "bye", output line 2 is "see you"',
    ],
  ])('refuses %s and says where', (_what, expected, actual, message) => {
    expect(matchOutput(expected, actual)).toEqual({ ok: false, message });
  });

  it('handles a long output against a wildcard in linear passes', () => {
    const actual = Array.from({ length: 50_000 }, (_, i) => `line ${i}`).join('\n');
    expect(matchOutput('line 0\n...\nline 49999', actual)).toEqual({ ok: true });
  });
});
