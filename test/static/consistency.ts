/**
 * Consistency between action code, action.yml files and the workflows that call them, in the style of
 * github/codeql-action's queries over its own code.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ActionMetadata, InputDeclaration } from './action-inputs.js';
import { readActionMetadata } from './action-inputs.js';
import { scanInputReads } from './input-reads.js';
import type { Problem } from './problems.js';
import { actionNames, actionSources, hasSources, sharedSources } from './repo-files.js';
import { jobsOf, stepsOf, triggersOf } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { ownPath } from './uses.js';
import { entries, entry, get, getIn, isScalar, lineOf, loadYaml, str } from './yaml-doc.js';

function actions(root: string): ActionMetadata[] {
  return actionNames(root).flatMap((name) => readActionMetadata(root, name) ?? []);
}

/** The action runtime every action imports: its literal input reads apply to every action. */
const RUNTIME_DIR = 'shared/src/action/';

/**
 * Reads of inputs in shared/src outside the runtime: shared code takes values as parameters, and each action
 * reads its inputs in its own src/ (where they are checked against its action.yml). Such a read would be
 * counted for no action, or for every action whether or not it imports that module.
 */
export function sharedReadProblems(root: string): Problem[] {
  const outside = sharedSources(root).filter((file) => !file.startsWith(RUNTIME_DIR));
  const scan = scanInputReads(root, outside, false);
  const calls = [...scan.reads.map((read) => ({ ...read, argument: `'${read.name}'` })), ...scan.unnamed];
  return calls.map((call) => ({
    file: call.file,
    line: call.line,
    message: `${call.getter}(${call.argument}): shared/src reads inputs only in ${RUNTIME_DIR}; take the value as a parameter and read the input in actions/<name>/src/inputs.ts`,
  }));
}

/**
 * Each action reads exactly the inputs its action.yml declares: every name read is declared, every declared
 * input is read (by the action or by the runtime in shared/src/action/), and getRequiredInput is used only for
 * an input that action.yml marks required or gives a default. Actions without a src/ directory yet are only
 * checked for declarations. Reads elsewhere in shared/src are not counted (see sharedReadProblems).
 */
export function inputReadProblems(root: string): Problem[] {
  const runtime = sharedSources(root).filter((file) => file.startsWith(RUNTIME_DIR));
  const runtimeNames = new Set(scanInputReads(root, runtime, false).reads.map((read) => read.name));
  const problems: Problem[] = [...sharedReadProblems(root)];
  for (const action of actions(root)) {
    if (!hasSources(root, action.name)) continue;
    const scan = scanInputReads(root, actionSources(root, action.name), true);
    problems.push(...scan.problems);
    for (const read of scan.reads) {
      const declared = action.inputs.get(read.name);
      if (declared === undefined) {
        problems.push({
          file: read.file,
          line: read.line,
          message: `${read.getter}('${read.name}'): ${action.rel} declares no input "${read.name}"`,
        });
      } else if (read.getter === 'getRequiredInput' && !declared.required && declared.default === undefined) {
        problems.push({
          file: read.file,
          line: read.line,
          message: `getRequiredInput('${read.name}'): ${action.rel} declares it optional with no default; mark it required: true or read it with getOptionalInput`,
        });
      }
    }
    const readNames = new Set(scan.reads.map((read) => read.name));
    for (const input of action.inputs.values()) {
      if (readNames.has(input.name) || runtimeNames.has(input.name)) continue;
      problems.push({
        file: action.rel,
        line: input.line,
        message: `input "${input.name}" is declared but never read by actions/${action.name}/src or ${RUNTIME_DIR} (through the input getters)`,
      });
    }
  }
  return problems;
}

function describeDeclaration(action: ActionMetadata, input: InputDeclaration): string {
  const defaultText =
    input.default === undefined ? 'no default' : `default: ${JSON.stringify(input.default)}`;
  return `${action.rel}:${input.line ?? '?'} (required: ${input.required}, ${defaultText})`;
}

