import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@tradein/auth';
import { EvidenceService } from '@tradein/evidence';
import { CLOCK, type Clock, ConflictError, type FieldProblem, ValidationFailedError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { GradingConfig } from '../../config/grading.config';
import { bindEvidence } from '../../device-identity/evidence-binding';
import { bindingIdentifier, identityProblems } from '../../device-identity/identity-match';
import { DeviceRecord } from '../../devices/device-record.entity';
import { JobAccess } from '../../queue/job-access.service';
import { checklistFor } from '../checklists/checklists';
import { defectProblems } from '../defect-codes';
import { assessFunctional } from '../functional-grade';
import { Inspection } from '../inspection.entity';
import { asCheckResults, checkResultProblems } from '../validate-check-results';
import { type SubmitInspectionDto } from './submit-inspection.dto';

function toFieldProblems(lines: string[]): FieldProblem[] {
  return lines.map((line) => {
    const i = line.indexOf(': ');
    return { field: line.slice(0, i), reason: line.slice(i + 2) };
  });
}

/**
 * Records the guided inspection of a claimed job. Everything is checked before anything is written:
 * complete checklist, defects consistent with the CTIA cosmetic grade, identity matching the receipt.
 */
@Injectable()
export class SubmitInspectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: JobAccess,
    private readonly config: GradingConfig,
    private readonly evidence: EvidenceService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async submit(principal: Principal, jobId: string, dto: SubmitInspectionDto): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (manager) => {
      const job = await this.access.withLease(manager, principal, jobId);
      const device = await manager.getRepository(DeviceRecord).findOneBy({ tradeInId: job.tradeInId });
      if (!device?.category) {
        throw new ConflictError(
          'DEVICE_DETAILS_PENDING',
          `the receipt of trade-in ${job.tradeInId} has not reached grading yet; retry shortly`,
        );
      }
      const checklist = checklistFor(device.category);
      const problems = [
        ...identityProblems(dto.identityRead, { imei: device.imei, serialNumber: device.serialNumber }),
        ...checkResultProblems(checklist, dto.checks),
        ...defectProblems(dto.cosmeticGrade, dto.defects),
      ];
      if (problems.length) throw new ValidationFailedError(toFieldProblems(problems));
      // Each photo must have been uploaded here (POST /v1/evidence) and be the bytes its hash says.
      await this.evidence.requireUploaded(
        manager,
        dto.evidence.map((e, i) => ({
          field: `evidence[${i}].ref`,
          ref: e.ref,
          sha256: e.sha256,
          sha256Field: `evidence[${i}].sha256`,
        })),
      );

      const identifier = bindingIdentifier(dto.identityRead);
      const inspection = manager.getRepository(Inspection).create({
        jobId: job.id,
        tradeInId: job.tradeInId,
        technicianId: principal.subject,
        category: device.category,
        checklistVersion: checklist.version,
        checks: asCheckResults(dto.checks),
        cosmeticGrade: dto.cosmeticGrade,
        defects: dto.defects.map((d) => (d.note ? { code: d.code, note: d.note } : { code: d.code })),
        missingAccessories: dto.missingAccessories,
        evidence: dto.evidence.map((e) => bindEvidence(identifier, { ref: e.ref, sha256: e.sha256, kind: e.kind })),
        imeiRead: dto.identityRead.imei ?? null,
        serialRead: dto.identityRead.serialNumber ?? null,
        activationLock: dto.locks.activationLock,
        mdmEnrolled: dto.locks.mdmEnrolled,
        inspectedAt: this.clock.now(),
      });
      await manager.getRepository(Inspection).save(inspection);
      const functional = assessFunctional(checklist, inspection.checks, this.config.GRADING_MIN_BATTERY_PERCENT);
      return {
        jobId: job.id,
        tradeInId: job.tradeInId,
        checklistVersion: checklist.version,
        boundTo: identifier,
        functionalGrade: functional.functionalGrade,
        failedChecks: functional.failedChecks,
        cosmeticGrade: inspection.cosmeticGrade,
      };
    });
  }
}
