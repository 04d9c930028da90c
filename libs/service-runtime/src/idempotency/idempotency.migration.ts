import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class IdempotencyTable1764000000001 implements MigrationInterface {
  name = 'IdempotencyTable1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_record (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status_code int NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_record');
  }
}
