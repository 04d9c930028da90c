import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@tradein/auth';
import { DeviceGraded, StockAdded } from '@tradein/contracts';
import { newEvent, OutboxWriter } from '@tradein/messaging';
import { CLOCK, type Clock, ConflictError } from '@tradein/service-runtime';
import { DataSource, type EntityManager } from 'typeorm';
import { Appeal } from '../../appeals/appeal.entity';
import { openRegradeForPendingAppeals } from '../../appeals/open-regrade/open-regrade';
import { GradingConfig } from '../../config/grading.config';
import { dispositionPolicyFrom } from '../../disposition/disposition-policy';
import { type DeviceRecord } from '../../devices/device-record.entity';
import { upsertDevice } from '../../devices/upsert-device';
import { ErasureCertificate } from '../../erasure/erasure-certificate.entity';
import { gradingMetrics } from '../../shared/grading.metrics';
import { erasureOutcome } from '../../erasure/erasure-outcome';
import { currentMapping } from '../../grading-scales/current-mapping';
import { Inspection } from '../../inspection/inspection.entity';
import { JobAccess } from '../../queue/job-access.service';
import { type GradingJob } from '../../queue/grading-job.entity';
import { releaseToStock } from '../../stock/release-to-stock/release-to-stock';
import { restateStockOnRegrade } from '../../stock/restate-on-regrade/restate-stock-item';
import { deviceGradedPayload } from '../device-graded-payload';
import { gradeDevice } from '../grade-device';
import { Grade } from '../../grade-record/grade.entity';
import { gradeView } from '../grade-view';

/**
 * Turns the inspection and erasure certificates of a claimed job into a grade, in one transaction with
 * tradein.device.graded (outbox): the job closes, the device's current grade moves, an appeal that was
 * waiting for this grade opens its regrade, a stocked device's stock item takes the regrade (or leaves sellable
 * stock), and the device enters stock if it was already finalized.
 */
@Injectable()
export class CompleteGradeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: JobAccess,
    private readonly config: GradingConfig,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async complete(principal: Principal, jobId: string): Promise<Record<string, unknown>> {
    const grade = await this.dataSource.transaction(async (manager) => {
      const job = await this.access.withLease(manager, principal, jobId);
      const device = await upsertDevice(manager, job.tradeInId, {});
      if (!device.category || !device.modelId) {
        throw new ConflictError('DEVICE_DETAILS_PENDING', `the receipt of trade-in ${job.tradeInId} has not reached grading yet`);
      }
      const inspection = await manager.getRepository(Inspection).findOneBy({ jobId: job.id });
      if (!inspection)
        throw new ConflictError('INSPECTION_REQUIRED', 'record the inspection (PUT /v1/jobs/{jobId}/inspection) before grading');
      if (inspection.technicianId !== principal.subject) {
        throw new ConflictError('INSPECTION_BY_ANOTHER_TECHNICIAN', 'the grade must rest on your own inspection: submit it again');
      }
      const certificates = await manager.getRepository(ErasureCertificate).findBy({ tradeInId: job.tradeInId });
      if (!certificates.length) {
        throw new ConflictError(
          'ERASURE_REQUIRED',
          'record an erasure certificate (NIST SP 800-88) for each storage medium before grading',
        );
      }
      const saved = await this.saveGrade(manager, job, device, inspection, certificates, principal.subject);
      await this.afterGrade(manager, job, device, saved);
      return saved;
    });
    // Counted once committed, so a rolled-back attempt does not inflate throughput.
    gradingMetrics.grades.inc({ disposition: grade.disposition, regrade: String(grade.regrade) });
    return gradeView(grade);
  }

  private async saveGrade(
    manager: EntityManager,
    job: GradingJob,
    device: DeviceRecord,
    inspection: Inspection,
    certificates: ErasureCertificate[],
    technicianId: string,
  ): Promise<Grade> {
    const erasure = erasureOutcome(certificates);
    const mapping = await currentMapping(manager);
    const outcome = gradeDevice(
      {
        category: inspection.category,
        checks: inspection.checks,
        cosmeticGrade: inspection.cosmeticGrade,
        missingAccessories: inspection.missingAccessories,
        locked: inspection.activationLock || inspection.mdmEnrolled,
        blockListed: device.blockListStatus === 'BLOCKED',
        erasure,
      },
      mapping,
      dispositionPolicyFrom(this.config),
    );
    const now = this.clock.now();
    const grade = manager.getRepository(Grade).create({
      id: randomUUID(),
      tradeInId: job.tradeInId,
      jobId: job.id,
      siteId: job.siteId,
      technicianId,
      regrade: job.kind === 'REGRADE',
      supersedesGradeId: job.kind === 'REGRADE' ? device.currentGradeId : null,
      appealId: job.appealId,
      category: inspection.category,
      modelId: device.modelId ?? '',
      variantId: device.variantId,
      cosmeticGrade: outcome.cosmeticGrade,
      functionalGrade: outcome.functionalGrade,
      r2Functional: outcome.r2Functional,
      r2Cosmetic: outcome.r2Cosmetic,
      batteryHealthPercent: outcome.batteryHealthPercent ?? null,
      locked: inspection.activationLock || inspection.mdmEnrolled,
      missingAccessories: inspection.missingAccessories,
      defects: inspection.defects,
      evidence: inspection.evidence,
      checks: inspection.checks,
      failedChecks: outcome.failedChecks,
      disposition: outcome.disposition,
      partsNeeded: outcome.partsNeeded,
      dispositionReasons: outcome.dispositionReasons,
      marketplaceGrade: outcome.marketplaceGrade,
      marketplaceMappingVersion: outcome.marketplaceMappingVersion,
      gradingStandardVersion: outcome.gradingStandardVersion,
      checklistVersion: outcome.checklistVersion,
      dispositionPolicyVersion: outcome.dispositionPolicyVersion,
      erasureOutcome: erasure,
      identifier:
        inspection.evidence[0]?.boundTo ?? (inspection.imeiRead ? `IMEI:${inspection.imeiRead}` : `SN:${inspection.serialRead ?? ''}`),
      gradedAt: now,
    });
    await manager.getRepository(Grade).insert(grade);
    await manager.query(`UPDATE grading_jobs SET status = 'DONE', completed_at = $2, grade_id = $3 WHERE id = $1`, [job.id, now, grade.id]);
    await manager.query(`UPDATE devices SET current_grade_id = $2, updated_at = now() WHERE trade_in_id = $1`, [job.tradeInId, grade.id]);
    if (job.kind === 'REGRADE') {
      await manager.getRepository(Appeal).update({ jobId: job.id }, { status: 'REGRADED' });
    }
    return grade;
  }

  private async afterGrade(manager: EntityManager, job: GradingJob, device: DeviceRecord, grade: Grade): Promise<void> {
    const ids = { tradeInId: job.tradeInId, partnerId: device.partnerId ?? 'unknown', correlationId: device.correlationId ?? undefined };
    await this.outbox.append(manager, newEvent(DeviceGraded, ids, deviceGradedPayload(grade)));
    await openRegradeForPendingAppeals(manager, job.tradeInId, this.config.GRADING_INSPECTION_HOURS, this.clock.now());
    // A regrade of a device already in stock restates (or removes) its stock item with the grade.
    await restateStockOnRegrade(manager, grade, this.clock.now());
    await releaseToStock(manager, job.tradeInId, this.clock.now(), async (payload) => {
      await this.outbox.append(manager, newEvent(StockAdded, ids, payload));
    });
  }
}
