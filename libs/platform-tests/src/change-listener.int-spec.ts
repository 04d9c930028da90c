import { Client } from 'pg';
import { type DataSource } from 'typeorm';
import { createTestDatabase, waitFor } from '@tradein/testing';
import { PgChangeListener } from '@tradein/messaging';

/** The LISTEN connection behind the relay's wake-up and the API key and price caches, on the real PostgreSQL. */
describe('PgChangeListener (real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let sql: Client;
  beforeAll(async () => {
    db = await createTestDatabase('change_listener');
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await db.drop();
  });

  it('calls onChange on each notification, and on connecting, and is listening only while connected', async () => {
    let changes = 0;
    const listener = new PgChangeListener(
      { options: { type: 'postgres', url: db.url } } as unknown as DataSource,
      'cache_test',
      () => changes++,
    );
    expect(listener.listening).toBe(false);
    await listener.start();
    expect(listener.listening).toBe(true);
    expect(changes).toBe(1);
    await sql.query(`NOTIFY cache_test`);
    await sql.query(`NOTIFY other_channel`);
    await waitFor(async () => changes === 2, { timeoutMs: 2000, intervalMs: 10, what: 'the notification' });
    await listener.stop();
    expect(listener.listening).toBe(false);
  });

  it('stops being trusted the moment its connection dies, then listens again by itself', async () => {
    let changes = 0;
    const listener = new PgChangeListener(
      { options: { type: 'postgres', url: db.url } } as unknown as DataSource,
      'cache_test',
      () => changes++,
      100,
    );
    await listener.start();
    await sql.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN cache_test' AND pid <> pg_backend_pid()`);
    await waitFor(async () => !listener.listening, { timeoutMs: 2000, intervalMs: 5, what: 'the loss noticed' });
    const afterLoss = changes;
    expect(afterLoss).toBeGreaterThanOrEqual(2);
    await waitFor(async () => listener.listening, { timeoutMs: 3000, intervalMs: 20, what: 'listening again' });
    await sql.query(`NOTIFY cache_test`);
    await waitFor(async () => changes > afterLoss + 1, { timeoutMs: 2000, intervalMs: 10, what: 'a notification after the reconnect' });
    await listener.stop();
  });

  it('refuses a channel name that is not an identifier', () => {
    expect(() => new PgChangeListener({ options: {} } as unknown as DataSource, 'x; DROP TABLE y', () => undefined)).toThrow(
      /not a channel name/,
    );
  });
});
