import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The retention pass deletes inbox rows oldest first (ADR 0022): an index on `processed_at` finds them without
 * reading the table. Processed times grow with inserts, so the index is appended to at its right edge.
 *
 * Built CONCURRENTLY, outside a transaction: the inbox this is for may be large (it was never pruned before), and a
 * plain CREATE INDEX would block the consumers' inserts, in the old pods still running during a rollout, for the
 * whole build. A concurrent build that failed leaves an invalid index behind, which the next attempt drops first.
 * Replicas migrating together take turns (scripts/deploy/migrate.ts polls its lock, so no waiting replica holds the
 * snapshot such a build would wait for).
 */
export class InboxRetentionIndex1765300000000 implements MigrationInterface {
  name = 'InboxRetentionIndex1765300000000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const [left]: Array<{ valid: boolean }> = await q.query(
      `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname = 'inbox_event_processed_idx' AND pg_table_is_visible(c.oid)`,
    );
    if (left && !left.valid) await q.query('DROP INDEX CONCURRENTLY inbox_event_processed_idx');
    await q.query('CREATE INDEX CONCURRENTLY IF NOT EXISTS inbox_event_processed_idx ON inbox_event (processed_at)');
  }

  /** A plain drop: quick, and TypeORM reverts inside a transaction whatever the migration says. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS inbox_event_processed_idx');
  }
}
