/**
 * go.mod → GoModFile, after golang.org/x/mod/modfile (strict for syntax and for the directives it
 * knows; directives of a newer Go are kept in `unknown`, as its lax mode does).
 */
import { GoModSyntaxError, lex, type LexLine, type Token } from './lexer.js';
import type { GoModFile, ModuleVersion } from './types.js';

/** golang.org/x/mod/semver's grammar: `v1` and `v1.2` shorthands; prerelease and build only after three numbers. */
const GO_SEMVER =
  /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/;
const GO_VERSION = /^([1-9]\d*)\.(0|[1-9]\d*)(\.(0|[1-9]\d*))?([a-z]+[0-9]+)?$/;
const TOOLCHAIN = /^(default|go[1-9]\d*(\.(0|[1-9]\d*)){0,2}([a-z]+[0-9]+)?(-\S+)?)$/;

interface Statement {
  verb: string;
  args: Token[];
  line: number;
  /** Comment lines right above the statement (or above its block), then its own end-of-line comment. */
  before: string[];
  suffix?: string;
}

/** modfile.IsDirectoryPath: a replacement naming a directory (`./x`, `../x`, `/abs`, `C:\x`), not a module. */
export function isLocalPath(path: string): boolean {
  return /^(\.\.?([/\\]|$)|[/\\]|[A-Za-z]:)/.test(path);
}

/**
 * module.CanonicalVersion: `v1.2` → `v1.2.0`, `v1.2.3+meta` → `v1.2.3` (`+incompatible` is kept);
 * undefined for what is no version (`1.2.3`, `v01.2.3`, `v1.2-pre`). go.mod holds versions this way.
 */
export function canonicalModuleVersion(version: string): string | undefined {
  const m = GO_SEMVER.exec(version);
  if (!m) return undefined;
  const [, major, minor = '0', patch = '0', prerelease = '', build = ''] = m;
  // Numeric prerelease identifiers may not have leading zeros.
  if (
    prerelease
      .slice(1)
      .split('.')
      .some((id) => /^0\d+$/.test(id))
  )
    return undefined;
  return `v${major}.${minor}.${patch}${prerelease}${build === '+incompatible' ? build : ''}`;
}

function statements(lines: LexLine[], file: string): Statement[] {
  const out: Statement[] = [];
  let block: { verb: string; line: number; before: string[] } | undefined;
  let comments: string[] = [];
  const fail = (token: Token | { line: number; column: number }, reason: string): never => {
    throw new GoModSyntaxError(file, token.line, token.column, reason);
  };
  for (const line of lines) {
    const { tokens } = line;
    if (tokens.length === 0) {
      comments = line.comment !== undefined ? [...comments, line.comment] : [];
      continue;
    }
    const first = tokens[0] as Token;
    const last = tokens[tokens.length - 1] as Token;
    if (block) {
      if (tokens.length === 1 && first.text === ')') {
        block = undefined;
      } else {
        const paren = tokens.find((t) => t.kind === 'punct' && (t.text === '(' || t.text === ')'));
        if (paren) fail(paren, `unexpected ${JSON.stringify(paren.text)} inside a ${block.verb} block`);
        // modfile's parseDirectiveComment: a line with no comment of its own takes the block's.
        const own = comments.length > 0 || line.comment !== undefined;
        const before = own ? comments : block.before;
        out.push({ verb: block.verb, args: tokens, line: line.line, before, suffix: line.comment });
      }
      comments = [];
      continue;
    }
    if (first.kind !== 'ident') fail(first, `unexpected ${JSON.stringify(first.text)}: expected a directive`);
    const opens = tokens.length === 2 && last.text === '(' && last.kind === 'punct';
    const empty =
      tokens.length === 3 && tokens[1]?.text === '(' && last.text === ')' && last.kind === 'punct';
    if (opens) {
      block = { verb: first.value, line: line.line, before: comments };
    } else if (!empty) {
      const paren = tokens.find((t) => t.kind === 'punct' && (t.text === '(' || t.text === ')'));
      if (paren) fail(paren, `unexpected ${JSON.stringify(paren.text)}`);
      out.push({
        verb: first.value,
        args: tokens.slice(1),
        line: line.line,
        before: comments,
        suffix: line.comment,
      });
    }
    comments = [];
  }
  if (block) throw new GoModSyntaxError(file, block.line, 1, `${block.verb} block is never closed with ")"`);
  return out;
}

