import { type IHeaders, type KafkaMessage, type Producer } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { deadLetterTopicFor } from '@tradein/contracts';
import { recordDeadLetter } from '../dead-letters/dead-letter-log';
import { messagingMetrics } from '../messaging.metrics';

export type DeadLetterReason = 'UNPARSEABLE' | 'INVALID' | 'UNKNOWN_TYPE' | 'HANDLER_FAILED';

export interface DeadLetter {
  /** The physical topic the message was read from. */
  topic: string;
  /** Its registry (logical) topic, without the deployment's namespace. */
  base: string;
  partition: number;
  message: KafkaMessage;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  consumer: string;
  /** The refusal's code, when the handler's error had one and was permanent (dead-lettered at once). */
  code?: string;
  permanent?: boolean;
}

/**
 * Sends the original bytes to `<topic>.dlt` with why, where from and how many attempts in headers, inside a
 * transaction that records the letter in `messaging_dead_letter` (ADR 0014): the publish fails → no row; the
 * row cannot be written → nothing is published and the batch fails, to be redelivered like a failed publish.
 */
export async function sendToDeadLetter(producer: Producer, dataSource: DataSource, dl: DeadLetter): Promise<void> {
  const at = new Date();
  const error = dl.error.slice(0, 4000);
  const headers: IHeaders = {
    ...(dl.message.headers ?? {}),
    'dlt-reason': dl.reason,
    'dlt-error': error,
    'dlt-original-topic': dl.topic,
    'dlt-original-partition': String(dl.partition),
    'dlt-original-offset': dl.message.offset,
    'dlt-attempts': String(dl.attempts),
    'dlt-consumer': dl.consumer,
    'dlt-at': at.toISOString(),
    ...(dl.code ? { 'dlt-code': dl.code } : {}),
    ...(dl.permanent ? { 'dlt-permanent': 'true' } : {}),
  };
  await dataSource.transaction(async (manager) => {
    await recordDeadLetter(manager, {
      consumer: dl.consumer,
      topic: dl.base,
      partition: dl.partition,
      offset: dl.message.offset,
      key: dl.message.key?.toString('utf8') ?? null,
      value: dl.message.value,
      reason: dl.reason,
      error,
      attempts: dl.attempts,
      at,
      code: dl.code,
      permanent: dl.permanent,
    });
    await producer.send({
      topic: deadLetterTopicFor(dl.topic),
      messages: [{ key: dl.message.key, value: dl.message.value, headers }],
    });
  });
  messagingMetrics.deadLettered.inc({ topic: dl.topic, reason: dl.reason });
}
