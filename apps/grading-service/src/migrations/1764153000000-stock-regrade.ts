import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A regrade of a stocked device restates its stock item (grade, SKU, disposition) or takes it out of sellable
 * stock; the item keeps its status and the last change, and every change is a row of stock_item_history.
 */
export class StockRegrade1764153000000 implements MigrationInterface {
  name = 'StockRegrade1764153000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE stock_items
        ADD COLUMN status varchar(16) NOT NULL DEFAULT 'IN_STOCK',
        ADD COLUMN removed_at timestamptz,
        ADD COLUMN removal_reason varchar(40),
        ADD COLUMN regraded_at timestamptz,
        ADD COLUMN previous_sku varchar(120),
        ADD COLUMN previous_grade_id uuid REFERENCES grades (id)`);
    await q.query(`
      CREATE TABLE stock_item_history (
        id uuid PRIMARY KEY,
        stock_item_id uuid NOT NULL REFERENCES stock_items (id),
        trade_in_id varchar(64) NOT NULL,
        change varchar(16) NOT NULL,
        previous_grade_id uuid REFERENCES grades (id),
        grade_id uuid NOT NULL REFERENCES grades (id),
        previous jsonb NOT NULL,
        current jsonb NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX stock_item_history_item_idx ON stock_item_history (stock_item_id, changed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS stock_item_history`);
    await q.query(`
      ALTER TABLE stock_items DROP COLUMN previous_grade_id, DROP COLUMN previous_sku, DROP COLUMN regraded_at,
        DROP COLUMN removal_reason, DROP COLUMN removed_at, DROP COLUMN status`);
  }
}
