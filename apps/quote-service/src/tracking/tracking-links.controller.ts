import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AUTH_OPTIONS, type AuthOptions, CurrentPrincipal, type Principal, Roles, WidgetAllowed } from '@tradein/auth';
import { ApiProblems, NotFoundError } from '@tradein/service-runtime';
import { PARTNER_RATE_LIMIT, callerScope, visibleTo } from '../shared/caller-scope';
import { isUuid } from '../shared/uuid';
import { TradeInEntity } from '../trade-in-record/trade-in.entity';
import { assertWidgetOwnsTradeIn } from '../widget/widget-ownership';
import { TRACKING_TOKEN_TTL_SECONDS, signTrackingToken } from './tracking-token';
import { TrackingLinkSchema } from './tracking-view.schema';

/** Mints the customer's signed tracking link token for a mail-in trade-in (the widget, or the partner's own pages). */
@ApiTags('tracking (customer link)')
@ApiSecurity('partner-api-key')
@ApiBearerAuth('staff-token')
@Throttle(PARTNER_RATE_LIMIT)
@Controller('v1/trade-ins')
export class TrackingLinksController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUTH_OPTIONS) private readonly auth: AuthOptions,
  ) {}

  @Post(':tradeInId/tracking-links')
  @HttpCode(201)
  @Roles('partner')
  @WidgetAllowed()
  @ApiOperation({ summary: "A signed, expiring token for the customer's tracking view of this trade-in (GET /v1/tracking)" })
  @ApiResponse({
    status: 201,
    type: TrackingLinkSchema,
    example: { token: 'eyJhbGciOiJIUzI1NiIs…', expiresAt: '2026-07-01T09:00:00.000Z', tradeInId: '5d1d6a0e-3b7c-4f21-9a55-0c2e8b7d1f40' },
  })
  @ApiResponse({ status: 404, description: "NOT_FOUND (also another partner's, or another widget session's, trade-in)" })
  @ApiProblems(403)
  async create(@Param('tradeInId') tradeInId: string, @CurrentPrincipal() p: Principal) {
    const t = isUuid(tradeInId) ? await this.dataSource.getRepository(TradeInEntity).findOneBy({ id: tradeInId }) : null;
    if (!t || !visibleTo(callerScope(p), t)) throw new NotFoundError('trade-in', tradeInId);
    await assertWidgetOwnsTradeIn(p, this.dataSource, tradeInId);
    const token = signTrackingToken({ tradeInId, partnerId: t.partnerId }, this.auth);
    return { token, expiresAt: new Date(Date.now() + TRACKING_TOKEN_TTL_SECONDS * 1000).toISOString(), tradeInId };
  }
}
