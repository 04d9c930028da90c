import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PgbenchResult {
  tps: number;
  latencyAvgMs: number;
  transactions: number;
  failed: number;
}

/**
 * pgbench with a custom script (no built-in tables), `clients` connections over 2 threads for `seconds`. Returns the
 * rate without connection set-up. `prepared` (the default) parses each statement once per connection, as the
 * services send their hot statements (ADR 0024); `extended` parses it on every execution, as node-postgres sends an
 * unmarked one.
 */
export async function pgbench(
  url: string,
  script: string,
  o: { clients: number; seconds: number; vars?: Record<string, string>; mode?: 'prepared' | 'extended' },
): Promise<PgbenchResult> {
  const args = [
    '-n',
    '-M',
    o.mode ?? 'prepared',
    '-c',
    String(o.clients),
    '-j',
    '2',
    '-T',
    String(o.seconds),
    '-f',
    script,
    ...Object.entries(o.vars ?? {}).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
    url,
  ];
  const { stdout } = await run('pgbench', args, { maxBuffer: 10 * 2 ** 20, timeout: (o.seconds + 60) * 1000 });
  const num = (re: RegExp): number => Number(re.exec(stdout)?.[1] ?? NaN);
  const result = {
    tps: num(/tps = ([\d.]+) \(without initial connection time\)/),
    latencyAvgMs: num(/latency average = ([\d.]+) ms/),
    transactions: num(/number of transactions actually processed: (\d+)/),
    failed: num(/number of failed transactions: (\d+)/) || 0,
  };
  if (!Number.isFinite(result.tps)) throw new Error(`pgbench printed no rate:\n${stdout}`);
  return result;
}
