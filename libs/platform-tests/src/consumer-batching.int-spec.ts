import { randomUUID } from 'node:crypto';
import { TradeInCancelled, deadLetterTopicFor } from '@tradein/contracts';
import { type RegisteredHandler } from '@tradein/messaging';
import { EventProbe, waitFor } from '@tradein/testing';
import { messagingHarness } from './messaging-harness';

type Harness = Awaited<ReturnType<typeof messagingHarness>>;

/**
 * The consumer applies a partition's messages several per transaction (eachBatch). The events are all
 * on Kafka before the consumer starts, so each partition arrives as one large batch: these tests see
 * whether batching keeps the guarantees of one transaction per message.
 */
describe('consumer batching (real PostgreSQL and Kafka)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await messagingHarness();
    // seq: the order in which effects committed; txid: which transaction wrote them.
    await h.dataSource.query(`CREATE TABLE ordered_effect (
      seq bigserial PRIMARY KEY, event_id uuid NOT NULL, trade_in_id text NOT NULL, note text NOT NULL,
      txid bigint NOT NULL DEFAULT txid_current())`);
  });
  afterAll(async () => {
    await h.close();
  });

  const effects = async (keys: string[]): Promise<Array<{ event_id: string; trade_in_id: string; note: string; txid: string }>> =>
    h.dataSource.query('SELECT event_id, trade_in_id, note, txid FROM ordered_effect WHERE trade_in_id = ANY($1) ORDER BY seq', [keys]);

  const handler = (
    name: string,
    behaviour: (attempt: number, note: string, tradeInId: string) => void = () => undefined,
  ): RegisteredHandler => ({
    name,
    definition: TradeInCancelled,
    handle: async (event, ctx) => {
      const note = (event.payload as { reason: string }).reason;
      await ctx.manager.query('INSERT INTO ordered_effect (event_id, trade_in_id, note) VALUES ($1, $2, $3)', [
        event.eventId,
        event.tradeInId,
        note,
      ]);
      behaviour(ctx.attempt, note, event.tradeInId);
    },
  });

  /** `perKey` events for each key, in one transaction per round, all relayed to Kafka before any consumer runs. */
  async function published(keys: string[], perKey: number): Promise<void> {
    for (let seq = 0; seq < perKey; seq++) await h.append(keys.map((k) => h.cancelled(k, `seq-${String(seq).padStart(3, '0')}`)));
    const relay = h.runtime({ consumers: false });
    await relay.start([]);
    await waitFor(
      async () => (await h.dataSource.query('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL'))[0].n === 0,
      { what: 'outbox relayed' },
    );
    await relay.stop();
  }

  it('applies every message once, in key order, with far fewer transactions than messages', async () => {
    const keys = Array.from({ length: 6 }, () => `ti-${randomUUID()}`);
    await published(keys, 30);
    const rt = h.runtime();
    await rt.start([handler('Batched.handle')]);
    await waitFor(async () => (await effects(keys)).length === 180, { timeoutMs: 40_000, what: '180 effects' });
    const rows = await effects(keys);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(180);
    for (const k of keys) {
      const notes = rows.filter((r) => r.trade_in_id === k).map((r) => r.note);
      expect(notes).toEqual([...notes].sort());
      expect(new Set(notes).size).toBe(30);
    }
    const inbox = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM inbox_event i JOIN ordered_effect e ON e.event_id = i.event_id WHERE e.trade_in_id = ANY($1)`,
      [keys],
    );
    expect(inbox[0].n).toBe(180);
    // 180 messages over 3 partitions in chunks of at most 50: a handful of transactions, not 180.
    const transactions = new Set(rows.map((r) => r.txid)).size;
    expect(transactions).toBeLessThanOrEqual(30);
    await rt.stop();
  });

  it('cuts a batch at a failing message: neighbours applied once and in order, the failure retried then dead-lettered', async () => {
    const key = `ti-${randomUUID()}`;
    const others = Array.from({ length: 3 }, () => `ti-${randomUUID()}`);
    const keys = [key, ...others];
    await published(keys, 20);
    const dlt = new EventProbe(h.kafka, h.namespace);
    await dlt.start([deadLetterTopicFor(TradeInCancelled.topic)]);
    const attempts = new Map<string, number[]>();
    const rt = h.runtime({ consumerBatchSize: 50 });
    // On one key: seq-005 fails once (applied on its retry), seq-012 always fails (dead-lettered).
    await rt.start([
      handler('Flaky.handle', (attempt, note, tradeInId) => {
        if (tradeInId !== key) return;
        (attempts.get(note) ?? attempts.set(note, []).get(note)!).push(attempt);
        if (note === 'seq-005' && attempt === 1) throw new Error('transient');
        if (note === 'seq-012') throw new Error('cannot apply');
      }),
    ]);
    await waitFor(() => dlt.messages.some((m) => m.key === key), { timeoutMs: 40_000, what: 'dead letter' });
    await waitFor(async () => (await effects(keys)).length === 79, { timeoutMs: 40_000, what: '79 effects' });
    const rows = await effects(keys);
    for (const k of keys) {
      const notes = rows.filter((r) => r.trade_in_id === k).map((r) => r.note);
      expect(notes).toEqual([...notes].sort());
      expect(new Set(notes).size).toBe(notes.length);
      expect(notes).toHaveLength(k === key ? 19 : 20);
    }
    expect(rows.filter((r) => r.trade_in_id === key).map((r) => r.note)).not.toContain('seq-012');
    const letters = dlt.messages.filter((m) => m.key === key);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.headers['dlt-attempts']).toBe('3');
    expect(letters[0]!.headers['dlt-error']).toContain('cannot apply');
    // The batch counts as the first attempt: a message that fails once is applied on attempt 2, never a third time.
    // Messages before a cut are re-applied with attempt 1 (their batch rolled back), hence "max".
    expect(Math.max(...(attempts.get('seq-005') ?? []))).toBe(2);
    expect(attempts.get('seq-012')?.filter((a) => a > 1)).toEqual([2, 3]);
    await Promise.all([rt.stop(), dlt.stop()]);
  });
});
