import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, OfferFinalized, type OfferFinalizedPayload, StockAdded } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { upsertDevice } from '../../devices/upsert-device';
import { releaseToStock } from './release-to-stock';

/**
 * tradein.offer.finalized: the device may enter stock. It can arrive before our own grade has been made or
 * processed; the finalization is stored and the grade releases the device later — it is never dropped.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class OfferFinalizedHandler {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @OnEvent(OfferFinalized)
  async handle(@Payload() event: EventEnvelope<OfferFinalizedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    await upsertDevice(ctx.manager, event.tradeInId, {
      partnerId: event.partnerId,
      finalizedAt: new Date(event.occurredAt),
      finalizedQuoteId: event.payload.quoteId,
    });
    await releaseToStock(ctx.manager, event.tradeInId, this.clock.now(), async (payload, partnerId) => {
      await ctx.emit(StockAdded, payload, { tradeInId: event.tradeInId, partnerId });
    });
  }
}
