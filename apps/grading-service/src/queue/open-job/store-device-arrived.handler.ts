import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type BoxReceivedPayload, type EventEnvelope, StoreDeviceArrived } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { GradingConfig } from '../../config/grading.config';
import { upsertDevice } from '../../devices/upsert-device';
import { openJob } from './open-job';

/**
 * tradein.box.device-arrived: a store device scanned out of its box at a grading site opens its job there.
 * The store receipt (model, identity) may not have been processed yet: the job opens anyway and the
 * inspection waits for those details, nothing is dropped.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class StoreDeviceArrivedHandler {
  constructor(private readonly config: GradingConfig) {}

  @OnEvent(StoreDeviceArrived)
  async handle(@Payload() event: EventEnvelope<BoxReceivedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    const p = event.payload;
    await upsertDevice(ctx.manager, event.tradeInId, {
      partnerId: event.partnerId,
      storeId: p.storeId,
      siteId: p.siteId,
    });
    await ctx.manager.query(`UPDATE devices SET correlation_id = COALESCE(correlation_id, $2) WHERE trade_in_id = $1`, [
      event.tradeInId,
      event.correlationId,
    ]);
    await openJob(ctx.manager, {
      tradeInId: event.tradeInId,
      siteId: p.siteId,
      openedAt: new Date(p.receivedAt),
      inspectionHours: this.config.GRADING_INSPECTION_HOURS,
      kind: 'INITIAL',
    });
  }
}
