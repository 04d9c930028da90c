import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Principal } from '@tradein/auth';
import { QuoteAccepted, type DeviceCategory, type Market, type CurrencyCode } from '@tradein/contracts';
import { newEvent, OutboxWriter } from '@tradein/messaging';
import { CLOCK, type Clock, ConflictError, InvalidFieldError, NotFoundError, withIdempotency } from '../../shared/service-errors';
import { QuoteConfig } from '../../config/quote.config';
import { addDays } from '../../policy/offer-policy';
import { PolicyService } from '../../policy/policy.service';
import { callerScope, visibleTo } from '../../shared/caller-scope';
import { sellerRefFor } from '../../shared/secret-box';
import { TradeInRecorder } from '../../trade-in-record/trade-in-recorder.service';
import { QuoteEntity } from '../../trade-in-record/quote.entity';
import { quoteView } from '../quote.view';
import { type AcceptQuoteDto } from './accept-quote.dto';
import { tradeInView } from '../../trade-in-record/trade-in.view';

/**
 * POST /v1/quotes/{id}/accept: the trade-in becomes ACCEPTED with its ship-by date, the customer's payout
 * method and revised-offer policy chosen up front; tradein.quote.accepted is emitted in the same transaction.
 */
@Injectable()
export class AcceptQuoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly recorder: TradeInRecorder,
    private readonly policies: PolicyService,
    private readonly config: QuoteConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async accept(principal: Principal, quoteId: string, dto: AcceptQuoteDto, idempotencyKey: string | undefined) {
    if (dto.revisedOfferPolicy.policy === 'AUTO_ACCEPT_WITHIN' && dto.revisedOfferPolicy.withinPercent === undefined) {
      throw new InvalidFieldError('revisedOfferPolicy.withinPercent', 'is required for AUTO_ACCEPT_WITHIN');
    }
    if (dto.revisedOfferPolicy.policy === 'ASK' && dto.revisedOfferPolicy.withinPercent !== undefined) {
      throw new InvalidFieldError('revisedOfferPolicy.withinPercent', 'only for AUTO_ACCEPT_WITHIN');
    }
    const scope = callerScope(principal);
    return withIdempotency(this.dataSource, { operation: 'accept', principal }, idempotencyKey, { quoteId, ...dto }, async (m) => {
      const quote = await m.findOneBy(QuoteEntity, { id: quoteId });
      if (!quote || !visibleTo(scope, quote)) throw new NotFoundError('quote', quoteId);
      const tradeIn = await this.recorder.lock(m, quote.tradeInId);
      if (!tradeIn) throw new NotFoundError('quote', quoteId);
      const now = this.clock.now();
      if (tradeIn.state === 'QUOTED' && now >= quote.expiresAt) {
        throw new ConflictError('QUOTE_EXPIRED', `quote ${quoteId} expired at ${quote.expiresAt.toISOString()}; ask for a new quote`);
      }
      if (dto.fulfilment === 'STORE' && !quote.storeId)
        throw new InvalidFieldError('fulfilment', 'STORE is only for quotes made in a store');
      if (dto.fulfilment === 'MAIL_IN' && quote.storeId)
        throw new InvalidFieldError('fulfilment', 'a store quote is fulfilled in store (STORE)');
      if (dto.payout.method === 'STORE_CREDIT' && dto.fulfilment !== 'STORE')
        throw new InvalidFieldError('payout.method', 'STORE_CREDIT is only given in store');

      const policy = await this.policies.forProgram(m, quote.programId);
      tradeIn.acceptedAt = now;
      // A store device changes hands at the till: its ship-by is the moment of acceptance and never expires it.
      tradeIn.shipBy = dto.fulfilment === 'MAIL_IN' ? addDays(now, policy.shipByDays) : now;
      tradeIn.payoutMethod = dto.payout.method;
      tradeIn.payoutDestinationRef = dto.payout.destinationRef ?? null;
      tradeIn.revisedOfferPolicy = dto.revisedOfferPolicy.policy;
      tradeIn.autoAcceptWithinPercent = dto.revisedOfferPolicy.withinPercent ?? null;
      tradeIn.customer = { name: dto.customer.name, email: dto.customer.email.trim().toLowerCase() };
      tradeIn.sellerRef = sellerRefFor(this.config.QUOTE_SECRET_KEY, dto.customer.email);
      await this.recorder.apply(
        m,
        tradeIn,
        { kind: 'QUOTE_ACCEPTED', fulfilment: dto.fulfilment },
        { cause: 'api:accept-quote', detail: principal.subject },
      );

      await this.outbox.append(
        m,
        newEvent(
          QuoteAccepted,
          { tradeInId: tradeIn.id, partnerId: tradeIn.partnerId, correlationId: tradeIn.correlationId },
          {
            quoteId: quote.id,
            device: {
              modelId: quote.modelId,
              variantId: quote.variantId,
              category: quote.category as DeviceCategory,
              ...(quote.imei ? { tac: quote.imei.slice(0, 8) } : {}),
            },
            market: quote.market as Market,
            quotedAmount: { amountMinor: quote.totalMinor.toString(), currency: quote.currency as CurrencyCode },
            priceTableVersion: quote.priceTableVersion,
            fulfilment: dto.fulfilment,
            ...(quote.storeId ? { storeId: quote.storeId } : {}),
            shipBy: tradeIn.shipBy.toISOString(),
            payoutMethod: dto.payout.method,
            ...(dto.payout.destinationRef ? { payoutDestinationRef: dto.payout.destinationRef } : {}),
            revisedOfferPolicy: dto.revisedOfferPolicy.policy,
            ...(dto.revisedOfferPolicy.withinPercent !== undefined
              ? { autoAcceptWithinPercent: dto.revisedOfferPolicy.withinPercent }
              : {}),
            sellerRef: tradeIn.sellerRef,
            declaredCondition: { ...quote.answers },
          },
        ),
      );
      return { status: 200, body: { quote: quoteView(quote, tradeIn, now), tradeIn: tradeInView(tradeIn, quote, []) } };
    });
  }
}
