import { SpanStatusCode } from '@opentelemetry/api';
import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage, type Producer } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type EventEnvelope, validateEvent } from '@tradein/contracts';
import { logicalTopic, physicalTopic } from '../messaging.options';
import { type OutboxWriter } from '../outbox/outbox-writer';
import { retryUnknownTopic } from '../kafka/retry-unknown-topic';
import { MESSAGING } from '../tracing/messaging-attributes';
import { markSpanFailed } from '../tracing/trace-context';
import { type ConsumedMessage, type ConsumedUnit, consumedMessage } from './consumed-unit';
import { type DeadLetterReason, sendToDeadLetter } from './dead-letter';
import { type RegisteredHandler } from './handler-context';
import { type ClassifyHandlerFailure, everyFailureTransient } from './handler-failure';
import { UnitApplier } from './unit-applier';

export interface ConsumerOptions {
  groupId: string;
  topicNamespace?: string;
  maxAttempts?: number;
  retryBackoffMs?: number;
  /** Permanent failures are dead-lettered at once (default: every failure is retried). */
  classifyFailure?: ClassifyHandlerFailure;
  partitionsConsumedConcurrently?: number;
  /** Messages of one partition applied per transaction at most (default 50; 1 = one transaction per message). */
  batchSize?: number;
  /** How long start() waits for the consumer group join before returning anyway (default 30 s). */
  joinTimeoutMs?: number;
}

/**
 * Runs a service's event handlers on kafkajs directly (ADR 0002, batching: ADR 0009):
 * validate → inbox row + handler per message, several messages of a partition per transaction (eachBatch)
 * → bounded retries → `<topic>.dlt`.
 * A message is never retried forever and never dropped: after the last attempt it is dead-lettered
 * and the partition moves on. Offsets are committed only after the messages were applied or
 * dead-lettered; a crash before that redelivers them and the inbox turns each redelivery into a no-op.
 */
export class EventConsumer {
  private consumer?: Consumer;
  private readonly byTopic = new Map<string, RegisteredHandler[]>();
  private readonly applier: UnitApplier;
  private readonly batchSize: number;

  constructor(
    private readonly kafka: Kafka,
    private readonly producer: Producer,
    private readonly dataSource: DataSource,
    outbox: OutboxWriter,
    handlers: RegisteredHandler[],
    private readonly options: ConsumerOptions,
  ) {
    for (const h of handlers) this.byTopic.set(h.definition.topic, [...(this.byTopic.get(h.definition.topic) ?? []), h]);
    this.applier = new UnitApplier(dataSource, producer, outbox, {
      groupId: options.groupId,
      maxAttempts: options.maxAttempts ?? 3,
      retryBackoffMs: options.retryBackoffMs ?? 200,
      classifyFailure: options.classifyFailure ?? everyFailureTransient,
    });
    this.batchSize = Math.max(1, options.batchSize ?? 50);
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
        const remove = consumer.on(consumer.events.GROUP_JOIN, () => {
          remove();
          resolve();
        });
      });
      await consumer.run({
        autoCommit: true,
        // Offsets are resolved per applied chunk, never for a message still in hand.
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
        eachBatch: (payload) => this.onBatch(payload),
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.options.joinTimeoutMs ?? 30_000);
      });
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
   * kafkajs hands over a partition's fetched messages; they are applied in chunks of `batchSize`, each
   * chunk's units in as few transactions as possible (UnitApplier), then the chunk's last offset is
   * resolved and committed. Between chunks a stopping or rebalanced consumer stops early: what was not
   * resolved is redelivered to the partition's next owner, whose inbox absorbs anything already applied.
   */
  private async onBatch({
    batch,
    resolveOffset,
    heartbeat,
    commitOffsetsIfNecessary,
    isRunning,
    isStale,
  }: EachBatchPayload): Promise<void> {
    const base = logicalTopic(batch.topic, this.options.topicNamespace);
    for (let i = 0; i < batch.messages.length; i += this.batchSize) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(i, i + this.batchSize);
      await this.onChunk(batch.topic, base, batch.partition, chunk, heartbeat);
      resolveOffset(chunk[chunk.length - 1]!.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  /**
   * Unparseable and invalid messages are dead-lettered at once (they touch no database row), the others
   * become units applied in offset order. Every message's `process` span ends once its units are done.
   */
  private async onChunk(
    topic: string,
    base: string,
    partition: number,
    chunk: KafkaMessage[],
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const messages = chunk.map((message) => consumedMessage(topic, base, partition, message, this.options.groupId));
    try {
      const units: ConsumedUnit[] = [];
      for (const from of messages) {
        const event = await this.validOrDeadLettered(from);
        if (!event) continue;
        for (const handler of this.byTopic.get(base) ?? []) units.push({ from, event, handler });
      }
      await this.applier.applyInOrder(units, heartbeat);
    } catch (err) {
      // Only the dead-letter send (Kafka down) gets here: fail the batch, kafkajs redelivers from the last resolved offset.
      for (const { span } of messages) markSpanFailed(span, err);
      throw err;
    } finally {
      for (const { span } of messages) span.end();
    }
  }

  private async validOrDeadLettered(from: ConsumedMessage): Promise<EventEnvelope<object> | undefined> {
    const deadLetter = async (reason: DeadLetterReason, error: string): Promise<undefined> => {
      from.span.setStatus({ code: SpanStatusCode.ERROR, message: `dead-lettered (${reason}): ${error.slice(0, 500)}` });
      from.span.setAttribute('tradein.dead_letter.reason', reason);
      await sendToDeadLetter(this.producer, this.dataSource, {
        topic: from.topic,
        base: from.base,
        partition: from.partition,
        message: from.message,
        reason,
        error,
        attempts: 0,
        consumer: this.options.groupId,
      });
      return undefined;
    };
    let raw: unknown;
    try {
      raw = JSON.parse(from.message.value?.toString('utf8') ?? '');
    } catch (err) {
      return deadLetter('UNPARSEABLE', `not JSON: ${(err as Error).message}`);
    }
    const check = validateEvent(raw, from.base, 'consume');
    if (!check.ok) return deadLetter('INVALID', check.errors.join('; '));
    from.span.setAttributes({ [MESSAGING.MESSAGE_ID]: check.envelope.eventId, [MESSAGING.CONVERSATION_ID]: check.envelope.correlationId });
    return check.envelope;
  }
}
