import { randomUUID } from 'node:crypto';
import { TradeInCancelled, deadLetterTopicFor } from '@tradein/contracts';
import { EventProbe, publishRaw, waitFor } from '@tradein/testing';
import { type RegisteredHandler, replayDeadLetters } from '@tradein/messaging';
import { messagingMetrics } from '@tradein/messaging';
import { laneFor, physicalTopic } from '@tradein/messaging';
import { messagingHarness } from './messaging-harness';

type Harness = Awaited<ReturnType<typeof messagingHarness>>;

/** A handler whose effect is a row in `effect`, written in the inbox transaction. */
function recordingHandler(name = 'Recorder.handle', behaviour?: (attempt: number, reason: string) => void): RegisteredHandler {
  return {
    name,
    definition: TradeInCancelled,
    handle: async (event, ctx) => {
      const reason = (event.payload as { reason: string }).reason;
      await ctx.manager.query('INSERT INTO effect (event_id, note) VALUES ($1, $2)', [event.eventId, reason]);
      behaviour?.(ctx.attempt, reason);
    },
  };
}

describe('messaging backbone (real PostgreSQL and Kafka)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await messagingHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('never publishes an event whose transaction rolled back; publishes the committed one', async () => {
    const probe = new EventProbe(h.kafka, h.namespace);
    await probe.start([TradeInCancelled.topic]);
    const tradeInId = `ti-${randomUUID()}`;
    await expect(
      h.append([h.cancelled(tradeInId, 'rolled-back')], async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const [committed] = await h.append([h.cancelled(tradeInId, 'committed')]);
    const relay = h.runtime({ consumers: false });
    await relay.start([]);
    await waitFor(() => probe.of(TradeInCancelled).some((e) => e.eventId === committed!.eventId), { what: 'committed event on Kafka' });
    const mine = probe.of(TradeInCancelled).filter((e) => e.tradeInId === tradeInId);
    expect(mine.map((e) => (e.payload as { reason: string }).reason)).toEqual(['committed']);
    const [row] = await h.dataSource.query('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL');
    expect(row.n).toBe(0);
    await relay.stop();
    await probe.stop();
  });

  it('drains in as few transactions as the work needs: one for a short pass, more while passes come back full', async () => {
    const pending = async () =>
      Number((await h.dataSource.query('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL'))[0].n);
    // Keys on five different lanes, three events each.
    const keys: string[] = [];
    for (let i = 0; keys.length < 5; i++) {
      const key = `ti-lanes-${i}-${randomUUID()}`;
      if (!keys.some((k) => laneFor(k) === laneFor(key))) keys.push(key);
    }
    const relayWith = (lanesPerPass: number) => h.runtime({ consumers: false }, { lanesPerPass });
    const transactions = jest.spyOn(h.dataSource, 'transaction');
    try {
      // A pass that locked every lane with work (fewer than lanesPerPass) and took fewer rows than its batch: done.
      await h.append(keys.flatMap((k) => [h.cancelled(k, 'a'), h.cancelled(k, 'b'), h.cancelled(k, 'c')]));
      const roomy = relayWith(16);
      await roomy.producer.connect();
      transactions.mockClear();
      expect(await roomy.relay.drain()).toBe(15);
      expect(transactions).toHaveBeenCalledTimes(1);
      expect(await pending()).toBe(0);
      await roomy.producer.disconnect();

      // Passes limited to two lanes come back full: the drain goes on until a pass finds no lane.
      await h.append(keys.flatMap((k) => [h.cancelled(k, 'd'), h.cancelled(k, 'e')]));
      const narrow = relayWith(2);
      await narrow.producer.connect();
      transactions.mockClear();
      expect(await narrow.relay.drain()).toBe(10);
      expect(transactions.mock.calls.length).toBeGreaterThanOrEqual(3);
      expect(await pending()).toBe(0);
      await narrow.producer.disconnect();
    } finally {
      transactions.mockRestore();
    }
  });

  it('applies an event once when the relay dies between publishing and marking it sent', async () => {
    const tradeInId = `ti-${randomUUID()}`;
    const [event] = await h.append([h.cancelled(tradeInId, 'republished')]);
    const probe = new EventProbe(h.kafka, h.namespace);
    await probe.start([TradeInCancelled.topic]);
    // First relay: Kafka acknowledges, then the process "dies" before the mark commits.
    const dying = h.runtime(
      { consumers: false },
      {
        afterPublish: () => {
          throw new Error('killed after publish');
        },
      },
    );
    await dying.producer.connect();
    await expect(dying.relay.drain()).rejects.toThrow('killed after publish');
    await dying.producer.disconnect();
    const [pending] = await h.dataSource.query('SELECT published_at FROM outbox_event WHERE event_id = $1', [event!.eventId]);
    expect(pending.published_at).toBeNull();
    // A healthy relay publishes it again: Kafka now holds it twice.
    const healthy = h.runtime({ consumers: false });
    await healthy.start([]);
    await waitFor(() => probe.of(TradeInCancelled).filter((e) => e.eventId === event!.eventId).length === 2, {
      what: 'two copies on Kafka',
    });
    // The consumer applies it exactly once; the copy is counted as a duplicate.
    const dupBefore = await counterValue('duplicates');
    const consumer = h.runtime({ relay: false });
    await consumer.start([recordingHandler()]);
    await waitFor(async () => (await counterValue('duplicates')) > dupBefore, { what: 'duplicate skipped' });
    const effects = (await h.effects()).filter((e) => e.event_id === event!.eventId);
    expect(effects).toHaveLength(1);
    await Promise.all([healthy.stop(), consumer.stop(), probe.stop()]);
  });

  it('reprocesses an event whose handler crashed, with a single effect', async () => {
    const tradeInId = `ti-${randomUUID()}`;
    const [event] = await h.append([h.cancelled(tradeInId, 'crash-once')]);
    const attempts: number[] = [];
    const rt = h.runtime();
    await rt.start([
      recordingHandler('Crashy.handle', (attempt, reason) => {
        if (reason !== 'crash-once') return;
        attempts.push(attempt);
        if (attempt === 1) throw new Error('crash inside handler after writing');
      }),
    ]);
    await waitFor(async () => (await h.effects()).some((e) => e.event_id === event!.eventId), { what: 'effect after retry' });
    expect(attempts).toEqual([1, 2]);
    expect((await h.effects()).filter((e) => e.event_id === event!.eventId)).toHaveLength(1);
    await rt.stop();
  });

  it('dead-letters a poison message with its error and processes the next one on the partition', async () => {
    const key = `ti-${randomUUID()}`;
    const topic = TradeInCancelled.topic;
    const dlt = new EventProbe(h.kafka, h.namespace);
    await dlt.start([deadLetterTopicFor(topic)]);
    await publishRaw(h.kafka, topic, key, '{"this is": not json', h.namespace);
    await publishRaw(h.kafka, topic, key, { eventId: randomUUID(), type: 'tradein.trade-in.cancelled', version: 1 }, h.namespace);
    const [good] = await h.append([h.cancelled(key, 'after-poison')]);
    const [failing] = await h.append([h.cancelled(key, 'always-fails')]);
    const [last] = await h.append([h.cancelled(key, 'after-failing')]);
    const rt = h.runtime();
    await rt.start([
      recordingHandler('Strict.handle', (_a, reason) => {
        if (reason === 'always-fails') throw new Error('cannot apply');
      }),
    ]);
    await waitFor(async () => (await h.effects()).some((e) => e.event_id === last!.eventId), { what: 'message after the poison ones' });
    await waitFor(() => dlt.messages.filter((m) => m.key === key).length === 3, { what: 'three dead letters' });
    const letters = dlt.messages.filter((m) => m.key === key);
    expect(letters.map((m) => m.headers['dlt-reason'])).toEqual(['UNPARSEABLE', 'INVALID', 'HANDLER_FAILED']);
    expect(letters[0]!.headers['dlt-original-topic']).toBe(physicalTopic(topic, h.namespace));
    expect(letters[1]!.headers['dlt-error']).toContain('tradeInId');
    expect(letters[2]!.headers['dlt-error']).toContain('cannot apply');
    expect(letters[2]!.headers['dlt-attempts']).toBe('3');
    expect(letters[2]!.value).toContain(failing!.eventId);
    const applied = (await h.effects()).map((e) => e.event_id);
    expect(applied).toEqual(expect.arrayContaining([good!.eventId, last!.eventId]));
    expect(applied).not.toContain(failing!.eventId);
    await Promise.all([rt.stop(), dlt.stop()]);
  });

  it('re-drives dead letters once their cause is fixed, applying each once', async () => {
    const key = `ti-${randomUUID()}`;
    let carrierDown = true;
    const [event] = await h.append([h.cancelled(key, 'needs-carrier')]);
    const rt = h.runtime();
    const dlt = new EventProbe(h.kafka, h.namespace);
    await dlt.start([deadLetterTopicFor(TradeInCancelled.topic)]);
    await rt.start([
      recordingHandler('Carrier.handle', (_a, reason) => {
        if (reason === 'needs-carrier' && carrierDown) throw new Error('carrier timeout');
      }),
    ]);
    await waitFor(() => dlt.messages.some((m) => m.key === key), { what: 'dead letter while the carrier is down' });
    expect((await h.effects()).some((e) => e.event_id === event!.eventId)).toBe(false);
    carrierDown = false;
    const report = await replayDeadLetters(h.kafka, { topic: TradeInCancelled.topic, namespace: h.namespace, keys: [key], idleMs: 2000 });
    expect(report.replayed).toBe(1);
    await waitFor(async () => (await h.effects()).some((e) => e.event_id === event!.eventId), { what: 'replayed event applied' });
    expect((await h.effects()).filter((e) => e.event_id === event!.eventId)).toHaveLength(1);
    await Promise.all([rt.stop(), dlt.stop()]);
  });

  it('keeps per-key order with two relays draining concurrently', async () => {
    const keys = Array.from({ length: 8 }, () => `ti-${randomUUID()}`);
    const probe = new EventProbe(h.kafka, h.namespace);
    await probe.start([TradeInCancelled.topic]);
    // Many small transactions interleaving keys, appended while both relays run; a few lanes per pass each, so both
    // relays hold lanes at once (by default a pass takes every free lane).
    const relays = [
      h.runtime({ consumers: false }, { batchSize: 7, lanesPerPass: 2 }),
      h.runtime({ consumers: false }, { batchSize: 7, lanesPerPass: 2 }),
    ];
    await Promise.all(relays.map((r) => r.start([])));
    for (let seq = 0; seq < 40; seq++) {
      await h.append(keys.map((k) => h.cancelled(k, `seq-${String(seq).padStart(3, '0')}`)));
    }
    await waitFor(() => keys.every((k) => probe.of(TradeInCancelled).filter((e) => e.tradeInId === k).length >= 40), {
      timeoutMs: 40_000,
      what: 'all ordered events',
    });
    for (const k of keys) {
      const seqs = probe
        .of(TradeInCancelled)
        .filter((e) => e.tradeInId === k)
        .map((e) => (e.payload as { reason: string }).reason);
      expect(seqs).toEqual([...seqs].sort());
      expect(new Set(seqs).size).toBe(40);
    }
    const published = await h.dataSource.query('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL');
    expect(published[0].n).toBe(0);
    await Promise.all([...relays.map((r) => r.stop()), probe.stop()]);
  });
});

async function counterValue(name: keyof typeof messagingMetrics): Promise<number> {
  const metric = await messagingMetrics[name].get();
  return metric.values.reduce((acc, v) => acc + v.value, 0);
}
