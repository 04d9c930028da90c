import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { type Grade } from '../../grade-record/grade.entity';
import { skuFor } from '../sku';
import { STOCKABLE_DISPOSITIONS } from '../stock-eligibility';
import { type StockChange, StockItemHistory, type StockSnapshot } from '../stock-item-history.entity';
import { StockItem } from '../stock-item.entity';

export function stockSnapshot(item: StockItem): StockSnapshot {
  return {
    status: item.status,
    sku: item.sku,
    marketplaceGrade: item.marketplaceGrade,
    cosmeticGrade: item.cosmeticGrade,
    disposition: item.disposition,
    partsNeeded: item.partsNeeded,
  };
}

/** Appends one row to the item's history; the item already holds its new values. */
export async function recordStockChange(
  manager: EntityManager,
  item: StockItem,
  change: StockChange,
  previous: StockSnapshot,
  previousGradeId: string | null,
  now: Date,
): Promise<void> {
  await manager.getRepository(StockItemHistory).insert({
    id: randomUUID(),
    stockItemId: item.id,
    tradeInId: item.tradeInId,
    change,
    previousGradeId,
    gradeId: item.gradeId,
    previous,
    current: stockSnapshot(item),
    changedAt: now,
  });
}

/**
 * A regrade (appeal or reinspection) of a device that is already sellable stock: the item takes the new grade's
 * cosmetic grade, marketplace grade, SKU, disposition and parts, in the grade's transaction, so it is never sold
 * under a grade a second technician disagreed with. A new disposition that is not stockable (RECYCLE, QUARANTINE)
 * takes it out of sellable stock with that reason. The old values stay in stock_item_history (and previous_sku).
 * Stock items have no sold/shipped state in this service: an item that is not IN_STOCK (already removed) is left
 * to releaseToStock, which puts it back if the new grade allows it. The caller holds the device row lock.
 */
export async function restateStockOnRegrade(manager: EntityManager, grade: Grade, now: Date): Promise<StockChange | null> {
  if (!grade.regrade) return null;
  const repo = manager.getRepository(StockItem);
  const item = await repo.findOneBy({ tradeInId: grade.tradeInId });
  if (!item || item.status !== 'IN_STOCK' || item.gradeId === grade.id) return null;

  const previous = stockSnapshot(item);
  const previousGradeId = item.gradeId;
  const stockable = STOCKABLE_DISPOSITIONS.includes(grade.disposition);
  const change: StockChange = stockable ? 'REGRADED' : 'REMOVED';
  Object.assign(item, {
    gradeId: grade.id,
    sku: skuFor(grade.modelId, grade.variantId, grade.marketplaceGrade),
    modelId: grade.modelId,
    variantId: grade.variantId,
    category: grade.category,
    marketplaceGrade: grade.marketplaceGrade,
    cosmeticGrade: grade.cosmeticGrade,
    disposition: grade.disposition,
    partsNeeded: grade.partsNeeded,
    regradedAt: now,
    previousSku: previous.sku,
    previousGradeId,
    ...(stockable ? {} : { status: 'REMOVED', removedAt: now, removalReason: `REGRADED_${grade.disposition}` }),
  } satisfies Partial<StockItem>);
  await repo.save(item);
  await recordStockChange(manager, item, change, previous, previousGradeId, now);
  return change;
}
