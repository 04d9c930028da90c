import { Controller, Get, Inject, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, type Clock, CLOCK } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { isLeaseActive } from '../lease';
import { queueAge } from '../queue-age';
import { siteScope } from '../site-access';
import { ListQueueQuery } from './list-queue.dto';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QueueSchema } from './queue.schema';

interface QueueRow {
  id: string;
  trade_in_id: string;
  site_id: string;
  kind: string;
  claimed_by: string | null;
  lease_expires_at: Date | null;
  opened_at: Date;
  deadline_at: Date;
  excluded_technicians: string[];
  model_id: string | null;
  category: string | null;
}

/** The grading queue of a site, oldest first, with each job's age against its inspection deadline. */
@ApiTags('grading queue')
@ApiProblems(403)
@Controller('v1/queue')
export class ListQueueController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOkResponse({ type: QueueSchema })
  @ApiOperation({ summary: 'Open grading jobs at your site, oldest first' })
  @Roles('grader', 'ops')
  async list(@CurrentPrincipal() principal: Principal, @Query() q: ListQueueQuery): Promise<{ jobs: unknown[] }> {
    const site = siteScope(principal, q.siteId);
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT j.id, j.trade_in_id, j.site_id, j.kind, j.claimed_by, j.lease_expires_at, j.opened_at, j.deadline_at,
              j.excluded_technicians, d.model_id, d.category
         FROM grading_jobs j LEFT JOIN devices d ON d.trade_in_id = j.trade_in_id
        WHERE j.status = 'OPEN' AND ($1::varchar IS NULL OR j.site_id = $1)
        ORDER BY j.opened_at, j.id LIMIT $2`,
      [site ?? null, q.limit ?? 50],
    );
    const now = this.clock.now();
    return {
      jobs: rows.map((r) => {
        const lease = { claimedBy: r.claimed_by, leaseExpiresAt: r.lease_expires_at };
        const claimed = isLeaseActive(lease, now);
        return {
          jobId: r.id,
          tradeInId: r.trade_in_id,
          siteId: r.site_id,
          kind: r.kind,
          device: { modelId: r.model_id, category: r.category },
          openedAt: r.opened_at.toISOString(),
          deadlineAt: r.deadline_at.toISOString(),
          ...queueAge(r.opened_at, r.deadline_at, now),
          claimedBy: claimed ? r.claimed_by : null,
          leaseExpiresAt: claimed ? (r.lease_expires_at?.toISOString() ?? null) : null,
          // Tells the grader up front that this regrade is not theirs to take.
          claimableByMe: !r.excluded_technicians.includes(principal.subject) && (!claimed || r.claimed_by === principal.subject),
        };
      }),
    };
  }
}
