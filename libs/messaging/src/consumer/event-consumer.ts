import { setTimeout as sleep } from 'node:timers/promises';
import { type Span, SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { type Consumer, type EachMessagePayload, type Kafka, type Producer } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type EventEnvelope, validateEvent } from '@tradein/contracts';
import { childLogger } from '@tradein/observability';
import { messagingMetrics } from '../messaging.metrics';
import { logicalTopic, physicalTopic } from '../messaging.options';
import { newEvent } from '../outbox/new-event';
import { type OutboxWriter } from '../outbox/outbox-writer';
import { type DeadLetterReason, sendToDeadLetter } from './dead-letter';
import { type HandlerContext, type RegisteredHandler } from './handler-context';
import { retryUnknownTopic } from '../kafka/retry-unknown-topic';
import { KAFKA, MESSAGING } from '../tracing/messaging-attributes';
import { contextFromKafkaHeaders, messagingTracer, runInSpan } from '../tracing/trace-context';
import { rememberTradeInTraces, tracingEnabled } from '../tracing/trade-in-traces';

export interface ConsumerOptions {
  groupId: string;
  topicNamespace?: string;
  maxAttempts?: number;
  retryBackoffMs?: number;
  partitionsConsumedConcurrently?: number;
  /** How long start() waits for the consumer group join before returning anyway (default 30 s). */
  joinTimeoutMs?: number;
}

/**
 * Runs a service's event handlers on kafkajs directly (ADR 0002):
 * validate → inbox row + handler in one transaction → bounded retries → `<topic>.dlt`.
 * A message is never retried forever and never dropped: after the last attempt it is dead-lettered
 * and the partition moves on. Offsets are committed only after the message was applied or
 * dead-lettered; a crash before that redelivers it and the inbox turns the redelivery into a no-op.
 */
export class EventConsumer {
  private readonly log = childLogger('event-consumer');
  private consumer?: Consumer;
  private readonly byTopic = new Map<string, RegisteredHandler[]>();
  private readonly maxAttempts: number;
  private readonly backoffMs: number;

  constructor(
    private readonly kafka: Kafka,
    private readonly producer: Producer,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    handlers: RegisteredHandler[],
    private readonly options: ConsumerOptions,
  ) {
    for (const h of handlers) this.byTopic.set(h.definition.topic, [...(this.byTopic.get(h.definition.topic) ?? []), h]);
    this.maxAttempts = options.maxAttempts ?? 3;
    this.backoffMs = options.retryBackoffMs ?? 200;
  }

  get topics(): string[] {
    return [...this.byTopic.keys()].map((t) => physicalTopic(t, this.options.topicNamespace));
  }

