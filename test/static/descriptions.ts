/**
 * action.yml descriptions are read where there is little room: the action's on a Marketplace card, each
 * input's and output's in an editor's hover and in `release-actions <action> --help`. The explanations
 * live in `actions/<name>/docs.md`, which `npm run docs` merges into `action-docs/<name>.md`.
 */
import type { Problem } from './problems.js';
import { actionFile } from './repo-files.js';
import { entries, get, lineOf, loadYaml, str } from './yaml-doc.js';

/**
 * The action's `description`: GitHub Marketplace refuses to publish an action whose description is 125
 * characters or longer, so at most 124, and one sentence on one line (a card shows no more).
 */
export const ACTION_DESCRIPTION_MAX = 124;

/**
 * An input's or output's `description`: a line or two of an editor hover or of a 110-column terminal.
 * 200 also holds the project's fixed `allow-outside-workspace` wording (180), which every action with
 * path inputs declares word for word.
 */
export const FIELD_DESCRIPTION_MAX = 200;

/** Inputs declared word for word alike in every action that has them (the wording the project fixes). */
export const SHARED_WORDING = ['allow-outside-workspace'];

/** A sentence end (`.`, `!`, `?`) followed by more text: a second sentence. */
const SECOND_SENTENCE = /[.!?]\s+\S/;

export function descriptionProblems(root: string, name: string): Problem[] {
  const rel = actionFile(root, name);
  if (rel === undefined) return [];
  const { file, problems } = loadYaml(root, rel);
  if (problems.length > 0) return problems;
  const at = (node: unknown, message: string): Problem => ({ file: rel, line: lineOf(file, node), message });
  const top = file.doc.contents;
  const move = `move the explanation to actions/${name}/docs.md`;

  const description = get(top, 'description');
  const text = (str(description) ?? '').trim();
  if (text.length > ACTION_DESCRIPTION_MAX)
    problems.push(
      at(description, `description has ${text.length} characters, over ${ACTION_DESCRIPTION_MAX}: ${move}`),
    );
  if (/\n/.test(text) || SECOND_SENTENCE.test(text))
    problems.push(at(description, `description is more than one sentence on one line: ${move}`));

  for (const kind of ['inputs', 'outputs'] as const) {
    for (const field of entries(get(top, kind))) {
      const value = get(field.value, 'description');
      const length = (str(value) ?? '').trim().length;
      if (length > FIELD_DESCRIPTION_MAX)
        problems.push(
          at(
            value ?? field.keyNode,
            `${kind.slice(0, -1)} "${field.key}" description has ${length} characters, over ${FIELD_DESCRIPTION_MAX}: ${move}`,
          ),
        );
    }
  }
  return problems;
}

/** A SHARED_WORDING input whose description differs from the first action's that declares it. */
export function sharedWordingProblems(root: string, names: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const input of SHARED_WORDING) {
    let first: { rel: string; text: string } | undefined;
    for (const name of names) {
      const rel = actionFile(root, name);
      if (rel === undefined) continue;
      const { file } = loadYaml(root, rel);
      const value = get(get(get(file.doc.contents, 'inputs'), input), 'description');
      const text = str(value);
      if (text === undefined) continue;
      if (first === undefined) first = { rel, text };
      else if (text !== first.text)
        problems.push({
          file: rel,
          line: lineOf(file, value),
          message: `input "${input}" is described unlike in ${first.rel}; keep the wording identical`,
        });
    }
  }
  return problems;
}
