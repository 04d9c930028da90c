import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Listed by each service that takes evidence uploads (intake, grading), in its own database. */
export class EvidenceObjects1764900000000 implements MigrationInterface {
  name = 'EvidenceObjects1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evidence_object (
        sha256 char(64) PRIMARY KEY,
        object_key text NOT NULL,
        content_type varchar(32) NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        uploaded_by varchar(128) NOT NULL,
        uploaded_for varchar(128) NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE evidence_object');
  }
}
