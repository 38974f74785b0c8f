/**
 * The files searched: the files git tracks (in the working tree, or in the checked-out commit when the
 * change is pushed), narrowed by the `files` globs, each read once through the path rule. Helm chart
 * folders are known from their tracked Chart.yaml.
 */
import { posix } from 'node:path';
import { InputError, UserError } from '../../../shared/src/action/errors.js';
import type { Base, Reader } from '../../../shared/src/edit/files.js';
import { Git } from '../../../shared/src/git/git.js';
import { DEFAULT_FILES } from './inputs.js';
import { globMatches, type Glob } from './specs.js';

export interface Tree {
  /** Every tracked file, relative to the workspace. */
  tracked: string[];
  /** Folders (relative to the workspace, '' for its top) that hold a tracked Chart.yaml. */
  charts: Set<string>;
}

/** The tracked files under the workspace: of the base commit when there is one, else of the index. */
export async function trackedTree(workspace: string, base: Base | undefined): Promise<Tree> {
  const git = new Git(workspace);
  const args = base ? ['ls-tree', '-r', '-z', '--name-only', base.commit] : ['ls-files', '-z'];
  const listed = await git.run(args, { allowFailure: true });
  if (listed.exitCode !== 0) {
    throw new UserError(
      `The workspace (${workspace}) is not a git checkout: pin-image-tags searches the files git tracks (${listed.stderr.trim().split('\n')[0]})`,
    );
  }
  const tracked = listed.stdout.split('\0').filter(Boolean);
  const charts = new Set(
    tracked.filter((f) => posix.basename(f) === 'Chart.yaml').map((f) => chartDir(posix.dirname(f))),
  );
  return { tracked, charts };
}

const chartDir = (dir: string): string => (dir === '.' ? '' : dir);

/** The chart folder a file belongs to (the nearest folder above it with a Chart.yaml), if any. */
export function chartOf(path: string, charts: ReadonlySet<string>): string | undefined {
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    if (charts.has(chartDir(dir))) return chartDir(dir);
    if (dir === '.' || dir === '/' || dir === '') return undefined;
  }
}

/** True for a file inside a chart's `templates/` folder (Go templates, not YAML). */
export function isChartTemplate(path: string, charts: ReadonlySet<string>): boolean {
  const chart = chartOf(path, charts);
  if (chart === undefined) return false;
  return path.slice(chart === '' ? 0 : chart.length + 1).startsWith('templates/');
}

/**
 * The tracked files the globs select (`!` ones leave files out); with no glob to include, every tracked
 * YAML file. A glob that matches no tracked file is an error naming it: a typo would otherwise search
 * nothing and say so only as "no reference found".
 */
export function selectFiles(tracked: readonly string[], globs: readonly Glob[], input: string): string[] {
  const include = globs.filter((g) => !g.negated);
  const exclude = globs.filter((g) => g.negated);
  const wanted = include.length ? include : DEFAULT_FILES;
  const used = new Set<string>();
  const selected = tracked.filter((file) => {
    const by = wanted.filter((g) => globMatches(file, g.pattern));
    if (by.length === 0) return false;
    for (const g of by) used.add(g.pattern);
    return !exclude.some((g) => globMatches(file, g.pattern));
  });
  const unused = include.find((g) => !used.has(g.pattern));
  if (unused) {
    throw new InputError(
      input,
      unused.pattern,
      `a glob that matches a file git tracks in the workspace (it matches none of the ${tracked.length})`,
    );
  }
  return selected;
}

/** Read the files (each once, through the path rule), keyed by the path of the file they really are. */
export async function readSelected(
  reader: Reader,
  paths: readonly string[],
  input: string,
): Promise<Map<string, string>> {
  const read = await reader.readAll(paths, { kind: 'matched', input });
  return new Map(read.map((r) => [r.file.path, r.text]));
}
