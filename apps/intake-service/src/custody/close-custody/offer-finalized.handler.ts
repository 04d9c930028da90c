import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, OfferFinalized, type OfferFinalizedPayload } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { CustodyClosing } from './custody-closing.service';

/** The offer is final: custody closes now if the device is at a site, else when a store box brings it there. */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class OfferFinalizedHandler {
  constructor(
    private readonly closing: CustodyClosing,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnEvent(OfferFinalized)
  async handle(@Payload() event: EventEnvelope<OfferFinalizedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    const c = await ctx.manager
      .getRepository(IntakeCase)
      .findOne({ where: { tradeInId: event.tradeInId }, lock: { mode: 'pessimistic_write' } });
    // A finalized trade-in intake never saw means its acceptance went missing (e.g. dead-lettered during a
    // carrier outage): fail loudly so this lands in the dead-letter topic and is replayed after the fix.
    if (!c) throw new Error(`offer finalized for trade-in ${event.tradeInId}, which intake has no case for`);
    if (c.finalizedAt) return;
    c.finalizedAt = new Date(event.occurredAt);
    await ctx.manager.getRepository(IntakeCase).save(c);
    await this.closing.closeIfDone(ctx.manager, c, this.clock.now());
  }
}
