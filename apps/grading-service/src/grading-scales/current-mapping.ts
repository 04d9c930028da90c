import { type EntityManager } from 'typeorm';
import { DEFAULT_MARKETPLACE_GRADE_MAPPING, type MarketplaceGradeMapping } from './marketplace-grade-mapping';
import { MarketplaceGradeMappingRecord } from './marketplace-grade-mapping.entity';

/** The mapping in force: the highest published version (the migration seeds version 1). */
export async function currentMapping(manager: EntityManager): Promise<MarketplaceGradeMapping> {
  const [latest] = await manager.getRepository(MarketplaceGradeMappingRecord).find({ order: { version: 'DESC' }, take: 1 });
  return latest ? { version: latest.version, grades: latest.grades } : DEFAULT_MARKETPLACE_GRADE_MAPPING;
}
