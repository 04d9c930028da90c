import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { OpsActionDto } from '../ops-action.dto';
import { lockForOps, recordAudit } from '../ops-transition';
import { toPayoutViews, type PayoutView } from '../payout-view';
import { PayoutEntity } from '../payout.entity';
import { PayoutViewSchema } from '../payout-view.schema';

/** A FAILED payout goes back to the worker: a new attempt under a new idempotency key (the last one definitely failed). */
@ApiTags('payouts')
@ApiProblems(403)
@Controller('v1/payouts')
@Roles('ops')
export class RetryPayoutController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/retry')
  @ApiOperation({ summary: 'Retry a FAILED payout under a new provider idempotency key (ops)' })
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: PayoutViewSchema })
  @HttpCode(200)
  async retry(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: OpsActionDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<PayoutView> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const payout = await lockForOps(manager, id, 'RETRY', ['FAILED']);
      await recordAudit(manager, payout, 'RETRY', p.subject, dto.reason, 'PENDING', now);
      await manager.update(PayoutEntity, { id }, { status: 'PENDING', nextAttemptAt: now, updatedAt: now });
      return (await toPayoutViews(manager, [{ ...payout, status: 'PENDING', nextAttemptAt: now }], now))[0];
    });
  }
}
