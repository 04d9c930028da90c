import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compileFrom } from '../build/compile';
import { SERVICE_NAMES, type Service } from '../platform-client';

/**
 * The four services compiled once to JavaScript (the SWC settings and layout of scripts/build, ADR 0007) into
 * one folder: shared libraries are compiled once, and every start and restart of a replica runs plain
 * `node apps/<service>/src/main.js` instead of compiling the TypeScript again at each start (@swc-node/register
 * costs seconds to tens of seconds of CPU per start on a loaded 2-core machine, and the run restarts a lot).
 * It is also a snapshot: edits made in the checkout during a long run cannot break a restart halfway.
 */
export async function compileServices(appRoot: string, outDir: string): Promise<{ files: number; ms: number }> {
  const started = Date.now();
  await rm(outDir, { recursive: true, force: true });
  const r = await compileFrom(
    appRoot,
    SERVICE_NAMES.map((s) => `apps/${s}/src/main.ts`),
    outDir,
  );
  return { files: r.files.length, ms: Date.now() - started };
}

/** The compiled entry point of a service in a folder written by compileServices. */
export function compiledMain(outDir: string, service: Service): string {
  return join(outDir, `apps/${service}/src/main.js`);
}