/**
 * Inputs whose values are each action's own: `mode` picks what this action does (extract/generate,
 * release/next-dev/verify), so its default and whether it is required differ by action.
 */
const PER_ACTION_INPUTS = new Set(['mode']);

/** Inputs of the same name are declared alike in every action.yml: same `required`, same `default`. */
export function sameNameProblems(root: string): Problem[] {
  const byName = new Map<string, Array<{ action: ActionMetadata; input: InputDeclaration }>>();
  for (const action of actions(root)) {
    for (const input of action.inputs.values()) {
      if (PER_ACTION_INPUTS.has(input.name)) continue;
      byName.set(input.name, [...(byName.get(input.name) ?? []), { action, input }]);
    }
  }
  const problems: Problem[] = [];
  for (const [name, declarations] of byName) {
    const [first, ...rest] = declarations;
    if (first === undefined) continue;
    for (const other of rest) {
      if (other.input.required === first.input.required && other.input.default === first.input.default)
        continue;
      problems.push({
        file: other.action.rel,
        line: other.input.line,
        message: `input "${name}" is declared unlike the same input elsewhere: ${describeDeclaration(other.action, other.input)} vs ${describeDeclaration(first.action, first.input)}`,
      });
    }
  }
  return problems;
}

/**
 * The name of our action a `uses:` value refers to: `$/actions/x` (self-repository), `./actions/x`,
 * `<OWN_REPOSITORY>/actions/x@ref`.
 */
export function ourAction(uses: string): string | undefined {
  return /^actions\/([^/]+)$/.exec(ownPath(uses) ?? '')?.[1];
}

/** The file name of our reusable workflow a job's `uses:` refers to (same three forms). */
export function ourWorkflow(uses: string): string | undefined {
  return /^\.github\/workflows\/([^/]+\.ya?ml)$/.exec(ownPath(uses) ?? '')?.[1];
}

interface Parameter {
  name: string;
  /** Required and without a default: a caller must give it. */
  mustGive: boolean;
  /** A workflow_call input's `type:` (boolean, number, string); undefined for an action's input. */
  type?: string;
}

/** Why a literal `with:` value does not fit a typed input, or undefined (an expression fits anything). */
function typeMismatch(type: string | undefined, value: unknown): string | undefined {
  if (type === undefined || !isScalar(value)) return undefined;
  const given: unknown = value.value;
  if (typeof given === 'string' && given.includes('${{')) return undefined;
  if (type === 'boolean' && typeof given !== 'boolean') return `a boolean, not ${JSON.stringify(given)}`;
  if (type === 'number' && typeof given !== 'number') return `a number, not ${JSON.stringify(given)}`;
  return undefined;
}

/**
 * Checks a `with:` (or `secrets:`) mapping against the parameters the callee declares. Names compare
 * case-insensitively, as the runner compares them; a name given twice (in any case) is an error; a literal
 * given to a boolean or number input must be one.
 */
function argumentProblems(
  file: YamlFile,
  where: string,
  callee: string,
  kind: string,
  given: unknown,
  callNode: unknown,
  declared: readonly Parameter[],
): Problem[] {
  const problems: Problem[] = [];
  const at = (node: unknown, message: string): Problem => ({
    file: file.rel,
    line: lineOf(file, node),
    rule: 'inputs',
    message: `${where}: ${message}`,
  });
  const byName = new Map(declared.map((p) => [p.name.toLowerCase(), p]));
  const givenNames = new Set<string>();
  for (const argument of entries(given)) {
    const name = argument.key.toLowerCase();
    if (givenNames.has(name)) {
      problems.push(
        at(argument.keyNode, `${kind} "${argument.key}" is given twice (${kind} names are case-insensitive)`),
      );
    }
    givenNames.add(name);
    const parameter = byName.get(name);
    if (parameter !== undefined) {
      const mismatch = typeMismatch(parameter.type, argument.value);
      if (mismatch !== undefined) {
        problems.push(
          at(
            argument.value,
            `${callee} declares ${kind} "${parameter.name}" as ${parameter.type}: give ${mismatch}`,
          ),
        );
      }
      continue;
    }
    const known =
      declared
        .map((p) => p.name)
        .sort()
        .join(', ') || 'none';
    problems.push(at(argument.keyNode, `${callee} has no ${kind} "${argument.key}" (it declares: ${known})`));
  }
  for (const parameter of declared) {
    if (!parameter.mustGive || givenNames.has(parameter.name.toLowerCase())) continue;
    problems.push(at(callNode, `${callee} requires ${kind} "${parameter.name}", which is not given`));
  }
  return problems;
}

