import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** When the trade-in's offer was finalized: intake's custody ends once the device is at a grading site. */
export class IntakeFinalizedAt1764150000002 implements MigrationInterface {
  name = 'IntakeFinalizedAt1764150000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake_cases ADD COLUMN finalized_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake_cases DROP COLUMN finalized_at`);
  }
}
