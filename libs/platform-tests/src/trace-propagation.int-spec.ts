import { randomUUID } from 'node:crypto';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { TradeInCancelled, type TradeInCancelledPayload, deadLetterTopicFor } from '@tradein/contracts';
import { type MessagingRuntime, type RegisteredHandler, physicalTopic } from '@tradein/messaging';
import { startTracing, stopTracing } from '@tradein/observability';
import { EventProbe, waitFor } from '@tradein/testing';
import { messagingHarness } from './messaging-harness';

/**
 * Trace context through the backbone on the real PostgreSQL and Kafka: the writer's `create` span is
 * stored with the outbox row, the relay's `send` span rides in the Kafka headers, and the consumer's
 * `process` span is its child, so whatever the handler writes or emits continues the same trace.
 * (HTTP and database spans of real service processes: tracing-across-services.int-spec.ts.)
 */
describe('trace context through outbox, Kafka and consumer (real PostgreSQL and Kafka)', () => {
  const spans = new InMemorySpanExporter();
  let h: Awaited<ReturnType<typeof messagingHarness>>;
  let rt: MessagingRuntime;
  const groupId = `g-trace-${randomUUID()}`;

  /** hop-1 emits hop-2 from inside the handler; poison always fails (dead-lettered after 3 attempts). */
  const handler: RegisteredHandler = {
    name: 'Tracing.handle',
    definition: TradeInCancelled,
    handle: async (event, ctx) => {
      const reason = (event.payload as TradeInCancelledPayload).reason;
      if (reason === 'poison') throw new Error('cannot apply poison');
      if (reason === 'hop-1') await ctx.emit(TradeInCancelled, { reason: 'hop-2' } as TradeInCancelledPayload);
    },
  };

  beforeAll(async () => {
    startTracing('quote-service', { instrument: false, spanProcessors: [new SimpleSpanProcessor(spans)] });
    h = await messagingHarness(1);
    rt = h.runtime({ groupId });
    await rt.start([handler]);
  });
  afterAll(async () => {
    await h.close();
    await stopTracing();
  });

  /** Appends one event inside a server span standing for the HTTP request that caused it. */
  async function appendInRequest(tradeInId: string, reason: string) {
    const request = trace.getTracer('test').startSpan('POST /v1/test', { kind: SpanKind.SERVER });
    const [event] = await context.with(trace.setSpan(ROOT_CONTEXT, request), () => h.append([h.cancelled(tradeInId, reason)]));
    request.end();
    return { request, event: event! };
  }
  const finished = (name: string, key: string): ReadableSpan[] =>
    spans.getFinishedSpans().filter((s) => s.name === name && s.attributes['messaging.kafka.message.key'] === key);
  const parentOf = (s: ReadableSpan): string | undefined => s.parentSpanContext?.spanId;

  it('stores the writer span in the outbox row, and the consumer span is the child of the relay span that published it', async () => {
    const tradeInId = `ti-${randomUUID()}`;
    const { request, event } = await appendInRequest(tradeInId, 'hop-1');
    const traceId = request.spanContext().traceId;

    const [row] = await h.dataSource.query('SELECT headers FROM outbox_event WHERE event_id = $1', [event.eventId]);
    const [create] = finished(`create ${TradeInCancelled.topic}`, tradeInId);
    expect(create).toBeDefined();
    expect(row.headers.traceparent).toBe(`00-${traceId}-${create!.spanContext().spanId}-01`);
    expect(create!.kind).toBe(SpanKind.PRODUCER);
    expect(parentOf(create!)).toBe(request.spanContext().spanId);

    await waitFor(() => finished(`process ${TradeInCancelled.topic}`, tradeInId).length === 2, { what: 'both hops processed' });
    const sends = finished(`send ${TradeInCancelled.topic}`, tradeInId);
    const creates = finished(`create ${TradeInCancelled.topic}`, tradeInId);
    const processes = finished(`process ${TradeInCancelled.topic}`, tradeInId);
    // One trace end to end: request → create → send → process → create (emitted by the handler) → send → process.
    for (const s of [...creates, ...sends, ...processes]) expect(s.spanContext().traceId).toBe(traceId);
    const hop1Send = sends.find((s) => parentOf(s) === create!.spanContext().spanId)!;
    const hop1Process = processes.find((s) => parentOf(s) === hop1Send.spanContext().spanId)!;
    expect(hop1Send).toBeDefined();
    expect(hop1Process).toBeDefined();
    const hop2Create = creates.find((s) => parentOf(s) === hop1Process.spanContext().spanId)!;
    const hop2Send = sends.find((s) => parentOf(s) === hop2Create.spanContext().spanId)!;
    expect(processes.find((s) => parentOf(s) === hop2Send.spanContext().spanId)).toBeDefined();

    expect(hop1Send.kind).toBe(SpanKind.PRODUCER);
    expect(hop1Process.kind).toBe(SpanKind.CONSUMER);
    expect(hop1Process.attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.destination.name': physicalTopic(TradeInCancelled.topic, h.namespace),
      'messaging.consumer.group.name': groupId,
      'messaging.operation.type': 'process',
      'messaging.kafka.message.key': tradeInId,
      'messaging.message.id': event.eventId,
      'messaging.message.conversation_id': event.correlationId,
    });
    expect(hop1Process.status.code).not.toBe(SpanStatusCode.ERROR);
  });

  it("puts every event about one trade-in in the trade-in's trace, also when written outside it (a worker, a later request)", async () => {
    const x = `ti-${randomUUID()}`;
    const y = `ti-${randomUUID()}`;
    const { request, event: a } = await appendInRequest(x, 'first');
    const xTrace = request.spanContext().traceId;
    const stored = async (tradeInId: string): Promise<string | undefined> =>
      (await h.dataSource.query('SELECT traceparent FROM messaging_trade_in_trace WHERE trade_in_id = $1', [tradeInId]))[0]?.traceparent;
    // The trade-in's first event starts its trace.
    const [createA] = finished(`create ${TradeInCancelled.topic}`, x);
    expect(await stored(x)).toBe(`00-${xTrace}-${createA!.spanContext().spanId}-01`);

    // The consumer remembers its process span as the trade-in's latest step, in the handler's transaction.
    const [processA] = (await waitFor(
      () => {
        const found = finished(`process ${TradeInCancelled.topic}`, x);
        return found.length ? found : undefined;
      },
      { what: 'event A processed' },
    ))!;
    expect(processA!.attributes['messaging.message.id']).toBe(a.eventId);
    expect(await stored(x)).toBe(`00-${xTrace}-${processA!.spanContext().spanId}-01`);

    // A worker (a new, unrelated trace) writes C for X and an event for Y in one batch.
    const worker = trace.getTracer('test').startSpan('label-worker tick', { root: true });
    const [c, forY] = await context.with(trace.setSpan(ROOT_CONTEXT, worker), () =>
      h.append([h.cancelled(x, 'later'), h.cancelled(y, 'other')]),
    );
    worker.end();
    const workerTrace = worker.spanContext().traceId;
    expect(workerTrace).not.toBe(xTrace);

    const created = (id: string) =>
      spans.getFinishedSpans().find((s) => s.name === `create ${TradeInCancelled.topic}` && s.attributes['messaging.message.id'] === id)!;
    const createC = created(c!.eventId);
    expect(createC.spanContext().traceId).toBe(xTrace);
    expect(parentOf(createC)).toBe(processA!.spanContext().spanId);
    expect(createC.links.map((l) => l.context.spanId)).toEqual([worker.spanContext().spanId]);
    expect(createC.links[0]!.context.traceId).toBe(workerTrace);
    expect(await stored(x)).toBe(`00-${xTrace}-${createC.spanContext().spanId}-01`);
    const [rowC] = await h.dataSource.query('SELECT headers FROM outbox_event WHERE event_id = $1', [c!.eventId]);
    expect(rowC.headers.traceparent).toBe(`00-${xTrace}-${createC.spanContext().spanId}-01`);

    // Y is not pulled into X's trace: its first event starts its own, under the worker's span.
    const createY = created(forY!.eventId);
    expect(createY.spanContext().traceId).toBe(workerTrace);
    expect(parentOf(createY)).toBe(worker.spanContext().spanId);
    expect(createY.links).toEqual([]);
    expect(await stored(y)).toBe(`00-${workerTrace}-${createY.spanContext().spanId}-01`);

    // C travels on in X's trace: its consumer span is in the trade-in's trace too.
    const processC = (await waitFor(
      () =>
        spans
          .getFinishedSpans()
          .find((s) => s.name === `process ${TradeInCancelled.topic}` && s.attributes['messaging.message.id'] === c!.eventId),
      { what: 'event C processed' },
    ))!;
    expect(processC.spanContext().traceId).toBe(xTrace);
  });

  it('keeps the traceparent on a dead-lettered message and marks the consumer span as failed', async () => {
    const dlt = new EventProbe(h.kafka, h.namespace);
    await dlt.start([deadLetterTopicFor(TradeInCancelled.topic)]);
    try {
      const tradeInId = `ti-${randomUUID()}`;
      const { request } = await appendInRequest(tradeInId, 'poison');
      const traceId = request.spanContext().traceId;
      const letter = (await waitFor(() => dlt.messages.find((m) => m.key === tradeInId), { what: 'the dead letter' }))!;
      const [send] = finished(`send ${TradeInCancelled.topic}`, tradeInId);
      expect(letter.headers['dlt-reason']).toBe('HANDLER_FAILED');
      expect(letter.headers['traceparent']).toBe(`00-${traceId}-${send!.spanContext().spanId}-01`);

      const [process] = (await waitFor(
        () => {
          const found = finished(`process ${TradeInCancelled.topic}`, tradeInId);
          return found.length ? found : undefined;
        },
        { what: 'the failed process span' },
      ))!;
      expect(process!.spanContext().traceId).toBe(traceId);
      expect(process!.status.code).toBe(SpanStatusCode.ERROR);
      expect(process!.attributes['tradein.dead_letter.reason']).toBe('HANDLER_FAILED');
      expect(process!.events.filter((e) => e.name === 'handler failed')).toHaveLength(3);
    } finally {
      await dlt.stop();
    }
  });
});
