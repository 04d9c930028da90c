import { randomUUID } from 'node:crypto';
import { metricsRegistry } from '@tradein/observability';
import { waitFor } from '@tradein/testing';
import { MessagingRetention } from '@tradein/messaging';
import { messagingHarness } from './messaging-harness';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-03T12:00:00Z');
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * DAY_MS);

async function deletedCounted(table: string): Promise<number> {
  const values = (await metricsRegistry.getSingleMetric('messaging_retention_deleted_rows_total')?.get())?.values ?? [];
  return values.filter((v) => v.labels['table'] === table).reduce((sum, v) => sum + v.value, 0);
}

/**
 * The retention pass (ADR 0022) on real PostgreSQL with the backbone's own migrations: published outbox rows past
 * their retention and old inbox rows go, everything else stays, in batches bounded per pass.
 */
describe('messaging retention (real PostgreSQL)', () => {
  let h: Awaited<ReturnType<typeof messagingHarness>>;
  beforeAll(async () => {
    h = await messagingHarness(1);
  });
  afterAll(async () => h?.close());
  beforeEach(async () => {
    await h.dataSource.query('TRUNCATE outbox_event, inbox_event, messaging_trade_in_trace');
  });

  /** `count` outbox rows created `createdDaysAgo` and published `publishedDaysAgo` (null: not yet), in id order. */
  const outboxRows = async (count: number, createdDaysAgo: number, publishedDaysAgo: number | null, note: string) =>
    h.dataSource.query(
      `INSERT INTO outbox_event (event_id, topic, message_key, lane, envelope, created_at, published_at)
       SELECT gen_random_uuid(), 'trade-in.cancelled', $1, 0, jsonb_build_object('note', $1::text), $2, $3
         FROM generate_series(1, $4)`,
      [note, daysAgo(createdDaysAgo), publishedDaysAgo === null ? null : daysAgo(publishedDaysAgo), count],
    );
  const remaining = async (): Promise<Record<string, number>> => {
    const rows: Array<{ note: string; n: number }> = await h.dataSource.query(
      `SELECT message_key AS note, count(*)::int AS n FROM outbox_event GROUP BY 1`,
    );
    return Object.fromEntries(rows.map((r) => [r.note, r.n]));
  };

  it('deletes published outbox rows past the retention, steps over old unpublished ones, and keeps the rest', async () => {
    // Oldest first: rows a stuck lane never published (at the head of the id order), then old published rows, then
    // rows published just inside the retention, then today's rows, some not yet published.
    await outboxRows(3, 30, null, 'old-unpublished');
    await outboxRows(2_500, 10, 9, 'old-published');
    await outboxRows(40, 7.5, 6.9, 'published-inside-retention');
    await outboxRows(20, 0.1, 0.05, 'recent-published');
    await outboxRows(5, 0.01, null, 'recent-unpublished');
    const before = await deletedCounted('outbox_event');

    const retention = new MessagingRetention(h.dataSource, { batchSize: 1_000 });
    expect(await retention.runOnce(NOW)).toEqual({ outbox: 2_500, inbox: 0, traces: 0 });
    expect(await remaining()).toEqual({
      'old-unpublished': 3,
      'published-inside-retention': 40,
      'recent-published': 20,
      'recent-unpublished': 5,
    });
    expect((await deletedCounted('outbox_event')) - before).toBe(2_500);
    // Nothing more to do: a second pass deletes nothing.
    expect(await retention.runOnce(NOW)).toEqual({ outbox: 0, inbox: 0, traces: 0 });
  });

  it('bounds a pass by its batches: a backlog is worked off over several passes', async () => {
    await outboxRows(250, 10, 9, 'old-published');
    const retention = new MessagingRetention(h.dataSource, { batchSize: 100, maxBatchesPerPass: 2 });
    expect((await retention.runOnce(NOW)).outbox).toBe(200);
    expect((await retention.runOnce(NOW)).outbox).toBe(50);
    expect(await remaining()).toEqual({});
  });

  it('stops the walk at a batch holding a row created after the cutoff', async () => {
    await outboxRows(5, 10, 9, 'old-published');
    await outboxRows(1, 0.1, 0.05, 'recent-published');
    // Inserted after the recent row (higher ids) though older: the walk does not reach them in this pass.
    await outboxRows(20, 10, 9, 'late-old-published');
    const retention = new MessagingRetention(h.dataSource, { batchSize: 10 });
    // The first batch (5 old, the recent one, 4 late old ones) reaches the cutoff: its old rows go, the walk stops.
    expect((await retention.runOnce(NOW)).outbox).toBe(9);
    expect(await remaining()).toEqual({ 'recent-published': 1, 'late-old-published': 16 });
  });

  it('resumes the walk where a pass ran out of batches, past a long stretch of old unpublished rows', async () => {
    await outboxRows(300, 30, null, 'old-unpublished');
    await outboxRows(50, 10, 9, 'old-published');
    const retention = new MessagingRetention(h.dataSource, { batchSize: 100, maxBatchesPerPass: 2 });
    expect((await retention.runOnce(NOW)).outbox).toBe(0); // ids 1-200: nothing it may delete
    expect((await retention.runOnce(NOW)).outbox).toBe(50); // resumed at 200: the old published rows behind them
    expect(await remaining()).toEqual({ 'old-unpublished': 300 });
  });

  it('deletes inbox rows older than the inbox retention, oldest first, and keeps the newer ones', async () => {
    const insert = async (count: number, processedDaysAgo: number) =>
      h.dataSource.query(
        `INSERT INTO inbox_event (consumer, event_id, topic, processed_at)
         SELECT $1, gen_random_uuid(), 'trade-in.cancelled', $2 FROM generate_series(1, $3)`,
        [`group/handler-${randomUUID()}`, daysAgo(processedDaysAgo), count],
      );
    await insert(1_500, 50);
    await insert(30, 44);
    await insert(10, 0);
    const retention = new MessagingRetention(h.dataSource, { batchSize: 1_000 });
    expect(await retention.runOnce(NOW)).toEqual({ outbox: 0, inbox: 1_500, traces: 0 });
    const [left]: Array<{ n: number; oldest: Date }> = await h.dataSource.query(
      'SELECT count(*)::int AS n, min(processed_at) AS oldest FROM inbox_event',
    );
    expect(left!.n).toBe(40);
    expect(new Date(left!.oldest).getTime()).toBe(daysAgo(44).getTime());
    // The pass can find old rows through the index on processed_at instead of reading the table (seq scans are
    // disabled for the plan only: on this test's few rows the planner would rightly prefer reading them).
    const plan: Array<{ 'QUERY PLAN': string }> = await h.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      return m.query(`EXPLAIN SELECT ctid FROM inbox_event WHERE processed_at < $1 ORDER BY processed_at LIMIT 1000`, [daysAgo(35)]);
    });
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toContain('inbox_event_processed_idx');
  });

  it('sweeps the trace rows of trade-ins quiet for longer than the trace retention, over passes', async () => {
    const traces = async (count: number, updatedDaysAgo: number, prefix: string) =>
      h.dataSource.query(
        `INSERT INTO messaging_trade_in_trace (trade_in_id, traceparent, updated_at)
         SELECT $1 || lpad(i::text, 5, '0'), '00-' || md5(i::text) || '-' || left(md5(i::text), 16) || '-01', $2
           FROM generate_series(1, $3) AS i`,
        [prefix, daysAgo(updatedDaysAgo), count],
      );
    await traces(150, 100, 'a-quiet-');
    await traces(20, 5, 'b-active-');
    await traces(30, 120, 'c-quiet-');
    const retention = new MessagingRetention(h.dataSource, { batchSize: 50, maxBatchesPerPass: 3 });
    // 150 rows per pass at most: the first pass sweeps the a- rows, the next goes on with the b- and c- rows.
    expect((await retention.runOnce(NOW)).traces).toBe(150);
    expect((await retention.runOnce(NOW)).traces).toBe(30);
    const [left]: Array<{ n: number; quiet: number }> = await h.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE trade_in_id LIKE '%quiet%')::int AS quiet FROM messaging_trade_in_trace`,
    );
    expect(left).toEqual({ n: 20, quiet: 0 });
  });

  it('runs on its interval wherever the relay runs, and stops with the runtime', async () => {
    await outboxRows(30, 10, 9, 'old-published');
    const runtime = h.runtime({ consumers: false, retention: { intervalMs: 50 } });
    await runtime.start([]);
    await waitFor(async () => Object.keys(await remaining()).length === 0, { what: 'old rows pruned by the timer', timeoutMs: 10_000 });
    await runtime.stop();
    await outboxRows(5, 10, 9, 'after-stop');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await remaining()).toEqual({ 'after-stop': 5 });
  });
});
