import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, OfferFinalized, type OfferFinalizedPayload } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { UnprocessableError } from '@tradein/service-runtime';
import { finalizedOfferCommand } from './finalized-offer.command';
import { RecordFinalizedOffer } from './record-finalized-offer.service';

/** A finalized offer whose payload breaks the payout rules: no retry can change it, so it is dead-lettered at once. */
export class UnpayableOfferError extends UnprocessableError {
  constructor(detail: string) {
    super('UNPAYABLE_OFFER', detail);
  }
}

// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class OfferFinalizedHandler {
  constructor(private readonly recordFinalizedOffer: RecordFinalizedOffer) {}

  /** Only records the payout and its liability; paying is the worker's job, outside this transaction. */
  @OnEvent(OfferFinalized)
  async handle(@Payload() event: EventEnvelope<OfferFinalizedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    const command = finalizedOfferCommand(event);
    // Thrown, so the consumer dead-letters it at once (a permanent failure) with the reasons and nothing is written.
    if (!command.ok) throw new UnpayableOfferError(command.errors.map((e) => `${e.field}: ${e.reason}`).join('; '));
    await this.recordFinalizedOffer.execute(ctx.manager, [command.value]);
  }
}
