import { type EntityManager } from 'typeorm';
import { deadLetterTopicFor, definitionForTopic } from '@tradein/contracts';

/** One dead letter as recorded next to its `.dlt` publish. */
export interface DeadLetterRecord {
  consumer: string;
  /** The registry (logical) topic the message came from: what `npm run dlt:replay` takes. */
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  reason: string;
  error: string;
  attempts: number;
  at: Date;
  /** The refusal's code when the handler's error carried one, and whether it was permanent (not retried). */
  code?: string;
  permanent?: boolean;
}

/** Inserts the row; false when this (consumer, topic, partition, offset) was already recorded (a redelivery). */
export async function recordDeadLetter(manager: EntityManager, r: DeadLetterRecord): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO messaging_dead_letter
       (consumer, topic, dlt_topic, partition, "offset", event_type, event_id, message_key, reason, error, attempts, dead_lettered_at, code, permanent)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (consumer, topic, partition, "offset") DO NOTHING RETURNING id`,
    [
      r.consumer,
      r.topic,
      deadLetterTopicFor(r.topic),
      r.partition,
      r.offset,
      definitionForTopic(r.topic)?.type ?? null,
      eventIdOf(r.value),
      r.key,
      r.reason,
      // PostgreSQL text cannot hold NUL; the header keeps the same 4000 characters.
      r.error.replaceAll(String.fromCharCode(0), '').slice(0, 4000),
      r.attempts,
      r.at,
      r.code ?? null,
      r.permanent ?? false,
    ],
  );
  return rows.length > 0;
}

/** The envelope's eventId when the bytes are JSON with one (an unparseable letter has none). */
function eventIdOf(value: Buffer | null): string | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value.toString('utf8'));
    if (parsed && typeof parsed === 'object' && 'eventId' in parsed && typeof parsed.eventId === 'string')
      return parsed.eventId.slice(0, 100);
  } catch {
    // Not JSON: the reason (UNPARSEABLE) says so.
  }
  return null;
}

export interface DeadLetterFilter {
  topic?: string;
  reason?: string;
  key?: string;
  limit: number;
  offset: number;
}

export interface DeadLetterRow {
  id: string;
  consumer: string;
  topic: string;
  deadLetterTopic: string;
  partition: number;
  offset: string;
  eventType: string | null;
  eventId: string | null;
  key: string | null;
  reason: string;
  error: string;
  attempts: number;
  deadLetteredAt: Date;
  code: string | null;
  permanent: boolean;
}

/** Newest first, one page, and how many match in all. */
export async function listDeadLetters(manager: EntityManager, f: DeadLetterFilter): Promise<{ total: number; items: DeadLetterRow[] }> {
  const where = `WHERE ($1::text IS NULL OR topic = $1) AND ($2::text IS NULL OR reason = $2) AND ($3::text IS NULL OR message_key = $3)`;
  const params = [f.topic ?? null, f.reason ?? null, f.key ?? null];
  const [items, counted] = await Promise.all([
    manager.query(
      `SELECT id::text AS id, consumer, topic, dlt_topic AS "deadLetterTopic", partition, "offset"::text AS "offset",
              event_type AS "eventType", event_id AS "eventId", message_key AS key, reason, error, attempts,
              dead_lettered_at AS "deadLetteredAt", code, permanent
         FROM messaging_dead_letter ${where} ORDER BY dead_lettered_at DESC, id DESC LIMIT $4 OFFSET $5`,
      [...params, f.limit, f.offset],
    ) as Promise<DeadLetterRow[]>,
    manager.query(`SELECT count(*)::int AS n FROM messaging_dead_letter ${where}`, params) as Promise<Array<{ n: number }>>,
  ]);
  return { total: counted[0]?.n ?? 0, items };
}