  async start(): Promise<void> {
    if (!this.byTopic.size || this.consumer) return;
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    try {
      await consumer.connect();
      // A new group reads each topic from the beginning: a service deployed later still sees history.
      // Right after creation a topic's metadata can lag on the broker: retry briefly, then fail loudly.
      await retryUnknownTopic(() => consumer.subscribe({ topics: this.topics, fromBeginning: true }));
      // Start resolves once the group is joined (bounded), so a booted service is really consuming:
      // readiness, tests and the first events after a deploy don't race the rebalance.
      const joined = new Promise<void>((resolve) => {
        const remove = consumer.on(consumer.events.GROUP_JOIN, () => { remove(); resolve(); });
      });
      await consumer.run({
        autoCommit: true,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
        eachMessage: (payload) => this.onMessage(payload),
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => { timer = setTimeout(resolve, this.options.joinTimeoutMs ?? 30_000); });
      await Promise.race([joined, timeout]);
      clearTimeout(timer);
    } catch (err) {
      this.consumer = undefined;
      await consumer.disconnect().catch(() => undefined);
      throw err;
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  /**
   * Each message is handled inside a `process <topic>` CONSUMER span whose parent is the producer's
   * context from the message headers (W3C traceparent put there by the relay): the inbox and handler
   * queries, and every event the handler emits, continue the producer's trace.
   */
  private async onMessage(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    const base = logicalTopic(topic, this.options.topicNamespace);
    const producerContext = contextFromKafkaHeaders(message.headers);
    const span = messagingTracer().startSpan(`process ${base}`, {
      kind: SpanKind.CONSUMER,
      attributes: {
        [MESSAGING.SYSTEM]: KAFKA,
        [MESSAGING.DESTINATION]: topic,
        [MESSAGING.CONSUMER_GROUP]: this.options.groupId,
        [MESSAGING.OPERATION_TYPE]: 'process',
        [MESSAGING.OPERATION_NAME]: 'process',
        [MESSAGING.PARTITION]: String(partition),
        [MESSAGING.KAFKA_OFFSET]: Number(message.offset),
        ...(message.key ? { [MESSAGING.KAFKA_KEY]: message.key.toString() } : {}),
      },
    }, producerContext);
    await runInSpan(span, trace.setSpan(producerContext, span), () => this.handleMessage(payload, base, span));
  }

  private async handleMessage({ topic, partition, message, heartbeat }: EachMessagePayload, base: string, span: Span): Promise<void> {
    const deadLetter = async (reason: DeadLetterReason, error: string, attempts: number, consumer = this.options.groupId) => {
      span.setStatus({ code: SpanStatusCode.ERROR, message: `dead-lettered (${reason}): ${error.slice(0, 500)}` });
      span.setAttribute('tradein.dead_letter.reason', reason);
      await sendToDeadLetter(this.producer, { topic, partition, message, reason, error, attempts, consumer });
    };

    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch (err) {
      return deadLetter('UNPARSEABLE', `not JSON: ${(err as Error).message}`, 0);
    }
    const check = validateEvent(raw, base, 'consume');
    if (!check.ok) return deadLetter('INVALID', check.errors.join('; '), 0);
    span.setAttributes({ [MESSAGING.MESSAGE_ID]: check.envelope.eventId, [MESSAGING.CONVERSATION_ID]: check.envelope.correlationId });

    for (const handler of this.byTopic.get(base) ?? []) {
      const outcome = await this.applyWithRetries(handler, check.envelope, base, heartbeat);
      if (outcome) {
        this.log.error({ eventId: check.envelope.eventId, topic, handler: handler.name, err: outcome }, 'event dead-lettered');
        await deadLetter('HANDLER_FAILED', outcome, this.maxAttempts, `${this.options.groupId}/${handler.name}`);
      }
    }
  }

  /** Returns the last error message when every attempt failed, otherwise undefined. */
  private async applyWithRetries(
    handler: RegisteredHandler, event: EventEnvelope<object>, topic: string, heartbeat: () => Promise<void>,
  ): Promise<string | undefined> {
    const consumerName = `${this.options.groupId}/${handler.name}`;
    let lastError = '';
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const timer = messagingMetrics.handleSeconds.startTimer({ topic });
      try {
        const applied = await this.dataSource.transaction(async (manager) => {
          const inserted: unknown[] = await manager.query(
            `INSERT INTO inbox_event (consumer, event_id, topic) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING event_id`,
            [consumerName, event.eventId, topic],
          );
          if (!inserted.length) return false;
          let emittedForTradeIn = false;
          const ctx: HandlerContext = {
            manager,
            attempt,
            emit: async (definition, payload, ids) => {
              const [written] = await this.outbox.append(manager, newEvent(definition, {
                tradeInId: ids?.tradeInId ?? event.tradeInId,
                partnerId: ids?.partnerId ?? event.partnerId,
                correlationId: event.correlationId,
                causationId: event.eventId,
              }, payload));
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
          if (!emittedForTradeIn && event.tradeInId && tracingEnabled()) await rememberTradeInTraces(manager, new Map([[event.tradeInId, context.active()]]));
          return true;
        });
        if (applied) messagingMetrics.consumed.inc({ topic, consumer: consumerName });
        else messagingMetrics.duplicates.inc({ topic, consumer: consumerName });
        return undefined;
      } catch (err) {
        lastError = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
        trace.getActiveSpan()?.addEvent('handler failed', { handler: handler.name, attempt, error: lastError.slice(0, 500) });
        this.log.warn({ eventId: event.eventId, topic, handler: handler.name, attempt, err }, 'event handler failed');
        if (attempt < this.maxAttempts) {
          messagingMetrics.retried.inc({ topic, consumer: consumerName });
          await sleep(this.backoffMs * 2 ** (attempt - 1));
          await heartbeat().catch(() => undefined);
        }
      } finally {
        timer();
      }
    }
    return lastError;
  }
}
