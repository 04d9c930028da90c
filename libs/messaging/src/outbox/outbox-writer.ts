import { randomUUID } from 'node:crypto';
import { instanceToPlain } from 'class-transformer';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope, type NewEvent, definitionFor, validateEvent } from '@tradein/contracts';
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
export class OutboxWriter {
  constructor(private readonly producer: string) {}

  async append<P extends object>(manager: EntityManager, events: NewEvent<P> | NewEvent<P>[]): Promise<EventEnvelope<P>[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction (dataSource.transaction(...))');
    }
    const list = Array.isArray(events) ? events : [events];
    const written: EventEnvelope<P>[] = [];
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
      await manager.query(
        `INSERT INTO outbox_event (event_id, topic, message_key, lane, envelope) VALUES ($1, $2, $3, $4, $5)`,
        [envelope.eventId, definition.topic, envelope.tradeInId, laneFor(envelope.tradeInId), JSON.stringify(envelope)],
      );
      written.push(envelope as EventEnvelope<P>);
    }
    // Delivered by PostgreSQL only when the transaction commits: the relay wakes for committed work only.
    if (written.length) await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_NOTIFY_CHANNEL, '']);
    return written;
  }
}
