import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock } from '@tradein/service-runtime';
import { DataSource, In, LessThan } from 'typeorm';
import { OPEN_PAYOUT_STATUSES } from '../payout-status';
import { payoutScope } from '../payout-scope';
import { toPayoutViews, type PayoutView } from '../payout-view';
import { PayoutEntity } from '../payout.entity';
import { PayoutViewSchema } from '../payout-view.schema';
import { ListPayoutsQuery } from './list-payouts.dto';

/**
 * The ops work queues (held payouts with their reasons, failed ones, the overdue list); partners and
 * their stores list only their own payouts, e.g. to follow one trade-in.
 */
@ApiTags('payouts')
@ApiProblems(403)
@Controller('v1/payouts')
export class ListPayoutsController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: "List payouts (a partner sees its own, store staff their store's)" })
  @ApiOkResponse({ type: [PayoutViewSchema] })
  @Roles('ops', 'partner', 'store_staff')
  async list(@Query() q: ListPayoutsQuery, @CurrentPrincipal() principal: Principal): Promise<PayoutView[]> {
    const payouts = await this.dataSource.manager.find(PayoutEntity, {
      where: { ...(q.status ? { status: q.status } : {}), ...(q.tradeInId ? { tradeInId: q.tradeInId } : {}), ...payoutScope(principal) },
      order: { finalizedAt: 'ASC', id: 'ASC' },
      take: q.limit,
    });
    return toPayoutViews(this.dataSource.manager, payouts, this.clock.now());
  }

  /** docs/design/ARCHITECTURE.md: payout within 2 business days of finalization; everything open past due_at. */
  @Get('overdue')
  @ApiOperation({ summary: 'Payouts still open past their due time (2 business days after finalization)' })
  @ApiOkResponse({ type: [PayoutViewSchema] })
  @Roles('ops')
  async overdue(@Query() q: ListPayoutsQuery): Promise<PayoutView[]> {
    const now = this.clock.now();
    const payouts = await this.dataSource.manager.find(PayoutEntity, {
      where: { status: q.status ? q.status : In([...OPEN_PAYOUT_STATUSES]), dueAt: LessThan(now) },
      order: { dueAt: 'ASC', id: 'ASC' },
      take: q.limit,
    });
    return toPayoutViews(
      this.dataSource.manager,
      payouts.filter((p) => OPEN_PAYOUT_STATUSES.includes(p.status)),
      now,
    );
  }
}
