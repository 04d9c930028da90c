import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The trace context of the step that asked for a carrier call (ADR 0008): the label worker runs the call
 * in a span of the trade-in's trace under it. Nullable: requests made before, or with tracing off, have none.
 */
export class LabelRequestTraceContext1764310000000 implements MigrationInterface {
  name = 'LabelRequestTraceContext1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE label_requests ADD COLUMN trace_context jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE label_requests DROP COLUMN trace_context`);
  }
}
