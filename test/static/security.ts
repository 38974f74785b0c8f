/**
 * Script injection: `${{ }}` of untrusted data in a `run:` script or an actions/github-script `script:`
 * (template-injection), and untrusted values written to `$GITHUB_ENV` / `$GITHUB_PATH` (github-env).
 */
import type { Scope } from './contexts.js';
import { scopeOf, untrustedIn } from './contexts.js';
import { findExpressions } from './expressions.js';
import type { Problem } from './problems.js';
import type { RunScript, ScalarText } from './run-scripts.js';
import { expressionsIn, sourceLine } from './run-scripts.js';
import type { Job, Step } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { entries, get, str } from './yaml-doc.js';

/** One scope per job (and per composite action), computed once. */
function scopes(): (file: YamlFile, job: Job | undefined) => Scope {
  const cache = new Map<unknown, Scope>();
  return (file, job) => {
    const key = job?.node ?? file;
    const known = cache.get(key);
    if (known) return known;
    const scope = scopeOf(file, job);
    cache.set(key, scope);
    return scope;
  };
}

/**
 * `${{ }}` in a `run:` script or an actions/github-script `script:` that interpolates untrusted data: the
 * runner pastes the value into the code, so it must go through `env:`.
 */
export function injectionProblems(scripts: readonly ScalarText[]): Problem[] {
  const scopeFor = scopes();
  return scripts.flatMap((script) => {
    const scope = scopeFor(script.file, script.job);
    return expressionsIn(script).flatMap((expression) =>
      untrustedIn(expression.text, scope).map(({ reference, reason }) => ({
        file: script.file.rel,
        line: expression.line,
        rule: 'template-injection',
        message:
          script.kind === 'run'
            ? `run script in ${script.where} interpolates \${{ ${expression.text} }}: ${reason}; ` +
              `pass ${reference} through env: and use "$VARIABLE"`
            : `github-script in ${script.where} interpolates \${{ ${expression.text} }}: ${reason}; ` +
              `pass ${reference} through env: and read process.env.VARIABLE`,
      })),
    );
  });
}

/** Environment variables set from untrusted data for a step: name -> the expression's text. */
function taintedEnvironment(file: YamlFile, step: Step, scope: Scope): Map<string, string> {
  const levels = [get(file.doc.contents, 'env'), get(step.job?.node, 'env'), get(step.node, 'env')];
  const tainted = new Map<string, string>();
  for (const level of levels) {
    for (const variable of entries(level)) {
      tainted.delete(variable.key);
      const value = str(variable.value) ?? '';
      const bad = findExpressions(value).find((found) => untrustedIn(found.text, scope).length > 0);
      if (bad) tainted.set(variable.key, `\${{ ${bad.text} }}`);
    }
  }
  return tainted;
}

const ENV_FILE =
  /\$(?:\{(GITHUB_ENV|GITHUB_PATH)\}|(GITHUB_ENV|GITHUB_PATH)\b|env:(GITHUB_ENV|GITHUB_PATH)\b)/i;
const VARIABLE_USE = /\$(?:env:)?\{?[#!]?([A-Za-z_]\w*)/gi;
const ASSIGNMENT = /^\s*(?:(?:export|local|readonly|declare(?:\s+-\w+)*)\s+)?([A-Za-z_]\w*)=(.*)$/;
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/;
const OPENERS = /(?:^|[\s;&|])(?:if|for|while|until|case|select|\{|\()(?=[\s;]|$)/g;
const CLOSERS = /(?:^|[\s;&|])(?:fi|done|esac|\}|\))(?=[\s;&|<>]|$)/g;

/** How many compound commands a line opens (positive) or closes (negative), roughly. */
function nesting(line: string): number {
  return (line.match(OPENERS) ?? []).length - (line.match(CLOSERS) ?? []).length;
}

/**
 * The commands of a script as line ranges [first, last] (0-based): continuation lines joined, a heredoc
 * with its body, and a compound command (`{ ...; } >> file`, `for ...; done >> file`) whose closing line
 * redirects, with everything back to its opening line. After `exec >> file`, every later line.
 */
function commands(lines: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    let last = i;
    while ((lines[last] ?? '').endsWith('\\') && last + 1 < lines.length) last++;
    const heredoc = HEREDOC.exec(
      lines
        .slice(i, last + 1)
        .join('\n')
        .replace(/<<</g, ''),
    );
    if (heredoc) {
      const delimiter = heredoc[2];
      while (last + 1 < lines.length && (lines[last] ?? '').trim() !== delimiter) last++;
    }
    let first = i;
    let depth = nesting(lines[i] ?? '');
    while (depth < 0 && first > 0) depth += nesting(lines[--first] ?? '');
    if (/^\s*exec\b/.test(lines[i] ?? '') && ENV_FILE.test(lines[i] ?? '')) last = lines.length - 1;
    ranges.push([first, last]);
    i = last;
  }
  return ranges;
}

/**
 * A `run:` script that writes an environment variable holding untrusted data (set through `env:` from an
 * untrusted context, directly or through a shell assignment) into `$GITHUB_ENV` or `$GITHUB_PATH`: a newline
 * in the value sets any variable for the later steps (`BASH_ENV`, `NODE_OPTIONS` run code), or puts a
 * directory of the sender's choosing first on PATH.
 */
export function envFileProblems(scripts: readonly RunScript[]): Problem[] {
  const problems: Problem[] = [];
  const scopeFor = scopes();
  for (const script of scripts) {
    const tainted = taintedEnvironment(script.file, script.step, scopeFor(script.file, script.job));
    if (tainted.size === 0) continue;
    const lines = script.script.split('\n');
    for (const line of lines) {
      const assignment = ASSIGNMENT.exec(line);
      if (!assignment) continue;
      const [, name = '', value = ''] = assignment;
      const from = [...value.matchAll(VARIABLE_USE)].map((m) => tainted.get(m[1] ?? '')).find(Boolean);
      if (from !== undefined) tainted.set(name, from);
    }
    const reported = new Set<string>();
    for (const [first, last] of commands(lines)) {
      const text = lines.slice(first, last + 1).join('\n');
      const target = ENV_FILE.exec(text);
      if (!target) continue;
      const envFile = (target[1] ?? target[2] ?? target[3] ?? '').toUpperCase();
      for (let n = first; n <= last; n++) {
        for (const use of (lines[n] ?? '').matchAll(VARIABLE_USE)) {
          const name = use[1] ?? '';
          const from = tainted.get(name);
          if (from === undefined || reported.has(`${n}:${name}`)) continue;
          reported.add(`${n}:${name}`);
          problems.push({
            file: script.file.rel,
            line: sourceLine(script, n + 1),
            rule: 'github-env',
            message:
              `run script in ${script.where} writes $${name} (from ${from}) to $${envFile}: ` +
              'untrusted text there sets variables or PATH entries for the later steps; ' +
              'validate it against a strict pattern first, or pass it to the steps that need it through env:',
          });
        }
      }
    }
  }
  return problems;
}
