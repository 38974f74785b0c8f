/** The `run:` scripts of workflows and composite actions, with their source lines. */
import type { Scalar } from 'yaml';
import { stepsOf } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { get, isScalarNode, lineAtOffset } from './yaml-doc.js';

export interface RunScript {
  file: YamlFile;
  where: string;
  shell: string | undefined;
  node: Scalar;
  script: string;
  /** Source line of the script's first line. */
  firstLine: number;
  /** True when script line n is source line firstLine + n - 1 (literal blocks and one-line scalars). */
  exactLines: boolean;
}

/** Every `run:` script in a workflow or composite action. */
export function runScripts(file: YamlFile): RunScript[] {
  const scripts: RunScript[] = [];
  for (const step of stepsOf(file)) {
    const node = get(step.node, 'run');
    if (!isScalarNode(node) || typeof node.value !== 'string' || !node.range) continue;
    const start = lineAtOffset(file, node.range[0]);
    // A block scalar's range starts at its `|` or `>` header; its content starts on the next line.
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    const singleLine = !node.value.includes('\n');
    scripts.push({
      file,
      where: step.where,
      shell: step.shell,
      node,
      script: node.value,
      firstLine: block ? start + 1 : start,
      exactLines: node.type === 'BLOCK_LITERAL' || singleLine,
    });
  }
  return scripts;
}

/** Source line of a script's line `n` (1-based). */
export function sourceLine(script: RunScript, n: number): number {
  return script.exactLines ? script.firstLine + n - 1 : script.firstLine;
}

export interface Expression {
  /** The text between `${{` and `}}`, trimmed. */
  text: string;
  line: number;
}

/** The `${{ }}` expressions of a script, found in the source text so each keeps its exact line. */
export function expressionsIn(script: RunScript): Expression[] {
  const [start, end] = script.node.range ?? [0, 0];
  const source = script.file.text.slice(start, end);
  return [...source.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => ({
    text: (match[1] ?? '').trim(),
    line: lineAtOffset(script.file, start + match.index),
  }));
}
