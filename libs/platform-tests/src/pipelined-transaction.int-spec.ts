import { Client, type Pool } from 'pg';
import { PipelinedTransaction, inPipelinedTransaction } from '@tradein/messaging';
import { captureSql } from '@tradein/testing';
import { itemTableFixture } from './item-table-fixture';

/** ADR 0020: a transaction whose statements leave in flights, on the real PostgreSQL. */
describe('inPipelinedTransaction (real PostgreSQL)', () => {
  const items = itemTableFixture('pipelined_tx');
  let pool: Pool;
  beforeAll(() => {
    pool = items.pool();
  });
  const ids = async (): Promise<number[]> => (await pool.query<{ id: number }>('SELECT id FROM item ORDER BY id')).rows.map((r) => r.id);

  it('sends what is issued together in one write, answers each statement, and commits with the last flight', async () => {
    let answers: unknown[] = [];
    const seen = await captureSql(async () => {
      await inPipelinedTransaction(pool, async (tx) => {
        const first = tx.query('INSERT INTO item (id, note) VALUES ($1, $2) RETURNING id', [1, 'a']);
        const count = tx.query<{ n: string }>('SELECT count(*) AS n FROM item');
        answers = [await first, await count];
        void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [2, 'b']);
        void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [3, 'c']);
      });
    });
    expect(answers).toEqual([[{ id: 1 }], [{ n: '1' }]]);
    expect(seen.flights).toEqual([
      ['START TRANSACTION', 'INSERT INTO item (id, note) VALUES ($1, $2) RETURNING id', 'SELECT count(*) AS n FROM item'],
      ['INSERT INTO item (id, note) VALUES ($1, $2)', 'INSERT INTO item (id, note) VALUES ($1, $2)', 'COMMIT'],
    ]);
    expect(await ids()).toEqual([1, 2, 3]);
  });

  it('fails the whole transaction when a statement nobody awaited fails, with that statement’s error', async () => {
    await pool.query(`INSERT INTO item VALUES (9, 'existing')`);
    const attempt = inPipelinedTransaction(pool, async (tx) => {
      void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [1, 'written first']);
      void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [9, 'duplicate']);
      void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [2, 'after the failure']);
    });
    await expect(attempt).rejects.toMatchObject({ code: '23505', table: 'item' });
    expect(await ids()).toEqual([9]);
  });

  it('rolls back what was sent when the work throws, and gives the connection back usable and unpipelined', async () => {
    const attempt = inPipelinedTransaction(pool, async (tx) => {
      await tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [1, 'sent']);
      throw new Error('no price in this market');
    });
    await expect(attempt).rejects.toThrow('no price in this market');
    expect(await ids()).toEqual([]);
    const client = await pool.connect();
    try {
      expect((client as unknown as { pipeline?: boolean }).pipeline).toBe(false);
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      client.release();
    }
  });

  it('rolls back when the driver refuses a statement before sending it, which the server never sees fail', async () => {
    const attempt = inPipelinedTransaction(pool, async (tx) => {
      void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [1, 'sent and fine']);
      // A parameter node-postgres cannot encode (JSON of a BigInt): refused on this side, never sent.
      void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [2, { amount: 1n }]);
    });
    await expect(attempt).rejects.toThrow(/BigInt/);
    expect(await ids()).toEqual([]);
  });

  it('fails, without an uncaught error, when the connection is lost mid-transaction; the pool goes on', async () => {
    const admin = new Client({ connectionString: items.url() });
    await admin.connect();
    try {
      const attempt = inPipelinedTransaction(pool, async (tx) => {
        void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [1, 'lost with the connection']);
        const [backend] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await admin.query('SELECT pg_terminate_backend($1)', [backend!.pid]);
        await tx.query('SELECT 1');
      });
      await expect(attempt).rejects.toThrow();
      expect(await ids()).toEqual([]);
    } finally {
      await admin.end();
    }
  });

  it('refuses a statement issued after COMMIT was sent, instead of running it outside the transaction', async () => {
    let kept: PipelinedTransaction | undefined;
    await inPipelinedTransaction(pool, async (tx) => {
      kept = tx;
      void tx.query('INSERT INTO item (id, note) VALUES ($1, $2)', [1, 'inside']);
    });
    await expect(kept!.query('INSERT INTO item (id, note) VALUES ($1, $2)', [2, 'too late'])).rejects.toThrow(
      /after the pipelined transaction ended/,
    );
    expect(await ids()).toEqual([1]);
  });
});
