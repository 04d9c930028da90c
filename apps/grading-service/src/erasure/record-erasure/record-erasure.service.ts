import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@tradein/auth';
import { CLOCK, type Clock, InvalidFieldError, withIdempotency } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { JobAccess } from '../../queue/job-access.service';
import { ErasureCertificate } from '../erasure-certificate.entity';
import { NIST_STANDARD } from '../erasure-outcome';
import { reportHash } from '../report-hash';
import { techniqueProblem } from '../sanitization-techniques';
import { type RecordErasureDto } from './record-erasure.dto';

export interface CertificateView {
  certificateId: string;
  tradeInId: string;
  mediumId: string;
  mediumType: string;
  standard: string;
  method: string;
  technique: string | null;
  tool: string;
  toolVersion: string;
  operatorId: string;
  verification: string;
  performedAt: string;
  reportSha256: string;
}

export function certificateView(c: ErasureCertificate): CertificateView {
  return {
    certificateId: c.id,
    tradeInId: c.tradeInId,
    mediumId: c.mediumId,
    mediumType: c.mediumType,
    standard: NIST_STANDARD,
    method: c.method,
    technique: c.technique,
    tool: c.tool,
    toolVersion: c.toolVersion,
    operatorId: c.operatorId,
    verification: c.verification,
    performedAt: c.performedAt.toISOString(),
    reportSha256: c.reportSha256,
  };
}

/** Issues an erasure certificate for one medium of a claimed device; the operator is the lease holder. */
@Injectable()
export class RecordErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: JobAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(
    principal: Principal,
    jobId: string,
    dto: RecordErasureDto,
    idempotencyKey?: string,
  ): Promise<{ status: number; body: CertificateView }> {
    const technique = techniqueProblem(dto.method, dto.technique);
    if (technique) throw new InvalidFieldError('technique', technique.slice('technique: '.length));
    const performedAt = new Date(dto.performedAt);
    if (performedAt.getTime() > this.clock.now().getTime()) throw new InvalidFieldError('performedAt', 'must not be in the future');

    const result = await withIdempotency(
      this.dataSource,
      { operation: `erasure:${jobId}`, principal },
      idempotencyKey,
      dto,
      async (manager) => {
        const job = await this.access.withLease(manager, principal, jobId);
        const cert = manager.getRepository(ErasureCertificate).create({
          id: randomUUID(),
          tradeInId: job.tradeInId,
          jobId: job.id,
          mediumId: dto.mediumId,
          mediumType: dto.mediumType,
          method: dto.method,
          technique: dto.technique ?? null,
          tool: dto.tool,
          toolVersion: dto.toolVersion,
          operatorId: principal.subject,
          verification: dto.verification,
          performedAt,
          reportSha256: reportHash(dto.report),
          recordedAt: this.clock.now(),
        });
        await manager.getRepository(ErasureCertificate).save(cert);
        return { status: 201, body: certificateView(cert) };
      },
    );
    return { status: result.status, body: result.body };
  }
}
