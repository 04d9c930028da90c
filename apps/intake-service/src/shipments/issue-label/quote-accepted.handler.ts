import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, QuoteAccepted, type QuoteAcceptedPayload } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { IntakeConfig } from '../../config/intake.config';
import { TacDirectory } from '../../identity/tac-directory.service';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { TradeInClosure } from '../../intake-cases/trade-in-closure.entity';
import { LabelRequests } from '../label-worker/label-requests.service';

/**
 * An accepted trade-in opens an intake case. Mail-in: a prepaid label insured for the quoted amount is
 * requested at once (the LabelWorker issues it and emits shipment.label-issued). Store: the case waits for
 * the store's intake.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class QuoteAcceptedHandler {
  constructor(
    private readonly labelRequests: LabelRequests,
    private readonly tacs: TacDirectory,
    private readonly config: IntakeConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnEvent(QuoteAccepted)
  async handle(@Payload() event: EventEnvelope<QuoteAcceptedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    const cases = ctx.manager.getRepository(IntakeCase);
    // The inbox stops redeliveries of this event; a second acceptance event for one trade-in changes nothing.
    if (await cases.existsBy({ tradeInId: event.tradeInId })) return;
    const p = event.payload;
    if (p.fulfilment === 'STORE' && !p.storeId) throw new Error(`quote.accepted ${event.eventId}: STORE fulfilment without storeId`);
    const now = this.clock.now();
    const closure = await ctx.manager.getRepository(TradeInClosure).findOneBy({ tradeInId: event.tradeInId });
    const c = cases.create({
      tradeInId: event.tradeInId,
      partnerId: event.partnerId,
      correlationId: event.correlationId,
      quoteId: p.quoteId,
      fulfilment: p.fulfilment,
      status: closure ? closure.reason : p.fulfilment === 'MAIL_IN' ? 'AWAITING_PARCEL' : 'AWAITING_STORE_INTAKE',
      market: p.market,
      modelId: p.device.modelId,
      variantId: p.device.variantId ?? null,
      category: p.device.category,
      quotedTac: p.device.tac ?? null,
      quotedAmountMinor: p.quotedAmount.amountMinor,
      quotedCurrency: p.quotedAmount.currency,
      storeId: p.storeId ?? null,
      destinationSiteId: p.fulfilment === 'MAIL_IN' ? this.config.INTAKE_DEFAULT_SITE_ID : null,
      shipBy: new Date(p.shipBy),
      sellerRef: p.sellerRef,
    });
    await cases.insert(c);
    if (p.device.tac)
      await this.tacs.learnFromCatalog(ctx.manager, { tac: p.device.tac, modelId: p.device.modelId, category: p.device.category }, now);
    // Closed before its acceptance reached us: no label for a trade-in that no longer exists.
    if (closure || p.fulfilment !== 'MAIL_IN') return;

    // The label itself is the label worker's job: the carrier is called outside this transaction, so a slow
    // or failing carrier delays the label instead of failing the acceptance (and sending it to the DLT).
    await this.labelRequests.requestIssue(ctx.manager, c.tradeInId, event.eventId, now);
  }
}
