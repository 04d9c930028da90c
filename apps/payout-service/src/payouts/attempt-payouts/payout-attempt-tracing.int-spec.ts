import { randomBytes } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OfferFinalized, type OfferFinalizedPayload, PayoutCompleted, type EventEnvelope } from '@tradein/contracts';
import { startTracing, stopTracing } from '@tradein/observability';
import { type TestService } from '@tradein/testing';
import { type PayoutConfig } from '../../config/payout.config';
import { finalizedEvent, startPayoutService, testProviders, waitForValue } from '../../testing/payout-test-kit';
import { PayoutWorker } from './payout-worker';

/**
 * The payout worker's attempt is a span of the trade-in's trace (ADR 0008), in process with the in-memory
 * exporter: the offer.finalized event arrives with a traceparent (the trade-in's trace), the payout keeps
 * that trace's context, and the worker's `payout.attempt` span (provider call, outcome, payout.completed)
 * runs under it, later and outside any request.
 */
describe('payout attempts in the trade-in trace (real PostgreSQL and Kafka)', () => {
  const spans = new InMemorySpanExporter();
  let svc: TestService<PayoutConfig>;
  let worker: PayoutWorker;

  beforeAll(async () => {
    startTracing('payout-service', { instrument: false, spanProcessors: [new SimpleSpanProcessor(spans)] });
    svc = await startPayoutService(testProviders());
    worker = svc.app.get(PayoutWorker);
  });
  afterAll(async () => {
    await svc?.close();
    await stopTracing();
  });

  /** Publishes offer.finalized as quote-service's relay would: the trade-in's trace in the Kafka headers. */
  async function publishInTrace(event: EventEnvelope<OfferFinalizedPayload>): Promise<{ traceId: string }> {
    const traceId = randomBytes(16).toString('hex');
    const producer = svc.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({
        topic: svc.topic(OfferFinalized.topic),
        messages: [
          {
            key: event.tradeInId,
            value: JSON.stringify(event),
            headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
          },
        ],
      });
    } finally {
      await producer.disconnect();
    }
    return { traceId };
  }

  const finished = (name: string, tradeInId: string, key = 'tradein.trade_in.id'): ReadableSpan[] =>
    spans.getFinishedSpans().filter((s) => s.name === name && s.attributes[key] === tradeInId);
  const byId = (spanId: string | undefined) => spans.getFinishedSpans().find((s) => s.spanContext().spanId === spanId);

  async function payoutRow(tradeInId: string): Promise<{ id: string; trace_context: { traceparent: string } | null }> {
    return waitForValue(
      async () => {
        const [row] = await svc.dataSource.query('SELECT id, trace_context FROM payout WHERE trade_in_id = $1', [tradeInId]);
        return row as { id: string; trace_context: { traceparent: string } | null } | undefined;
      },
      { what: 'the payout of the finalized trade-in', timeoutMs: 30_000 },
    );
  }

  it("stores the trade-in's trace with the payout and runs the attempt, its outcome and payout.completed in a span of it", async () => {
    const event = finalizedEvent({ method: 'GIFT_CARD', amountMinor: '3100' });
    const { traceId } = await publishInTrace(event);
    const row = await payoutRow(event.tradeInId);
    expect(row.trace_context?.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    expect(await worker.runOnce(100)).toBeGreaterThanOrEqual(1);
    const [attempt] = finished('payout.attempt', event.tradeInId);
    expect(attempt).toBeDefined();
    expect(attempt!.spanContext().traceId).toBe(traceId);
    // Its parent is the stored context: the consumer's step that recorded the finalized offer.
    expect(attempt!.parentSpanContext?.spanId).toBe(row.trace_context!.traceparent.split('-')[2]);
    const parent = byId(attempt!.parentSpanContext?.spanId);
    expect(parent?.name).toBe(`process ${OfferFinalized.topic}`);
    expect(attempt!.attributes).toMatchObject({ 'tradein.payout.id': row.id, 'tradein.attempt': 1, 'tradein.payout.outcome': 'PAID' });

    // The event the attempt writes is its child, so the next service continues under it.
    const [completed] = finished(`create ${PayoutCompleted.topic}`, event.tradeInId, 'messaging.kafka.message.key');
    expect(completed).toBeDefined();
    expect(completed!.parentSpanContext?.spanId).toBe(attempt!.spanContext().spanId);
    const [outbox] = await svc.dataSource.query(`SELECT headers FROM outbox_event WHERE message_key = $1 AND topic = $2`, [
      event.tradeInId,
      PayoutCompleted.topic,
    ]);
    expect(outbox.headers.traceparent).toBe(`00-${traceId}-${completed!.spanContext().spanId}-01`);
  });

  it("falls back to the trade-in's stored trace for a payout kept without a context (created before the column existed)", async () => {
    const event = finalizedEvent({ method: 'GIFT_CARD', amountMinor: '1200' });
    const { traceId } = await publishInTrace(event);
    const row = await payoutRow(event.tradeInId);
    await svc.dataSource.query('UPDATE payout SET trace_context = NULL WHERE id = $1', [row.id]);

    await worker.runOnce(100);
    const [attempt] = finished('payout.attempt', event.tradeInId);
    expect(attempt?.spanContext().traceId).toBe(traceId);
  });
});
