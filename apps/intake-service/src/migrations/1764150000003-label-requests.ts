import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Carrier calls leave the event handlers: a handler records what it wants (issue an inbound label, void
 * one) here, and the label worker calls the carrier outside any transaction, retrying with backoff.
 */
export class LabelRequests1764150000003 implements MigrationInterface {
  name = 'LabelRequests1764150000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE label_requests (
        id uuid PRIMARY KEY,
        kind varchar(8) NOT NULL CHECK (kind IN ('ISSUE','VOID')),
        shipment_id uuid NOT NULL,
        trade_in_id varchar(64) NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('PENDING','DONE','FAILED','CANCELLED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error varchar(500),
        reason varchar(200),
        causation_id varchar(64),
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    // One issue and one void per shipment: a redelivered event cannot ask twice.
    await q.query(`CREATE UNIQUE INDEX label_requests_one_per_kind ON label_requests (shipment_id, kind)`);
    await q.query(`CREATE INDEX label_requests_due_idx ON label_requests (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX label_requests_failed_idx ON label_requests (created_at) WHERE status = 'FAILED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE label_requests`);
  }
}
