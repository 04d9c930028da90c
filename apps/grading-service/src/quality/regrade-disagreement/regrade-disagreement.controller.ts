import { Controller, Get, Inject, Query } from '@nestjs/common';
import { Roles } from '@tradein/auth';
import { type CtiaCosmeticGrade } from '@tradein/contracts';
import { ApiProblems, type Clock, CLOCK } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { PeriodQuery, periodOf } from '../period.dto';
import { disagreementRate, type GradePair } from './regrade-disagreement';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegradeDisagreementSchema } from '../quality-report.schema';

/** How often an appeal regrade changed the grade, overall and per original technician. */
@ApiTags('quality reports')
@ApiProblems(403)
@Controller('v1/quality/regrade-disagreement')
export class RegradeDisagreementController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'How often an appeal regrade changed the grade, overall and per original technician' })
  @ApiOkResponse({ type: RegradeDisagreementSchema })
  @Roles('ops')
  async get(@Query() q: PeriodQuery): Promise<Record<string, unknown>> {
    const period = periodOf(q, this.clock.now());
    const rows: Array<{ original_technician: string; oc: CtiaCosmeticGrade; of: number; rc: CtiaCosmeticGrade; rf: number }> =
      await this.dataSource.query(
        `SELECT o.technician_id AS original_technician, o.cosmetic_grade AS oc, o.functional_grade AS "of",
              r.cosmetic_grade AS rc, r.functional_grade AS rf
         FROM grades r JOIN grades o ON o.id = r.supersedes_grade_id
        WHERE r.regrade AND r.graded_at >= $1 AND r.graded_at < $2 AND ($3::varchar IS NULL OR r.site_id = $3)`,
        [period.start, period.end, q.siteId ?? null],
      );
    const pair = (r: (typeof rows)[number]): GradePair => ({
      original: { cosmeticGrade: r.oc, functionalGrade: r.of },
      regrade: { cosmeticGrade: r.rc, functionalGrade: r.rf },
    });
    const technicians = [...new Set(rows.map((r) => r.original_technician))].sort();
    return {
      ...disagreementRate(rows.map(pair)),
      byOriginalTechnician: technicians.map((t) => ({
        technicianId: t,
        ...disagreementRate(rows.filter((r) => r.original_technician === t).map(pair)),
      })),
    };
  }
}
