import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Every dead letter a service's consumers sent to a `.dlt` topic, recorded in the transaction that publishes
 * it (ADR 0014), so ops can list them through `GET /v1/ops/dead-letters` without reading Kafka. One row per
 * (consumer, original topic, partition, offset): a redelivered message that dead-letters again adds no row.
 */
export class DeadLetterTable1765000000000 implements MigrationInterface {
  name = 'DeadLetterTable1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE messaging_dead_letter (
        id bigserial PRIMARY KEY,
        consumer text NOT NULL,
        topic text NOT NULL,
        dlt_topic text NOT NULL,
        partition integer NOT NULL,
        "offset" bigint NOT NULL,
        event_type text,
        event_id text,
        message_key text,
        reason text NOT NULL,
        error text NOT NULL,
        attempts integer NOT NULL,
        dead_lettered_at timestamptz NOT NULL,
        UNIQUE (consumer, topic, partition, "offset")
      )`);
    await q.query('CREATE INDEX messaging_dead_letter_recent_idx ON messaging_dead_letter (dead_lettered_at DESC, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE messaging_dead_letter');
  }
}
