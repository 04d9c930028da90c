import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@tradein/auth';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource, In, LessThan } from 'typeorm';
import { OPEN_PAYOUT_STATUSES, PAYOUT_STATUSES, type PayoutStatus } from '../payout-status';
import { toPayoutViews, type PayoutView } from '../payout-view';
import { PayoutEntity } from '../payout.entity';

export class ListPayoutsQuery {
  @IsOptional() @IsIn(PAYOUT_STATUSES) status?: PayoutStatus;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit = 100;
}

/** The ops work queues: held payouts with their reasons, failed ones, and the overdue list. */
@ApiTags('payouts')
@Controller('v1/payouts')
@Roles('ops')
export class ListPayoutsController {
  constructor(private readonly dataSource: DataSource, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  async list(@Query() q: ListPayoutsQuery): Promise<PayoutView[]> {
    const payouts = await this.dataSource.manager.find(PayoutEntity, {
      where: q.status ? { status: q.status } : {}, order: { finalizedAt: 'ASC', id: 'ASC' }, take: q.limit,
    });
    return toPayoutViews(this.dataSource.manager, payouts, this.clock.now());
  }

  /** ARCHITECTURE.md: payout within 2 business days of finalization; everything open past due_at. */
  @Get('overdue')
  async overdue(@Query() q: ListPayoutsQuery): Promise<PayoutView[]> {
    const now = this.clock.now();
    const payouts = await this.dataSource.manager.find(PayoutEntity, {
      where: { status: q.status ? q.status : In([...OPEN_PAYOUT_STATUSES]), dueAt: LessThan(now) }, order: { dueAt: 'ASC', id: 'ASC' }, take: q.limit,
    });
    return toPayoutViews(this.dataSource.manager, payouts.filter((p) => OPEN_PAYOUT_STATUSES.includes(p.status)), now);
  }
}
