/**
 * Workflows against GitHub's own parser (`@actions/workflow-parser`, the one the VS Code extension uses):
 * parseWorkflow checks the schema (keys, value types, expression syntax), convertWorkflowTemplate the model
 * (job dependencies that exist and have no cycle, matrix and concurrency shapes). It already accepts
 * `uses: $/<path>`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import type { Problem } from './problems.js';

export async function workflowSchemaProblems(root: string, rel: string): Promise<Problem[]> {
  const content = readFileSync(path.join(root, rel), 'utf8');
  const parsed = parseWorkflow({ name: rel, content }, new NoOperationTraceWriter());
  if (parsed.value !== undefined) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((error) => ({
    file: rel,
    line: error.range?.start.line,
    rule: 'workflow-schema',
    message: `workflow-parser: ${error.rawMessage}`,
  }));
}
