/** The YAML files the script and security checks read: workflows, examples and action.yml files. */
import type { Problem } from './problems.js';
import { actionFile, actionNames, allWorkflowFiles } from './repo-files.js';
import type { YamlFile } from './yaml-doc.js';
import { loadYaml } from './yaml-doc.js';

export interface Targets {
  workflows: YamlFile[];
  actions: YamlFile[];
  /** YAML syntax errors (the files are still returned; their nodes may be partial). */
  problems: Problem[];
}

export function loadTargets(root: string): Targets {
  const problems: Problem[] = [];
  const load = (rel: string): YamlFile => {
    const loaded = loadYaml(root, rel);
    problems.push(...loaded.problems);
    return loaded.file;
  };
  const actionFiles = actionNames(root).flatMap((name) => actionFile(root, name) ?? []);
  return { workflows: allWorkflowFiles(root).map(load), actions: actionFiles.map(load), problems };
}
