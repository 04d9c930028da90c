/**
 * Prunes an npm lockfile (v2/v3 `packages` map) to what a smaller package.json needs, so
 * `npm ci --omit=dev` in a service's build output installs exactly its production closure at the
 * versions the workspace tested. Resolution follows node's lookup: a dependency of the package at
 * `node_modules/a` is `node_modules/a/node_modules/<name>` if present, else the next level up.
 */
export interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

export interface Lockfile {
  name?: string;
  version?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

export interface RootManifest {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  [field: string]: unknown;
}

/** Where `name` resolves from the package installed at `from` ('' is the root). */
export function resolveFrom(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const up = base.lastIndexOf('/node_modules/');
    base = up < 0 ? '' : base.slice(0, up);
  }
}

/** The lockfile for `manifest`: its root entry plus every package reachable from its dependencies. */
export function pruneLockfile(lock: Lockfile, manifest: RootManifest): Lockfile {
  if (lock.lockfileVersion < 2) throw new Error(`lockfileVersion ${lock.lockfileVersion} has no packages map; regenerate it with npm >= 7`);
  const all = lock.packages;
  const kept = new Map<string, LockEntry>();
  const queue: Array<{ from: string; deps: Record<string, string>; optional: Set<string> }> = [
    { from: '', deps: manifest.dependencies, optional: new Set() },
  ];
  while (queue.length) {
    const { from, deps, optional } = queue.shift()!;
    for (const name of Object.keys(deps)) {
      const at = resolveFrom(all, from, name);
      if (!at) {
        if (optional.has(name)) continue;
        throw new Error(`${name} (needed by ${from || 'the root'}) is not in the lockfile: run npm install and commit package-lock.json`);
      }
      if (kept.has(at)) continue;
      const entry = all[at]!;
      if (entry.link) throw new Error(`${at} is a workspace link; the pruner handles registry packages only`);
      kept.set(at, entry);
      const peers = Object.entries(entry.peerDependencies ?? {}).filter(([p]) => !entry.peerDependenciesMeta?.[p]?.optional);
      queue.push({
        from: at,
        deps: { ...entry.dependencies, ...entry.optionalDependencies, ...Object.fromEntries(peers) },
        optional: new Set(Object.keys(entry.optionalDependencies ?? {})),
      });
    }
  }
  const packages: Record<string, LockEntry> = {
    '': {
      name: manifest.name,
      version: manifest.version,
      dependencies: manifest.dependencies,
      ...(manifest['engines'] ? { engines: manifest['engines'] } : {}),
    },
  };
  for (const key of [...kept.keys()].sort()) packages[key] = kept.get(key)!;
  return { name: manifest.name, version: manifest.version, lockfileVersion: lock.lockfileVersion, requires: true, packages };
}
