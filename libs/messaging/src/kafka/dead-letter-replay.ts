import { randomUUID } from 'node:crypto';
import { type IHeaders, type Kafka, Partitioners } from 'kafkajs';
import { deadLetterTopicFor } from '@tradein/contracts';
import { physicalTopic } from '../messaging.options';

export interface ReplayOptions {
  /** Registry topic whose dead letters to re-drive, e.g. `tradein.quote.accepted.v1`. */
  topic: string;
  namespace?: string;
  /** Only letters whose `dlt-reason` is one of these (default: HANDLER_FAILED, the retryable kind). */
  reasons?: string[];
  /** Only letters of these trade-ins (message keys). */
  keys?: string[];
  dryRun?: boolean;
  /** Stop reading after this long without a new letter. */
  idleMs?: number;
}

export interface ReplayReport {
  read: number;
  replayed: number;
  skipped: number;
}

/**
 * Re-drives dead letters to their original topic (same key, same bytes) once the cause is fixed, e.g. a
 * carrier outage. Consumers apply each event at most once (inbox), so replaying a letter that was
 * meanwhile applied another way is harmless. Unparseable or invalid letters are skipped by default:
 * they would only dead-letter again.
 */
export async function replayDeadLetters(kafka: Kafka, o: ReplayOptions): Promise<ReplayReport> {
  const source = physicalTopic(deadLetterTopicFor(o.topic), o.namespace);
  const target = physicalTopic(o.topic, o.namespace);
  const reasons = new Set(o.reasons ?? ['HANDLER_FAILED']);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  const consumer = kafka.consumer({ groupId: `dlt-replay-${randomUUID()}` });
  const report: ReplayReport = { read: 0, replayed: 0, skipped: 0 };
  await Promise.all([producer.connect(), consumer.connect()]);
  try {
    await consumer.subscribe({ topic: source, fromBeginning: true });
    let lastSeen = Date.now();
    await consumer.run({
      eachMessage: async ({ message }) => {
        lastSeen = Date.now();
        report.read++;
        const reason = message.headers?.['dlt-reason']?.toString();
        const key = message.key?.toString();
        if (!reason || !reasons.has(reason) || (o.keys && (!key || !o.keys.includes(key)))) {
          report.skipped++;
          return;
        }
        if (!o.dryRun) {
          await producer.send({
            topic: target,
            messages: [
              {
                key: message.key,
                value: message.value,
                // The replayed event's processing joins the trace it was first published in.
                headers: {
                  ...traceHeadersOf(message.headers),
                  'dlt-replayed-at': new Date().toISOString(),
                  'dlt-replayed-from-offset': message.offset,
                },
              },
            ],
          });
        }
        report.replayed++;
      },
    });
    const idle = o.idleMs ?? 5000;
    while (Date.now() - lastSeen < idle) await new Promise((r) => setTimeout(r, 250));
    return report;
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
}

const TRACE_HEADERS = ['traceparent', 'tracestate', 'baggage'];

function traceHeadersOf(headers: IHeaders | undefined): IHeaders {
  const out: IHeaders = {};
  for (const name of TRACE_HEADERS) if (headers?.[name] !== undefined) out[name] = headers[name];
  return out;
}
