// Fails the build when the widget's single file is over its budget (gzip, as a shop's visitors download it).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = Number(process.env.WIDGET_BUDGET_GZIP_BYTES ?? 30 * 1024);
const dir = process.argv[2] ?? 'dist/apps/widget';
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
if (files.length !== 1 || files[0] !== 'tradein-widget.js') {
  console.error(`widget: expected exactly one file tradein-widget.js in ${dir}, found ${files.join(', ') || 'none'}`);
  process.exit(1);
}
const raw = readFileSync(join(dir, files[0]));
const gz = gzipSync(raw, { level: 9 }).length;
const line = `widget: ${files[0]} ${(raw.length / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzip (budget ${(BUDGET_GZIP_BYTES / 1024).toFixed(1)} kB gzip)`;
if (gz > BUDGET_GZIP_BYTES) {
  console.error(`${line}: OVER BUDGET`);
  process.exit(1);
}
console.log(line);
