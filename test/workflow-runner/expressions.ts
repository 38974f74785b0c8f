/**
 * `${{ }}` evaluation with GitHub's own evaluator (`@actions/expressions`): a template token of a
 * workflow (a `with:` map, an `if:`, a job's `outputs:`) becomes a plain value against the contexts of
 * where it sits. The parser is given exactly the contexts and functions the workflow schema allows
 * there (the token's definition carries them), so an expression GitHub would refuse is refused here;
 * a parse or evaluation error names the file, line and expression.
 */
import { data, Evaluator, Lexer, Parser, type Expr } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { splitAllowedContext } from '@actions/workflow-parser/templates/allowed-context';
import { hashFiles } from './hash-files.js';

/** Where an expression sits, for error messages. */
export interface Where {
  /** Workflow file as shown to users (`.github/workflows/release.yml`). */
  file: string;
  line?: number;
  column?: number;
}

/** A broken expression: a parse error, an evaluation error, or a value of the wrong shape. */
export class ExpressionProblem extends Error {
  constructor(
    readonly where: Where,
    readonly expression: string,
    readonly reason: string,
  ) {
    super(`${formatWhere(where)}: ${reason} (in: ${expression})`);
  }
}

export const formatWhere = (w: Where): string =>
  `${w.file}${w.line !== undefined ? `:${w.line}` : ''}${w.column !== undefined ? `:${w.column}` : ''}`;

/** What status functions see: the job's steps so far (in a step) or the needed jobs (at job level). */
export interface Status {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export interface Scope {
  /** Context name → plain JSON value (`github`, `inputs`, `steps`…). */
  contexts: Record<string, unknown>;
  status?: Status;
  /** GITHUB_WORKSPACE, for hashFiles. */
  workspace?: string;
}

/** What GitHub allows where the schema says nothing (a converted `if:` with no definition). */
const EVERYWHERE = [
  'github',
  'inputs',
  'vars',
  'needs',
  'strategy',
  'matrix',
  'secrets',
  'steps',
  'job',
  'jobs',
  'runner',
  'env',
  'always(0,0)',
  'failure(0,MAX)',
  'cancelled(0,0)',
  'success(0,MAX)',
  'hashFiles(1,255)',
];

/** Plain JSON into the evaluator's data. */
export function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** The evaluator's data back into plain JSON. */
export function fromData(value: data.ExpressionData): unknown {
  switch (value.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.Boolean:
    case data.Kind.Number:
    case data.Kind.String:
      return value.value;
    case data.Kind.Array:
      return value.values().map(fromData);
    default:
      return Object.fromEntries(value.pairs().map((p) => [p.key, fromData(p.value)]));
  }
}

function functionsFor(scope: Scope): Map<string, FunctionDefinition> {
  const status = (name: string, pick: (s: Status) => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: Number.MAX_SAFE_INTEGER,
    call: () => new data.BooleanData(scope.status ? pick(scope.status) : name === 'success'),
  });
  return new Map<string, FunctionDefinition>([
    ['always', { name: 'always', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) }],
    ['success', status('success', (s) => s.success())],
    ['failure', status('failure', (s) => s.failure())],
    ['cancelled', status('cancelled', (s) => s.cancelled())],
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: (...patterns) => {
          if (!scope.workspace) throw new Error('hashFiles() has no workspace here');
          return new data.StringData(
            hashFiles(
              scope.workspace,
              patterns.map((p) => p.coerceString()),
            ),
          );
        },
      },
    ],
  ]);
}

/** Parse `expression` as the schema allows at this place; ExpressionProblem when it does not parse. */
function parse(expression: string, allowed: string[], where: Where, shown: string): Expr {
  const { namedContexts, functions } = splitAllowedContext(allowed);
  try {
    const { tokens } = new Lexer(expression).lex();
    return new Parser(tokens, namedContexts, functions).parse();
  } catch (error) {
    throw new ExpressionProblem(where, shown, (error as Error).message);
  }
}

