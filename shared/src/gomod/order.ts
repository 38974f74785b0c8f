/**
 * Release order of a repository's modules: dependencies first. Modules are layered — layer 0 requires
 * no other module of the repository, layer n requires some module of layer n-1 and none higher — and
 * each layer is in alphabetical order of directory. For peer-pods that is cloud-providers, webhook,
 * peerpod-ctrl, cloud-api-adaptor, csi-wrapper.
 *
 * Go allows modules that require each other (peer pods at v0.8.0-alpha.1: the root module requires
 * peerpod-ctrl, which requires the root). Such a cycle has no "dependencies first" inside it; its
 * members (a strongly connected component of the requires) form one layer together, ordered among
 * themselves by directory, and are tagged in the same atomic push as everything else — which is what
 * the go command needs: every tag exists at once.
 */
import type { GoModule } from './modules.js';

export interface ReleaseOrder {
  /** The modules, dependencies first. */
  modules: GoModule[];
  /** Each set of modules that require each other (module paths, in release order), in release order. */
  cycles: string[][];
}

/** Strongly connected components (Tarjan's algorithm, iterative: deep chains do not grow the stack). */
function components(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        // The component is the stack down to (and including) this node.
        const component = stack.splice(stack.lastIndexOf(frame.node));
        for (const member of component) onStack.delete(member);
        found.push(component);
      }
    }
  }
  return found;
}

/**
 * The modules in release order, and the cycles among them. Dependencies on modules not in the list
 * (excluded ones) are ignored.
 */
export function releaseOrder(modules: readonly GoModule[]): ReleaseOrder {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const edges = new Map(modules.map((m) => [m.path, m.dependencies.filter((d) => byPath.has(d))]));
  // Tarjan emits a component only after every component it requires: dependencies come first.
  const found = components(
    modules.map((m) => m.path),
    edges,
  );
  const componentOf = new Map<string, number>();
  found.forEach((members, i) => members.forEach((path) => componentOf.set(path, i)));
  const layerOf: number[] = [];
  found.forEach((members, i) => {
    let layer = 0;
    for (const path of members) {
      for (const dependency of edges.get(path) ?? []) {
        const other = componentOf.get(dependency) as number;
        if (other !== i) layer = Math.max(layer, (layerOf[other] ?? 0) + 1);
      }
    }
    layerOf[i] = layer;
  });
  const layer = (m: GoModule): number => layerOf[componentOf.get(m.path) as number] ?? 0;
  const ordered = [...modules].sort((a, b) => layer(a) - layer(b) || compare(a.dir, b.dir));
  const position = new Map(ordered.map((m, i) => [m.path, i]));
  const cycles = found
    .filter((members) => members.length > 1)
    .map((members) => members.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)))
    .sort((a, b) => (position.get(a[0] as string) ?? 0) - (position.get(b[0] as string) ?? 0));
  return { modules: ordered, cycles };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
