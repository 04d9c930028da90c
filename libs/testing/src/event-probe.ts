import { randomUUID } from 'node:crypto';
import { type Consumer, type IHeaders, type Kafka, Partitioners } from 'kafkajs';
import { type EventDefinition, type EventEnvelope } from '@tradein/contracts';
import { physicalTopic } from '@tradein/messaging';

export interface ProbedMessage {
  topic: string;
  partition: number;
  key: string | null;
  value: string;
  headers: Record<string, string>;
  envelope?: EventEnvelope<Record<string, unknown>>;
}

/** Reads topics from the beginning with its own group: what was really published to Kafka. */
export class EventProbe {
  readonly messages: ProbedMessage[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly namespace?: string,
  ) {}

  async start(topics: string[]): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: `probe-${randomUUID()}`, allowAutoTopicCreation: false });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: topics.map((t) => physicalTopic(t, this.namespace)), fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const value = message.value?.toString('utf8') ?? '';
        let envelope: ProbedMessage['envelope'];
        try {
          envelope = JSON.parse(value) as ProbedMessage['envelope'];
        } catch {
          envelope = undefined;
        }
        this.messages.push({
          topic,
          partition,
          key: message.key?.toString() ?? null,
          value,
          headers: decodeHeaders(message.headers),
          envelope,
        });
      },
    });
  }

  of<P extends object>(definition: EventDefinition<P>): Array<EventEnvelope<P>> {
    return this.messages
      .filter((m) => m.envelope?.type === definition.type && m.envelope.version === definition.version)
      .map((m) => m.envelope as unknown as EventEnvelope<P>);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

function decodeHeaders(h: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) out[k] = Array.isArray(v) ? String(v[0]) : v === undefined ? '' : String(v);
  return out;
}

/** Publishes an event as another service would (for consumer tests). */
export async function publishRaw(kafka: Kafka, topic: string, key: string, value: string | object, namespace?: string): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({
      topic: physicalTopic(topic, namespace),
      messages: [{ key, value: typeof value === 'string' ? value : JSON.stringify(value) }],
    });
  } finally {
    await producer.disconnect();
  }
}

export function envelopeFor<P extends object>(
  definition: EventDefinition<P>,
  ids: { tradeInId: string; partnerId: string; producer?: string },
  payload: P,
): EventEnvelope<P> {
  return {
    eventId: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    tradeInId: ids.tradeInId,
    partnerId: ids.partnerId,
    correlationId: randomUUID(),
    causationId: null,
    producer: ids.producer ?? definition.producer,
    payload,
  };
}
