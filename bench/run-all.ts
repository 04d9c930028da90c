/**
 * `npm run bench`: every benchmark in turn (each rewrites its block of docs/perf.md), one at a time so
 * they do not compete for the machine. A failing bench is reported and the others still run; the exit
 * code is non-zero if any failed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const BENCHES = ['footprint', 'http', 'messaging', 'lifecycle'];
const only = process.argv.slice(2);
const failed: string[] = [];
for (const name of only.length ? only : BENCHES) {
  console.log(`\n=== bench ${name} ===`);
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'bench', name, 'run.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
  });
  if (r.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`benches failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nall benches done; docs/perf.md rewritten');
