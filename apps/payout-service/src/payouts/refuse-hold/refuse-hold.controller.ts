import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { CancelPayout } from '../cancel-payout/cancel-payout.service';
import { OpsActionDto } from '../ops-action.dto';
import { toPayoutViews, type PayoutView } from '../payout-view';
import { PayoutViewSchema } from '../payout-view.schema';

/** Ops refuse a held payout (identity not verified, device really financed): it is cancelled and reversed. */
@ApiTags('holds')
@ApiProblems(403)
@Controller('v1/payouts')
@Roles('ops')
export class RefuseHoldController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cancelPayout: CancelPayout,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/refuse')
  @ApiOperation({ summary: 'Refuse a held payout (ops): cancelled and its ledger entry reversed' })
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: PayoutViewSchema })
  @HttpCode(200)
  async refuse(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: OpsActionDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<PayoutView> {
    return this.dataSource.transaction(async (manager) => {
      const payout = await this.cancelPayout.execute(manager, id, 'REFUSE', p.subject, dto.reason);
      return (await toPayoutViews(manager, [payout], this.clock.now()))[0];
    });
  }
}
