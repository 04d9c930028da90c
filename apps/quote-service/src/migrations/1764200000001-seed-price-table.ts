import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { SEED_PRICE_MARKETS, SEED_PRICE_ROWS } from './1764200000001-seed-price-table.data';

/** Price table version 1: frozen rows (the .data.ts beside this file), so the result never follows later catalog edits. */
export class SeedPriceTable1764200000001 implements MigrationInterface {
  name = 'SeedPriceTable1764200000001';

  async up(q: QueryRunner): Promise<void> {
    const rows = SEED_PRICE_ROWS.flatMap(([modelId, variantId, amounts]) =>
      SEED_PRICE_MARKETS.map(([market, currency], i) => {
        const amountMinor = amounts[i];
        if (amountMinor === undefined) throw new Error(`seed price table: ${modelId} ${variantId} has no ${market} amount`);
        return { modelId, variantId, market, currency, amountMinor };
      }),
    );
    await q.query(
      `INSERT INTO price_table (version, source, row_count, uploaded_by, created_at) VALUES (1, 'SEED', $1, 'migration', now())`,
      [rows.length],
    );
    await q.query(`SELECT setval(pg_get_serial_sequence('price_table', 'version'), 1)`);
    await q.query(
      `INSERT INTO price_table_row (version, model_id, variant_id, market, currency, amount_minor)
       SELECT 1, * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])`,
      [
        rows.map((r) => r.modelId),
        rows.map((r) => r.variantId),
        rows.map((r) => r.market),
        rows.map((r) => r.currency),
        rows.map((r) => String(r.amountMinor)),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE price_table_row DISABLE TRIGGER price_table_row_no_change');
    await q.query('DELETE FROM price_table_row WHERE version = 1');
    await q.query('ALTER TABLE price_table_row ENABLE TRIGGER price_table_row_no_change');
    await q.query('DELETE FROM price_table WHERE version = 1');
  }
}
