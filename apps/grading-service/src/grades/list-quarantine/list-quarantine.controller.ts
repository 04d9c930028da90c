import { Controller, Get, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { DataSource } from 'typeorm';
import { ListQueueQuery } from '../../queue/list-queue/list-queue.dto';
import { siteScope } from '../../queue/site-access';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QuarantineListSchema } from './quarantine-list.schema';
import { ApiProblems } from '@tradein/service-runtime';

/** Devices whose current grade is QUARANTINE, with why, oldest first: the ops work queue for held devices. */
@ApiTags('grades')
@ApiProblems(403)
@Controller('v1/quarantine')
export class ListQuarantineController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Devices whose current grade is QUARANTINE, with why, oldest first' })
  @ApiOkResponse({ type: QuarantineListSchema })
  @Roles('grader', 'ops')
  async list(@CurrentPrincipal() principal: Principal, @Query() q: ListQueueQuery): Promise<{ devices: unknown[] }> {
    const site = siteScope(principal, q.siteId);
    const rows: Array<{
      trade_in_id: string;
      site_id: string;
      disposition_reasons: string[];
      graded_at: Date;
      technician_id: string;
      open_job: string | null;
    }> = await this.dataSource.query(
      `SELECT g.trade_in_id, g.site_id, g.disposition_reasons, g.graded_at, g.technician_id,
                (SELECT j.id FROM grading_jobs j WHERE j.trade_in_id = g.trade_in_id AND j.status = 'OPEN' LIMIT 1) AS open_job
           FROM devices d JOIN grades g ON g.id = d.current_grade_id
          WHERE g.disposition = 'QUARANTINE' AND d.declined_at IS NULL AND ($1::varchar IS NULL OR g.site_id = $1)
          ORDER BY g.graded_at LIMIT $2`,
      [site ?? null, q.limit ?? 50],
    );
    return {
      devices: rows.map((r) => ({
        tradeInId: r.trade_in_id,
        siteId: r.site_id,
        reasons: r.disposition_reasons,
        gradedAt: r.graded_at.toISOString(),
        technicianId: r.technician_id,
        reinspectionJobId: r.open_job,
      })),
    };
  }
}
