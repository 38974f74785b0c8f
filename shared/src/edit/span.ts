/**
 * Format-preserving edits as spans: every finder returns where a value's text starts and ends in the
 * file, and an edit replaces exactly those characters. Everything outside them stays byte-for-byte.
 */

/** Where a value sits in a file's text, and how to write another value in its place. */
export interface Occurrence {
  /** Offset of the value's first character (its opening quote, when quoted). */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** The value, unquoted. */
  value: string;
  /** The text that writes `value` here, in the same style (quotes kept). */
  render(value: string): string;
}

export interface Edit {
  occurrence: Occurrence;
  value: string;
}

/** A file that cannot be read as what it claims to be, or lacks what it should hold. */
export class EditError extends Error {
  override readonly name = 'EditError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A fast `lineAt` for many offsets in one text: the newline offsets, searched by bisection. */
export function lineFinder(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (newlines[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/** Apply edits (non-overlapping spans) to a text; the rest of it is left untouched. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.occurrence.start - b.occurrence.start);
  let out = '';
  let at = 0;
  for (const { occurrence, value } of sorted) {
    if (occurrence.start < at) throw new Error(`overlapping edits at offset ${occurrence.start}`);
    out += text.slice(at, occurrence.start) + occurrence.render(value);
    at = occurrence.end;
  }
  return out + text.slice(at);
}

/** A key path as written in an input: `docker.version`, `dependencies[0].version`. */
export function parseKeyPath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match || (match[1] === '' && match[2] === '')) throw new EditError(`'${path}' is not a key path`);
    if (match[1]) keys.push(match[1]);
    for (const index of match[2]?.matchAll(/\[(\d+)\]/g) ?? []) keys.push(Number(index[1]));
  }
  return keys;
}

/** A key path written back for messages. */
export function keyPathText(keys: readonly (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
