import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock, ConflictError, InvalidFieldError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { ReleaseHoldDto } from '../ops-action.dto';
import { lockForOps, recordAudit } from '../ops-transition';
import { toPayoutViews, type PayoutView } from '../payout-view';
import { PayoutEntity } from '../payout.entity';
import { calendarYear } from '../../holds/hold-facts';
import { PayoutViewSchema } from '../payout-view.schema';

/**
 * A destination that cannot be paid cannot be released into payment: ops refuse it instead. Nor can a
 * device held at intake (quarantine, suspension): only its release to grading lifts that hold.
 */
const UNRELEASABLE = ['DESTINATION_MISSING', 'DESTINATION_CURRENCY_MISMATCH', 'DEVICE_HELD'];

@ApiTags('holds')
@ApiProblems(403)
@Controller('v1/payouts')
@Roles('ops')
export class ReleaseHoldController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/release')
  @ApiOperation({ summary: 'Release a held payout (ops): it goes to the provider' })
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: PayoutViewSchema })
  @HttpCode(200)
  async release(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ReleaseHoldDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<PayoutView> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const payout = await lockForOps(manager, id, 'RELEASE', ['HELD']);
      const blocking = payout.holdReasons.filter((r) => UNRELEASABLE.includes(r));
      if (blocking.length)
        throw new ConflictError('HOLD_NOT_RELEASABLE', `the payout cannot be released by hand (${blocking.join(', ')}); refuse it instead`);
      // DAC7: above the thresholds a seller is paid only once their identity is verified for the year.
      if (payout.holdReasons.includes('DAC7_IDENTITY_VERIFICATION') && !dto.identityVerified) {
        const [verified] = await manager.query('SELECT 1 FROM seller_verification WHERE seller_ref = $1 AND year = $2', [
          payout.sellerRef,
          calendarYear(payout.finalizedAt).year,
        ]);
        if (!verified)
          throw new InvalidFieldError('identityVerified', "a DAC7 hold is released only with the seller's identity verified (true)");
      }
      if (dto.identityVerified) {
        await manager.query(
          `INSERT INTO seller_verification (seller_ref, year, verified_by, verified_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [payout.sellerRef, calendarYear(payout.finalizedAt).year, p.subject, now.toISOString()],
        );
      }
      await recordAudit(
        manager,
        payout,
        'RELEASE',
        p.subject,
        `${dto.reason}${dto.identityVerified ? ' [identity verified]' : ''}`,
        'PENDING',
        now,
      );
      await manager.update(PayoutEntity, { id }, { status: 'PENDING', holdReasons: [], nextAttemptAt: now, updatedAt: now });
      return (await toPayoutViews(manager, [{ ...payout, status: 'PENDING', holdReasons: [], nextAttemptAt: now }], now))[0];
    });
  }
}
