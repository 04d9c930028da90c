import { Controller, Get, Inject, Query } from '@nestjs/common';
import { Roles } from '@tradein/auth';
import { type CtiaCosmeticGrade } from '@tradein/contracts';
import { ApiProblems, type Clock, CLOCK } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { GradingConfig } from '../../config/grading.config';
import { type FailedCheck } from '../../inspection/functional-grade';
import { PeriodQuery, periodOf } from '../period.dto';
import { storeAccuracy } from './store-accuracy';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StoreAccuracyReportSchema } from '../quality-report.schema';

interface Row {
  store_id: string;
  declared_condition: Record<string, string> | null;
  store_checks: Record<string, string> | null;
  cosmetic_grade: CtiaCosmeticGrade;
  functional_grade: number;
  failed_checks: FailedCheck[];
  battery_health_percent: number | null;
  locked: boolean;
}

/**
 * Per store, the rate at which the condition it declared (store guided checks, quote answers) was better
 * than the first grade. The first grade counts, not an appeal regrade, because it is what the store is measured against.
 */
@ApiTags('quality reports')
@ApiProblems(403)
@Controller('v1/quality/store-accuracy')
export class StoreAccuracyController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: GradingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Per store, how often the declared condition was better than the first grade' })
  @ApiOkResponse({ type: StoreAccuracyReportSchema })
  @Roles('ops')
  async get(@Query() q: PeriodQuery): Promise<Record<string, unknown>> {
    const period = periodOf(q, this.clock.now());
    const rows: Row[] = await this.dataSource.query(
      `SELECT d.store_id, d.declared_condition, d.store_checks, g.cosmetic_grade, g.functional_grade, g.failed_checks,
              g.battery_health_percent, g.locked
         FROM grades g JOIN devices d ON d.trade_in_id = g.trade_in_id
        WHERE d.store_id IS NOT NULL AND NOT g.regrade AND g.graded_at >= $1 AND g.graded_at < $2
          AND ($3::varchar IS NULL OR g.site_id = $3)`,
      [period.start, period.end, q.siteId ?? null],
    );
    return {
      stores: storeAccuracy(
        rows.map((r) => ({
          storeId: r.store_id,
          declared: { questionnaire: r.declared_condition, storeChecks: r.store_checks },
          graded: {
            cosmeticGrade: r.cosmetic_grade,
            failedChecks: r.failed_checks,
            noPower: r.functional_grade === 9,
            batteryHealthPercent: r.battery_health_percent,
            locked: r.locked,
            displayFailed: r.failed_checks.some((f) => f.code.startsWith('DISPLAY')),
            minBatteryPercent: this.config.GRADING_MIN_BATTERY_PERCENT,
          },
        })),
      ),
    };
  }
}
