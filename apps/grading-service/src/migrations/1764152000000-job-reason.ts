import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Why a job was opened when it is not the first inspection: an appeal's reason or an ops reinspection's. */
export class JobReason1764152000000 implements MigrationInterface {
  name = 'JobReason1764152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grading_jobs ADD COLUMN reason varchar(1000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grading_jobs DROP COLUMN reason`);
  }
}
