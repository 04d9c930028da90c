import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The retention pass deletes inbox rows oldest first (ADR 0022): an index on `processed_at` finds them without
 * reading the table. Processed times grow with inserts, so the index is appended to at its right edge.
 */
export class InboxRetentionIndex1765300000000 implements MigrationInterface {
  name = 'InboxRetentionIndex1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX inbox_event_processed_idx ON inbox_event (processed_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX inbox_event_processed_idx');
  }
}
