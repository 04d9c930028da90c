import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AppealRequested, type AppealRequestedPayload, type EventEnvelope } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { GradingConfig } from '../../config/grading.config';
import { upsertDevice } from '../../devices/upsert-device';
import { openRegradeForPendingAppeals } from './open-regrade';

/** tradein.grade.appeal-requested (a partner on the customer's behalf, or ops): a different technician grades again. */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class AppealRequestedHandler {
  constructor(
    private readonly config: GradingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnEvent(AppealRequested)
  async handle(@Payload() event: EventEnvelope<AppealRequestedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    const p = event.payload;
    // Lock the device first: a grade completing at the same moment either sees this appeal or is seen by it.
    await upsertDevice(ctx.manager, event.tradeInId, {});
    await ctx.manager.query(
      `INSERT INTO appeals (appeal_id, trade_in_id, requested_by, reason, status, requested_at)
       VALUES ($1, $2, $3, $4, 'PENDING', $5) ON CONFLICT (appeal_id) DO NOTHING`,
      [p.appealId, event.tradeInId, p.requestedBy, p.reason, new Date(event.occurredAt)],
    );
    await openRegradeForPendingAppeals(ctx.manager, event.tradeInId, this.config.GRADING_INSPECTION_HOURS, this.clock.now());
  }
}
