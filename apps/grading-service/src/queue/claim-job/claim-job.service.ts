import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@tradein/auth';
import { CLOCK, type Clock, ConflictError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { GradingConfig } from '../../config/grading.config';
import { gradingMetrics } from '../../shared/grading.metrics';
import { JobAccess } from '../job-access.service';
import { claimVerdict, leaseExpiry } from '../lease';
import { tryClaim } from './try-claim';

export interface ClaimResult {
  jobId: string;
  tradeInId: string;
  claimedBy: string;
  leaseExpiresAt: string;
}

/** Claims (or renews) the lease on a job (see tryClaim); time comes from the injected clock so expiry is testable. */
@Injectable()
export class ClaimJobService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: JobAccess,
    private readonly config: GradingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async claim(principal: Principal, jobId: string): Promise<ClaimResult> {
    const now = this.clock.now();
    const expires = leaseExpiry(now, this.config.GRADING_LEASE_SECONDS);
    const job = await this.access.visible(this.dataSource.manager, principal, jobId);
    const row = await tryClaim(this.dataSource.manager, jobId, principal.subject, now, expires);
    gradingMetrics.claims.inc({ outcome: row ? 'won' : 'refused' });
    if (row) return { jobId, tradeInId: row.tradeInId, claimedBy: principal.subject, leaseExpiresAt: expires.toISOString() };

    // Lost: say why, from the row as it is now.
    const current = await this.access.visible(this.dataSource.manager, principal, job.id);
    if (current.status !== 'OPEN') throw new ConflictError('JOB_CLOSED', `grading job ${jobId} is ${current.status}`);
    const verdict = claimVerdict(current, principal.subject, current.excludedTechnicians, now);
    if (verdict === 'EXCLUDED_TECHNICIAN') {
      throw new ConflictError(
        'REGRADE_NEEDS_ANOTHER_TECHNICIAN',
        'an appeal regrade must be done by a technician who has not graded this device',
      );
    }
    throw new ConflictError(
      'JOB_ALREADY_CLAIMED',
      `grading job ${jobId} is claimed by another technician until ${current.leaseExpiresAt?.toISOString()}`,
    );
  }

  /** Gives the job back to the queue before the lease runs out. */
  async release(principal: Principal, jobId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.access.withLease(manager, principal, jobId);
      await manager.query(`UPDATE grading_jobs SET claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL WHERE id = $1`, [jobId]);
    });
  }
}
