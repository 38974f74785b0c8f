/**
 * references: every `needs.<job>`, `steps.<id>`, `jobs.<job>.outputs.<name>` in an expression resolves,
 * and an output named there is declared: by the job (`outputs:`), by the reusable workflow it calls
 * (`on.workflow_call.outputs`), by the action a step uses (our action.yml's `outputs:`).
 */
import { everyReference } from './contexts.js';
import type { Expr } from './expressions.js';
import { parseExpression } from './expressions.js';
import type { Problem } from './problems.js';
import { readActionOutputs } from './action-inputs.js';
import { scalarText, expressionsIn } from './run-scripts.js';
import type { Job } from './steps.js';
import { jobsOf } from './steps.js';
import { ownPath } from './uses.js';
import type { YamlFile } from './yaml-doc.js';
import { entries, get, getIn, isMap, isSeq, items, lineOf, loadYaml, str } from './yaml-doc.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Every context reference in an expression, wherever it stands (dotted, lowercased). */
export function allReferences(expression: string): string[][] {
  const found: string[][] = [];
  const walk = (expr: Expr): void => {
    switch (expr.kind) {
      case 'literal':
        return;
      case 'reference':
        found.push(expr.path);
        return;
      case 'member':
        return walk(expr.object);
      case 'not':
        return walk(expr.operand);
      case 'call':
        return expr.args.forEach(walk);
      case 'binary':
        walk(expr.left);
        return walk(expr.right);
    }
  };
  try {
    walk(parseExpression(expression));
  } catch {
    return everyReference(expression).map((reference) => reference.split('.'));
  }
  return found;
}

interface Found {
  path: string[];
  line: number | undefined;
  where: string;
  /** Index of the step the expression is in; Infinity for job `outputs:` (every step has run). */
  stepIndex: number;
}

/** The expressions under a node (bare `if:` values included), each reference with its line. */
function referencesUnder(file: YamlFile, node: unknown, where: string, stepIndex: number, key = ''): Found[] {
  if (isMap(node)) {
    return entries(node).flatMap((e) =>
      referencesUnder(file, e.value, `${where}.${e.key}`, stepIndex, e.key),
    );
  }
  if (isSeq(node))
    return items(node).flatMap((item, i) => referencesUnder(file, item, `${where}[${i}]`, stepIndex));
  const text = str(node);
  if (text === undefined) return [];
  const expressions =
    key === 'if' && !text.includes('${{')
      ? [{ text, line: lineOf(file, node) }]
      : (() => {
          const scalar = scalarText('run', file, where, node);
          return scalar ? expressionsIn(scalar) : [];
        })();
  return expressions.flatMap((expression) =>
    allReferences(expression.text).map((p) => ({ path: p, line: expression.line, where, stepIndex })),
  );
}

/** Outputs a job declares, or undefined when we cannot know them (a third-party reusable workflow). */
function jobOutputs(root: string, job: Job): Set<string> | undefined {
  const uses = str(get(job.node, 'uses'));
  if (uses === undefined) return new Set(entries(get(job.node, 'outputs')).map((e) => e.key.toLowerCase()));
  const rel = ownPath(uses);
  if (rel === undefined || !existsSync(path.join(root, rel))) return undefined;
  const callee = loadYaml(root, rel).file;
  const outputs = entries(getIn(callee.doc.contents, ['on', 'workflow_call', 'outputs']));
  return new Set(outputs.map((e) => e.key.toLowerCase()));
}

interface StepInfo {
  index: number;
  /** Outputs the step's action declares; undefined for a run: step or an action we cannot read. */
  outputs: Set<string> | undefined;
}

function stepsById(root: string, job: Job): Map<string, StepInfo> {
  const steps = new Map<string, StepInfo>();
  items(get(job.node, 'steps')).forEach((step, index) => {
    const id = str(get(step, 'id'));
    if (id === undefined) return;
    const uses = str(get(step, 'uses'));
    const name = /^actions\/([^/]+)$/.exec((uses && ownPath(uses)) ?? '')?.[1];
    steps.set(id.toLowerCase(), { index, outputs: name ? readActionOutputs(root, name) : undefined });
  });
  return steps;
}

function needsOf(job: Job): string[] {
  const needs = get(job.node, 'needs');
  const listed = str(needs) !== undefined ? [str(needs) ?? ''] : items(needs).map((n) => str(n) ?? '');
  return listed.map((n) => n.toLowerCase());
}

export function referenceProblems(root: string, file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const report = (found: Found, message: string): void => {
    problems.push({
      file: file.rel,
      line: found.line,
      rule: 'references',
      message: `${found.where}: ${message}`,
    });
  };
  const jobs = new Map(jobsOf(file).map((job) => [job.id.toLowerCase(), job]));
  const outputs = new Map([...jobs].map(([id, job]) => [id, jobOutputs(root, job)]));
  for (const job of jobs.values()) {
    const needs = needsOf(job);
    for (const need of needs) {
      if (jobs.has(need)) continue;
      problems.push({
        file: file.rel,
        line: lineOf(file, get(job.node, 'needs')),
        rule: 'references',
        message: `jobs.${job.id}.needs: no job "${need}" in this workflow`,
      });
    }
    const steps = stepsById(root, job);
    const found = entries(job.node).flatMap((e) => {
      const where = `jobs.${job.id}.${e.key}`;
      if (e.key === 'steps') {
        return items(e.value).flatMap((step, i) => referencesUnder(file, step, `${where}[${i}]`, i));
      }
      return referencesUnder(file, e.value, where, e.key === 'outputs' ? Infinity : -1, e.key);
    });
    for (const reference of found) {
      const [context, name = '*', section, output = '*'] = reference.path;
      if (name === '*') continue;
      if (context === 'needs') {
        if (!needs.includes(name)) {
          report(reference, `needs.${name} is not in jobs.${job.id}.needs (${needs.join(', ') || 'empty'})`);
        } else if (section === 'outputs' && output !== '*' && outputs.get(name)?.has(output) === false) {
          report(reference, `needs.${name}.outputs.${output}: job "${name}" declares no output "${output}"`);
        }
      } else if (context === 'steps') {
        const step = steps.get(name);
        if (reference.stepIndex === -1) {
          report(reference, `steps.${name}: the steps context exists only in steps and the job's outputs`);
        } else if (step === undefined || step.index >= reference.stepIndex) {
          const which = step === undefined ? 'no step of this job has' : 'only a later step has';
          report(reference, `steps.${name}: ${which} id "${name}"`);
        } else if (section === 'outputs' && output !== '*' && step.outputs?.has(output) === false) {
          report(reference, `steps.${name}.outputs.${output}: its action declares no output "${output}"`);
        }
      }
    }
  }
  for (const output of entries(getIn(file.doc.contents, ['on', 'workflow_call', 'outputs']))) {
    const value = get(output.value, 'value');
    for (const reference of referencesUnder(file, value, `on.workflow_call.outputs.${output.key}`, -1)) {
      const [context, name = '*', section, key = '*'] = reference.path;
      if (context !== 'jobs' || name === '*') continue;
      if (!jobs.has(name)) report(reference, `jobs.${name}: no such job in this workflow`);
      else if (section === 'outputs' && key !== '*' && outputs.get(name)?.has(key) === false)
        report(reference, `jobs.${name}.outputs.${key}: job "${name}" declares no output "${key}"`);
    }
  }
  return problems;
}
