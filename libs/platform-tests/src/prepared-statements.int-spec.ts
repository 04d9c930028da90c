import { type Pool, type PoolClient } from 'pg';
import {
  PREPARED_STATEMENT_LIMIT,
  PreparingClient,
  inPipelinedTransaction,
  prepared,
  preparedCount,
  preparedName,
} from '@tradein/messaging';
import { itemTableFixture } from './item-table-fixture';

/** ADR 0024: statements marked `prepared` are parsed once per connection of a PreparingClient pool (real PostgreSQL). */
describe('prepared statements (real PostgreSQL)', () => {
  const items = itemTableFixture('prepared_statements', { Client: PreparingClient });
  let pool: Pool;
  const INSERT = prepared('INSERT INTO item (id, note) VALUES ($1, $2) RETURNING id, note');
  const COUNT = prepared('SELECT count(*)::int AS n FROM item WHERE id >= $1');
  const UNMARKED = 'SELECT count(*)::int AS n FROM item';

  beforeAll(() => {
    // One connection: every statement below runs on the same server session.
    pool = items.pool();
  });

  /** The statements the session holds prepared (pg_prepared_statements is per session). */
  const sessionStatements = async (): Promise<string[]> =>
    (await pool.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements ORDER BY statement')).rows.map(
      (r) => r.statement,
    );

  it('sends a marked text named, parses it once per connection, and leaves an unmarked one unnamed', async () => {
    expect(preparedName(INSERT)).toMatch(/^tradein_[0-9a-f]{40}$/);
    expect(preparedName(UNMARKED)).toBeUndefined();
    expect((await pool.query(INSERT, [1, 'a'])).rows).toEqual([{ id: 1, note: 'a' }]);
    expect((await pool.query(INSERT, [2, 'b'])).rows).toEqual([{ id: 2, note: 'b' }]);
    expect((await pool.query(UNMARKED)).rows).toEqual([{ n: 2 }]);
    // The callback form, as PipelinedTransaction calls it.
    const client: PoolClient = await pool.connect();
    try {
      const n = await new Promise<unknown>((resolve, reject) =>
        client.query(COUNT, [2], (err: Error | null, r: { rows: unknown[] }) => (err ? reject(err) : resolve(r.rows))),
      );
      expect(n).toEqual([{ n: 1 }]);
    } finally {
      client.release();
    }
    expect(await sessionStatements()).toEqual([INSERT, COUNT].sort());
  });

  it('serves the pipelined hot path, again after a transaction that failed before its statement was parsed', async () => {
    await pool.query(`INSERT INTO item VALUES (9, 'existing')`);
    const LATE = prepared('UPDATE item SET note = $2 WHERE id = $1');
    // The duplicate aborts the transaction; LATE's Parse arrives in the aborted transaction and is refused.
    const failed = inPipelinedTransaction(pool, async (tx) => {
      void tx.query(INSERT, [9, 'duplicate']);
      void tx.query(LATE, [9, 'never']);
    });
    await expect(failed).rejects.toMatchObject({ code: '23505' });
    expect(await sessionStatements()).not.toContain(LATE);
    // Next transaction on the same connection: LATE is parsed now, and INSERT (parsed above) is reused.
    const rows = await inPipelinedTransaction(pool, async (tx) => {
      const inserted = tx.query(INSERT, [10, 'new']);
      void tx.query(LATE, [9, 'renamed']);
      return inserted;
    });
    expect(rows).toEqual([{ id: 10, note: 'new' }]);
    expect((await pool.query('SELECT id, note FROM item ORDER BY id')).rows).toEqual([
      { id: 9, note: 'renamed' },
      { id: 10, note: 'new' },
    ]);
    expect(await sessionStatements()).toEqual(expect.arrayContaining([INSERT, LATE]));
  });

  it('keeps working when a migration adds a column to a table a prepared statement reads and writes', async () => {
    expect((await pool.query(INSERT, [1, 'before'])).rows).toEqual([{ id: 1, note: 'before' }]);
    await pool.query(`ALTER TABLE item ADD COLUMN grade text NOT NULL DEFAULT 'B'`);
    try {
      expect((await pool.query(INSERT, [2, 'after'])).rows).toEqual([{ id: 2, note: 'after' }]);
      expect((await pool.query(COUNT, [1])).rows).toEqual([{ n: 2 }]);
    } finally {
      await pool.query('ALTER TABLE item DROP COLUMN grade');
    }
  });

  it('makes a statement again after a result column changed type, or after the server lost it', async () => {
    const NOTE = prepared('SELECT note FROM item WHERE id = $1');
    await pool.query(`INSERT INTO item VALUES (1, 'graded B')`);
    expect((await pool.query(NOTE, [1])).rows).toEqual([{ note: 'graded B' }]);
    await pool.query('ALTER TABLE item ALTER COLUMN note TYPE varchar(200)');
    try {
      // The execution that meets the change fails (the server's rule); the next one prepares it under a new name.
      await expect(pool.query(NOTE, [1])).rejects.toMatchObject({ code: '0A000' });
      expect((await pool.query(NOTE, [1])).rows).toEqual([{ note: 'graded B' }]);
    } finally {
      await pool.query('ALTER TABLE item ALTER COLUMN note TYPE text');
    }
    await expect(pool.query(NOTE, [1])).rejects.toMatchObject({ code: '0A000' });
    expect((await pool.query(NOTE, [1])).rows).toEqual([{ note: 'graded B' }]);
    // A statement the server no longer holds (DEALLOCATE here; a pooler switching connections in production).
    expect((await pool.query(COUNT, [1])).rows).toEqual([{ n: 1 }]);
    await pool.query(`DEALLOCATE "${preparedName(COUNT)}"`);
    await expect(pool.query(COUNT, [1])).rejects.toMatchObject({ code: '26000' });
    expect((await pool.query(COUNT, [1])).rows).toEqual([{ n: 1 }]);
  });

  it('marks at most PREPARED_STATEMENT_LIMIT texts per process; the rest run unnamed', async () => {
    for (let i = preparedCount(); i < PREPARED_STATEMENT_LIMIT; i++) prepared(`SELECT ${i} AS filler`);
    const over = prepared('SELECT $1::int AS over');
    expect(preparedCount()).toBe(PREPARED_STATEMENT_LIMIT);
    expect(preparedName(over)).toBeUndefined();
    expect((await pool.query(over, [7])).rows).toEqual([{ over: 7 }]);
    expect(await sessionStatements()).not.toContain(over);
  });
});
