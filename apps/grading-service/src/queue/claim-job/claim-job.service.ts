import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@tradein/auth';
import { CLOCK, type Clock, ConflictError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { GradingConfig } from '../../config/grading.config';
import { returnedRows } from '../../database/updated-rows';
import { JobAccess } from '../job-access';
import { claimVerdict, leaseExpiry } from '../lease';

export interface ClaimResult {
  jobId: string;
  tradeInId: string;
  claimedBy: string;
  leaseExpiresAt: string;
}

/**
 * Claims (or renews) the lease on a job with one conditional UPDATE: the row lock plus the re-checked
 * WHERE clause mean that of two graders racing, exactly one gets a row back. Time comes from the
 * injected clock, so lease expiry is testable.
 */
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
    const raw: unknown = await this.dataSource.query(
      `UPDATE grading_jobs SET claimed_by = $2, claimed_at = $3, lease_expires_at = $4
        WHERE id = $1 AND status = 'OPEN'
          AND (claimed_by IS NULL OR lease_expires_at <= $3 OR claimed_by = $2)
          AND NOT ($2 = ANY (excluded_technicians))
        RETURNING trade_in_id`,
      [jobId, principal.subject, now, expires],
    );
    const [row] = returnedRows<{ trade_in_id: string }>(raw);
    if (row) return { jobId, tradeInId: row.trade_in_id, claimedBy: principal.subject, leaseExpiresAt: expires.toISOString() };

    // Lost: say why, from the row as it is now.
    const current = await this.access.visible(this.dataSource.manager, principal, job.id);
    if (current.status !== 'OPEN') throw new ConflictError('JOB_CLOSED', `grading job ${jobId} is ${current.status}`);
    const verdict = claimVerdict(current, principal.subject, current.excludedTechnicians, now);
    if (verdict === 'EXCLUDED_TECHNICIAN') {
      throw new ConflictError('REGRADE_NEEDS_ANOTHER_TECHNICIAN', 'an appeal regrade must be done by a technician who has not graded this device');
    }
    throw new ConflictError('JOB_ALREADY_CLAIMED', `grading job ${jobId} is claimed by another technician until ${current.leaseExpiresAt?.toISOString()}`);
  }

  /** Gives the job back to the queue before the lease runs out. */
  async release(principal: Principal, jobId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.access.withLease(manager, principal, jobId);
      await manager.query(`UPDATE grading_jobs SET claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL WHERE id = $1`, [jobId]);
    });
  }
}
