import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A new price table (uploaded on any replica, or written by hand in psql) notifies `price_table_changed` when its
 * transaction commits: each quote-service replica keeps the current version and its catalog answers in memory
 * (issue 15) and drops them on that notification.
 */
export class PriceTableChangeNotify1765200000000 implements MigrationInterface {
  name = 'PriceTableChangeNotify1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION price_table_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('price_table_changed', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER price_table_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON price_table
      FOR EACH STATEMENT EXECUTE FUNCTION price_table_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER price_table_changed ON price_table');
    await q.query('DROP FUNCTION price_table_changed()');
  }
}
