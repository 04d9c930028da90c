import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The trace context of the step that created the payout (ADR 0008): the payout worker runs each attempt in
 * a span of the trade-in's trace under it. Nullable: payouts created before, or with tracing off, have none.
 */
export class PayoutTraceContext1764310000000 implements MigrationInterface {
  name = 'PayoutTraceContext1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payout ADD COLUMN trace_context jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payout DROP COLUMN trace_context`);
  }
}
