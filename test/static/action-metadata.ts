/** action.yml files: the schema (parseAction) and this repository's own rules. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer';
import { parseAction } from '@actions/workflow-parser/actions/index';
import type { Problem } from './problems.js';
import { actionFile } from './repo-files.js';
import { entries, entry, get, lineOf, loadYaml, str } from './yaml-doc.js';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Schema errors from `@actions/workflow-parser`'s parseAction (the strict action.yml schema). */
export function schemaProblems(root: string, rel: string): Problem[] {
  const content = readFileSync(path.join(root, rel), 'utf8');
  const result = parseAction({ name: rel, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => ({
    file: rel,
    line: error.range?.start.line,
    message: `parseAction: ${error.rawMessage}`,
  }));
}

export interface MetadataOptions {
  /** Check that `runs.main` exists on disk (false when dist/ has not been built). */
  checkMainExists: boolean;
}

/**
 * Our rules for `actions/<name>/action.yml`: runs on node24 from `../../dist/<name>/index.js`, every input
 * described, no required input with a default (the default would never apply), kebab-case output names.
 */
export function metadataProblems(root: string, name: string, options: MetadataOptions): Problem[] {
  const rel = actionFile(root, name);
  if (rel === undefined) return [{ file: `actions/${name}`, message: 'no action.yml or action.yaml' }];
  const { file, problems } = loadYaml(root, rel);
  if (problems.length > 0) return problems;
  const at = (node: unknown, message: string): Problem => ({ file: rel, line: lineOf(file, node), message });
  const top = file.doc.contents;

  const runs = get(top, 'runs');
  const using = entry(runs, 'using');
  if (str(using?.value) !== 'node24') {
    problems.push(at(using?.value ?? runs ?? top, `runs.using is "${str(using?.value)}", expected "node24"`));
  }
  const main = entry(runs, 'main');
  const expectedMain = `../../dist/${name}/index.js`;
  const mainValue = str(main?.value);
  if (mainValue !== expectedMain) {
    problems.push(at(main?.value ?? runs ?? top, `runs.main is "${mainValue}", expected "${expectedMain}"`));
  } else if (options.checkMainExists && !existsSync(path.join(root, 'dist', name, 'index.js'))) {
    problems.push(at(main?.value, `runs.main: dist/${name}/index.js does not exist (run npm run build)`));
  }

  for (const input of entries(get(top, 'inputs'))) {
    if ((str(get(input.value, 'description')) ?? '').trim() === '') {
      problems.push(at(input.keyNode, `input "${input.key}" has no description`));
    }
    const defaultEntry = entry(input.value, 'default');
    if (str(get(input.value, 'required')) === 'true' && defaultEntry !== undefined) {
      problems.push(
        at(defaultEntry.keyNode, `input "${input.key}" is required and has a default; drop one of them`),
      );
    }
  }
  for (const output of entries(get(top, 'outputs'))) {
    if (!KEBAB_CASE.test(output.key)) {
      problems.push(at(output.keyNode, `output "${output.key}" is not kebab-case`));
    }
  }
  return problems;
}
