import { Controller, Get, Inject, Param } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, type Clock, CLOCK } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { DeviceRecord } from '../../devices/device-record.entity';
import { ErasureCertificate } from '../../erasure/erasure-certificate.entity';
import { certificateView } from '../../erasure/record-erasure/record-erasure.service';
import { checklistFor } from '../../inspection/checklists/checklists';
import { Inspection } from '../../inspection/inspection.entity';
import { JobAccess } from '../../queue/job-access.service';
import { JobIdPipe } from '../../queue/job-id.pipe';
import { isLeaseActive } from '../../queue/lease';
import { queueAge } from '../../queue/queue-age';
import { regradeContext } from './regrade-context';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobDetailSchema } from './job-detail.schema';

/**
 * One job with what the grader needs next: the device, its guided checklist, inspection and certificates so far;
 * for a regrade also the appeal's reason and the grade under appeal, and the job's own grade once given.
 */
@ApiTags('grading queue')
@ApiProblems(403)
@Controller('v1/jobs')
export class JobDetailController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: JobAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':jobId')
  @ApiOperation({ summary: 'One job with the device, its checklist, the inspection and certificates so far' })
  @ApiProblems(404)
  @ApiOkResponse({ type: JobDetailSchema })
  @Roles('grader', 'ops')
  async detail(@CurrentPrincipal() principal: Principal, @Param('jobId', JobIdPipe) jobId: string): Promise<Record<string, unknown>> {
    const m = this.dataSource.manager;
    const job = await this.access.visible(m, principal, jobId);
    const device = await m.getRepository(DeviceRecord).findOneBy({ tradeInId: job.tradeInId });
    const inspection = await m.getRepository(Inspection).findOneBy({ jobId });
    const certificates = await m.getRepository(ErasureCertificate).findBy({ tradeInId: job.tradeInId });
    const regrade = await regradeContext(m, job);
    const now = this.clock.now();
    const claimed = isLeaseActive(job, now);
    return {
      jobId: job.id,
      tradeInId: job.tradeInId,
      siteId: job.siteId,
      kind: job.kind,
      status: job.status,
      reason: job.reason,
      claimedBy: claimed ? job.claimedBy : null,
      leaseExpiresAt: claimed ? (job.leaseExpiresAt?.toISOString() ?? null) : null,
      openedAt: job.openedAt.toISOString(),
      deadlineAt: job.deadlineAt.toISOString(),
      ...queueAge(job.openedAt, job.deadlineAt, now),
      device: device
        ? {
            category: device.category,
            modelId: device.modelId,
            variantId: device.variantId,
            imei: device.imei,
            serialNumber: device.serialNumber,
          }
        : null,
      checklist: device?.category ? checklistFor(device.category) : null,
      inspection: inspection
        ? {
            technicianId: inspection.technicianId,
            cosmeticGrade: inspection.cosmeticGrade,
            checks: inspection.checks,
            inspectedAt: inspection.inspectedAt.toISOString(),
          }
        : null,
      erasureCertificates: certificates.map(certificateView),
      gradeId: job.gradeId,
      ...regrade,
    };
  }
}
