import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Every change to a partner API key (revoked, rotated, or edited by hand in psql) notifies
 * `partner_api_key_changed` with the key id when its transaction commits: each quote-service replica
 * caches key lookups (issue 15) and drops its cache on that notification, so a revoked key stops
 * working everywhere at once, whichever path revoked it.
 */
export class ApiKeyChangeNotify1764700000000 implements MigrationInterface {
  name = 'ApiKeyChangeNotify1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION partner_api_key_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('partner_api_key_changed', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER partner_api_key_changed AFTER UPDATE OR DELETE ON partner_api_key
      FOR EACH ROW EXECUTE FUNCTION partner_api_key_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER partner_api_key_changed ON partner_api_key');
    await q.query('DROP FUNCTION partner_api_key_changed()');
  }
}
