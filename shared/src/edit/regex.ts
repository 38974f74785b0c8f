/**
 * Text edits: a regular expression's one capture group, whole version strings in prose (`0.7.0` never
 * inside `10.7.0` or `0.7.01`), and the lines a zeitgeist `match` selects.
 */
import { EditError, lineFinder, type Occurrence } from './span.js';

function plain(start: number, value: string, line: number): Occurrence {
  return { start, end: start + value.length, line, value, render: (v) => v };
}

/** Compile a user's pattern that must have exactly one capture group. */
export function compileCapture(pattern: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'gmd');
  } catch (error) {
    throw new EditError(`/${pattern}/ is not a valid regular expression: ${(error as Error).message}`);
  }
  const groups = (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
  if (groups !== 1) throw new EditError(`/${pattern}/ has ${groups} capture groups; it needs exactly one`);
  return regex;
}

/** Every match's capture group in a text (empty when none matches). */
export function findCaptures(text: string, regex: RegExp): Occurrence[] {
  const found: Occurrence[] = [];
  const lineOf = lineFinder(text);
  for (const match of text.matchAll(new RegExp(regex.source, 'gmd'))) {
    const span = match.indices?.[1];
    // An empty capture names no version; matchAll itself steps over empty matches.
    if (span && match[1]) found.push(plain(span[0], match[1], lineOf(span[0])));
  }
  return found;
}

/** A longer version goes on after ours: more digits, a PEP 440 or SemVer suffix, build metadata. */
const LONGER =
  /^(?:\w|\.(?:\d|dev|post|rc|a\d|b\d|alpha|beta|pre)|\+\w|-(?:rc|alpha|beta|pre|dev|snapshot)|-\d)/i;
/** The same, when an image revision (`v4.5.1-0`) still names the version. */
const LONGER_LOOSE =
  /^(?:\w|\.(?:\d|dev|post|rc|a\d|b\d|alpha|beta|pre)|\+\w|-(?:rc|alpha|beta|pre|dev|snapshot))/i;

/** True when what stands before `at` lets a version start there (`v0.7.0` yes, `10.7.0` no). */
function startsFree(text: string, at: number): boolean {
  const prev = text[at - 1];
  if (prev === undefined || !/[\w.+]/.test(prev)) return true;
  return /[vV]/.test(prev) && !/[\w.+]/.test(text[at - 2] ?? ' ');
}

/**
 * Whole occurrences of a version in text. Not inside a longer number (`10.7.0`, `0.7.01`, `0.7.0.1`)
 * nor a longer version (`0.7.0-rc.1`, `0.7.0.dev0`, `0.7.0+build`); a `v` in front is allowed (and
 * kept, as it is outside the span). `loose` also accepts an image revision after it (`v4.5.1-0`).
 */
export function findVersionStrings(text: string, version: string, loose = false): Occurrence[] {
  const found: Occurrence[] = [];
  if (version === '') return found;
  const longer = loose ? LONGER_LOOSE : LONGER;
  const lineOf = lineFinder(text);
  for (let at = text.indexOf(version); at !== -1; at = text.indexOf(version, at + 1)) {
    if (startsFree(text, at) && !longer.test(text.slice(at + version.length, at + version.length + 8))) {
      found.push(plain(at, version, lineOf(at)));
    }
  }
  return found;
}

export interface TextLine {
  /** 1-based. */
  line: number;
  start: number;
  text: string;
}

/** The lines of a text as a line scanner reads them (no trailing empty line after the last newline). */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let number = 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    lines.push({ line: number++, start, text: text.slice(start, stop).replace(/\r$/, '') });
    start = stop + 1;
  }
  return lines;
}
