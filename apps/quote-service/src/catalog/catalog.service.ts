import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type DeviceCategory } from '@tradein/contracts';
import { ConflictError } from '@tradein/service-runtime';
import { type CatalogModel } from './catalog.model';
import { CATALOG_SEED } from './seed/catalog.seed';
import { type CatalogQuery, searchCatalog } from './search-catalog';

/** The catalog itself ships with the service (reviewed like code); the TAC table grows in the database. */
@Injectable()
export class CatalogService {
  private readonly byId = new Map(CATALOG_SEED.map((m) => [m.id, m]));

  constructor(private readonly dataSource: DataSource) {}

  all(): readonly CatalogModel[] {
    return CATALOG_SEED;
  }

  model(id: string): CatalogModel | undefined {
    return this.byId.get(id);
  }

  /** The shipped catalog alone: every query but a TAC one, which may need the ops-maintained table. */
  searchSeeded(query: Omit<CatalogQuery, 'tac'>): CatalogModel[] {
    return searchCatalog(CATALOG_SEED, query);
  }

  async search(query: CatalogQuery): Promise<CatalogModel[]> {
    const { tac, ...rest } = query;
    if (!tac) return this.searchSeeded(rest);
    const modelId = await this.modelForTac(tac);
    return modelId ? this.searchSeeded(rest).filter((m) => m.id === modelId) : [];
  }

  /** Seeded TACs first, then the ops-maintained table. */
  async modelForTac(tac: string): Promise<string | undefined> {
    const seeded = CATALOG_SEED.find((m) => m.tacCodes.includes(tac));
    if (seeded) return seeded.id;
    const rows: Array<{ model_id: string }> = await this.dataSource.query('SELECT model_id FROM tac_code WHERE tac = $1', [tac]);
    return rows[0]?.model_id;
  }

  async addTac(tac: string, modelId: string): Promise<{ tac: string; modelId: string }> {
    const inserted: unknown[] = await this.dataSource.query(
      'INSERT INTO tac_code (tac, model_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING tac',
      [tac, modelId],
    );
    if (!inserted.length || CATALOG_SEED.some((m) => m.tacCodes.includes(tac)))
      throw new ConflictError('TAC_EXISTS', `TAC ${tac} is already mapped`);
    return { tac, modelId };
  }

  countByCategory(category: DeviceCategory): number {
    return CATALOG_SEED.filter((m) => m.category === category).length;
  }
}
