import { Body, Controller, Get, Headers, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles, WidgetAllowed } from '@tradein/auth';
import { ApiIdempotencyKey, ApiProblems, CLOCK, type Clock, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { CatalogService } from '../catalog/catalog.service';
import { callerScope, PARTNER_RATE_LIMIT, visibleTo } from '../shared/caller-scope';
import { isUuid } from '../shared/uuid';
import { TRADE_IN_EXAMPLE } from '../trade-in-record/trade-in.view';
import { TradeInEntity } from '../trade-in-record/trade-in.entity';
import { assertWidgetOwnsQuote } from '../widget/widget-ownership';
import { AcceptQuoteDto } from './accept-quote/accept-quote.dto';
import { AcceptQuoteService } from './accept-quote/accept-quote.service';
import { CreateQuoteDto } from './create-quote/create-quote.dto';
import { CreateQuoteService } from './create-quote/create-quote.service';
import { QuoteEntity } from '../trade-in-record/quote.entity';
import { QUOTE_EXAMPLE, quoteView } from './quote.view';
import { AcceptedQuoteSchema, QuoteViewSchema } from './quote-view.schema';

const PROBLEM = (code: string, detail: string) => ({
  schema: { example: { type: `https://tradein.example/problems/${code.toLowerCase().replace(/_/g, '-')}`, status: 0, code, detail } },
});

@ApiTags('quotes')
@ApiSecurity('partner-api-key')
@ApiBearerAuth('staff-token')
@Throttle(PARTNER_RATE_LIMIT)
@Controller('v1/quotes')
export class QuotesController {
  constructor(
    private readonly createQuote: CreateQuoteService,
    private readonly acceptQuote: AcceptQuoteService,
    private readonly catalog: CatalogService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('partner', 'store_staff')
  @WidgetAllowed()
  @ApiOperation({ summary: 'Get a priced quote (partner API key, or a store_staff token acting for its store)' })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 201, type: QuoteViewSchema, example: QUOTE_EXAMPLE })
  @ApiResponse({ status: 400, ...PROBLEM('VALIDATION_FAILED', 'answers.screen: must be one of flawless, light_scratches, …') })
  @ApiResponse({ status: 422, ...PROBLEM('NOT_PRICED_IN_MARKET', 'model has no price in this market') })
  @ApiProblems(403, 404)
  async create(
    @Body() dto: CreateQuoteDto,
    @CurrentPrincipal() p: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (p.kind === 'widget' && dto.market !== p.market)
      throw new InvalidFieldError('market', `this widget session is for the market ${p.market}`);
    const r = await this.createQuote.create(p, dto, key);
    reply.status(r.status);
    return r.body;
  }

  @Get(':quoteId')
  @Roles('partner', 'store_staff', 'ops')
  @WidgetAllowed()
  @ApiOperation({ summary: 'A quote with its breakdown and status (OPEN, EXPIRED, ACCEPTED, CANCELLED)' })
  @ApiResponse({ status: 200, type: QuoteViewSchema, example: QUOTE_EXAMPLE })
  @ApiResponse({ status: 404, ...PROBLEM('NOT_FOUND', "quote … not found (also for another partner's quote)") })
  @ApiProblems(403)
  async get(@Param('quoteId') quoteId: string, @CurrentPrincipal() p: Principal) {
    const quote = isUuid(quoteId) ? await this.dataSource.getRepository(QuoteEntity).findOneBy({ id: quoteId }) : null;
    if (!quote || !visibleTo(callerScope(p), quote)) throw new NotFoundError('quote', quoteId);
    assertWidgetOwnsQuote(p, quote, quoteId);
    const tradeIn = await this.dataSource.getRepository(TradeInEntity).findOneBy({ id: quote.tradeInId });
    return quoteView(quote, tradeIn, this.clock.now(), this.catalog.model(quote.modelId)?.name);
  }

  @Post(':quoteId/accept')
  @Roles('partner', 'store_staff')
  @WidgetAllowed()
  @ApiOperation({ summary: 'Accept a quote: the trade-in becomes ACCEPTED with its ship-by date' })
  @ApiIdempotencyKey()
  @ApiResponse({
    status: 200,
    type: AcceptedQuoteSchema,
    example: { quote: { ...QUOTE_EXAMPLE, status: 'ACCEPTED' }, tradeIn: { ...TRADE_IN_EXAMPLE, state: 'ACCEPTED', offer: null } },
  })
  @ApiResponse({ status: 409, ...PROBLEM('QUOTE_EXPIRED', 'quote … expired at …; ask for a new quote (or QUOTE_ALREADY_ACCEPTED)') })
  @ApiProblems(403, 404, 422)
  async accept(
    @Param('quoteId') quoteId: string,
    @Body() dto: AcceptQuoteDto,
    @CurrentPrincipal() p: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!isUuid(quoteId)) throw new NotFoundError('quote', quoteId);
    if (p.kind === 'widget') assertWidgetOwnsQuote(p, await this.dataSource.getRepository(QuoteEntity).findOneBy({ id: quoteId }), quoteId);
    const r = await this.acceptQuote.accept(p, quoteId, dto, key);
    reply.status(r.status);
    return r.body;
  }
}
