/**
 * JSON values found by their text span and replaced in place, so the file keeps its own indentation,
 * key order and spacing: only the characters of the one value change.
 */
import { EditError, keyPathText, lineAt, type Occurrence } from './span.js';

interface Span {
  start: number;
  end: number;
}

/**
 * How deep arrays and objects may nest. The reader recurses once per level; a file nested past this
 * (no version file is) is refused with its line instead of overflowing the stack.
 */
export const MAX_JSON_DEPTH = 1000;

/** A small JSON reader that records where the value at a key path sits. */
class Scanner {
  private at = 0;
  found: Span | undefined;

  constructor(
    private readonly text: string,
    private readonly keys: readonly (string | number)[],
  ) {}

  run(): void {
    this.value(0, true);
    this.space();
    if (this.at < this.text.length) this.fail('unexpected text after the JSON value');
  }

  private fail(message: string): never {
    const line = lineAt(this.text, this.at);
    throw new EditError(`is not valid JSON (line ${line}): ${message}`, line);
  }

  private space(): void {
    while (/[ \t\r\n]/.test(this.text[this.at] ?? '')) this.at++;
  }

  /** Read one value; `onPath` when the keys so far lead here. */
  private value(depth: number, onPath: boolean): void {
    this.space();
    const start = this.at;
    if (depth > MAX_JSON_DEPTH) {
      const line = lineAt(this.text, this.at);
      throw new EditError(
        `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels (line ${line})`,
        line,
      );
    }
    const c = this.text[this.at];
    if (c === '{') this.object(depth, onPath);
    else if (c === '[') this.array(depth, onPath);
    else if (c === '"') this.string();
    else if (/[-0-9]/.test(c ?? '')) this.literal(/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/);
    else this.literal(/^(?:true|false|null)/);
    if (onPath && depth === this.keys.length) this.found = { start, end: this.at };
  }

  private literal(pattern: RegExp): void {
    const match = pattern.exec(this.text.slice(this.at, this.at + 400));
    if (!match) this.fail(`unexpected ${JSON.stringify(this.text[this.at] ?? 'end of file')}`);
    this.at += match[0].length;
  }

  string(): string {
    // eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
    const match = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(
      this.text.slice(this.at),
    );
    if (!match) this.fail('unterminated or invalid string');
    this.at += match[0].length;
    return JSON.parse(match[0]) as string;
  }

  private expect(char: string): void {
    this.space();
    if (this.text[this.at] !== char) this.fail(`expected '${char}'`);
    this.at++;
  }

  private object(depth: number, onPath: boolean): void {
    this.at++;
    this.space();
    if (this.text[this.at] === '}') return void this.at++;
    // Along the key path, a key given twice would leave the value to edit ambiguous.
    const seen = onPath ? new Map<string, number>() : undefined;
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail('expected a key in double quotes');
      const line = seen && lineAt(this.text, this.at);
      const key = this.string();
      if (seen && line !== undefined) {
        const first = seen.get(key);
        if (first !== undefined) {
          const name = keyPathText([...this.keys.slice(0, depth), key]);
          throw new EditError(`has the key ${name} twice (lines ${first} and ${line})`, line);
        }
        seen.set(key, line);
      }
      this.expect(':');
      this.value(depth + 1, onPath && this.keys[depth] === key);
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else return this.expect('}');
    }
  }

  private array(depth: number, onPath: boolean): void {
    this.at++;
    this.space();
    if (this.text[this.at] === ']') return void this.at++;
    for (let index = 0; ; index++) {
      this.value(depth + 1, onPath && this.keys[depth] === index);
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else return this.expect(']');
    }
  }
}

/** Find the string at a key path (`version`, `a.b[0]`) in a JSON text; EditError when it is not one. */
export function findJsonString(text: string, keys: readonly (string | number)[]): Occurrence {
  const scanner = new Scanner(text.replace(/^\uFEFF/, ' '), keys);
  scanner.run();
  const span = scanner.found;
  if (!span) throw new EditError(`has no key ${keyPathText(keys)}`);
  const raw = text.slice(span.start, span.end);
  const line = lineAt(text, span.start);
  if (!raw.startsWith('"'))
    throw new EditError(`${keyPathText(keys)} holds ${raw.slice(0, 40)}, not a string`, line);
  return {
    ...span,
    line,
    value: JSON.parse(raw) as string,
    render: (value) => JSON.stringify(value),
  };
}
