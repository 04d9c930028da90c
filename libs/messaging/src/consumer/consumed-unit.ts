import { type Context, type Span, SpanKind, trace } from '@opentelemetry/api';
import { type KafkaMessage } from 'kafkajs';
import { type EventEnvelope } from '@tradein/contracts';
import { KAFKA, MESSAGING } from '../tracing/messaging-attributes';
import { contextFromKafkaHeaders, messagingTracer } from '../tracing/trace-context';
import { type RegisteredHandler } from './handler-context';

/** One Kafka message as the consumer sees it: where it came from and the `process` span it runs in. */
export interface ConsumedMessage {
  /** Physical topic (with namespace). */
  topic: string;
  /** Registry topic (without namespace). */
  base: string;
  partition: number;
  message: KafkaMessage;
  span: Span;
  /** The span's context (its parent is the producer's context from the headers). */
  ctx: Context;
}

/**
 * One (message, handler) pair: the unit that owns one inbox row. A message with two handlers on its topic
 * is two units, applied in order; each is retried and dead-lettered on its own.
 */
export interface ConsumedUnit {
  from: ConsumedMessage;
  event: EventEnvelope<object>;
  handler: RegisteredHandler;
}

/**
 * Starts the `process <topic>` CONSUMER span of a message, a child of the producer's context from the
 * message headers (W3C traceparent put there by the relay): the inbox and handler queries, and every
 * event the handler emits, continue the producer's trace. A no-op span when tracing is off.
 */
export function consumedMessage(topic: string, base: string, partition: number, message: KafkaMessage, groupId: string): ConsumedMessage {
  const producerContext = contextFromKafkaHeaders(message.headers);
  const span = messagingTracer().startSpan(
    `process ${base}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        [MESSAGING.SYSTEM]: KAFKA,
        [MESSAGING.DESTINATION]: topic,
        [MESSAGING.CONSUMER_GROUP]: groupId,
        [MESSAGING.OPERATION_TYPE]: 'process',
        [MESSAGING.OPERATION_NAME]: 'process',
        [MESSAGING.PARTITION]: String(partition),
        [MESSAGING.KAFKA_OFFSET]: Number(message.offset),
        ...(message.key ? { [MESSAGING.KAFKA_KEY]: message.key.toString() } : {}),
      },
    },
    producerContext,
  );
  return { topic, base, partition, message, span, ctx: trace.setSpan(producerContext, span) };
}
