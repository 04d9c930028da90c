import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@tradein/auth';
import { CLOCK, type Clock, ConflictError, NotFoundError } from '@tradein/service-runtime';
import { type EntityManager } from 'typeorm';
import { GradingJob } from './grading-job.entity';
import { isLeaseHeldBy } from './lease';
import { canActAtSite } from './site-access';

/**
 * Loads a job as a principal may see it. Another site's job answers 404, exactly like a missing one,
 * so a grader cannot even learn which devices other sites hold.
 */
@Injectable()
export class JobAccess {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async visible(manager: EntityManager, principal: Principal, jobId: string, lock = false): Promise<GradingJob> {
    const job = await manager
      .getRepository(GradingJob)
      .findOne({ where: { id: jobId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!job || !canActAtSite(principal, job.siteId)) throw new NotFoundError('grading job', jobId);
    return job;
  }

  /** The job, locked for this transaction, provided it is open and the caller's lease on it is live. */
  async withLease(manager: EntityManager, principal: Principal, jobId: string): Promise<GradingJob> {
    const job = await this.visible(manager, principal, jobId, true);
    if (job.status !== 'OPEN') throw new ConflictError('JOB_CLOSED', `grading job ${jobId} is ${job.status}`);
    if (!isLeaseHeldBy(job, principal.subject, this.clock.now())) {
      throw new ConflictError('LEASE_NOT_HELD', `claim grading job ${jobId} first (your lease is missing or expired)`);
    }
    return job;
  }
}
