import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/**
 * Transactions committed so far in these databases (pg_stat_database), read through the first one's server.
 * Backends report their counts within about a second of each commit, so this waits that long first: take it before
 * and after a loop, and divide the difference by the loop's operations.
 */
export async function databaseCommits(dbs: Array<{ url: string; name: string }>): Promise<number> {
  const c = new Client({ connectionString: dbs[0]!.url });
  await c.connect();
  try {
    await sleep(1500);
    const rows: Array<{ n: string }> = await c
      .query('SELECT sum(xact_commit)::text AS n FROM pg_stat_database WHERE datname = ANY($1)', [dbs.map((d) => d.name)])
      .then((r) => r.rows as Array<{ n: string }>);
    return Number(rows[0]?.n ?? NaN);
  } finally {
    await c.end();
  }
}
