import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, OfferDeclined, type OfferDeclinedPayload } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { upsertDevice } from '../../devices/upsert-device';

/**
 * tradein.offer.declined: the customer gets the device back, so it never enters stock. Any open job is
 * cancelled (nothing left to grade for us); the grades stay in its history.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class OfferDeclinedHandler {
  @OnEvent(OfferDeclined)
  async handle(@Payload() event: EventEnvelope<OfferDeclinedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    await upsertDevice(ctx.manager, event.tradeInId, { partnerId: event.partnerId, declinedAt: new Date(event.occurredAt) });
    await ctx.manager.query(`UPDATE grading_jobs SET status = 'CANCELLED', completed_at = $2 WHERE trade_in_id = $1 AND status = 'OPEN'`, [
      event.tradeInId,
      new Date(event.occurredAt),
    ]);
  }
}
