/**
 * Expected output, tesh-style: the step's output must match the expected text line for line, where a
 * line that is only `...` matches any number of lines (none included) and `...` inside a line matches
 * any characters of that line. Line ends, trailing spaces, colour codes and blank lines at either end
 * do not count: a guide shows what a person sees, not the bytes.
 */

export type Match = { ok: true } | { ok: false; message: string };

// Colour and cursor codes (CSI sequences) a program may print to a terminal.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

function lines(text: string, stripAnsi: boolean): string[] {
  const clean = (stripAnsi ? text.replace(ANSI, '') : text).replace(/\r\n?/g, '\n');
  const all = clean.split('\n').map((l) => l.replace(/\s+$/, ''));
  while (all.length && all[0] === '') all.shift();
  while (all.length && all[all.length - 1] === '') all.pop();
  return all;
}

function linePattern(line: string): RegExp {
  const body = line
    .split('...')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

/**
 * Match the output against the expected text; the failure message names the first expected line that
 * no output line fits. Walks the expected lines once, keeping every output position the lines so far
 * can end at (a `...` line keeps all later positions), so a long output costs lines × positions.
 */
export function matchOutput(expected: string, actual: string): Match {
  const want = lines(expected, false);
  const got = lines(actual, true);
  let reach = new Uint8Array(got.length + 1);
  reach[0] = 1;
  for (const [i, line] of want.entries()) {
    const next = new Uint8Array(got.length + 1);
    const first = reach.indexOf(1);
    if (line.trim() === '...') {
      next.fill(1, first);
    } else {
      const pattern = linePattern(line);
      for (let j = first; j < got.length; j++) if (reach[j] && pattern.test(got[j]!)) next[j + 1] = 1;
    }
    if (next.indexOf(1) === -1) {
      return {
        ok: false,
        message:
          first < got.length
            ? `expected line ${i + 1} "${line}", output line ${first + 1} is "${got[first]}"`
            : `expected line ${i + 1} "${line}", but the output ended after ${got.length} line(s)`,
      };
    }
    reach = next;
  }
  if (reach[got.length]) return { ok: true };
  const last = reach.lastIndexOf(1);
  return {
    ok: false,
    message: `output line ${last + 1} is "${got[last] ?? ''}", after every expected line matched (${got.length - last} line(s) more than expected)`,
  };
}
