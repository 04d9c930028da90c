import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CheckLimitsViewSchema } from './check-limits-view.schema';
import { CurrentPrincipal, type Principal, Roles, partnerScope } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock, InvalidFieldError, ValidationFailedError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { PayoutSettings } from '../payout-settings';
import { PayoutDestinationEntity } from '../../destinations/payout-destination.entity';
import { toEurMinor } from '../../holds/eur-equivalent';
import { calendarYear, tallyKey, verifiedSellers, windowTally, yearTallies } from '../../holds/hold-facts';
import { DAC7_THRESHOLDS, holdReasons, type HoldInput, type Tally } from '../../holds/hold-rules';
import { rulesForProgram } from '../../holds/velocity-rules';
import { type CheckLimitsView, CheckLimitsDto } from './check-limits.dto';

/** Read-only: evaluates the same rules as payout creation, for the seller's history as it stands now. */
@ApiTags('holds')
@ApiProblems(403)
@Controller('v1/payout-limits')
export class CheckLimitsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: PayoutSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('check')
  @ApiOperation({ summary: 'Would a payout of this amount to this seller be held (DAC7 thresholds, limits)? Read-only' })
  @HttpCode(200)
  @ApiOkResponse({ type: CheckLimitsViewSchema })
  @Roles('partner', 'store_staff', 'ops')
  async check(@Body() dto: CheckLimitsDto, @CurrentPrincipal() principal: Principal): Promise<CheckLimitsView> {
    const amountMinor = BigInt(dto.amount.amountMinor);
    if (amountMinor < 0n) throw new ValidationFailedError([{ field: 'amount.amountMinor', reason: 'must not be negative' }]);
    const manager = this.dataSource.manager;
    const scope = partnerScope(principal);
    let fingerprint: string | null = null;
    let destination: HoldInput['destination'] = dto.method === 'BANK_TRANSFER' ? 'MISSING' : 'NOT_NEEDED';
    if (dto.method === 'BANK_TRANSFER' && dto.destinationRef) {
      const d = await manager.findOne(PayoutDestinationEntity, { where: { id: dto.destinationRef } });
      if (!d || (scope !== undefined && d.partnerId !== null && d.partnerId !== scope))
        throw new InvalidFieldError('destinationRef', 'is not a payout destination of yours');
      if (d.currency !== dto.amount.currency)
        throw new InvalidFieldError('amount.currency', `the destination is paid in ${d.currency}, not ${dto.amount.currency}`);
      fingerprint = d.fingerprint;
      destination = 'OK';
    }
    const now = this.clock.now();
    const year = calendarYear(now).year;
    const eurMinor = toEurMinor(amountMinor, dto.amount.currency, this.settings.eurRates);
    const sellerYear = (await yearTallies(manager, 'seller', [dto.sellerRef])).get(tallyKey(dto.sellerRef, year)) ?? {
      count: 0,
      eurMinor: 0n,
    };
    const destinationYear = fingerprint
      ? ((await yearTallies(manager, 'destination', [fingerprint])).get(tallyKey(fingerprint, year)) ?? { count: 0, eurMinor: 0n })
      : null;
    const rules = rulesForProgram(this.settings.velocityRules, dto.programId);
    const windows: Array<Tally | null> = [];
    for (const rule of rules) {
      const value = rule.scope === 'SELLER' ? dto.sellerRef : fingerprint;
      windows.push(
        value
          ? await windowTally(
              manager,
              rule.scope === 'SELLER' ? 'seller' : 'destination',
              value,
              new Date(now.getTime() - rule.windowHours * 3600_000),
              new Date(now.getTime() + 1),
            )
          : null,
      );
    }
    // Store credit is never held once given, which is why the till asks first: DAC7 means ID before credit.
    const reasons = holdReasons({
      eurMinor,
      identityVerified: (await verifiedSellers(manager, [dto.sellerRef])).has(tallyKey(dto.sellerRef, year)),
      sellerYear,
      destinationYear,
      rules,
      windows,
      financedUnpaid: false,
      destination,
    });
    return {
      wouldHold: reasons.length > 0,
      reasons,
      sellerYear: { trades: sellerYear.count, eurMinor: sellerYear.eurMinor.toString() },
      thresholds: { trades: DAC7_THRESHOLDS.trades, eurMinor: DAC7_THRESHOLDS.eurMinor.toString() },
    };
  }
}
