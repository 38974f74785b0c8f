/**
 * Which context values an outsider can choose. The lists are exact allow-lists, never a naming pattern:
 * `check_run.external_id` ends in `_id` yet is whatever text the integrator chose. The `github.event.*`
 * entries are the integers and booleans GitHub assigns (checked against the webhook schemas in GitHub's
 * OpenAPI description by contexts.test.ts) and the commit SHAs GitHub computes, as zizmor's
 * known-safe-contexts list has them; everything else under `github.event` is untrusted, as GitHub's
 * "Script injections" page advises.
 */
import type { Expr } from './expressions.js';
import { findExpressions, parseExpression } from './expressions.js';
import type { Job } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { entries, get, getIn, isMap, isSeq, items, str } from './yaml-doc.js';

/** `github.*` properties that GitHub fixes, never text an outsider chooses. */
export const SAFE_GITHUB = new Set([
  'action_path',
  'action_status',
  'actor_id',
  'api_url',
  'event_name',
  'graphql_url',
  'job',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'retention_days',
  'ref_type',
  'run_attempt',
  'run_id',
  'run_number',
  'server_url',
  'sha',
  'workflow',
  // Not workflow_ref: `owner/repo/.github/workflows/x.yml@refs/heads/<branch>` carries the ref name.
  'workflow_sha',
  'workspace',
]);

/** `github.event.*` integers and booleans GitHub assigns (each one's schema type is checked in the test). */
export const SAFE_EVENT_NUMBERS = new Set([
  'number',
  'forced',
  'created',
  'deleted',
  'check_run.id',
  'check_run.check_suite.id',
  'check_suite.id',
  'comment.id',
  'deployment.id',
  'discussion.number',
  'installation.id',
  'issue.id',
  'issue.number',
  'issue.user.id',
  'pull_request.id',
  'pull_request.number',
  'pull_request.draft',
  'pull_request.merged',
  'pull_request.user.id',
  'release.id',
  'release.draft',
  'release.prerelease',
  'repository.id',
  'review.id',
  'sender.id',
  'workflow_run.id',
  'workflow_run.run_attempt',
  'workflow_run.run_number',
  'workflow_run.workflow_id',
  'workflow_run.check_suite_id',
]);

/**
 * `github.event.*` commit SHAs GitHub computes (40 hex digits). Not `merge_commit_sha` (null until GitHub
 * has tried the merge) nor `workflow_run.head_sha` / `check_run.head_sha`, which zizmor counts as arbitrary.
 */
export const SAFE_EVENT_SHAS = new Set([
  'after',
  'before',
  'merge_group.base_sha',
  'pull_request.base.sha',
  'pull_request.head.sha',
]);

/** Contexts no outsider writes to: the runner's, the job's, the strategy's, repository variables. */
const SAFE_CONTEXTS = new Set(['runner', 'strategy', 'job', 'vars']);

const CONTEXTS = new Set([
  ...SAFE_CONTEXTS,
  'matrix',
  'github',
  'inputs',
  'env',
  'steps',
  'needs',
  'jobs',
  'secrets',
]);

/** Functions whose result is a boolean or a hash, whatever their arguments hold. */
const CLOSED_RESULT_FUNCTIONS = new Set([
  'contains',
  'startswith',
  'endswith',
  'success',
  'always',
  'failure',
  'cancelled',
  'hashfiles',
]);

/** What decides whether a reference is trusted where an expression is written. */
export interface Scope {
  /** Inputs declared with type boolean or number only (the runner rejects any other value). */
  safeInputs: ReadonlySet<string>;
  /** Matrix keys whose values come from untrusted data (key -> why); `*` taints every key. */
  matrix: ReadonlyMap<string, string>;
}

export const EMPTY_SCOPE: Scope = { safeInputs: new Set(), matrix: new Map() };

/** Why `github.event.<rest>` may carry an outsider's text, or undefined when GitHub fixes it. */
function eventFieldReason(rest: readonly string[]): string | undefined {
  const field = rest.join('.');
  if (SAFE_EVENT_NUMBERS.has(field) || SAFE_EVENT_SHAS.has(field)) return undefined;
  return 'it is untrusted (set by whoever triggers the event)';
}

/** Why a context reference must not be interpolated into a script, or undefined when it is safe. */
export function untrustedReason(reference: string, scope: Scope = EMPTY_SCOPE): string | undefined {
  const path = reference.toLowerCase().split('.');
  const [root = '', property = ''] = path;
  if (SAFE_CONTEXTS.has(root)) return undefined;
  switch (root) {
    case 'matrix':
      // `toJSON(matrix)` or `matrix[x]` carries whichever key is tainted.
      if (property === '' || property === '*') return [...scope.matrix.values()][0];
      return scope.matrix.get(property) ?? scope.matrix.get('*');
    case 'inputs':
      if (path.length === 2 && scope.safeInputs.has(property)) return undefined;
      return 'inputs are chosen by the caller';
    case 'secrets':
      return 'a secret would be written into the script';
    case 'github':
      if (property === 'event') return eventFieldReason(path.slice(2));
      if (property === 'head_ref') return 'it is untrusted (set by whoever triggers the event)';
      if (property === 'token') return 'a secret would be written into the script';
      return SAFE_GITHUB.has(property) ? undefined : `github.${property || '*'} may carry untrusted text`;
    default:
      return `${root}.* may carry untrusted data`;
  }
}

