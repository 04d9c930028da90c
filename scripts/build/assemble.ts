import { readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { type LockEntry, type Lockfile } from './prune-lockfile';

interface BuiltManifest {
  name: string;
  version: string;
  engines?: Record<string, string>;
  license?: string;
  dependencies: Record<string, string>;
}

const OWN_FILES = new Set(['main.js', 'package.json', 'package-lock.json', 'node_modules']);

/**
 * Puts one or more service builds (dist/apps/<service>, from `nx run <service>:build`) into one
 * folder for an image: their compiled trees side by side (the shared libs are the same files), one
 * package.json with the union of their dependencies and one lockfile with the union of their pruned
 * lockfiles (all pruned from the same workspace lockfile, so equal keys hold equal entries).
 * With a single build its main.js comes along; the image's entry point runs
 * apps/<service>/src/main.js in either case.
 */
export async function assemble(builds: string[], outDir: string): Promise<{ services: string[]; dependencies: Record<string, string> }> {
  if (!builds.length) throw new Error('assemble: no builds given');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const dependencies: Record<string, string> = {};
  const packages: Record<string, LockEntry> = {};
  let first: { manifest: BuiltManifest; lock: Lockfile } | undefined;
  for (const dir of builds) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as BuiltManifest;
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as Lockfile;
    first ??= { manifest, lock };
    for (const [name, range] of Object.entries(manifest.dependencies)) {
      if (dependencies[name] && dependencies[name] !== range)
        throw new Error(`${dir}: ${name}@${range} differs from ${dependencies[name]} in another build`);
      dependencies[name] = range;
    }
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (!key) continue;
      if (packages[key] && packages[key].version !== entry.version)
        throw new Error(`${dir}: ${key}@${entry.version} differs from ${packages[key].version} in another build`);
      packages[key] = entry;
    }
    await cp(dir, outDir, {
      recursive: true,
      filter: (src) => resolve(src) === resolve(dir) || !OWN_FILES.has(basename(src)) || resolve(src, '..') !== resolve(dir),
    });
  }
  const services = builds.map((b) => basename(resolve(b)));
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  const name = builds.length === 1 ? first!.manifest.name : 'tradein-platform';
  const manifest = { ...first!.manifest, name, description: `trade-in platform: ${services.join(', ')}`, dependencies: sorted };
  const lock: Lockfile = {
    name,
    version: manifest.version,
    lockfileVersion: first!.lock.lockfileVersion,
    requires: true,
    packages: {
      '': { name, version: manifest.version, dependencies: sorted, ...(manifest.engines ? { engines: manifest.engines } : {}) },
      ...Object.fromEntries(
        Object.keys(packages)
          .sort()
          .map((k) => [k, packages[k]!]),
      ),
    },
  };
  if (builds.length === 1) await cp(join(builds[0]!, 'main.js'), join(outDir, 'main.js'));
  await writeFile(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(outDir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  return { services, dependencies: sorted };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const builds = args.filter((_, i) => i !== outAt && i !== outAt + 1);
  if (!out || !builds.length) {
    console.error('usage: assemble.ts dist/apps/<service> [...] --out DIR');
    process.exit(64);
  }
  assemble(builds, resolve(out)).then(
    (r) => {
      console.log(`[assemble] ${r.services.join(', ')} → ${out} (${Object.keys(r.dependencies).length} production dependencies)`);
    },
    (err: unknown) => {
      console.error(`[assemble] failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
