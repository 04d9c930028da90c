import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { OUTBOX_LANES } from './outbox-lanes';

/** The backbone's tables; every service lists this migration first. */
export class MessagingTables1764000000000 implements MigrationInterface {
  name = 'MessagingTables1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_event (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        lane smallint NOT NULL,
        envelope jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_event_pending_idx ON outbox_event (lane, id) WHERE published_at IS NULL`);
    await q.query(`CREATE TABLE outbox_lane (lane smallint PRIMARY KEY)`);
    await q.query(`INSERT INTO outbox_lane (lane) SELECT generate_series(0, ${OUTBOX_LANES - 1})`);
    await q.query(`
      CREATE TABLE inbox_event (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        topic text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE inbox_event');
    await q.query('DROP TABLE outbox_lane');
    await q.query('DROP TABLE outbox_event');
  }
}
