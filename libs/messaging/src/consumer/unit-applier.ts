import { setTimeout as sleep } from 'node:timers/promises';
import { SpanStatusCode, context, trace } from '@opentelemetry/api';
import { type Producer } from 'kafkajs';
import { type DataSource, type EntityManager } from 'typeorm';
import { childLogger } from '@tradein/observability';
import { messagingMetrics } from '../messaging.metrics';
import { newEvent } from '../outbox/new-event';
import { prepared } from '../postgres/prepared-statements';
import { type OutboxWriter } from '../outbox/outbox-writer';
import { rememberTradeInTraces, tracingEnabled } from '../tracing/trade-in-traces';
import { type ConsumedUnit } from './consumed-unit';
import { sendToDeadLetter } from './dead-letter';
import { type HandlerContext } from './handler-context';
import { type ClassifyHandlerFailure, type HandlerFailure } from './handler-failure';

export interface UnitApplierOptions {
  groupId: string;
  maxAttempts: number;
  retryBackoffMs: number;
  classifyFailure: ClassifyHandlerFailure;
}

/** Where a batch transaction stopped: the unit whose handler threw (-1: the COMMIT itself failed). */
interface BatchFailure {
  failedAt: number;
  error: unknown;
}

const describe = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

// The inbox's claims, prepared on each connection (ADR 0024).
const CLAIM_INBOX_ROWS = prepared(
  `INSERT INTO inbox_event (consumer, event_id, topic)
   SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[])
   ON CONFLICT DO NOTHING RETURNING consumer, event_id`,
);
const CLAIM_INBOX_ROW = prepared(
  `INSERT INTO inbox_event (consumer, event_id, topic) VALUES ($1, $2, $3)
   ON CONFLICT DO NOTHING RETURNING event_id`,
);

/**
 * Applies units (message × handler) in their offset order, several per transaction: one BEGIN/COMMIT for
 * the batch, and per unit its own inbox row, its handler's effect and the events it emits, so a commit still
 * means "each of these applied exactly once" and a rollback means "none of them".
 *
 * When a handler throws, the whole batch rolls back and it is cut at that unit: the units before it are
 * applied again as a batch (they had succeeded), the failing one continues alone with attempt 2 (the batch
 * was its first attempt) up to `maxAttempts` and is dead-lettered after the last (at once when the failure is
 * permanent: `classifyFailure`, the service runtime's rule, with its code), then the units after it
 * go on as a batch. Each key's order is kept (nothing after a unit commits before it), retries stay bounded
 * per unit, and one poison message costs its neighbours a rollback, never their delivery.
 */
