import { randomUUID } from 'node:crypto';
import { type Context, SpanKind, context, trace } from '@opentelemetry/api';
import { instanceToPlain } from 'class-transformer';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope, type NewEvent, definitionFor, validateEvent } from '@tradein/contracts';
import { KAFKA, MESSAGING } from '../tracing/messaging-attributes';
import { injectTraceHeaders, messagingTracer, runInSpan } from '../tracing/trace-context';
import { type SpanPlacement, loadTradeInTraces, placeInTradeInTrace, rememberTradeInTraces, tracingEnabled } from '../tracing/trade-in-traces';
import { OUTBOX_NOTIFY_CHANNEL, laneFor } from './outbox-lanes';

export class InvalidOutgoingEventError extends Error {
  constructor(type: string, public readonly errors: string[]) {
    super(`refusing to publish invalid ${type}: ${errors.join('; ')}`);
  }
}

/**
 * Appends events to the outbox inside the caller's transaction: they are published if and only if
 * the transaction commits. Events are validated against the registry before they are written, so a
 * producer can never put a message on a topic that its readers would dead-letter.
 */
/** Per-event trace placement for a batch written on behalf of several jobs (each job's span is the active one of its events). */
export interface AppendOptions {
  /** The context active for an event (default: the caller's active context). */
  activeFor?: (event: { tradeInId: string }) => Context | undefined;
}

export class OutboxWriter {
  constructor(private readonly producer: string) {}

  async append<P extends object>(manager: EntityManager, events: NewEvent<P> | NewEvent<P>[], options: AppendOptions = {}): Promise<EventEnvelope<P>[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction (dataSource.transaction(...))');
    }
    const list = Array.isArray(events) ? events : [events];
    const prepared: Array<{ topic: string; envelope: EventEnvelope<P> }> = [];
    for (const event of list) {
      const definition = definitionFor(event.type, event.version);
      if (!definition) throw new InvalidOutgoingEventError(event.type, [`type ${event.type} v${event.version} is not registered`]);
      const envelope = {
        eventId: event.eventId ?? randomUUID(),
        type: event.type,
        version: event.version,
        occurredAt: event.occurredAt ?? new Date().toISOString(),
        tradeInId: event.tradeInId,
        partnerId: event.partnerId,
        correlationId: event.correlationId,
        causationId: event.causationId ?? null,
        producer: this.producer,
        payload: instanceToPlain(event.payload) as P,
      };
      const check = validateEvent(envelope, definition.topic);
      if (!check.ok) throw new InvalidOutgoingEventError(event.type, check.errors);
      prepared.push({ topic: definition.topic, envelope: envelope as EventEnvelope<P> });
    }
    // The trade-in's trace: one lookup for every trade-in of the batch, one upsert of the latest create spans.
    const traced = tracingEnabled() && prepared.length > 0;
    const stored = traced ? await loadTradeInTraces(manager, prepared.map((e) => e.envelope.tradeInId)) : new Map<string, Context>();
    const active = context.active();
    const latest = new Map<string, Context>();
    for (const { topic, envelope } of prepared) {
      const placement = placeInTradeInTrace(stored.get(envelope.tradeInId), options.activeFor?.(envelope) ?? active);
      const created = await this.insert(manager, topic, envelope, placement);
      if (envelope.tradeInId) latest.set(envelope.tradeInId, created);
    }
    if (traced) await rememberTradeInTraces(manager, latest);
    const written = prepared.map((e) => e.envelope);
    // Delivered by PostgreSQL only when the transaction commits: the relay wakes for committed work only.
    if (written.length) await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_NOTIFY_CHANNEL, '']);
    return written;
  }

  /**
   * One `create <topic>` span per event, placed in the trade-in's trace: a child of whatever is active
   * (an HTTP request, a consumer's process span) when that is the trade-in's trace or the trade-in has
   * none yet, else a child of the trade-in's stored context linked to the active span (a worker, a later
   * request). Its context is stored with the row (`headers`: W3C traceparent/tracestate) so the relay and,
   * through Kafka, the consumers continue it; it is returned to become the trade-in's latest context.
   */
  private async insert(
    manager: EntityManager, topic: string, envelope: { eventId: string; tradeInId: string; correlationId: string }, placement: SpanPlacement,
  ): Promise<Context> {
    const span = messagingTracer().startSpan(`create ${topic}`, {
      kind: SpanKind.PRODUCER,
      links: placement.links,
      attributes: {
        [MESSAGING.SYSTEM]: KAFKA,
        [MESSAGING.DESTINATION]: topic,
        [MESSAGING.OPERATION_TYPE]: 'create',
        [MESSAGING.OPERATION_NAME]: 'create',
        [MESSAGING.MESSAGE_ID]: envelope.eventId,
        [MESSAGING.CONVERSATION_ID]: envelope.correlationId,
        [MESSAGING.KAFKA_KEY]: envelope.tradeInId,
      },
    }, placement.parent);
    const spanContext = trace.setSpan(placement.parent, span);
    await runInSpan(span, spanContext, () => manager.query(
      `INSERT INTO outbox_event (event_id, topic, message_key, lane, envelope, headers) VALUES ($1, $2, $3, $4, $5, $6)`,
      [envelope.eventId, topic, envelope.tradeInId, laneFor(envelope.tradeInId), JSON.stringify(envelope), JSON.stringify(injectTraceHeaders(spanContext))],
    ));
    return spanContext;
  }
}
