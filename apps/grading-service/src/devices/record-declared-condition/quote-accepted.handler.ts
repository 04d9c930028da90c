import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, QuoteAccepted, type QuoteAcceptedPayload } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { upsertDevice } from '../upsert-device';

/**
 * tradein.quote.accepted: remembers the declared condition (questionnaire answers) and, for store
 * trade-ins, the store, so the grade can later be compared with what was declared (store accuracy).
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class QuoteAcceptedHandler {
  @OnEvent(QuoteAccepted)
  async handle(@Payload() event: EventEnvelope<QuoteAcceptedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    const p = event.payload;
    const device = await upsertDevice(ctx.manager, event.tradeInId, {
      partnerId: event.partnerId,
      declaredCondition: p.declaredCondition,
      ...(p.fulfilment === 'STORE' && p.storeId ? { storeId: p.storeId } : {}),
    });
    // Receipt details win over the quote's when both exist; the quote only fills gaps.
    if (!device.modelId)
      await upsertDevice(ctx.manager, event.tradeInId, {
        modelId: p.device.modelId,
        variantId: p.device.variantId ?? null,
        category: p.device.category,
      });
    if (!device.correlationId) await upsertDevice(ctx.manager, event.tradeInId, { correlationId: event.correlationId });
  }
}
