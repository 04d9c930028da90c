import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/**
 * A service's sources as the structure checks see them: paths relative to `apps/<svc>/src` (posix separators)
 * and each file's text. The checks take this instead of the disk so their unit tests can hand them a fake tree.
 */
export type SourceTree = ReadonlyMap<string, string>;

/** Every .ts file under `dir` (a service's src folder), keyed by its path relative to `dir`. */
export function readSourceTree(dir: string): SourceTree {
  const files = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(dir, rel))) {
      const relPath = rel ? `${rel}/${name}` : name;
      const full = join(dir, relPath);
      if (statSync(full).isDirectory()) walk(relPath);
      else if (name.endsWith('.ts')) files.set(relPath, readFileSync(full, 'utf8'));
    }
  };
  walk('');
  return files;
}

/** The module specifiers a file imports or re-exports (type-only imports included: they couple folders too). */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, false).importedFiles.map((f) => f.fileName);
}

/** A relative specifier of `from` resolved to a file of the tree (`x` → `x.ts` or `x/index.ts`), or undefined. */
export function resolveRelative(tree: SourceTree, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  return [`${target}.ts`, `${target}/index.ts`, target].find((candidate) => tree.has(candidate));
}

/** Whether a file is a test (unit or integration spec): tests may reach across folders to set things up. */
export function isSpec(path: string): boolean {
  return /\.(spec|int-spec)\.ts$/.test(path);
}
