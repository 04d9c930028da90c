import { importsOf, isSpec, resolveRelative, type SourceTree } from './source-tree';

/** One import that crosses from one top-level folder of a service into another. */
export interface FolderEdge {
  readonly from: string;
  readonly to: string;
  /** `file → imported file`, so a report says which import to move. */
  readonly via: string;
}

/** The top-level folder a source path lives in, or undefined for a file at the top (app wiring). */
export function topFolder(path: string): string | undefined {
  const slash = path.indexOf('/');
  return slash < 0 ? undefined : path.slice(0, slash);
}

/**
 * Imports between top-level folders of one service's production code. Specs and the test kit (testing/) are left
 * out: a test may set up anything. Top-level files (app.module.ts, main.ts, ...) wire folders together and are
 * not folders themselves.
 */
export function folderEdges(tree: SourceTree): FolderEdge[] {
  const edges: FolderEdge[] = [];
  for (const [path, text] of tree) {
    const from = topFolder(path);
    if (!from || from === 'testing' || isSpec(path)) continue;
    for (const specifier of importsOf(text)) {
      const target = resolveRelative(tree, path, specifier);
      const to = target && topFolder(target);
      if (to && to !== from) edges.push({ from, to, via: `${path} → ${target}` });
    }
  }
  return edges;
}

/**
 * Strongly connected components of more than one folder (Tarjan): each is a set of folders that import each
 * other round a cycle. Sorted, so a report is stable.
 */
export function folderCycles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, new Set());
    if (!next.has(e.to)) next.set(e.to, new Set());
    next.get(e.from)!.add(e.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A readable account of each cycle: its folders and the imports that hold it together. */
export function describeCycles(edges: readonly FolderEdge[]): string[] {
  return folderCycles(edges).map((component) => {
    const inside = edges.filter((e) => component.includes(e.from) && component.includes(e.to)).map((e) => `  ${e.via}`);
    return [`cycle between ${component.join(', ')}:`, ...[...new Set(inside)].sort()].join('\n');
  });
}
