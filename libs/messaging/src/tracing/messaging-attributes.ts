/**
 * OpenTelemetry messaging semantic-convention attribute names (semconv 1.45, "incubating": the
 * project's advice is to copy them rather than import the unstable entry point).
 */
export const MESSAGING = {
  SYSTEM: 'messaging.system',
  DESTINATION: 'messaging.destination.name',
  PARTITION: 'messaging.destination.partition.id',
  CONSUMER_GROUP: 'messaging.consumer.group.name',
  OPERATION_TYPE: 'messaging.operation.type',
  OPERATION_NAME: 'messaging.operation.name',
  MESSAGE_ID: 'messaging.message.id',
  CONVERSATION_ID: 'messaging.message.conversation_id',
  KAFKA_KEY: 'messaging.kafka.message.key',
  KAFKA_OFFSET: 'messaging.kafka.offset',
  BATCH_COUNT: 'messaging.batch.message_count',
} as const;

export const KAFKA = 'kafka';
