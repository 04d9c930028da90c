import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A dead letter's refusal code and whether it was permanent (dead-lettered at once, ADR 0015), as in its headers. */
export class DeadLetterCode1765000000001 implements MigrationInterface {
  name = 'DeadLetterCode1765000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE messaging_dead_letter ADD COLUMN code text, ADD COLUMN permanent boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE messaging_dead_letter DROP COLUMN permanent, DROP COLUMN code');
  }
}
