/** Walks the jobs and steps of a workflow, or the steps of a composite action, keeping their YAML nodes. */
import type { YamlFile } from './yaml-doc.js';
import { entries, get, getIn, items, str } from './yaml-doc.js';

export interface Job {
  id: string;
  keyNode: unknown;
  node: unknown;
}

export interface Step {
  /** Human-readable position, e.g. `jobs.build.steps[2]` or `runs.steps[0]`. */
  where: string;
  node: unknown;
  /** The shell `run:` uses here: the step's, else the job's or workflow's `defaults.run.shell`. */
  shell: string | undefined;
}

/** A workflow's jobs (empty for a composite action). */
export function jobsOf(file: YamlFile): Job[] {
  return entries(get(file.doc.contents, 'jobs')).map((e) => ({
    id: e.key,
    keyNode: e.keyNode,
    node: e.value,
  }));
}

/** Every step: of every job of a workflow, or of a composite action's `runs.steps`. */
export function stepsOf(file: YamlFile): Step[] {
  const top = file.doc.contents;
  const workflowShell = str(getIn(top, ['defaults', 'run', 'shell']));
  const steps: Step[] = items(getIn(top, ['runs', 'steps'])).map((node, i) => ({
    where: `runs.steps[${i}]`,
    node,
    shell: str(get(node, 'shell')),
  }));
  for (const job of jobsOf(file)) {
    const jobShell = str(getIn(job.node, ['defaults', 'run', 'shell'])) ?? workflowShell;
    items(get(job.node, 'steps')).forEach((node, i) => {
      steps.push({ where: `jobs.${job.id}.steps[${i}]`, node, shell: str(get(node, 'shell')) ?? jobShell });
    });
  }
  return steps;
}
