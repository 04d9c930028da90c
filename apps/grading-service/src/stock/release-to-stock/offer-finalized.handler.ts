import { Inject, Injectable } from '@nestjs/common';
import { type EventEnvelope, OfferFinalized, type OfferFinalizedPayload, StockAdded } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { upsertDevice } from '../../devices/upsert-device';
import { releaseToStock } from './release-to-stock';

/**
 * tradein.offer.finalized: the device may enter stock. It can arrive before our own grade has been made or
 * processed; the finalization is stored and the grade releases the device later — it is never dropped.
 */
@Injectable()
export class OfferFinalizedHandler {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @OnEvent(OfferFinalized)
  async handle(event: EventEnvelope<OfferFinalizedPayload>, ctx: HandlerContext): Promise<void> {
    await upsertDevice(ctx.manager, event.tradeInId, {
      partnerId: event.partnerId, finalizedAt: new Date(event.occurredAt), finalizedQuoteId: event.payload.quoteId,
    });
    await releaseToStock(ctx.manager, event.tradeInId, this.clock.now(), async (payload, partnerId) => {
      await ctx.emit(StockAdded, payload, { tradeInId: event.tradeInId, partnerId });
    });
  }
}
