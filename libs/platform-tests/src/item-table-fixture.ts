import { Pool, type PoolConfig } from 'pg';
import { createTestDatabase } from '@tradein/testing';

/**
 * A test database with an `item (id, note)` table, emptied after each test, and a pool of one connection (every
 * statement of a test runs on the same server session). Registers the suite's hooks; `pool()` and `url()` are valid from the suite's first `beforeAll` on.
 */
export function itemTableFixture(name: string, options: Pick<PoolConfig, 'Client'> = {}): { pool: () => Pool; url: () => string } {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: Pool;
  beforeAll(async () => {
    db = await createTestDatabase(name);
    pool = new Pool({ connectionString: db.url, max: 1, ...options });
    await pool.query('CREATE TABLE item (id int PRIMARY KEY, note text NOT NULL)');
  });
  afterEach(async () => {
    await pool.query('TRUNCATE item');
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });
  return { pool: () => pool, url: () => db.url };
}
