import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { SEED_TAC_MODELS } from './1764150000001-seed-tac-models.data';

/** The first TAC → model rows, frozen beside this file; ops extend and correct them through the API afterwards. */
export class SeedTacModels1764150000001 implements MigrationInterface {
  name = 'SeedTacModels1764150000001';

  async up(q: QueryRunner): Promise<void> {
    for (const row of SEED_TAC_MODELS) {
      await q.query(
        `INSERT INTO tac_models (tac, model_id, brand, name, category, source, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'SEED', 'migration', now()) ON CONFLICT (tac) DO NOTHING`,
        [row.tac, row.modelId, row.brand, row.name, row.category],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM tac_models WHERE source = 'SEED'`);
  }
}
