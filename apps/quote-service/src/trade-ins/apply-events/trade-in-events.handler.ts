import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  DeviceGraded,
  type DeviceGradedPayload,
  DeviceQuarantined,
  DeviceReceived,
  DeviceReleased,
  type DeviceReleasedPayload,
  DeviceSuspended,
  type EventEnvelope,
  PayoutCompleted,
  PayoutFailed,
  PayoutHeld,
  ReturnDelivered,
  ReturnShipped,
  ShipmentDelivered,
  ShipmentException,
  ShipmentInTransit,
  ShipmentLabelIssued,
  type ShipmentLabelIssuedPayload,
  StockAdded,
  StoreDeviceArrived,
} from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { type GradedCondition } from '../../trade-in-record/graded-condition';
import { keepLabel } from './keep-label';
import { type Emit } from '../../trade-in-record/emit';
import { TradeInWorkflow } from '../workflow/trade-in-workflow.service';
import { type TradeInInput } from '../../trade-in-record/state/trade-in-input';

/**
 * The trade-in record follows intake, grading and payouts through their events. Each event is applied by the
 * state rules (never dropped: late or duplicate ones are kept in the timeline), in the transaction that also
 * holds its inbox row, so a redelivery is a no-op.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class TradeInEventsHandler {
  constructor(private readonly workflow: TradeInWorkflow) {}

  private apply(event: EventEnvelope<object>, ctx: HandlerContext, input: TradeInInput, grade?: GradedCondition): Promise<unknown> {
    const emit: Emit = (definition, payload) => ctx.emit(definition, payload);
    return this.workflow.handle(
      ctx.manager,
      { tradeInId: event.tradeInId, partnerId: event.partnerId },
      input,
      { cause: event.type, eventId: event.eventId },
      emit,
      grade,
    );
  }

  @OnEvent(ShipmentLabelIssued) async labelIssued(@Payload() e: EventEnvelope<ShipmentLabelIssuedPayload>, @Ctx() ctx: HandlerContext) {
    await keepLabel(ctx.manager, e); // for the customer's tracking view
    return this.apply(e, ctx, { kind: 'LABEL_ISSUED' });
  }
  @OnEvent(ShipmentInTransit) inTransit(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'SHIPMENT_IN_TRANSIT' });
  }
  @OnEvent(ShipmentDelivered) delivered(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'SHIPMENT_DELIVERED' });
  }
  @OnEvent(ShipmentException) exception(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'SHIPMENT_EXCEPTION' });
  }
  @OnEvent(DeviceReceived) received(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'DEVICE_RECEIVED' });
  }
  @OnEvent(StoreDeviceArrived) storeArrived(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'STORE_DEVICE_ARRIVED' });
  }
  @OnEvent(DeviceQuarantined) quarantined(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'DEVICE_QUARANTINED' });
  }
  @OnEvent(DeviceSuspended) suspended(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'DEVICE_SUSPENDED' });
  }
  @OnEvent(ReturnShipped) returnShipped(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'RETURN_SHIPPED' });
  }
  @OnEvent(ReturnDelivered) returnDelivered(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'RETURN_DELIVERED' });
  }
  @OnEvent(PayoutCompleted) paid(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'PAYOUT_COMPLETED' });
  }
  @OnEvent(PayoutFailed) payoutFailed(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'PAYOUT_FAILED' });
  }
  @OnEvent(PayoutHeld) payoutHeld(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'PAYOUT_HELD' });
  }
  @OnEvent(StockAdded) stocked(@Payload() e: EventEnvelope<object>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'STOCK_ADDED' });
  }

  @OnEvent(DeviceReleased)
  released(@Payload() e: EventEnvelope<DeviceReleasedPayload>, @Ctx() ctx: HandlerContext) {
    return this.apply(e, ctx, { kind: 'DEVICE_RELEASED', releasedTo: e.payload.releasedTo });
  }

  @OnEvent(DeviceGraded)
  graded(@Payload() e: EventEnvelope<DeviceGradedPayload>, @Ctx() ctx: HandlerContext) {
    const p = e.payload;
    const grade: GradedCondition = {
      gradeId: p.gradeId,
      cosmeticGrade: p.cosmeticGrade,
      functionalGrade: p.functionalGrade,
      ...(p.batteryHealthPercent !== undefined ? { batteryHealthPercent: p.batteryHealthPercent } : {}),
      missingAccessories: p.missingAccessories,
      locked: p.locked,
      defectCodes: p.defects.map((d) => d.code),
      evidenceRefs: p.evidenceRefs,
    };
    return this.apply(e, ctx, { kind: 'DEVICE_GRADED', gradeId: p.gradeId, regrade: p.regrade }, grade);
  }
}
