import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The audit of staff tokens issued through the ops API: who issued which role and binding to whom, never the token. */
export class StaffTokenIssuances1764950000000 implements MigrationInterface {
  name = 'StaffTokenIssuances1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_token_issuance (
        id uuid PRIMARY KEY,
        issued_by text NOT NULL,
        subject text NOT NULL,
        role text NOT NULL CHECK (role IN ('store_staff', 'grader', 'ops')),
        store_id text,
        site_id text,
        partner_id text REFERENCES partner (id),
        reason text,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CHECK (role <> 'store_staff' OR (store_id IS NOT NULL AND partner_id IS NOT NULL)),
        CHECK (role <> 'grader' OR site_id IS NOT NULL)
      )`);
    await q.query('CREATE INDEX staff_token_issuance_issued_at ON staff_token_issuance (issued_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE staff_token_issuance');
  }
}
