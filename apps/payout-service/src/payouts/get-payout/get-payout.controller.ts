import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock, NotFoundError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { PayoutAttemptEntity } from '../payout-attempt.entity';
import { PayoutAuditEntity } from '../payout-audit.entity';
import { payoutScope } from '../payout-scope';
import { toPayoutViews, type PayoutView } from '../payout-view';
import { PayoutEntity } from '../payout.entity';
import { PayoutDetailSchema } from '../payout-view.schema';

export interface PayoutDetailView extends PayoutView {
  attemptHistory: Array<{
    attemptNo: number;
    provider: string;
    status: string;
    outcomeCode: string | null;
    submittedAt: string;
    resolvedAt: string | null;
  }>;
  audit: Array<{ action: string; actor: string; reason: string | null; fromStatus: string; toStatus: string; at: string }>;
}

@ApiTags('payouts')
@ApiProblems(403)
@Controller('v1/payouts')
export class GetPayoutController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A partner sees its own payouts, store staff their store's; anything else answers 404. */
  @Get(':id')
  @ApiOperation({ summary: 'A payout with its attempts and audit trail' })
  @ApiProblems(404)
  @ApiOkResponse({ type: PayoutDetailSchema })
  @Roles('ops', 'partner', 'store_staff')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<PayoutDetailView> {
    const payout = await this.dataSource.manager.findOne(PayoutEntity, { where: { id, ...payoutScope(principal) } });
    if (!payout) throw new NotFoundError('payout', id);
    const [view] = await toPayoutViews(this.dataSource.manager, [payout], this.clock.now());
    const attempts = await this.dataSource.manager.find(PayoutAttemptEntity, { where: { payoutId: id }, order: { attemptNo: 'ASC' } });
    const audit = await this.dataSource.manager.find(PayoutAuditEntity, { where: { payoutId: id }, order: { id: 'ASC' } });
    return {
      ...view,
      attemptHistory: attempts.map((a) => ({
        attemptNo: a.attemptNo,
        provider: a.provider,
        status: a.status,
        outcomeCode: a.outcomeCode,
        submittedAt: a.submittedAt.toISOString(),
        resolvedAt: a.resolvedAt?.toISOString() ?? null,
      })),
      audit: audit.map((a) => ({
        action: a.action,
        actor: a.actor,
        reason: a.reason,
        fromStatus: a.fromStatus,
        toStatus: a.toStatus,
        at: a.at.toISOString(),
      })),
    };
  }
}
