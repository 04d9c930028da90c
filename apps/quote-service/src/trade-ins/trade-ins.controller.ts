import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { type FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal, Roles, WidgetAllowed } from '@tradein/auth';
import { ApiIdempotencyKey, ApiProblems } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { callerScope, PARTNER_RATE_LIMIT } from '../shared/caller-scope';
import { ListTradeInsDto } from './read-trade-ins/list-trade-ins.dto';
import { TradeInsQuery } from './read-trade-ins/trade-ins.query';
import { TradeInCommandsService } from './trade-in-commands.service';
import { TRADE_IN_EXAMPLE } from '../trade-in-record/trade-in.view';
import { assertWidgetOwnsTradeIn } from '../widget/widget-ownership';
import { TradeInPageSchema, TradeInViewSchema } from '../trade-in-record/trade-in-view.schema';
import { AppealDto, CancelTradeInDto } from './trade-ins.dto';

@ApiTags('trade-ins')
@ApiSecurity('partner-api-key')
@ApiBearerAuth('staff-token')
@Throttle(PARTNER_RATE_LIMIT)
@Roles('partner', 'store_staff', 'ops')
@ApiProblems(403)
@Controller('v1/trade-ins')
export class TradeInsController {
  constructor(
    private readonly queries: TradeInsQuery,
    private readonly commands: TradeInCommandsService,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: "List trade-ins (newest first) with filters and cursor pagination; scoped to the caller's partner" })
  @ApiResponse({
    status: 200,
    type: TradeInPageSchema,
    example: { items: [{ ...TRADE_IN_EXAMPLE, timeline: undefined }], nextCursor: 'eyJjcmVhdGVkQXQiOi…' },
  })
  list(@Query() q: ListTradeInsDto, @CurrentPrincipal() p: Principal) {
    return this.queries.list(callerScope(p), q);
  }

  @Get(':tradeInId')
  @WidgetAllowed()
  @ApiOperation({ summary: "A trade-in with its offers and full timeline (another partner's id answers 404)" })
  @ApiResponse({ status: 200, type: TradeInViewSchema, example: TRADE_IN_EXAMPLE })
  @ApiResponse({ status: 404, description: 'NOT_FOUND' })
  async get(@Param('tradeInId') id: string, @CurrentPrincipal() p: Principal) {
    const view = await this.queries.get(callerScope(p), id);
    await assertWidgetOwnsTradeIn(p, this.dataSource, id); // a widget session reads only the trade-ins it created
    return view;
  }

  @Post(':tradeInId/cancel')
  @ApiOperation({ summary: 'Cancel a trade-in before its device ships (409 TOO_LATE_TO_CANCEL after)' })
  @ApiIdempotencyKey()
  @ApiProblems(404, 409, 422)
  @ApiResponse({ status: 200, type: TradeInViewSchema, example: { ...TRADE_IN_EXAMPLE, state: 'CANCELLED' } })
  async cancel(
    @Param('tradeInId') id: string,
    @Body() dto: CancelTradeInDto,
    @CurrentPrincipal() p: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const r = await this.commands.cancel(p, id, dto.reason, key);
    reply.status(r.status);
    return r.body;
  }

  @Post(':tradeInId/revised-offer/accept')
  @ApiOperation({ summary: "Relay the customer's acceptance of a revised offer (before respondBy)" })
  @ApiIdempotencyKey()
  @ApiProblems(404, 422)
  @ApiResponse({
    status: 200,
    type: TradeInViewSchema,
    example: {
      ...TRADE_IN_EXAMPLE,
      state: 'FINALIZED',
      offer: { ...TRADE_IN_EXAMPLE.offer, kind: 'FINAL', basis: 'REVISED_ACCEPTED', answer: 'ACCEPTED' },
    },
  })
  @ApiResponse({ status: 409, description: 'NO_REVISED_OFFER or ANSWER_WINDOW_CLOSED' })
  async acceptRevised(
    @Param('tradeInId') id: string,
    @CurrentPrincipal() p: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const r = await this.commands.answerRevisedOffer(p, id, 'ACCEPT', key);
    reply.status(r.status);
    return r.body;
  }

  @Post(':tradeInId/revised-offer/appeal')
  @ApiOperation({
    summary: 'Dispute a revised offer: a different technician regrades; the answer window pauses until the regrade reprices it',
  })
  @ApiIdempotencyKey()
  @ApiProblems(404, 422)
  @ApiResponse({
    status: 200,
    type: TradeInViewSchema,
    example: { ...TRADE_IN_EXAMPLE, respondBy: null, offer: { ...TRADE_IN_EXAMPLE.offer, appealId: '2b7c…' } },
  })
  @ApiResponse({ status: 409, description: 'NO_REVISED_OFFER, APPEAL_ALREADY_REQUESTED or ANSWER_WINDOW_CLOSED' })
  async appeal(
    @Param('tradeInId') id: string,
    @Body() dto: AppealDto,
    @CurrentPrincipal() p: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const r = await this.commands.appeal(p, id, dto.reason, key);
    reply.status(r.status);
    return r.body;
  }

  @Post(':tradeInId/revised-offer/decline')
  @ApiOperation({ summary: "Relay the customer's refusal of a revised offer: the device is returned free of charge" })
  @ApiIdempotencyKey()
  @ApiProblems(404, 409, 422)
  @ApiResponse({
    status: 200,
    type: TradeInViewSchema,
    example: { ...TRADE_IN_EXAMPLE, state: 'RETURNING', offer: { ...TRADE_IN_EXAMPLE.offer, answer: 'DECLINED' } },
  })
  async declineRevised(
    @Param('tradeInId') id: string,
    @CurrentPrincipal() p: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const r = await this.commands.answerRevisedOffer(p, id, 'DECLINE', key);
    reply.status(r.status);
    return r.body;
  }
}
