/**
 * Security rules for workflows and composite actions: script injection (run:, github-script, environment
 * files), permissions, pinned actions, pull-request-head checkouts, local actions in composite actions.
 */
import type { Expr } from './expressions.js';
import { findExpressions, parseExpression } from './expressions.js';
import type { Problem } from './problems.js';
import { isOwnRepositoryPath, OWN_REPOSITORY } from './repo-files.js';
import type { RunScript, ScalarText } from './run-scripts.js';
import { expressionsIn, sourceLine } from './run-scripts.js';
import type { Step } from './steps.js';
import { jobsOf, stepsOf, triggersOf } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { entries, entry, get, getIn, isScalar, lineOf, str } from './yaml-doc.js';

/** `github.*` properties that are fixed by GitHub, never text an outsider chooses. */
const SAFE_GITHUB = new Set([
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

const SAFE_CONTEXTS = new Set(['runner', 'strategy', 'matrix', 'job', 'vars']);

const CONTEXTS = new Set([...SAFE_CONTEXTS, 'github', 'inputs', 'env', 'steps', 'needs', 'jobs', 'secrets']);

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

/**
 * A numeric field of the webhook payload (`github.event.pull_request.number`, `github.event.issue.id`,
 * `github.event.workflow_run.workflow_id`): GitHub assigns it. Not under `inputs` or `client_payload`,
 * which the caller fills with any text.
 */
function isNumericEventField(path: readonly string[]): boolean {
  const [root, event, first] = path;
  const last = path[path.length - 1] ?? '';
  if (root !== 'github' || event !== 'event' || first === undefined) return false;
  if (first === 'inputs' || first === 'client_payload' || first === '*') return false;
  return last === 'number' || last === 'id' || last.endsWith('_id');
}

/**
 * Why a context reference must not be interpolated into a script, or undefined when it is safe.
 * `safeInputs` names the inputs declared with type boolean or number (the runner rejects any other value).
 */
export function untrustedReason(
  reference: string,
  safeInputs: ReadonlySet<string> = new Set(),
): string | undefined {
  const path = reference.toLowerCase().split('.');
  const [root = '', property = ''] = path;
  if (SAFE_CONTEXTS.has(root)) return undefined;
  switch (root) {
    case 'inputs':
      if (path.length === 2 && safeInputs.has(property)) return undefined;
      return 'inputs are chosen by the caller';
    case 'secrets':
      return 'a secret would be written into the script';
    case 'github':
      if (isNumericEventField(path)) return undefined;
      if (property === 'event' || property === 'head_ref')
        return 'it is untrusted (set by whoever triggers the event)';
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
function everyReference(expression: string): string[] {
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

interface Tainted {
  reference: string;
  reason: string;
}

/** The untrusted references whose values reach the result of an expression in `file`. */
function untrustedIn(expression: string, safeInputs: ReadonlySet<string>): Tainted[] {
  return contextReferences(expression).flatMap((reference) => {
    const reason = untrustedReason(reference, safeInputs);
    return reason === undefined ? [] : [{ reference, reason }];
  });
}

/**
 * `${{ }}` in a `run:` script or an actions/github-script `script:` that interpolates untrusted data: the
 * runner pastes the value into the code, so it must go through `env:`.
 */
export function injectionProblems(scripts: readonly ScalarText[]): Problem[] {
  const inputsOf = new Map<YamlFile, Set<string>>();
  return scripts.flatMap((script) => {
    const safeInputs = inputsOf.get(script.file) ?? typedInputs(script.file);
    inputsOf.set(script.file, safeInputs);
    return expressionsIn(script).flatMap((expression) =>
      untrustedIn(expression.text, safeInputs).map(({ reference, reason }) => ({
        file: script.file.rel,
        line: expression.line,
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
function taintedEnvironment(file: YamlFile, step: Step): Map<string, string> {
  const levels = [get(file.doc.contents, 'env'), get(step.job?.node, 'env'), get(step.node, 'env')];
  const safeInputs = typedInputs(file);
  const tainted = new Map<string, string>();
  for (const level of levels) {
    for (const variable of entries(level)) {
      tainted.delete(variable.key);
      const value = str(variable.value) ?? '';
      const bad = findExpressions(value).find((found) => untrustedIn(found.text, safeInputs).length > 0);
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
  for (const script of scripts) {
    const tainted = taintedEnvironment(script.file, script.step);
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

/** Every workflow declares `permissions:` (top level or on every job), never `write-all`, never empty. */
export function permissionProblems(file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const at = (node: unknown, message: string): Problem => ({
    file: file.rel,
    line: lineOf(file, node),
    message,
  });
  // `permissions:` with no value is null: the default token permissions, not none (that is `{}`).
  const isNull = (value: unknown): boolean => value == null || (isScalar(value) && value.value == null);
  const declared = (found: { value: unknown } | undefined): boolean =>
    found !== undefined && !isNull(found.value);
  const NULL_MESSAGE =
    'is empty (null), which leaves the default token permissions; write permissions: {} for none';

  const top = entry(file.doc.contents, 'permissions');
  if (top && str(top.value) === 'write-all') {
    problems.push(at(top.value, 'top-level permissions: write-all; grant only the scopes the jobs need'));
  }
  if (top && isNull(top.value)) problems.push(at(top.keyNode, `top-level permissions: ${NULL_MESSAGE}`));
  for (const job of jobsOf(file)) {
    const own = entry(job.node, 'permissions');
    if (own && str(own.value) === 'write-all') {
      problems.push(
        at(own.value, `job "${job.id}" has permissions: write-all; grant only the scopes it needs`),
      );
    }
    if (own && isNull(own.value)) {
      problems.push(at(own.keyNode, `job "${job.id}" permissions: ${NULL_MESSAGE}`));
    } else if (!declared(top) && !declared(own)) {
      problems.push(
        at(job.keyNode, `job "${job.id}" has no permissions: and the workflow declares none at top level`),
      );
    }
  }
  return problems;
}

const COMMIT_SHA = /@[0-9a-f]{40}$/;
const IMAGE_DIGEST = /@sha256:[0-9a-f]{64}$/;

/** Why a `uses:` value is not acceptable, or undefined when it is local, this repository's, or pinned. */
export function unpinnedReason(uses: string): string | undefined {
  if (uses.startsWith('./') || isOwnRepositoryPath(uses)) return undefined;
  if (uses.startsWith('docker://')) {
    return IMAGE_DIGEST.test(uses) ? undefined : 'is not pinned to an image digest (@sha256:...)';
  }
  return COMMIT_SHA.test(uses) ? undefined : 'is not pinned to a full 40-hex commit SHA';
}

/** Every third-party action and reusable workflow is pinned by commit SHA. */
export function pinningProblems(file: YamlFile): Problem[] {
  const uses = [
    ...jobsOf(file).map((job) => ({ where: `jobs.${job.id}`, node: get(job.node, 'uses') })),
    ...stepsOf(file).map((step) => ({ where: step.where, node: get(step.node, 'uses') })),
  ];
  return uses.flatMap(({ where, node }) => {
    const value = str(node);
    const reason = value === undefined ? undefined : unpinnedReason(value);
    if (reason === undefined) return [];
    return [{ file: file.rel, line: lineOf(file, node), message: `${where}: uses "${value}" ${reason}` }];
  });
}

const CHECKOUT = /^actions\/checkout(?:@|$)/i;
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];
/** A ref or repository naming the pull request's (or triggering run's) code rather than the base branch's. */
const PULL_REQUEST_HEAD =
  /github\s*\.\s*event\s*\.\s*pull_request\s*\.\s*head\b|github\s*\.\s*head_ref\b|workflow_run\s*\.\s*head_(?:sha|branch)\b|workflow_run\s*\.\s*head_repository\b|refs\/pull\//i;

function checkoutSteps(file: YamlFile): Step[] {
  return stepsOf(file).filter((step) => CHECKOUT.test(str(get(step.node, 'uses')) ?? ''));
}

/**
 * Checkouts: in a `pull_request_target` or `workflow_run` workflow (which runs with a write token and
 * secrets), none may check out the pull request's head, whose code would then run with them; and every
 * checkout sets `persist-credentials: false`, so the token is not left in .git/config for later steps.
 */
export function checkoutProblems(file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const privileged = triggersOf(file).filter((t) => PRIVILEGED_TRIGGERS.includes(t));
  for (const step of checkoutSteps(file)) {
    for (const key of ['ref', 'repository']) {
      const found = entry(get(step.node, 'with'), key);
      const value = str(found?.value) ?? '';
      if (privileged.length === 0 || !PULL_REQUEST_HEAD.test(value)) continue;
      problems.push({
        file: file.rel,
        line: lineOf(file, found?.value),
        message:
          `${step.where}: checks out the pull request's code (${key}: ${value}) in a workflow run by ` +
          `${privileged.join(', ')}, which has secrets and a write token; check out the base, or do the ` +
          'untrusted part in a pull_request workflow',
      });
    }
    const persist = entry(get(step.node, 'with'), 'persist-credentials');
    if (str(persist?.value) !== 'false') {
      problems.push({
        file: file.rel,
        line: lineOf(file, persist?.value ?? get(step.node, 'uses')),
        message: `${step.where}: actions/checkout without persist-credentials: false leaves the token in .git/config for every later step`,
      });
    }
  }
  return problems;
}

/**
 * A composite action's `uses: ./...` resolves against the caller's workspace, not this repository: it runs
 * whatever the caller's checkout holds at that path (or fails).
 */
export function compositeLocalUsesProblems(file: YamlFile): Problem[] {
  if (str(getIn(file.doc.contents, ['runs', 'using'])) !== 'composite') return [];
  return stepsOf(file).flatMap((step) => {
    const node = get(step.node, 'uses');
    const uses = str(node);
    if (uses === undefined || !uses.startsWith('./')) return [];
    return [
      {
        file: file.rel,
        line: lineOf(file, node),
        message:
          `${step.where}: composite action uses "${uses}", which resolves in the caller's workspace; ` +
          `use ${OWN_REPOSITORY}/${uses.slice(2)}@<ref>`,
      },
    ];
  });
}
