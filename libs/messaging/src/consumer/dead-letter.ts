import { type IHeaders, type KafkaMessage, type Producer } from 'kafkajs';
import { deadLetterTopicFor } from '@tradein/contracts';
import { messagingMetrics } from '../messaging.metrics';

export type DeadLetterReason = 'UNPARSEABLE' | 'INVALID' | 'UNKNOWN_TYPE' | 'HANDLER_FAILED';

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  consumer: string;
}

/** Sends the original bytes to `<topic>.dlt` with why, where from and how many attempts in headers. */
export async function sendToDeadLetter(producer: Producer, dl: DeadLetter): Promise<void> {
  const headers: IHeaders = {
    ...(dl.message.headers ?? {}),
    'dlt-reason': dl.reason,
    'dlt-error': dl.error.slice(0, 4000),
    'dlt-original-topic': dl.topic,
    'dlt-original-partition': String(dl.partition),
    'dlt-original-offset': dl.message.offset,
    'dlt-attempts': String(dl.attempts),
    'dlt-consumer': dl.consumer,
    'dlt-at': new Date().toISOString(),
  };
  await producer.send({
    topic: deadLetterTopicFor(dl.topic),
    messages: [{ key: dl.message.key, value: dl.message.value, headers }],
  });
  messagingMetrics.deadLettered.inc({ topic: dl.topic, reason: dl.reason });
}