/** Evaluate one expression (the text inside `${{ }}`) to the evaluator's data. */
export function evaluateExpression(
  expression: string,
  scope: Scope,
  where: Where,
  options: { allowed?: string[]; shown?: string } = {},
): data.ExpressionData {
  const shown = options.shown ?? `\${{ ${expression} }}`;
  const tree = parse(expression, options.allowed ?? EVERYWHERE, where, shown);
  const contexts = new data.Dictionary();
  // Every name the parser accepts must be there, or the evaluator dereferences undefined.
  for (const name of EVERYWHERE.filter((c) => !c.includes('(')))
    contexts.add(name, toData(scope.contexts[name] ?? null));
  try {
    return new Evaluator(tree, contexts, functionsFor(scope)).evaluate();
  } catch (error) {
    throw new ExpressionProblem(where, shown, (error as Error).message);
  }
}

/** The file and line of a token (the workflow's file names, by the parser's file ids). */
export function whereOf(token: TemplateToken, fileName: (id: number | undefined) => string): Where {
  return {
    file: fileName(token.file),
    ...(token.range ? { line: token.range.start.line, column: token.range.start.column } : {}),
  };
}

/** How an expression token is shown in an error: its YAML text as written. */
export function shownOf(token: TemplateToken & { expression: string; source?: string }): string {
  return token.source ?? `\${{ ${token.expression} }}`;
}

/** Evaluate a template token (scalar, mapping or sequence, expressions anywhere) to plain JSON. */
export function evaluateToken(
  token: TemplateToken | undefined,
  scope: Scope,
  fileName: (id: number | undefined) => string,
): unknown {
  if (token === undefined) return undefined;
  if (isBasicExpression(token)) {
    const allowed = token.definitionInfo?.allowedContext;
    return fromData(
      evaluateExpression(token.expression, scope, whereOf(token, fileName), {
        ...(allowed?.length ? { allowed } : {}),
        shown: shownOf(token),
      }),
    );
  }
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) {
    const items: unknown[] = [];
    for (const item of token) items.push(evaluateToken(item, scope, fileName));
    return items;
  }
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (const pair of token)
      out[String(evaluateToken(pair.key, scope, fileName))] = evaluateToken(pair.value, scope, fileName);
    return out;
  }
  if (token.isExpression)
    throw new ExpressionProblem(
      whereOf(token, fileName),
      '${{ insert }}',
      'an insert expression is not supported by the engine',
    );
  return null;
}

/**
 * A value as a string, the way the runner hands a `with:` or `env:` value to a step: null is '',
 * booleans and numbers are printed as the expression language prints them; a mapping or sequence
 * is refused as GitHub refuses it.
 */
export function asString(value: unknown, where: Where, shown: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return toData(value).coerceString();
  throw new ExpressionProblem(
    where,
    shown,
    `A ${Array.isArray(value) ? 'sequence' : 'mapping'} was not expected`,
  );
}

/** Evaluate a mapping token (`with:`, `env:`) to strings, each value checked as asString does. */
export function evaluateStringMap(
  token: TemplateToken | undefined,
  scope: Scope,
  fileName: (id: number | undefined) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (token === undefined || !isMapping(token)) return out;
  for (const pair of token) {
    const key = String(evaluateToken(pair.key, scope, fileName));
    const value = evaluateToken(pair.value, scope, fileName);
    const shown = isBasicExpression(pair.value) ? shownOf(pair.value) : key;
    out[key] = asString(value, whereOf(pair.value, fileName), shown);
  }
  return out;
}

/** A value as text for messages and outputs: JSON for a mapping or sequence. */
export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return toData(value).coerceString();
  return JSON.stringify(value);
}

/** Whether a value is truthy the way the expression language says (`if:` results). */
export function truthy(value: unknown): boolean {
  return !(
    value === null ||
    value === undefined ||
    value === false ||
    value === '' ||
    value === 0 ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}