function workflowCallParameters(file: YamlFile, section: 'inputs' | 'secrets'): Parameter[] {
  return entries(getIn(file.doc.contents, ['on', 'workflow_call', section])).map((e) => ({
    name: e.key,
    mustGive: str(get(e.value, 'required')) === 'true' && get(e.value, 'default') === undefined,
    type: section === 'inputs' ? (str(get(e.value, 'type')) ?? 'string') : undefined,
  }));
}

/** The reusable workflow a job calls, loaded, or a problem saying why it cannot be. */
export function calledWorkflow(
  root: string,
  file: YamlFile,
  where: string,
  usesNode: unknown,
): { rel: string; callee: YamlFile } | Problem | undefined {
  const uses = str(usesNode);
  const workflow = uses === undefined ? undefined : ourWorkflow(uses);
  if (workflow === undefined) return undefined;
  const rel = `.github/workflows/${workflow}`;
  const at = (message: string): Problem => ({
    file: file.rel,
    line: lineOf(file, usesNode),
    rule: 'inputs',
    message: `${where}: ${message}`,
  });
  if (!existsSync(path.join(root, rel))) return at(`no workflow ${rel}`);
  const callee = loadYaml(root, rel).file;
  if (!triggersOf(callee).includes('workflow_call')) return at(`${rel} has no on.workflow_call`);
  return { rel, callee };
}

/**
 * In our workflows, examples and composite actions: every step using one of our actions passes only inputs
 * it declares and all it requires; every job calling one of our reusable workflows passes only its
 * `workflow_call` inputs and secrets, all the required ones, and literals of the declared type.
 */
export function callerProblems(root: string, callers: readonly YamlFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of callers) {
    for (const step of stepsOf(file)) {
      const usesNode = get(step.node, 'uses');
      const uses = str(usesNode);
      const name = uses === undefined ? undefined : ourAction(uses);
      if (name === undefined) continue;
      const action = readActionMetadata(root, name);
      if (action === undefined) {
        problems.push({
          file: file.rel,
          line: lineOf(file, usesNode),
          rule: 'inputs',
          message: `${step.where}: no action actions/${name}`,
        });
        continue;
      }
      const declared = [...action.inputs.values()].map((input) => ({
        name: input.name,
        mustGive: input.required && input.default === undefined,
      }));
      const callee = `actions/${name}`;
      problems.push(
        ...argumentProblems(file, step.where, callee, 'input', get(step.node, 'with'), usesNode, declared),
      );
    }
    for (const job of jobsOf(file)) {
      const usesNode = get(job.node, 'uses');
      const where = `jobs.${job.id}`;
      const called = calledWorkflow(root, file, where, usesNode);
      if (called === undefined) continue;
      if (!('callee' in called)) {
        problems.push(called);
        continue;
      }
      const { rel, callee } = called;
      const withNode = get(job.node, 'with');
      const inputs = workflowCallParameters(callee, 'inputs');
      problems.push(...argumentProblems(file, where, rel, 'input', withNode, usesNode, inputs));
      const secrets = entry(job.node, 'secrets');
      if (str(secrets?.value) === 'inherit') continue;
      const declared = workflowCallParameters(callee, 'secrets');
      problems.push(...argumentProblems(file, where, rel, 'secret', secrets?.value, usesNode, declared));
    }
  }
  return problems;
}