/** The context references whose value can end up in an expression's result (dotted, lowercased). */
function reaching(expr: Expr): string[] {
  switch (expr.kind) {
    case 'literal':
    case 'not':
      return [];
    case 'reference':
      return CONTEXTS.has(expr.path[0] ?? '') ? [expr.path.join('.')] : [];
    case 'member':
      return reaching(expr.object);
    case 'call':
      return CLOSED_RESULT_FUNCTIONS.has(expr.name) ? [] : expr.args.flatMap(reaching);
    case 'binary':
      // A comparison yields true or false; `&&` and `||` yield one of their operands.
      return expr.op === '&&' || expr.op === '||' ? [...reaching(expr.left), ...reaching(expr.right)] : [];
  }
}

/** Every context reference in the text, for an expression that does not parse (the conservative answer). */
export function everyReference(expression: string): string[] {
  const withoutStrings = expression.replace(/'(?:[^']|'')*'/g, "''");
  const references: string[] = [];
  for (const match of withoutStrings.matchAll(
    /(?<![\w.-])([A-Za-z_][\w-]*)((?:\.[\w*-]+|\[[^\]]*\])*)(\s*\()?/g,
  )) {
    const [, root = '', path = '', call] = match;
    if (call !== undefined || !CONTEXTS.has(root.toLowerCase())) continue;
    references.push((root + path.replace(/\[[^\]]*\]/g, '.*')).toLowerCase());
  }
  return references;
}

/**
 * Context references (`inputs.tag`, `github.event.pull_request.title`) whose value can reach the expression's
 * result, dotted and lowercased (`*` for `.*` and computed indexes). Operands of comparisons and of
 * contains/startsWith/endsWith do not: those results are booleans.
 */
export function contextReferences(expression: string): string[] {
  let parsed: Expr;
  try {
    parsed = parseExpression(expression);
  } catch {
    return everyReference(expression);
  }
  return [...new Set(reaching(parsed))];
}

export interface Tainted {
  reference: string;
  reason: string;
}

/** The untrusted references whose values reach the result of an expression. */
export function untrustedIn(expression: string, scope: Scope): Tainted[] {
  return contextReferences(expression).flatMap((reference) => {
    const reason = untrustedReason(reference, scope);
    return reason === undefined ? [] : [{ reference, reason }];
  });
}

/** Inputs a workflow declares (workflow_call, workflow_dispatch) only with type boolean or number. */
export function typedInputs(file: YamlFile): Set<string> {
  const types = new Map<string, string[]>();
  for (const trigger of ['workflow_call', 'workflow_dispatch']) {
    for (const input of entries(getIn(file.doc.contents, ['on', trigger, 'inputs']))) {
      const name = input.key.toLowerCase();
      types.set(name, [...(types.get(name) ?? []), str(get(input.value, 'type')) ?? 'string']);
    }
  }
  const safe = [...types].filter(([, declared]) => declared.every((t) => t === 'boolean' || t === 'number'));
  return new Set(safe.map(([name]) => name));
}

/** The first untrusted value an expression anywhere in a node's scalars carries, as `${{ text }}`. */
function untrustedUnder(node: unknown, scope: Scope): string | undefined {
  const text = str(node);
  if (text !== undefined) {
    const bad = findExpressions(text).find((found) => untrustedIn(found.text, scope).length > 0);
    return bad && `\${{ ${bad.text} }}`;
  }
  const children = isMap(node) ? entries(node).map((e) => e.value) : isSeq(node) ? items(node) : [];
  for (const child of children) {
    const found = untrustedUnder(child, scope);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The matrix keys of a job that carry untrusted data: a key whose values (or an `include:` entry's value)
 * hold an untrusted expression; every key (`*`) when the whole matrix or `include:` is one.
 */
export function matrixTaint(job: Job | undefined, safeInputs: ReadonlySet<string>): Map<string, string> {
  const tainted = new Map<string, string>();
  const matrix = getIn(job?.node, ['strategy', 'matrix']);
  const scope: Scope = { safeInputs, matrix: new Map() };
  const why = (expression: string): string => `the matrix is built from ${expression}`;
  const whole = untrustedUnder(str(matrix) === undefined ? undefined : matrix, scope);
  if (whole !== undefined) return new Map([['*', why(whole)]]);
  for (const { key, value } of entries(matrix)) {
    const name = key.toLowerCase();
    if (name === 'exclude') continue;
    if (name !== 'include') {
      const found = untrustedUnder(value, scope);
      if (found !== undefined) tainted.set(name, why(found));
      continue;
    }
    if (str(value) !== undefined) {
      const found = untrustedUnder(value, scope);
      if (found !== undefined) tainted.set('*', why(found));
      continue;
    }
    for (const combination of items(value)) {
      const scalar = untrustedUnder(str(combination) === undefined ? undefined : combination, scope);
      if (scalar !== undefined) tainted.set('*', why(scalar));
      for (const entry of entries(combination)) {
        const found = untrustedUnder(entry.value, scope);
        if (found !== undefined) tainted.set(entry.key.toLowerCase(), why(found));
      }
    }
  }
  return tainted;
}

/** The scope of an expression written in `job` of `file` (undefined job: a composite action). */
export function scopeOf(file: YamlFile, job: Job | undefined): Scope {
  const safeInputs = typedInputs(file);
  return { safeInputs, matrix: matrixTaint(job, safeInputs) };
}
