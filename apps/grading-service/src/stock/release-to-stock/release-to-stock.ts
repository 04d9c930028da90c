import { randomUUID } from 'node:crypto';
import { type StockAddedPayload } from '@tradein/contracts';
import { type EntityManager } from 'typeorm';
import { DeviceRecord } from '../../devices/device-record.entity';
import { ErasureCertificate } from '../../erasure/erasure-certificate.entity';
import { erasureOutcome } from '../../erasure/erasure-outcome';
import { Grade } from '../../grades/grade.entity';
import { gradingMetrics } from '../../grading.metrics';
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
    `SELECT count(*)::int AS n FROM grading_jobs WHERE trade_in_id = $1 AND status = 'OPEN' AND kind = 'REGRADE'`, [tradeInId],
  );
  const stocked = await manager.getRepository(StockItem).existsBy({ tradeInId });
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

  const item = manager.getRepository(StockItem).create({
    id: randomUUID(), tradeInId, gradeId: grade.id,
    sku: skuFor(grade.modelId, grade.variantId, grade.marketplaceGrade),
    modelId: grade.modelId, variantId: grade.variantId, category: grade.category,
    marketplaceGrade: grade.marketplaceGrade, cosmeticGrade: grade.cosmeticGrade,
    siteId: grade.siteId, disposition: grade.disposition, partsNeeded: grade.partsNeeded, addedAt: now,
  });
  await manager.getRepository(StockItem).insert(item);
  await emit({
    stockItemId: item.id, sku: item.sku, siteId: item.siteId, disposition: item.disposition,
    partsNeeded: item.partsNeeded, marketplaceGrade: item.marketplaceGrade,
  }, device.partnerId ?? 'unknown');
  gradingMetrics.stockAdded.inc({ disposition: item.disposition });
  return verdict;
}
