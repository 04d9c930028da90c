#!/usr/bin/env node
// Bundle budget, checked after every build: the JavaScript index.html loads before the first screen
// (its entry script and every modulepreload) must stay within 250 kB gzip, and the camera scanner
// (@zxing) must not be part of it: it is fetched only when someone opens the camera.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const dist = process.argv[2] ?? 'dist/apps/console';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
if (initial.length === 0) {
  console.error(`budget: no script found in ${dist}/index.html`);
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
let total = 0;
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  initial ${file}: ${(size / 1024).toFixed(1)} kB gzip`);
}
const assets = readdirSync(join(dist, 'assets'));
const scanner = assets.filter(
  (f) => f.endsWith('.js') && /zxing|BrowserMultiFormatReader|decodeFromVideoDevice/.test(readFileSync(join(dist, 'assets', f), 'utf8')),
);
const scannerInInitial = scanner.filter((f) => initial.some((i) => i.endsWith(f)));
console.log(
  `budget: initial JavaScript ${(total / 1024).toFixed(1)} kB gzip of ${BUDGET_BYTES / 1024} kB; scanner chunk(s): ${scanner.join(', ') || 'none'}`,
);
let failed = false;
if (total > BUDGET_BYTES) {
  console.error(`budget: initial JavaScript is over budget by ${((total - BUDGET_BYTES) / 1024).toFixed(1)} kB gzip`);
  failed = true;
}
if (scanner.length === 0) {
  console.error('budget: no lazy scanner chunk found (the camera fallback must be its own chunk)');
  failed = true;
}
if (scannerInInitial.length > 0) {
  console.error(`budget: the scanner is loaded up front: ${scannerInInitial.join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
