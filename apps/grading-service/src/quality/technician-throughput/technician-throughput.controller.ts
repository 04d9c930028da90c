import { Controller, Get, Inject, Query } from '@nestjs/common';
import { Roles } from '@tradein/auth';
import { ApiProblems, type Clock, CLOCK } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { PeriodQuery, periodOf } from '../period.dto';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TechnicianThroughputSchema } from '../quality-report.schema';

/** Inspections (grades made) per technician per UTC day. */
@ApiTags('quality reports')
@ApiProblems(403)
@Controller('v1/quality/inspections-per-technician')
export class TechnicianThroughputController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Inspections per technician per UTC day' })
  @ApiOkResponse({ type: TechnicianThroughputSchema })
  @Roles('ops')
  async get(@Query() q: PeriodQuery): Promise<Record<string, unknown>> {
    const period = periodOf(q, this.clock.now());
    const rows: Array<{ technician_id: string; day: string; inspections: number }> = await this.dataSource.query(
      `SELECT technician_id, to_char(graded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS inspections
         FROM grades WHERE graded_at >= $1 AND graded_at < $2 AND ($3::varchar IS NULL OR site_id = $3)
        GROUP BY technician_id, day ORDER BY day, technician_id`,
      [period.start, period.end, q.siteId ?? null],
    );
    return {
      from: period.start.toISOString().slice(0, 10),
      to: new Date(period.end.getTime() - 1).toISOString().slice(0, 10),
      rows: rows.map((r) => ({ technicianId: r.technician_id, day: r.day, inspections: r.inspections })),
    };
  }
}
