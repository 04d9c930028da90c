import { Client } from 'pg';
import { testInfra, uniqueSuffix } from '@tradein/testing';
import { ensureDatabase } from '@tradein/service-runtime';

describe('ensureDatabase (real PostgreSQL)', () => {
  const server = new URL(testInfra().databaseUrl);
  const name = `test_ensure_${uniqueSuffix()}`;
  const url = (db: string) => {
    const u = new URL(server);
    u.pathname = `/${db}`;
    return u.toString();
  };

  afterAll(async () => {
    const c = new Client({ connectionString: url('postgres') });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });

  it('creates a missing database once even when replicas start together, and is a no-op afterwards', async () => {
    await Promise.all(Array.from({ length: 4 }, () => ensureDatabase(url(name))));
    await ensureDatabase(url(name));
    const c = new Client({ connectionString: url(name) });
    await c.connect();
    expect((await c.query('SELECT current_database() AS db')).rows[0].db).toBe(name);
    await c.end();
  });

  it('refuses a database name it would have to quote', async () => {
    await expect(ensureDatabase(url('Bad-Name'))).rejects.toThrow(/lowercase/);
  });
});
