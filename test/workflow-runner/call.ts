/**
 * What a reusable workflow call hands the called workflow: the caller's `with:` evaluated (github,
 * needs, strategy, matrix, inputs, vars) and checked against `on.workflow_call.inputs` as GitHub checks
 * it when the job starts (a boolean input takes only a boolean, a number only a number, a string any
 * scalar), then each input not given at its default (evaluated; `false`, `0` or `''` without one).
 * Unknown and missing required inputs were already refused at startup by GitHub's parser.
 */
import { isBasicExpression, isMapping, isString } from '@actions/workflow-parser';
import type { ReusableWorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import {
  evaluateToken,
  ExpressionProblem,
  shownOf,
  text,
  whereOf,
  type Scope,
  toData,
} from './expressions.js';
import { child, workflowCall, type Workflow } from './load.js';
import { lower, readPermissions, type Permissions } from './permissions.js';
import type { Frame, JobOutcome, RunState } from './types.js';
import { runFrame } from './workflow.js';

const TYPE_NAMES: Record<string, string> = { boolean: 'Boolean', number: 'Number', string: 'String' };

export function callInputs(
  caller: Workflow,
  job: ReusableWorkflowJob,
  called: Workflow,
  scope: Scope,
): Record<string, unknown> {
  const definitions = child(workflowCall(called), 'inputs');
  const given = new Map<string, { value: unknown; token: Parameters<typeof whereOf>[0] }>();
  for (const pair of job['input-values'] ?? []) {
    const name = String(evaluateToken(pair.key, scope, caller.fileName)).toLowerCase();
    given.set(name, { value: evaluateToken(pair.value, scope, caller.fileName), token: pair.value });
  }
  const inputs: Record<string, unknown> = {};
  if (!definitions || !isMapping(definitions)) return inputs;
  for (const pair of definitions) {
    const name = isString(pair.key) ? pair.key.value : pair.key.toString();
    const spec = pair.value;
    const typeToken = child(spec, 'type');
    const type = typeToken && isString(typeToken) ? typeToken.value : 'string';
    const passed = given.get(name.toLowerCase());
    if (passed === undefined) {
      const fallback = child(spec, 'default');
      // Defaults see github, inputs (the ones given) and vars.
      const value =
        fallback === undefined
          ? undefined
          : evaluateToken(
              fallback,
              { contexts: { github: scope.contexts.github, vars: scope.contexts.vars, inputs } },
              called.fileName,
            );
      inputs[name] = value ?? (type === 'boolean' ? false : type === 'number' ? 0 : '');
      continue;
    }
    const { value, token } = passed;
    const wrong = (): never => {
      const shown = text(value);
      throw new ExpressionProblem(
        whereOf(token, caller.fileName),
        isBasicExpression(token) ? shownOf(token) : `with.${name}`,
        `Unexpected type of value '${shown}', expected type: ${TYPE_NAMES[type] ?? type}.`,
      );
    };
    if (type === 'boolean') inputs[name] = typeof value === 'boolean' ? value : wrong();
    else if (type === 'number') inputs[name] = typeof value === 'number' ? value : wrong();
    else if (value === null || value === undefined) inputs[name] = '';
    else if (typeof value === 'object') wrong();
    else inputs[name] = typeof value === 'string' ? value : toData(value).coerceString();
  }
  return inputs;
}

/** Run the called workflow for one leg of a `uses:` job; its outputs become the job's. */
export async function callWorkflow(
  state: RunState,
  frame: Frame,
  job: ReusableWorkflowJob,
  scope: Scope,
  legName: string,
  granted: Permissions,
  groups: string[],
): Promise<JobOutcome> {
  const { workflow } = frame;
  const called = await state.loader.load(state.loader.resolveReference(job.ref.value));
  const inputs = callInputs(workflow, job, called, scope);
  let secrets: Record<string, string>;
  if (job['inherit-secrets']) secrets = { ...frame.secrets };
  else {
    const given = (evaluateToken(
      job['secret-values'],
      { ...scope, contexts: { ...scope.contexts, secrets: frame.secrets } },
      workflow.fileName,
    ) ?? {}) as Record<string, unknown>;
    secrets = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, text(v)]));
  }
  secrets.GITHUB_TOKEN = state.options.github.token;
  state.log(`▶ ${frame.prefix}${legName} → ${called.file}`);
  const own = readPermissions(child(called.root, 'permissions'));
  const { result, outputs } = await runFrame(state, {
    workflow: called,
    inputs,
    secrets,
    permissions: own ? lower(own, granted) : granted,
    groups,
    prefix: `${frame.prefix}${legName} / `,
    calledBy: `${workflow.file}#${job.id.value}`,
  });
  return { result, outputs };
}
