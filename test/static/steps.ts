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
  /** The job the step belongs to (undefined in a composite action). */
  job: Job | undefined;
  /**
   * The shell `run:` uses here: the step's, else the job's or workflow's `defaults.run.shell`, else `pwsh`
   * on a Windows runner; undefined means the runner's default elsewhere, bash.
   */
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

/** A runner label of a Windows image (`windows-latest`, `windows-2022`, a self-hosted `windows`). */
const WINDOWS_LABEL = /^windows(?:-|$)/i;

/**
 * Whether a job runs on Windows, where a `run:` step without `shell:` runs in pwsh. Only literal labels
 * are read: `runs-on: windows-latest`, a list of labels, or `{ labels: ... }`; an expression is not resolved.
 */
export function runsOnWindows(job: unknown): boolean {
  const runsOn = get(job, 'runs-on');
  const labels = [runsOn, ...items(runsOn), get(runsOn, 'labels'), ...items(get(runsOn, 'labels'))];
  return labels.some((label) => WINDOWS_LABEL.test(str(label) ?? ''));
}

/** Every step: of every job of a workflow, or of a composite action's `runs.steps`. */
export function stepsOf(file: YamlFile): Step[] {
  const top = file.doc.contents;
  const workflowShell = str(getIn(top, ['defaults', 'run', 'shell']));
  const steps: Step[] = items(getIn(top, ['runs', 'steps'])).map((node, i) => ({
    where: `runs.steps[${i}]`,
    node,
    job: undefined,
    shell: str(get(node, 'shell')),
  }));
  for (const job of jobsOf(file)) {
    const jobShell =
      str(getIn(job.node, ['defaults', 'run', 'shell'])) ??
      workflowShell ??
      (runsOnWindows(job.node) ? 'pwsh' : undefined);
    items(get(job.node, 'steps')).forEach((node, i) => {
      steps.push({
        where: `jobs.${job.id}.steps[${i}]`,
        node,
        job,
        shell: str(get(node, 'shell')) ?? jobShell,
      });
    });
  }
  return steps;
}

/** The events a workflow's `on:` names, whichever of its three forms it takes. */
export function triggersOf(file: YamlFile): string[] {
  const on = get(file.doc.contents, 'on');
  const one = str(on);
  if (one !== undefined) return [one];
  const listed = items(on).flatMap((item) => str(item) ?? []);
  return listed.length > 0 ? listed : entries(on).map((e) => e.key);
}
