/**
 * Our actions' metadata read with GitHub's action parser, for what the runner does before it starts
 * a node action: each input without a `with:` value gets its action.yml default, evaluated (a default
 * may be `${{ github.token }}`), and `with:` keys the action does not declare give the runner's
 * "Unexpected input(s)" warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import {
  convertActionTemplate,
  parseAction,
  type ActionTemplate,
} from '@actions/workflow-parser/actions/index';
import { ROOT } from '../harness/runner.js';
import { asString, evaluateToken, type Scope } from './expressions.js';

const templates = new Map<string, ActionTemplate>();

export function actionTemplate(name: string): ActionTemplate {
  const cached = templates.get(name);
  if (cached) return cached;
  const file = `actions/${name}/action.yml`;
  const parsed = parseAction(
    { name: file, content: readFileSync(join(ROOT, file), 'utf8') },
    new NoOperationTraceWriter(),
  );
  const errors = parsed.context.errors.getErrors();
  if (errors.length || !parsed.value) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  const template = convertActionTemplate(parsed.context, parsed.value);
  templates.set(name, template);
  return template;
}

/** Evaluated defaults of the inputs not given, and the given names the action does not declare. */
export function actionDefaults(
  name: string,
  scope: Scope,
  given: string[],
): { defaults: Record<string, string>; declared: string[]; unexpected: string[] } {
  const template = actionTemplate(name);
  const file = `actions/${name}/action.yml`;
  const declared = (template.inputs ?? []).map((i) => i.id);
  const defaults: Record<string, string> = {};
  for (const input of template.inputs ?? []) {
    if (input.default === undefined) continue;
    defaults[input.id] = asString(
      evaluateToken(input.default, scope, () => file),
      { file },
      `inputs.${input.id}.default`,
    );
  }
  const lower = new Set(declared.map((d) => d.toLowerCase()));
  return { defaults, declared, unexpected: given.filter((g) => !lower.has(g.toLowerCase())) };
}

export const actionInputNames = (name: string): string[] =>
  (actionTemplate(name).inputs ?? []).map((i) => i.id);
