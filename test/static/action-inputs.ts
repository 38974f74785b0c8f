/** The inputs an action.yml declares (kept apart from action-metadata.ts, which loads the schema parser). */
import type { YamlFile } from './yaml-doc.js';
import { entries, get, lineOf, loadYaml, str } from './yaml-doc.js';
import { actionFile } from './repo-files.js';

export interface InputDeclaration {
  name: string;
  required: boolean;
  /** The default as the runner sees it (a string), undefined when absent. */
  default: string | undefined;
  line: number | undefined;
}

export interface ActionMetadata {
  name: string;
  rel: string;
  file: YamlFile;
  inputs: Map<string, InputDeclaration>;
}

/** The inputs an action.yml declares (undefined when the file does not exist). */
export function readActionMetadata(root: string, name: string): ActionMetadata | undefined {
  const rel = actionFile(root, name);
  if (rel === undefined) return undefined;
  const { file } = loadYaml(root, rel);
  const inputs = new Map<string, InputDeclaration>();
  for (const input of entries(get(file.doc.contents, 'inputs'))) {
    inputs.set(input.key, {
      name: input.key,
      required: str(get(input.value, 'required')) === 'true',
      default: str(get(input.value, 'default')),
      line: lineOf(file, input.keyNode),
    });
  }
  return { name, rel, file, inputs };
}

/** The outputs an action.yml declares (lowercased), or undefined when the file does not exist. */
export function readActionOutputs(root: string, name: string): Set<string> | undefined {
  const rel = actionFile(root, name);
  if (rel === undefined) return undefined;
  const { file } = loadYaml(root, rel);
  return new Set(entries(get(file.doc.contents, 'outputs')).map((output) => output.key.toLowerCase()));
}
