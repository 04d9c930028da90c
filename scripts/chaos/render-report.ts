import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderReport } from './report';

/** Re-renders docs/reliability.md from the run results kept in docs/reliability/ (or the given dir and report path). */
const root = resolve(__dirname, '../..');
const dir = process.argv[2] ?? join(root, 'docs/reliability');
const out = process.argv[3] ?? join(root, 'docs/reliability.md');
writeFileSync(out, renderReport(dir));
console.log(`[chaos] ${out} rendered from ${dir}`);