export class UnitApplier {
  private readonly log = childLogger('event-consumer');

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly outbox: OutboxWriter,
    private readonly options: UnitApplierOptions,
  ) {}

  async applyInOrder(units: ConsumedUnit[], heartbeat: () => Promise<void>): Promise<void> {
    let rest = units;
    while (rest.length) {
      const failure = await this.applyBatch(rest);
      if (!failure) return;
      if (failure.failedAt < 0) {
        // Nothing to blame (the COMMIT failed: connection lost, serialization): each unit again on its own.
        for (const unit of rest) await this.applyAlone(unit, 1, heartbeat);
        return;
      }
      if (failure.failedAt > 0) await this.applyInOrder(rest.slice(0, failure.failedAt), heartbeat);
      await this.applyAlone(rest[failure.failedAt]!, 2, heartbeat, failure.error);
      rest = rest.slice(failure.failedAt + 1);
    }
  }

  /**
   * One transaction for all the units; undefined when it committed. Every unit's inbox row is claimed by
   * one multi-row statement first (a round trip per batch, not per message); handlers then run in order
   * for the units whose row was new.
   */
  private async applyBatch(units: ConsumedUnit[]): Promise<BatchFailure | undefined> {
    const applied: boolean[] = [];
    let index = -1;
    const timer = messagingMetrics.handleSeconds.startTimer({ topic: units[0]!.from.base });
    try {
      await this.dataSource.transaction(async (manager) => {
        const fresh = await this.claimInboxRows(manager, units);
        for (index = 0; index < units.length; index++) {
          const unit = units[index]!;
          applied[index] = fresh[index] === true && (await context.with(unit.from.ctx, () => this.runHandler(manager, unit, 1)));
        }
      });
    } catch (error) {
      // -1: the inbox statement or the COMMIT failed, no handler to blame.
      const failedAt = index >= 0 && index < units.length ? index : -1;
      this.recordFailure(units[Math.max(0, failedAt)]!, 1, error);
      return { failedAt, error };
    } finally {
      timer();
    }
    units.forEach((unit, i) => this.count(unit, applied[i] ?? false));
    return undefined;
  }

  /** Inserts the units' inbox rows in one statement; true for each unit whose row is new (first of its key). */
  private async claimInboxRows(manager: EntityManager, units: ConsumedUnit[]): Promise<boolean[]> {
    const rows: Array<{ consumer: string; event_id: string }> = await manager.query(CLAIM_INBOX_ROWS, [
      units.map((u) => this.consumerName(u)),
      units.map((u) => u.event.eventId),
      units.map((u) => u.from.base),
    ]);
    const inserted = new Set(rows.map((r) => `${r.consumer}|${r.event_id.toLowerCase()}`));
    // A message delivered twice within one batch: only its first unit runs, the copy counts as a duplicate.
    return units.map((u) => inserted.delete(`${this.consumerName(u)}|${u.event.eventId.toLowerCase()}`));
  }

  /** One transaction per attempt for a unit that failed in a batch (or whose batch could not commit). */
  private async applyAlone(unit: ConsumedUnit, firstAttempt: number, heartbeat: () => Promise<void>, previous?: unknown): Promise<void> {
    let lastError = previous === undefined ? '' : describe(previous);
    let lastFailure: HandlerFailure | undefined = previous === undefined ? undefined : this.options.classifyFailure(previous);
    // The batch's failure was this unit's first attempt: a permanent one is not tried again.
    if (lastFailure?.permanent) {
      await this.deadLetter(unit, lastError, firstAttempt - 1, lastFailure);
      return;
    }
    for (let attempt = firstAttempt; attempt <= this.options.maxAttempts; attempt++) {
      if (attempt > 1) {
        messagingMetrics.retried.inc({ topic: unit.from.base, consumer: this.consumerName(unit) });
        await sleep(this.options.retryBackoffMs * 2 ** (attempt - 2));
        await heartbeat().catch(() => undefined);
      }
      const timer = messagingMetrics.handleSeconds.startTimer({ topic: unit.from.base });
      try {
        const applied = await context.with(unit.from.ctx, () =>
          this.dataSource.transaction((manager) => this.applyUnit(manager, unit, attempt)),
        );
        this.count(unit, applied);
        return;
      } catch (error) {
        lastError = describe(error);
        lastFailure = this.options.classifyFailure(error);
        this.recordFailure(unit, attempt, error);
        // A refusal no retry can change (the runtime's rule): dead-lettered now, with its code.
        if (lastFailure.permanent) {
          await this.deadLetter(unit, lastError, attempt, lastFailure);
          return;
        }
      } finally {
        timer();
      }
    }
    // Retried to the end: the letter still names the last failure's code, when it had one.
    await this.deadLetter(unit, lastError, this.options.maxAttempts, lastFailure);
  }

  /** Inbox row first: a redelivered unit inserts nothing and its handler does not run again. */
  private async applyUnit(manager: EntityManager, unit: ConsumedUnit, attempt: number): Promise<boolean> {
    const inserted: unknown[] = await manager.query(CLAIM_INBOX_ROW, [this.consumerName(unit), unit.event.eventId, unit.from.base]);
    return inserted.length > 0 && this.runHandler(manager, unit, attempt);
  }

  /** The handler of a unit whose inbox row was just inserted, in the same transaction; true (applied). */
  private async runHandler(manager: EntityManager, { event, handler }: ConsumedUnit, attempt: number): Promise<boolean> {
    let emittedForTradeIn = false;
    const ctx: HandlerContext = {
      manager,
      attempt,
      emit: async (definition, payload, ids) => {
        const [written] = await this.outbox.append(
          manager,
          newEvent(
            definition,
            {
              tradeInId: ids?.tradeInId ?? event.tradeInId,
              partnerId: ids?.partnerId ?? event.partnerId,
              correlationId: event.correlationId,
              causationId: event.eventId,
            },
            payload,
          ),
        );
        if (!written) throw new Error('outbox wrote nothing');
        if (written.tradeInId === event.tradeInId) emittedForTradeIn = true;
        return written;
      },
    };
    await handler.handle(event, ctx);
    // The trade-in's trace in this service: this process span (the producer's trace) is its latest step,
    // unless an event the handler emitted for it already recorded a later one (its create span).
    // After the handler: like a request (domain rows, then the outbox, then this row), so two
    // transactions on one trade-in take their locks in the same order and cannot deadlock.
    if (!emittedForTradeIn && event.tradeInId && tracingEnabled())
      await rememberTradeInTraces(manager, new Map([[event.tradeInId, context.active()]]));
    return true;
  }

  private async deadLetter(
    unit: ConsumedUnit,
    error: string,
    attempts = this.options.maxAttempts,
    failure?: HandlerFailure,
  ): Promise<void> {
    const { from, handler, event } = unit;
    const code = failure?.code;
    this.log.error({ eventId: event.eventId, topic: from.topic, handler: handler.name, code, err: error }, 'event dead-lettered');
    from.span.setStatus({ code: SpanStatusCode.ERROR, message: `dead-lettered (HANDLER_FAILED): ${error.slice(0, 500)}` });
    from.span.setAttribute('tradein.dead_letter.reason', 'HANDLER_FAILED');
    if (code) from.span.setAttribute('tradein.dead_letter.code', code);
    await sendToDeadLetter(this.producer, this.dataSource, {
      topic: from.topic,
      base: from.base,
      partition: from.partition,
      message: from.message,
      reason: 'HANDLER_FAILED',
      error,
      attempts,
      consumer: this.consumerName(unit),
      ...(code ? { code } : {}),
      ...(failure?.permanent ? { permanent: true } : {}),
    });
  }

  private recordFailure(unit: ConsumedUnit, attempt: number, error: unknown): void {
    const message = describe(error);
    trace.getSpan(unit.from.ctx)?.addEvent('handler failed', { handler: unit.handler.name, attempt, error: message.slice(0, 500) });
    this.log.warn(
      { eventId: unit.event.eventId, topic: unit.from.topic, handler: unit.handler.name, attempt, err: error },
      'event handler failed',
    );
  }

  private count(unit: ConsumedUnit, applied: boolean): void {
    const labels = { topic: unit.from.base, consumer: this.consumerName(unit) };
    if (applied) messagingMetrics.consumed.inc(labels);
    else messagingMetrics.duplicates.inc(labels);
  }

  /** The inbox key: one row per (group/handler, event). */
  private consumerName(unit: Pick<ConsumedUnit, 'handler'>): string {
    return `${this.options.groupId}/${unit.handler.name}`;
  }
}