/** The text after a `Deprecated:` paragraph in comments, as modfile's parseDeprecation reads it. */
function deprecation(comments: string[]): string | undefined {
  const paragraphs = comments.join('\n').split(/\n\s*\n/);
  const found = paragraphs.find((p) => p.startsWith('Deprecated:'));
  return found === undefined ? undefined : found.slice('Deprecated:'.length).trim();
}

/** Parse a go.mod text; throws GoModSyntaxError naming the file, line and column of the first problem. */
export function parseGoMod(text: string, file = 'go.mod'): GoModFile {
  const mod: GoModFile = {
    file,
    require: [],
    exclude: [],
    replace: [],
    retract: [],
    godebug: [],
    tool: [],
    ignore: [],
    unknown: [],
  };
  for (const s of statements(lex(text, file), file)) {
    const fail = (reason: string, token?: Token): never => {
      throw new GoModSyntaxError(file, s.line, token?.column ?? 1, `${s.verb}: ${reason}`);
    };
    const word = (token: Token | undefined, what: string): string => {
      if (!token || token.kind === 'punct') return fail(`expected ${what}`, token);
      // modfile's parseString: only "…" quotes; other quotes are reserved, even inside a word.
      if (token.text.startsWith('`') || (token.kind === 'ident' && /["'`]/.test(token.text))) {
        return fail(`invalid quoted string ${token.text}: unquoted string cannot contain quote`, token);
      }
      return token.value;
    };
    const count = (...allowed: number[]): void => {
      if (!allowed.includes(s.args.length)) {
        fail(`usage: ${USAGE[s.verb] ?? s.verb} (got ${s.args.length} argument(s))`, s.args[0]);
      }
    };
    const version = (token: Token | undefined): string => {
      const value = word(token, 'a version');
      return (
        canonicalModuleVersion(value) ??
        fail(`version ${JSON.stringify(value)} invalid: must be of the form v1.2.3`, token)
      );
    };
    switch (s.verb) {
      case 'module': {
        count(1);
        if (mod.module) fail(`repeated module statement (first on line ${mod.module.line})`);
        const deprecated = deprecation([...s.before, ...(s.suffix !== undefined ? [s.suffix] : [])]);
        mod.module = { path: word(s.args[0], 'a module path'), line: s.line };
        if (deprecated !== undefined) mod.module.deprecated = deprecated;
        break;
      }
      case 'go': {
        count(1);
        if (mod.go !== undefined) fail('repeated go statement');
        const value = word(s.args[0], 'a Go version');
        if (!GO_VERSION.test(value)) fail(`invalid go version '${value}': must match format 1.23.0`);
        mod.go = value;
        break;
      }
      case 'toolchain': {
        count(1);
        if (mod.toolchain !== undefined) fail('repeated toolchain statement');
        const value = word(s.args[0], 'a toolchain name');
        if (!TOOLCHAIN.test(value)) fail(`invalid toolchain '${value}': must be of the form go1.23.0`);
        mod.toolchain = value;
        break;
      }
      case 'require':
      case 'exclude': {
        count(2);
        const path = word(s.args[0], 'a module path');
        const v = version(s.args[1]);
        if (s.verb === 'exclude') mod.exclude.push({ path, version: v, line: s.line });
        else mod.require.push({ path, version: v, indirect: isIndirect(s.suffix), line: s.line });
        break;
      }
      case 'replace':
        mod.replace.push(replace(s, word, version, fail));
        break;
      case 'retract':
        mod.retract.push(retract(s, version, fail));
        break;
      case 'godebug': {
        count(1);
        const value = word(s.args[0], 'key=value');
        const at = value.indexOf('=');
        if (at <= 0) fail(`expected key=value, got ${JSON.stringify(value)}`, s.args[0]);
        mod.godebug.push({ key: value.slice(0, at), value: value.slice(at + 1), line: s.line });
        break;
      }
      case 'tool':
      case 'ignore':
        count(1);
        mod[s.verb].push({ path: word(s.args[0], 'a path'), line: s.line });
        break;
      default:
        mod.unknown.push({ verb: s.verb, line: s.line });
    }
  }
  return mod;
}

const USAGE: Record<string, string> = {
  module: 'module module/path',
  go: 'go 1.23.0',
  toolchain: 'toolchain go1.23.0',
  require: 'require module/path v1.2.3',
  exclude: 'exclude module/path v1.2.3',
  godebug: 'godebug key=value',
  tool: 'tool module/path/cmd',
  ignore: 'ignore ./path',
};

/** modfile's isIndirect: the comment is exactly `indirect`, or starts with the word `indirect;` and more. */
function isIndirect(comment: string | undefined): boolean {
  const words = (comment ?? '').split(/\s+/).filter(Boolean);
  return (words.length === 1 && words[0] === 'indirect') || (words.length > 1 && words[0] === 'indirect;');
}

function replace(
  s: Statement,
  word: (token: Token | undefined, what: string) => string,
  version: (token: Token | undefined) => string,
  fail: (reason: string, token?: Token) => never,
): GoModFile['replace'][number] {
  const arrow = s.args.findIndex((t) => t.kind === 'ident' && t.value === '=>');
  const usage = 'usage: replace module/path [v1.2.3] => other/module v1.4 | => ./local/dir';
  if (arrow !== 1 && arrow !== 2) fail(usage, s.args[0]);
  const after = s.args.length - arrow - 1;
  if (after !== 1 && after !== 2) fail(usage, s.args[arrow]);
  const old: ModuleVersion = { path: word(s.args[0], 'a module path') };
  if (arrow === 2) old.version = version(s.args[1]);
  const target: ModuleVersion = { path: word(s.args[arrow + 1], 'a module path or directory') };
  const local = isLocalPath(target.path);
  if (after === 2) {
    if (local) fail('replacement module directory path must not have a version', s.args[arrow + 2]);
    target.version = version(s.args[arrow + 2]);
  } else if (!local) {
    fail(
      target.path.includes('@')
        ? "replacement module must match format 'path version', not 'path@version'"
        : 'replacement module without version must be a directory path (rooted or starting with ./ or ../)',
      s.args[arrow + 1],
    );
  } else if (process.platform !== 'win32' && target.path.includes('\\')) {
    fail('replacement directory appears to be Windows path (on a non-windows system)', s.args[arrow + 1]);
  }
  return { old, new: target, local, line: s.line };
}

function retract(
  s: Statement,
  version: (token: Token | undefined) => string,
  fail: (reason: string, token?: Token) => never,
): GoModFile['retract'][number] {
  const comments = [...s.before, ...(s.suffix !== undefined ? [s.suffix] : [])];
  const rationale = comments.join('\n').trim();
  const withRationale = <T extends object>(r: T): T & { rationale?: string } =>
    rationale ? { ...r, rationale } : r;
  const [a, b, c, d, e] = s.args;
  if (s.args.length === 1) {
    const v = version(a);
    return withRationale({ low: v, high: v, line: s.line });
  }
  if (s.args.length === 5 && a?.text === '[' && c?.text === ',' && e?.text === ']') {
    return withRationale({ low: version(b), high: version(d), line: s.line });
  }
  return fail('usage: retract v1.2.3 | retract [v1.2.3, v1.3.0]', a);
}
