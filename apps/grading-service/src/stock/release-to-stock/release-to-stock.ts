import { randomUUID } from 'node:crypto';
import { type StockAddedPayload } from '@tradein/contracts';
import { type EntityManager } from 'typeorm';
import { DeviceRecord } from '../../devices/device-record.entity';
import { ErasureCertificate } from '../../erasure/erasure-certificate.entity';
import { erasureOutcome } from '../../erasure/erasure-outcome';
import { Grade } from '../../grade-record/grade.entity';
import { gradingMetrics } from '../../shared/grading.metrics';
import { recordStockChange, stockSnapshot } from '../restate-on-regrade/restate-stock-item';
import { skuFor } from '../sku';
import { StockItem } from '../stock-item.entity';
import { type StockVerdict, stockVerdict } from '../stock-eligibility';

export type EmitStockAdded = (payload: StockAddedPayload, partnerId: string) => Promise<void>;

/**
 * Puts the device into refurbishable stock when every prerequisite holds (finalized, graded with no regrade
 * open, stockable disposition, verified erasure, not declined). Called whenever one of them may have just
 * become true — the grade, the finalization — so whichever arrives last releases the device.
 * The caller must hold the device row lock (upsertDevice) so two callers cannot both release it.
 */
export async function releaseToStock(manager: EntityManager, tradeInId: string, now: Date, emit: EmitStockAdded): Promise<StockVerdict> {
  const device = await manager.getRepository(DeviceRecord).findOneBy({ tradeInId });
  if (!device) return { release: false, wait: true, reason: 'NOT_GRADED' };
  const grade = device.currentGradeId ? await manager.getRepository(Grade).findOneBy({ id: device.currentGradeId }) : null;
  const certificates = await manager.getRepository(ErasureCertificate).findBy({ tradeInId });
  const [regrade]: Array<{ n: number }> = await manager.query(
    `SELECT count(*)::int AS n FROM grading_jobs WHERE trade_in_id = $1 AND status = 'OPEN' AND kind = 'REGRADE'`,
    [tradeInId],
  );
  // An item taken out of stock by a regrade (RECYCLE, QUARANTINE) may come back when a later grade allows it.
  const existing = await manager.getRepository(StockItem).findOneBy({ tradeInId });
  const stocked = existing?.status === 'IN_STOCK';
  const verdict = stockVerdict({
    finalized: device.finalizedAt !== null,
    declined: device.declinedAt !== null,
    graded: grade !== null,
    regradePending: (regrade?.n ?? 0) > 0,
    disposition: grade?.disposition ?? null,
    erasure: erasureOutcome(certificates),
    stocked,
  });
  if (!verdict.release || !grade) return verdict;

  const fields = {
    gradeId: grade.id,
    sku: skuFor(grade.modelId, grade.variantId, grade.marketplaceGrade),
    modelId: grade.modelId,
    variantId: grade.variantId,
    category: grade.category,
    marketplaceGrade: grade.marketplaceGrade,
    cosmeticGrade: grade.cosmeticGrade,
    siteId: grade.siteId,
    disposition: grade.disposition,
    partsNeeded: grade.partsNeeded,
    addedAt: now,
  };
  let item: StockItem;
  if (existing) {
    const previous = stockSnapshot(existing);
    const previousGradeId = existing.gradeId;
    item = Object.assign(existing, fields, {
      status: 'IN_STOCK' as const,
      removedAt: null,
      removalReason: null,
      ...(previousGradeId !== grade.id ? { regradedAt: now, previousSku: previous.sku, previousGradeId } : {}),
    });
    await manager.getRepository(StockItem).save(item);
    await recordStockChange(manager, item, 'RESTOCKED', previous, previousGradeId, now);
  } else {
    item = manager.getRepository(StockItem).create({ id: randomUUID(), tradeInId, ...fields });
    await manager.getRepository(StockItem).insert(item);
  }
  await emit(
    {
      stockItemId: item.id,
      sku: item.sku,
      siteId: item.siteId,
      disposition: item.disposition,
      partsNeeded: item.partsNeeded,
      marketplaceGrade: item.marketplaceGrade,
    },
    device.partnerId ?? 'unknown',
  );
  gradingMetrics.stockAdded.inc({ disposition: item.disposition });
  return verdict;
}
