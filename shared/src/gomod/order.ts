/**
 * Release order of a repository's modules: dependencies first. Modules are layered — layer 0 requires
 * no other module of the repository, layer n requires some module of layer n-1 and none higher — and
 * each layer is in alphabetical order of directory. For peer-pods that is cloud-providers, webhook,
 * peerpod-ctrl, cloud-api-adaptor, csi-wrapper.
 */
import { ModuleError, type GoModule } from './modules.js';

/** The cycle through `start`, as module paths, first repeated last: [a, b, a]. */
function cycleFrom(start: string, edges: ReadonlyMap<string, readonly string[]>): string[] {
  const path: string[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (node: string): string[] | undefined => {
    if (onPath.has(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return undefined;
    path.push(node);
    onPath.add(node);
    for (const next of edges.get(node) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    onPath.delete(node);
    done.add(node);
    return undefined;
  };
  return visit(start) ?? [start];
}

/**
 * The modules in release order; ModuleError naming the cycle (`a → b → a`) when requires go round.
 * Dependencies on modules not in the list (excluded ones) are ignored.
 */
export function releaseOrder(modules: readonly GoModule[]): GoModule[] {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const edges = new Map(modules.map((m) => [m.path, m.dependencies.filter((d) => byPath.has(d))]));
  const layer = new Map<string, number>();
  let remaining = [...modules];
  for (let current = 0; remaining.length > 0; current++) {
    const ready = remaining.filter((m) =>
      (edges.get(m.path) ?? []).every((d) => (layer.get(d) ?? Infinity) < current),
    );
    if (ready.length === 0) {
      const start = [...remaining].sort((a, b) => compare(a.path, b.path))[0] as GoModule;
      const cycle = cycleFrom(start.path, edges);
      throw new ModuleError(`the in-repository requires form a cycle: ${cycle.join(' → ')}`);
    }
    for (const m of ready) layer.set(m.path, current);
    remaining = remaining.filter((m) => !layer.has(m.path));
  }
  return [...modules].sort(
    (a, b) => (layer.get(a.path) ?? 0) - (layer.get(b.path) ?? 0) || compare(a.dir, b.dir),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
