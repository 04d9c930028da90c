import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock, ConflictError, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { GradingConfig } from '../../config/grading.config';
import { upsertDevice } from '../../devices/upsert-device';
import { openJob } from '../../queue/open-job/open-job';
import { Grade } from '../../grade-record/grade.entity';
import { ReinspectDto } from './reinspect.dto';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReinspectionSchema } from '../passport/passport.schema';

const TRADE_IN_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Ops reopen a quarantined device for a retest (a lock the customer has since removed, an erasure to redo),
 * instead of forfeiting it. Any technician may take it; the new grade replaces the old one (regrade) and both
 * stay in the passport.
 */
@ApiTags('grades')
@ApiProblems(403)
@Controller('v1/devices')
export class ReinspectController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: GradingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':tradeInId/reinspections')
  @ApiOperation({ summary: 'Reopen a quarantined device for a retest (ops)' })
  @ApiProblems(404, 409)
  @ApiCreatedResponse({ type: ReinspectionSchema })
  @Roles('ops')
  async reinspect(@Param('tradeInId') tradeInId: string, @Body() dto: ReinspectDto): Promise<{ jobId: string; tradeInId: string }> {
    if (!TRADE_IN_ID.test(tradeInId)) throw new InvalidFieldError('tradeInId', 'must be 1-64 letters, digits, _ or -');
    return this.dataSource.transaction(async (manager) => {
      // Checked first: upsertDevice would create a row for an unknown id.
      const known: unknown[] = await manager.query(`SELECT 1 FROM devices WHERE trade_in_id = $1`, [tradeInId]);
      if (!known.length) throw new NotFoundError('device', tradeInId);
      const locked = await upsertDevice(manager, tradeInId, {});
      const current = locked.currentGradeId ? await manager.getRepository(Grade).findOneBy({ id: locked.currentGradeId }) : null;
      if (!current) throw new NotFoundError('graded device', tradeInId);
      if (current.disposition !== 'QUARANTINE') {
        throw new ConflictError(
          'NOT_QUARANTINED',
          `device ${tradeInId} is ${current.disposition}; only quarantined devices are reinspected (use an appeal to regrade)`,
        );
      }
      if (locked.declinedAt)
        throw new ConflictError('TRADE_IN_DECLINED', `trade-in ${tradeInId} was declined; the device goes back to the customer`);
      const { jobId, created } = await openJob(manager, {
        tradeInId,
        siteId: current.siteId,
        openedAt: this.clock.now(),
        inspectionHours: this.config.GRADING_INSPECTION_HOURS,
        kind: 'REGRADE',
        reason: `reinspection: ${dto.reason}`,
      });
      if (!created) throw new ConflictError('JOB_ALREADY_OPEN', `device ${tradeInId} already has an open job ${jobId}`);
      return { jobId, tradeInId };
    });
  }
}
