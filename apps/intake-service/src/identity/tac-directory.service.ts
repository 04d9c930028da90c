import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type DeviceCategory } from '@tradein/contracts';
import { TacModel, type TacSource } from './tac-model.entity';

/** The TAC → model table: lookups for identity checks, and learning TACs the catalog sends with quotes. */
@Injectable()
export class TacDirectory {
  async modelOf(manager: EntityManager, tac: string): Promise<TacModel | null> {
    return manager.getRepository(TacModel).findOneBy({ tac });
  }

  /**
   * Records a TAC quote-service named for a model, unless the table already knows the TAC: an ops or seed
   * row is more trustworthy than a quote, and a TAC never moves from one model to another silently.
   */
  async learnFromCatalog(manager: EntityManager, row: { tac: string; modelId: string; category: DeviceCategory }, at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TacModel)
      .values({
        tac: row.tac,
        modelId: row.modelId,
        brand: row.modelId.split('-')[0] ?? row.modelId,
        name: row.modelId,
        category: row.category,
        source: 'CATALOG' satisfies TacSource,
        updatedBy: 'quote-service',
        updatedAt: at,
      })
      .orIgnore()
      .execute();
  }
}
