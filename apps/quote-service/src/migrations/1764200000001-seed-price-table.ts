import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { CATALOG_SEED } from '../catalog/seed/catalog.seed';
import { seedPriceTableRows } from '../pricing/price-table/seed-price-table';

/** Price table version 1, derived from the seeded catalog's reference values for every market. */
export class SeedPriceTable1764200000001 implements MigrationInterface {
  name = 'SeedPriceTable1764200000001';

  async up(q: QueryRunner): Promise<void> {
    const rows = seedPriceTableRows(CATALOG_SEED);
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
        rows.map((r) => r.amountMinor.toString()),
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
