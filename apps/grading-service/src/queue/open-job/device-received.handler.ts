import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DeviceReceived, type DeviceReceivedPayload, type EventEnvelope } from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { GradingConfig } from '../../config/grading.config';
import { openJob } from './open-job';
import { upsertDevice } from '../../devices/upsert-device';

/**
 * tradein.device.received: a receipt at a grading SITE opens the grading job there; a STORE receipt only
 * records the device and the store's declared guided checks (the device reaches a site later in a box,
 * see StoreDeviceArrivedHandler), which feed the store accuracy figures.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class DeviceReceivedHandler {
  constructor(private readonly config: GradingConfig) {}

  @OnEvent(DeviceReceived)
  async handle(@Payload() event: EventEnvelope<DeviceReceivedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    const p = event.payload;
    const atSite = p.location.type === 'SITE';
    await upsertDevice(ctx.manager, event.tradeInId, {
      partnerId: event.partnerId,
      correlationId: event.correlationId,
      modelId: p.identity.detectedModelId ?? p.device.modelId,
      variantId: p.device.variantId ?? null,
      category: p.device.category,
      imei: p.identity.imei ?? null,
      serialNumber: p.identity.serialNumber ?? null,
      blockListStatus: p.identity.blockListStatus,
      activationLock: p.identity.activationLock,
      mdmEnrolled: p.identity.mdmEnrolled,
      receivedAt: new Date(p.receivedAt),
      ...(atSite ? { siteId: p.location.id } : { storeId: p.location.id, storeChecks: p.storeChecks ?? null }),
    });
    if (!atSite) return;
    await openJob(ctx.manager, {
      tradeInId: event.tradeInId,
      siteId: p.location.id,
      openedAt: new Date(p.receivedAt),
      inspectionHours: this.config.GRADING_INSPECTION_HOURS,
      kind: 'INITIAL',
    });
  }
}
