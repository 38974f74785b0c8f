/** The `run:` scripts of workflows and composite actions, and other script sinks, with their source lines. */
import type { Scalar } from 'yaml';
import { findExpressions } from './expressions.js';
import { stepsOf } from './steps.js';
import type { Job, Step } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { get, getIn, isScalarNode, lineAtOffset, str } from './yaml-doc.js';

/** A string scalar holding code, with what is needed to map a line of its value back to the YAML. */
export interface ScalarText {
  /** A shell `run:` script, or the JavaScript of an actions/github-script step. */
  kind: 'run' | 'github-script';
  file: YamlFile;
  where: string;
  /** The job the script runs in (undefined in a composite action): its matrix and inputs decide trust. */
  job: Job | undefined;
  node: Scalar;
  script: string;
  /** Source line of the value's first line. */
  firstLine: number;
  /** True when value line n is source line firstLine + n - 1 (literal blocks and one-line scalars). */
  exactLines: boolean;
}

export interface RunScript extends ScalarText {
  shell: string | undefined;
  step: Step;
}

/** A scalar whose value is code, or undefined for anything else (an absent key, a mapping). */
export function scalarText(
  kind: ScalarText['kind'],
  file: YamlFile,
  where: string,
  node: unknown,
  job?: Job,
): ScalarText | undefined {
  if (!isScalarNode(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const start = lineAtOffset(file, node.range[0]);
  // A block scalar's range starts at its `|` or `>` header; its content starts on the next line.
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const singleLine = !node.value.includes('\n');
  return {
    kind,
    file,
    where,
    job,
    node,
    script: node.value,
    firstLine: block ? start + 1 : start,
    exactLines: node.type === 'BLOCK_LITERAL' || singleLine,
  };
}

/** Every `run:` script in a workflow or composite action. */
export function runScripts(file: YamlFile): RunScript[] {
  return stepsOf(file).flatMap((step) => {
    const text = scalarText('run', file, step.where, get(step.node, 'run'), step.job);
    return text ? [{ ...text, shell: step.shell, step }] : [];
  });
}

/** `uses: actions/github-script@...`, whatever the version. */
export const GITHUB_SCRIPT = /^actions\/github-script(?:@|$)/i;

/** The `with.script` of every actions/github-script step: JavaScript the runner writes expressions into. */
export function githubScripts(file: YamlFile): ScalarText[] {
  return stepsOf(file).flatMap((step) => {
    if (!GITHUB_SCRIPT.test(str(get(step.node, 'uses')) ?? '')) return [];
    const text = scalarText(
      'github-script',
      file,
      `${step.where} with.script`,
      getIn(step.node, ['with', 'script']),
      step.job,
    );
    return text ? [text] : [];
  });
}

/** Source line of a script's line `n` (1-based). */
export function sourceLine(script: ScalarText, n: number): number {
  return script.exactLines ? script.firstLine + n - 1 : script.firstLine;
}

export interface Expression {
  /** The text between `${{` and `}}`, trimmed. */
  text: string;
  line: number;
}

/**
 * The `${{ }}` expressions of a script, found in the scalar's value (where YAML quoting is undone, so string
 * literals inside expressions are seen as the runner sees them), each with its source line.
 */
export function expressionsIn(script: ScalarText): Expression[] {
  return findExpressions(script.script).map((found) => {
    const n = script.script.slice(0, found.start).split('\n').length;
    return { text: found.text, line: sourceLine(script, n) };
  });
}
