import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from '@tradein/testing';
import { type Platform } from './platform';

/** Runs a test body; on failure prints each service's recent log lines so the broken hop can be found. */
export async function withLogs(p: Platform | undefined, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    for (const s of SERVICES) {
      const out = p?.logs(s) ?? '';
      console.log(`----- ${s} (last 6000 chars of ${out.length}) -----\n${out.slice(-6000)}`);
    }
    throw err;
  }
}

/** ACCEPTANCE_LOG_DIR=/some/dir keeps every service's full output for reading after the run. */
export function keepLogs(p: Platform | undefined, suite: string): void {
  const dir = process.env['ACCEPTANCE_LOG_DIR'];
  if (!dir || !p) return;
  mkdirSync(join(dir, suite), { recursive: true });
  for (const s of SERVICES) writeFileSync(join(dir, suite, `${s}.log`), p.logs(s));
}
