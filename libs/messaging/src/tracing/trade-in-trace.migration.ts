import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The trade-in's trace (ADR 0008): per trade-in, the W3C context of the latest backbone span of the
 * trace its first event started. The outbox writer parents events written outside that trace (workers,
 * later HTTP requests) to it, so every event about one trade-in is in one trace.
 */
export class TradeInTraceTable1764300000000 implements MigrationInterface {
  name = 'TradeInTraceTable1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE messaging_trade_in_trace (
        trade_in_id text PRIMARY KEY,
        traceparent text NOT NULL,
        tracestate text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE messaging_trade_in_trace');
  }
}
