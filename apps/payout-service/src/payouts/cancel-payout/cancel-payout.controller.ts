import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { OpsActionDto } from '../ops-action.dto';
import { toPayoutViews, type PayoutView } from '../payout-view';
import { CancelPayout } from './cancel-payout.service';
import { PayoutViewSchema } from '../payout-view.schema';

@ApiTags('payouts')
@ApiProblems(403)
@Controller('v1/payouts')
@Roles('ops')
export class CancelPayoutController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cancelPayout: CancelPayout,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/cancel')
  @ApiOperation({ summary: 'Cancel a payout that is not paid (ops): its ledger entry is reversed' })
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: PayoutViewSchema })
  @HttpCode(200)
  async cancel(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: OpsActionDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<PayoutView> {
    return this.dataSource.transaction(async (manager) => {
      const payout = await this.cancelPayout.execute(manager, id, 'CANCEL', p.subject, dto.reason);
      return (await toPayoutViews(manager, [payout], this.clock.now()))[0];
    });
  }
}
