/**
 * The go.mod lexer, after golang.org/x/mod/modfile/read.go: a file is lines of tokens; `//` starts a
 * comment to the end of the line (`/* *\/` is an error); `"…"` strings take Go escapes, `` `…` `` strings
 * are raw; neither may span lines; `( ) [ ] { } ,` are tokens of their own; anything else printable up
 * to a space or one of those is an identifier.
 */

export interface Token {
  kind: 'ident' | 'string' | 'punct';
  /** The source text of the token, quotes included. */
  text: string;
  /** The token's value: a string's unquoted contents, else its text. */
  value: string;
  line: number;
  column: number;
}

/** One line of tokens, and the comment that ends it (without `//`, trimmed). */
export interface LexLine {
  tokens: Token[];
  comment?: string;
  line: number;
}

export class GoModSyntaxError extends Error {
  override readonly name = 'GoModSyntaxError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}

const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',']);

function isIdentChar(c: string): boolean {
  return !PUNCT.has(c) && !/\s/u.test(c) && /\P{C}/u.test(c);
}

/** Split a go.mod text into lines of tokens; throws GoModSyntaxError with the file, line and column. */
export function lex(text: string, file = 'go.mod'): LexLine[] {
  const lines: LexLine[] = [];
  const sourceLines = text.replace(/^\uFEFF/, '').split('\n');
  for (const [index, raw] of sourceLines.entries()) {
    const number = index + 1;
    const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const fail = (column: number, reason: string): never => {
      throw new GoModSyntaxError(file, number, column, reason);
    };
    const chars = [...source];
    const out: LexLine = { tokens: [], line: number };
    let i = 0;
    while (i < chars.length) {
      const c = chars[i] ?? '';
      const column = i + 1;
      if (c === ' ' || c === '\t' || c === '\r') {
        i++;
      } else if (c === '/' && chars[i + 1] === '/') {
        out.comment = chars
          .slice(i + 2)
          .join('')
          .trim();
        break;
      } else if (c === '/' && chars[i + 1] === '*') {
        fail(column, 'mod files must use // comments, not /* */ comments');
      } else if (PUNCT.has(c)) {
        out.tokens.push({ kind: 'punct', text: c, value: c, line: number, column });
        i++;
      } else if (c === '"' || c === '`') {
        let j = i + 1;
        while (j < chars.length && chars[j] !== c) j += chars[j] === '\\' && c === '"' ? 2 : 1;
        if (j >= chars.length) fail(column, 'unexpected newline in string');
        const quoted = chars.slice(i, j + 1).join('');
        const value = c === '`' ? quoted.slice(1, -1) : unquote(quoted, (reason) => fail(column, reason));
        out.tokens.push({ kind: 'string', text: quoted, value, line: number, column });
        i = j + 1;
      } else if (isIdentChar(c)) {
        let j = i;
        while (j < chars.length && isIdentChar(chars[j] ?? '')) {
          if (chars[j] === '/' && chars[j + 1] === '/') break;
          if (chars[j] === '/' && chars[j + 1] === '*') {
            fail(j + 1, 'mod files must use // comments, not /* */ comments');
          }
          j++;
        }
        const ident = chars.slice(i, j).join('');
        out.tokens.push({ kind: 'ident', text: ident, value: ident, line: number, column });
        i = j;
      } else {
        fail(column, `unexpected input character ${JSON.stringify(c)}`);
      }
    }
    lines.push(out);
  }
  return lines;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
};

/** A Go interpreted string literal's value (strconv.Unquote for `"…"`). */
export function unquote(quoted: string, fail: (reason: string) => never): string {
  const body = quoted.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    const hexLength = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLength) {
      const hex = body.slice(i + 2, i + 2 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) fail(`invalid escape \\${e}${hex}`);
      const code = parseInt(hex, 16);
      if (e === 'x') out += Buffer.from([code]).toString('latin1');
      else if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) fail(`invalid escape \\${e}${hex}`);
      else out += String.fromCodePoint(code);
      i += 1 + hexLength;
      continue;
    }
    const octal = body.slice(i + 1, i + 4);
    if (/^[0-7]{3}$/.test(octal) && parseInt(octal, 8) <= 255) {
      out += String.fromCharCode(parseInt(octal, 8));
      i += 3;
      continue;
    }
    fail(`invalid escape \\${e} in string ${quoted}`);
  }
  return out;
}
