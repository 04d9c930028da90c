import { Client } from 'pg';

/**
 * Creates the service's own database on its server when missing (idempotent), so a service pointed
 * at any PostgreSQL (DATABASE_URL) starts without a manual step.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`database name ${name} must be lowercase letters, digits or _`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) {
      await client.query(`CREATE DATABASE "${name}"`).catch((err: { code?: string }) => {
        // Created concurrently by a replica: fine. PostgreSQL reports it as 42P04 (duplicate_database) or,
        // when both CREATEs got past the catalog check, as 23505 on pg_database's unique name index.
        if (err.code !== '42P04' && err.code !== '23505') throw err;
      });
    }
  } finally {
    await client.end();
  }
}
