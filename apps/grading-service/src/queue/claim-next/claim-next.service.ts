import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@tradein/auth';
import { CLOCK, type Clock, NotFoundError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { GradingConfig } from '../../config/grading.config';
import { gradingMetrics } from '../../shared/grading.metrics';
import { type ClaimResult } from '../claim-job/claim-job.service';
import { leaseExpiry } from '../lease';
import { siteScope } from '../site-access';

/**
 * "Give me the next device": the oldest claimable job at the grader's site. FOR UPDATE SKIP LOCKED makes
 * graders asking at the same moment take different jobs instead of queueing behind one row.
 */
@Injectable()
export class ClaimNextService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: GradingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async claimNext(principal: Principal, requestedSite?: string): Promise<ClaimResult> {
    const site = siteScope(principal, requestedSite);
    const now = this.clock.now();
    const expires = leaseExpiry(now, this.config.GRADING_LEASE_SECONDS);
    const claimed = await this.dataSource.transaction(async (manager) => {
      const [job]: Array<{ id: string; trade_in_id: string }> = await manager.query(
        `SELECT id, trade_in_id FROM grading_jobs
          WHERE status = 'OPEN' AND ($1::varchar IS NULL OR site_id = $1)
            AND (claimed_by IS NULL OR lease_expires_at <= $2)
            AND NOT ($3 = ANY (excluded_technicians))
          ORDER BY opened_at, id
          LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [site ?? null, now, principal.subject],
      );
      if (!job) return null;
      await manager.query(`UPDATE grading_jobs SET claimed_by = $2, claimed_at = $3, lease_expires_at = $4 WHERE id = $1`, [
        job.id,
        principal.subject,
        now,
        expires,
      ]);
      return job;
    });
    gradingMetrics.claims.inc({ outcome: claimed ? 'won' : 'queue_empty' });
    if (!claimed) throw new NotFoundError('claimable grading job at site', site ?? 'any');
    return { jobId: claimed.id, tradeInId: claimed.trade_in_id, claimedBy: principal.subject, leaseExpiresAt: expires.toISOString() };
  }
}
