/** Security rules for workflows and composite actions: script injection, permissions, pinned actions. */
import type { Problem } from './problems.js';
import type { RunScript } from './run-scripts.js';
import { expressionsIn } from './run-scripts.js';
import { jobsOf, stepsOf } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { entry, get, lineOf, str } from './yaml-doc.js';

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
  'workflow_ref',
  'workflow_sha',
  'workspace',
]);

const SAFE_CONTEXTS = new Set(['runner', 'strategy', 'matrix', 'job', 'vars']);

const CONTEXTS = new Set([...SAFE_CONTEXTS, 'github', 'inputs', 'env', 'steps', 'needs', 'jobs', 'secrets']);

/** Why a context reference must not be interpolated into a script, or undefined when it is safe. */
export function untrustedReason(reference: string): string | undefined {
  const [root = '', property = ''] = reference.split(/[.[]/);
  if (SAFE_CONTEXTS.has(root)) return undefined;
  switch (root) {
    case 'inputs':
      return 'inputs are chosen by the caller';
    case 'secrets':
      return 'a secret would be written into the script';
    case 'github':
      if (property === 'event' || property === 'head_ref')
        return 'it is untrusted (set by whoever triggers the event)';
      if (property === 'token') return 'a secret would be written into the script';
      return SAFE_GITHUB.has(property) ? undefined : `github.${property || '*'} may carry untrusted text`;
    default:
      return `${root}.* may carry untrusted data`;
  }
}

/** Context references (`inputs.tag`, `github.event.pull_request.title`) in an expression's text. */
export function contextReferences(expression: string): string[] {
  const withoutStrings = expression.replace(/'(?:[^']|'')*'/g, "''");
  const references: string[] = [];
  for (const match of withoutStrings.matchAll(
    /(?<![\w.-])([A-Za-z_][\w-]*)((?:\.[\w*-]+|\[[^\]]*\])*)(\s*\()?/g,
  )) {
    const [, root = '', path = '', call] = match;
    if (call !== undefined || !CONTEXTS.has(root)) continue;
    references.push(root + path);
  }
  return references;
}

/** `${{ }}` in a `run:` script that interpolates untrusted data (it must go through `env:`). */
export function injectionProblems(scripts: readonly RunScript[]): Problem[] {
  return scripts.flatMap((script) =>
    expressionsIn(script).flatMap((expression) =>
      contextReferences(expression.text).flatMap((reference) => {
        const reason = untrustedReason(reference);
        if (reason === undefined) return [];
        return [
          {
            file: script.file.rel,
            line: expression.line,
            message:
              `run script in ${script.where} interpolates \${{ ${expression.text} }}: ${reason}; ` +
              `pass ${reference} through env: and use "$VARIABLE"`,
          },
        ];
      }),
    ),
  );
}

/** Every workflow declares `permissions:` (top level or on every job) and never `write-all`. */
export function permissionProblems(file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const at = (node: unknown, message: string): Problem => ({
    file: file.rel,
    line: lineOf(file, node),
    message,
  });
  const top = entry(file.doc.contents, 'permissions');
  if (top && str(top.value) === 'write-all') {
    problems.push(at(top.value, 'top-level permissions: write-all; grant only the scopes the jobs need'));
  }
  for (const job of jobsOf(file)) {
    const own = entry(job.node, 'permissions');
    if (own && str(own.value) === 'write-all') {
      problems.push(
        at(own.value, `job "${job.id}" has permissions: write-all; grant only the scopes it needs`),
      );
    }
    if (!top && !own) {
      problems.push(
        at(job.keyNode, `job "${job.id}" has no permissions: and the workflow declares none at top level`),
      );
    }
  }
  return problems;
}

const OWN_REPOSITORY = /^[^/]+\/release-actions\//i;
const COMMIT_SHA = /@[0-9a-f]{40}$/;
const IMAGE_DIGEST = /@sha256:[0-9a-f]{64}$/;

/** Why a `uses:` value is not acceptable, or undefined when it is local, ours, or pinned. */
export function unpinnedReason(uses: string): string | undefined {
  if (uses.startsWith('./') || OWN_REPOSITORY.test(uses)) return undefined;
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
