import { Controller, Get, Headers, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { AUTH_OPTIONS, type AuthOptions, ForbiddenError, type PartnerPrincipal, Public, UnauthenticatedError } from '@tradein/auth';
import { ApiIdempotencyKey, ApiProblems, CLOCK, type Clock, NotFoundError } from '@tradein/service-runtime';
import { CatalogService } from '../catalog/catalog.service';
import { QuoteEntity } from '../trade-in-record/quote.entity';
import { PARTNER_RATE_LIMIT } from '../shared/caller-scope';
import { TradeInCommandsService } from '../trade-ins/trade-in-commands.service';
import { TradeInEntity } from '../trade-in-record/trade-in.entity';
import { TradeInTimelineEntity } from '../trade-in-record/trade-in-timeline.entity';
import { WidgetOriginsService } from '../widget/origins/widget-origins.service';
import { TradeInLabelEntity } from '../trade-in-record/trade-in-label.entity';
import { type TrackingClaims, verifyTrackingToken } from './tracking-token';
import { trackingView } from './tracking.view';
import { TrackingViewSchema } from './tracking-view.schema';

const VIEW_EXAMPLE = {
  tradeInId: '5d1d6a0e-3b7c-4f21-9a55-0c2e8b7d1f40',
  state: 'COUNTER_OFFERED',
  device: { modelId: 'sony-playstation-5-slim', variantId: 'disc', name: 'PlayStation 5 Slim' },
  market: 'FR',
  quotedAmount: { amountMinor: '28500', currency: 'EUR' },
  shipBy: '2026-03-22T09:05:00.000Z',
  label: { carrier: 'SANDBOX', trackingNumber: 'SBX001', format: 'ZPL', available: true },
  revisedOfferPolicy: { policy: 'ASK', withinPercent: null },
  offer: {
    kind: 'REVISED',
    amount: { amountMinor: '24000', currency: 'EUR' },
    reasonCodes: ['SCREEN'],
    answer: null,
    decidedAt: '2026-03-10T10:00:00.000Z',
  },
  grading: {
    cosmeticGrade: 'D',
    functionalGrade: 0,
    batteryHealthPercent: 91,
    defectCodes: ['DISPLAY_COVER_CRACKED'],
    missingAccessories: [],
    evidenceRefs: ['sha256:…'],
  },
  respondBy: '2026-03-24T10:00:00.000Z',
  canAnswer: true,
  timeline: [{ at: '2026-03-01T09:00:00.000Z', state: 'QUOTED' }],
};

/**
 * The customer's tracking view behind the signed link the widget's confirmation gives (no account): one
 * trade-in, read and answer its revised offer. Authorised only by the tracking token (Bearer), for that
 * trade-in only; the API guard is bypassed (@Public) because this token is not an API credential at all.
 */
@ApiTags('tracking (customer link)')
@ApiBearerAuth('tracking-token')
@Public()
@ApiProblems(403)
@Throttle(PARTNER_RATE_LIMIT)
@Controller('v1/tracking')
export class TrackingController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly commands: TradeInCommandsService,
    private readonly origins: WidgetOriginsService,
    @Inject(AUTH_OPTIONS) private readonly auth: AuthOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The trade-in of the tracking link: steps, label, ship-by date, offer and whether a revised offer can still be answered',
  })
  @ApiResponse({ status: 200, type: TrackingViewSchema, example: VIEW_EXAMPLE })
  @ApiResponse({ status: 401, description: 'UNAUTHENTICATED: missing, forged or expired tracking token' })
  async view(@Headers('authorization') authorization: string | undefined, @Headers('origin') origin: string | undefined) {
    const c = await this.claims(authorization, origin);
    return this.load(c.tradeInId);
  }

  @Get('label')
  @ApiOperation({ summary: 'The shipping label as issued (ZPL text or a base64 PDF)' })
  @ApiResponse({
    status: 200,
    schema: {
      type: 'object',
      required: ['carrier', 'trackingNumber', 'format', 'label'],
      properties: {
        carrier: { type: 'string' },
        trackingNumber: { type: 'string' },
        format: { type: 'string', enum: ['ZPL', 'PDF'] },
        label: { type: 'string', description: 'ZPL text, or the PDF in base64' },
      },
      example: { carrier: 'SANDBOX', trackingNumber: 'SBX001', format: 'ZPL', label: '^XA^FO50,50^A0N,40^FDSBX001^FS^XZ' },
    },
  })
  @ApiResponse({ status: 404, description: 'NOT_FOUND: no label issued yet' })
  async label(@Headers('authorization') authorization: string | undefined, @Headers('origin') origin: string | undefined) {
    const c = await this.claims(authorization, origin);
    const l = await this.dataSource.getRepository(TradeInLabelEntity).findOneBy({ tradeInId: c.tradeInId });
    if (!l?.label) throw new NotFoundError('label', c.tradeInId);
    return { carrier: l.carrier, trackingNumber: l.trackingNumber, format: l.labelFormat, label: l.label };
  }

  @Post('revised-offer/accept')
  @HttpCode(200)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'The customer accepts the revised offer (within the answer window)' })
  @ApiResponse({
    status: 200,
    description: 'The tracking view after the answer (a replayed Idempotency-Key answers the same)',
    type: TrackingViewSchema,
    example: VIEW_EXAMPLE,
  })
  @ApiResponse({ status: 409, description: 'NO_REVISED_OFFER or ANSWER_WINDOW_CLOSED' })
  @ApiProblems(422)
  accept(
    @Headers('authorization') authorization: string | undefined,
    @Headers('origin') origin: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(authorization, origin, 'ACCEPT', key, reply);
  }

  @Post('revised-offer/decline')
  @HttpCode(200)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'The customer declines the revised offer: the device comes back free of charge' })
  @ApiResponse({
    status: 200,
    description: 'The tracking view after the answer (a replayed Idempotency-Key answers the same)',
    type: TrackingViewSchema,
    example: VIEW_EXAMPLE,
  })
  @ApiResponse({ status: 409, description: 'NO_REVISED_OFFER or ANSWER_WINDOW_CLOSED' })
  @ApiProblems(422)
  decline(
    @Headers('authorization') authorization: string | undefined,
    @Headers('origin') origin: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(authorization, origin, 'DECLINE', key, reply);
  }

  private async answer(
    authorization: string | undefined,
    origin: string | undefined,
    answer: 'ACCEPT' | 'DECLINE',
    key: string | undefined,
    reply: FastifyReply,
  ) {
    const c = await this.claims(authorization, origin);
    // The customer answers for the partner's trade-in, as a partner relaying the answer would.
    const actor: PartnerPrincipal = { kind: 'partner', role: 'partner', subject: 'customer:tracking-link', partnerId: c.partnerId };
    const r = await this.commands.answerRevisedOffer(actor, c.tradeInId, answer, key);
    reply.status(r.status);
    return this.load(c.tradeInId);
  }

  /** The token's trade-in; a browser call must come from one of that partner's registered shop origins. */
  private async claims(authorization: string | undefined, origin: string | undefined): Promise<TrackingClaims> {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
    if (!token) throw new UnauthenticatedError("send the tracking link's token as a Bearer token");
    const c = verifyTrackingToken(token, this.auth);
    if (!c) throw new UnauthenticatedError('this tracking link is invalid or has expired');
    if (origin !== undefined && !(await this.origins.isRegisteredFor(c.partnerId, origin))) {
      throw new ForbiddenError(`the origin ${origin} is not registered for this trade-in's partner`);
    }
    return c;
  }

  private async load(tradeInId: string) {
    const t = await this.dataSource.getRepository(TradeInEntity).findOneBy({ id: tradeInId });
    if (!t) throw new NotFoundError('trade-in', tradeInId);
    const [quote, timeline, label] = await Promise.all([
      this.dataSource.getRepository(QuoteEntity).findOneByOrFail({ id: t.quoteId }),
      this.dataSource.getRepository(TradeInTimelineEntity).find({ where: { tradeInId }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(TradeInLabelEntity).findOneBy({ tradeInId }),
    ]);
    return trackingView(t, quote, timeline, label, this.catalog.model(quote.modelId)?.name, this.clock.now());
  }
}
