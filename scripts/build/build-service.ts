import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { compileFrom } from './compile';
import { type Lockfile, type RootManifest, pruneLockfile } from './prune-lockfile';

export const ROOT = resolve(__dirname, '../..');
export const BUILDABLE = ['quote-service', 'intake-service', 'grading-service', 'payout-service'] as const;
export type BuildableService = (typeof BUILDABLE)[number];

/**
 * Packages the services load without a static import of ours: Nest's swagger module requires
 * @fastify/static under fastify, TypeORM loads the `pg` driver by name. Kept even if no file
 * imports them; the built-service test fails if anything loaded at run time is missing.
 */
export const RUNTIME_ONLY_PACKAGES = ['@fastify/static', 'pg'];

/**
 * Tools that run from the service's image: the topic job (compose: `node scripts/infra/create-topics.js`),
 * the migrate-only step (Kubernetes initContainer, ADR 0006: `node scripts/deploy/migrate.js`) and the
 * dead-letter replay (`node scripts/ops/replay-dead-letters.js <topic>`, docs/operations.md).
 */
export const TOOL_ENTRIES = ['scripts/infra/create-topics.ts', 'scripts/deploy/migrate.ts', 'scripts/ops/replay-dead-letters.ts'];

export interface BuildOutput {
  outDir: string;
  files: string[];
  dependencies: Record<string, string>;
}

/**
 * Builds one service into `outDir` (default dist/apps/<service>):
 *   main.js                         → requires apps/<service>/src/main.js
 *   apps/<service>/src/**, libs/<lib>/src/**   compiled JavaScript (+ .js.map), only files reachable from main
 *   scripts/infra/create-topics.js, scripts/deploy/migrate.js   the tools of TOOL_ENTRIES
 *   package.json, package-lock.json the production dependencies it requires, pruned from the workspace lockfile
 * Then `npm ci --omit=dev` in outDir gives a runnable service.
 */
export async function buildService(service: BuildableService, outDir = join(ROOT, 'dist/apps', service)): Promise<BuildOutput> {
  const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as RootManifest & {
    engines?: Record<string, string>;
    license?: string;
  };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const entries = [`apps/${service}/src/main.ts`, ...TOOL_ENTRIES.filter((e) => existsSync(join(ROOT, e)))];
  const compiled = await compileFrom(ROOT, entries, outDir);

  const dependencies: Record<string, string> = {};
  for (const name of [...compiled.packages, ...RUNTIME_ONLY_PACKAGES].sort()) {
    const range = rootPkg.dependencies[name];
    if (!range) {
      const dev = (rootPkg as { devDependencies?: Record<string, string> }).devDependencies?.[name];
      throw new Error(
        `${service} requires ${name}, which is ${dev ? 'only a devDependency' : 'not a dependency'} of the workspace package.json`,
      );
    }
    dependencies[name] = range;
  }
  const manifest: RootManifest = {
    name: `tradein-${service}`,
    version: rootPkg.version,
    private: true,
    description: `${service} of the trade-in platform, built by scripts/build/build-service.ts`,
    license: rootPkg.license,
    engines: rootPkg.engines,
    main: 'main.js',
    scripts: { start: 'node main.js' },
    dependencies,
  };
  await writeFile(join(outDir, 'main.js'), `'use strict';\nrequire('./apps/${service}/src/main.js');\n`);
  await writeFile(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(outDir, 'package-lock.json'), `${JSON.stringify(pruneLockfile(lock, manifest), null, 2)}\n`);
  return { outDir, files: compiled.files, dependencies };
}

function parseArgs(argv: string[]): { service: BuildableService; out?: string } {
  const [service, ...rest] = argv;
  if (!BUILDABLE.includes(service as BuildableService)) {
    throw new Error(`usage: build-service.ts <${BUILDABLE.join('|')}> [--out DIR]`);
  }
  const outAt = rest.indexOf('--out');
  return { service: service as BuildableService, ...(outAt >= 0 && rest[outAt + 1] ? { out: resolve(rest[outAt + 1]!) } : {}) };
}

if (require.main === module) {
  const started = Date.now();
  const args = (() => {
    try {
      return parseArgs(process.argv.slice(2));
    } catch (err) {
      console.error((err as Error).message);
      process.exit(64);
    }
  })();
  buildService(args.service, args.out).then(
    (r) => {
      console.log(
        `[build] ${args.service}: ${r.files.length} files, ${Object.keys(r.dependencies).length} production dependencies → ${relative(process.cwd(), r.outDir) || '.'} (${Date.now() - started} ms)`,
      );
    },
    (err: unknown) => {
      console.error(`[build] ${args.service} failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
