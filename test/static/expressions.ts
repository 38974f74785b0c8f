/**
 * GitHub Actions expressions: finding `${{ }}` in text the way the runner does, and a small parser for
 * the expression language, so the security rules can tell which context values reach an expression's result.
 */

export interface FoundExpression {
  /** The text between `${{` and `}}`, trimmed. */
  text: string;
  /** Offset of `${{` in the scanned text. */
  start: number;
  /** Offset just past the closing `}}`. */
  end: number;
}

/**
 * Offset just past the `}}` that closes the expression opened at `start` (which points at `${{`), or -1.
 * Like the runner, a `}}` inside a string literal (`'...'`, `''` escaping a quote) does not close it.
 */
export function expressionEnd(text: string, start: number): number {
  let inString = false;
  for (let i = start + 3; i < text.length; i++) {
    const c = text[i];
    if (c === "'") inString = !inString;
    else if (!inString && c === '}' && text[i + 1] === '}') return i + 2;
  }
  return -1;
}

/** Every `${{ }}` in `text`, in order. An unclosed `${{` ends the scan. */
export function findExpressions(text: string): FoundExpression[] {
  const found: FoundExpression[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${{', from);
    if (start === -1) return found;
    const end = expressionEnd(text, start);
    if (end === -1) return found;
    found.push({ text: text.slice(start + 3, end - 2).trim(), start, end });
    from = end;
  }
}

/** A parsed expression. Property names and function names are lowercased (the language ignores case). */
export type Expr =
  | { kind: 'literal' }
  /** A context reference: `github.event.issue.title`; `*` stands for `.*` and for a computed index. */
  | { kind: 'reference'; path: string[] }
  /** A property or index applied to something other than a context (`fromJSON(x).y`). */
  | { kind: 'member'; object: Expr }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr };

type Token =
  | { type: 'number' }
  | { type: 'word' }
  | { type: 'string'; value: string }
  | { type: 'name'; value: string }
  | { type: 'punct'; value: string };

const PUNCTUATION = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')', '[', ']', '.', ',', '*'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest.startsWith("'")) {
      const string = /^'(?:[^']|'')*'/.exec(rest);
      if (!string) throw new Error('unterminated string');
      tokens.push({ type: 'string', value: string[0].slice(1, -1).replace(/''/g, "'") });
      i += string[0].length;
      continue;
    }
    // Numbers first: `-1`, `1.5`, `0xff`, `1e3` (a `.` after a name is a property access, handled below).
    const previous = tokens[tokens.length - 1];
    const afterDot = previous?.type === 'punct' && previous.value === '.';
    const number = afterDot
      ? null
      : /^-?(?:0x[0-9a-f]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i.exec(rest);
    if (number) {
      tokens.push({ type: 'number' });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][\w-]*/.exec(rest);
    if (name) {
      const lower = name[0].toLowerCase();
      const keyword = !afterDot && ['true', 'false', 'null', 'nan', 'infinity'].includes(lower);
      tokens.push(keyword ? { type: 'word' } : { type: 'name', value: lower });
      i += name[0].length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => rest.startsWith(p));
    if (punct === undefined) throw new Error(`unexpected ${JSON.stringify(rest[0])}`);
    tokens.push({ type: 'punct', value: punct });
    i += punct.length;
  }
  return tokens;
}

const BINARY_LEVELS = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>=']];

/** Parses an expression (the text inside `${{ }}`); throws on a syntax error. */
export function parseExpression(text: string): Expr {
  const tokens = tokenize(text);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isPunct = (value: string): boolean => {
    const token = peek();
    return token?.type === 'punct' && token.value === value;
  };
  const expect = (value: string): void => {
    if (!isPunct(value)) throw new Error(`expected ${value}`);
    position++;
  };

  const binary = (level: number): Expr => {
    const ops = BINARY_LEVELS[level];
    if (ops === undefined) return unary();
    let left = binary(level + 1);
    for (;;) {
      const token = peek();
      if (token?.type !== 'punct' || !ops.includes(token.value)) return left;
      position++;
      left = { kind: 'binary', op: token.value, left, right: binary(level + 1) };
    }
  };

  const unary = (): Expr => {
    if (isPunct('!')) {
      position++;
      return { kind: 'not', operand: unary() };
    }
    return postfix(primary());
  };

  const primary = (): Expr => {
    const token = tokens[position++];
    if (token === undefined) throw new Error('unexpected end');
    if (token.type === 'string' || token.type === 'number' || token.type === 'word')
      return { kind: 'literal' };
    if (token.type === 'punct') {
      if (token.value !== '(') throw new Error(`unexpected ${token.value}`);
      const inner = binary(0);
      expect(')');
      return inner;
    }
    if (isPunct('(')) {
      position++;
      const args: Expr[] = [];
      while (!isPunct(')')) {
        args.push(binary(0));
        if (!isPunct(')')) expect(',');
      }
      position++;
      return { kind: 'call', name: token.value, args };
    }
    return { kind: 'reference', path: [token.value] };
  };

  const postfix = (base: Expr): Expr => {
    let current = base;
    for (;;) {
      let segment: string;
      if (isPunct('.')) {
        position++;
        const token = tokens[position++];
        if (token?.type === 'name') segment = token.value;
        else if (token?.type === 'punct' && token.value === '*') segment = '*';
        else throw new Error('expected a property name');
      } else if (isPunct('[')) {
        position++;
        const start = position;
        binary(0);
        // A string literal index names the property; anything else could be any property.
        const only = tokens[start];
        segment = position === start + 1 && only?.type === 'string' ? only.value.toLowerCase() : '*';
        expect(']');
      } else {
        return current;
      }
      current =
        current.kind === 'reference'
          ? { kind: 'reference', path: [...current.path, segment] }
          : { kind: 'member', object: current };
    }
  };

  const result = binary(0);
  if (position !== tokens.length) throw new Error('unexpected text after the expression');
  return result;
}
