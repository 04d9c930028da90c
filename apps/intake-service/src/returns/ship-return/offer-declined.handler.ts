import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, OfferDeclined, type OfferDeclinedPayload } from '@tradein/contracts';
import { type HandlerContext, OnEvent, OutboxWriter } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { ReturnShipments } from './return-shipments.service';

/** The customer declined the revised offer (or let it lapse under a free-return policy): ship the device back. */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class OfferDeclinedHandler {
  constructor(
    private readonly returns: ReturnShipments,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnEvent(OfferDeclined)
  async handle(@Payload() event: EventEnvelope<OfferDeclinedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    const c = await ctx.manager
      .getRepository(IntakeCase)
      .findOne({ where: { tradeInId: event.tradeInId }, lock: { mode: 'pessimistic_write' } });
    // Thrown, not ignored: after bounded retries the event is dead-lettered where ops see it.
    if (!c) throw new Error(`offer.declined for unknown trade-in ${event.tradeInId}`);
    if (c.status === 'RETURNING' || c.status === 'RETURNED') return;
    const shipped = await this.returns.start(ctx.manager, c, 'system', this.clock.now(), event.eventId);
    if (shipped) await this.outbox.append(ctx.manager, shipped);
  }
}
