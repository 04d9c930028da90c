import { randomUUID } from 'node:crypto';
import { type Context, type Span, SpanKind, context, trace } from '@opentelemetry/api';
import { instanceToPlain } from 'class-transformer';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope, type NewEvent, definitionFor, validateEvent } from '@tradein/contracts';
import { KAFKA, MESSAGING } from '../tracing/messaging-attributes';
import { injectTraceHeaders, markSpanFailed, messagingTracer } from '../tracing/trace-context';
import {
  type SpanPlacement,
  loadTradeInTraces,
  placeInTradeInTrace,
  rememberTradeInTraces,
  tracingEnabled,
} from '../tracing/trade-in-traces';
import { PipelinedTransaction, type SqlRunner } from '../postgres/pipelined-transaction';
import { prepared } from '../postgres/prepared-statements';
import { afterCommit } from '../postgres/after-commit';
import { OUTBOX_NOTIFY_CHANNEL, laneFor } from './outbox-lanes';

export class InvalidOutgoingEventError extends Error {
  constructor(
    type: string,
    public readonly errors: string[],
  ) {
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
  private wakeLocalRelay?: () => void;

  constructor(private readonly producer: string) {}

  /**
   * In a PipelinedTransaction the rows are sent and not waited for: append returns once they are on their
   * way, and their failure fails the transaction's COMMIT (they leave in the same flight as what follows).
   */
  async append<P extends object>(
    manager: EntityManager | PipelinedTransaction,
    events: NewEvent<P> | NewEvent<P>[],
    options: AppendOptions = {},
  ): Promise<EventEnvelope<P>[]> {
    const pipelined = manager instanceof PipelinedTransaction;
    if (pipelined ? manager.isEnded : !manager.queryRunner?.isTransactionActive) {
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
    const stored = traced
      ? await loadTradeInTraces(
          manager,
          prepared.map((e) => e.envelope.tradeInId),
        )
      : new Map<string, Context>();
    const active = context.active();
    const latest = new Map<string, Context>();
    const created = prepared.map(({ topic, envelope }) => {
      const placement = placeInTradeInTrace(stored.get(envelope.tradeInId), options.activeFor?.(envelope) ?? active);
      const span = this.createSpan(topic, envelope, placement);
      if (envelope.tradeInId) latest.set(envelope.tradeInId, span.ctx);
      return { topic, envelope, ...span };
    });
    if (created.length) {
      // The statement's database span goes under the (first) create span, as with one event per statement.
      const written = context
        .with(created[0]!.ctx, () => this.insertAll(manager, created))
        .then(
          () => created.forEach(({ span }) => span.end()),
          (err: unknown) => {
            for (const { span } of created) markSpanFailed(span, err);
            created.forEach(({ span }) => span.end());
            throw err;
          },
        );
      if (pipelined) written.catch(() => undefined);
      else await written;
    }
    if (traced) {
      const remembered = rememberTradeInTraces(manager, latest);
      if (pipelined) remembered.catch(() => undefined);
      else await remembered;
    }
    return prepared.map((e) => e.envelope);
  }

  /**
   * Wakes this process's own relay once each transaction that appended has committed, instead of a NOTIFY in
   * the transaction (ADR 0025); undefined (no relay running here) goes back to the NOTIFY.
   */
  useLocalRelay(wake: (() => void) | undefined): void {
    this.wakeLocalRelay = wake;
  }

  /**
   * Every row of the call in one statement (one round trip, whatever the count); unnest keeps the array order, so
   * ids (the relay's order) follow the call's order. The relay wakes for committed work only: with a relay in this
   * process, by a callback after the commit; otherwise by the statement's NOTIFY, which PostgreSQL delivers when the
   * transaction commits, but for which it serialises every notifying commit of the cluster (ADR 0025).
   */
  private async insertAll(
    manager: EntityManager | PipelinedTransaction,
    rows: Array<{ topic: string; envelope: EventEnvelope<object>; ctx: Context }>,
  ): Promise<void> {
    const wake = this.wakeLocalRelay;
    const columns = [
      rows.map((r) => r.envelope.eventId),
      rows.map((r) => r.topic),
      rows.map((r) => r.envelope.tradeInId),
      rows.map((r) => laneFor(r.envelope.tradeInId)),
      rows.map((r) => JSON.stringify(r.envelope)),
      rows.map((r) => JSON.stringify(injectTraceHeaders(r.ctx))),
    ];
    if (wake) afterCommit(manager, wake);
    await (manager as SqlRunner).query(
      wake ? INSERT_EVENTS : INSERT_EVENTS_AND_NOTIFY,
      wake ? columns : [...columns, OUTBOX_NOTIFY_CHANNEL],
    );
  }

  /**
   * One `create <topic>` span per event, placed in the trade-in's trace: a child of whatever is active
   * (an HTTP request, a consumer's process span) when that is the trade-in's trace or the trade-in has
   * none yet, else a child of the trade-in's stored context linked to the active span (a worker, a later
   * request). Its context is stored with the row (`headers`: W3C traceparent/tracestate) so the relay and,
   * through Kafka, the consumers continue it; it becomes the trade-in's latest context. It ends once the
   * rows are written (no-op spans when tracing is off).
   */
  private createSpan(
    topic: string,
    envelope: { eventId: string; tradeInId: string; correlationId: string },
    placement: SpanPlacement,
  ): { span: Span; ctx: Context } {
    const span = messagingTracer().startSpan(
      `create ${topic}`,
      {
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
      },
      placement.parent,
    );
    return { span, ctx: trace.setSpan(placement.parent, span) };
  }
} /** One call's events (see insertAll). */
const INSERT_EVENTS = prepared(
  `INSERT INTO outbox_event (event_id, topic, message_key, lane, envelope, headers)
   SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::jsonb[], $6::jsonb[])`,
);
/** The same with the relays' wake-up, for a process that runs no relay (see insertAll). */
const INSERT_EVENTS_AND_NOTIFY = prepared(
  `WITH written AS (
     INSERT INTO outbox_event (event_id, topic, message_key, lane, envelope, headers)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::jsonb[], $6::jsonb[])
     RETURNING 1)
   SELECT pg_notify($7, '') FROM (SELECT 1 FROM written LIMIT 1) AS any_written`,
);
