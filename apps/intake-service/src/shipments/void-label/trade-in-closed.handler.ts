import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  TradeInCancelled,
  type TradeInCancelledPayload,
  TradeInExpired,
  type TradeInExpiredPayload,
} from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { CustodyLog } from '../../custody/custody-log.service';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { canMove } from '../../intake-cases/intake-status';
import { TradeInClosure } from '../../intake-cases/trade-in-closure.entity';
import { Shipment } from '../shipment.entity';
import { canVoid } from '../shipment-status';
import { LabelRequests } from '../label-worker/label-requests.service';

/**
 * Ship-by passed or the trade-in was cancelled: the unused label is voided (about half of accepted trade-ins
 * are never sent, and an unused prepaid label is a liability). A parcel already moving is not stopped:
 * it will be received and the trade-in's owner decides what happens to it.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class TradeInClosedHandler {
  constructor(
    private readonly labelRequests: LabelRequests,
    private readonly custody: CustodyLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnEvent(TradeInExpired)
  async onExpired(@Payload() event: EventEnvelope<TradeInExpiredPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    await this.close(event, 'EXPIRED', `ship-by passed (${event.payload.reason})`, ctx);
  }

  @OnEvent(TradeInCancelled)
  async onCancelled(@Payload() event: EventEnvelope<TradeInCancelledPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    await this.close(event, 'CANCELLED', `cancelled: ${event.payload.reason}`, ctx);
  }

  private async close(event: EventEnvelope<object>, to: 'EXPIRED' | 'CANCELLED', why: string, ctx: HandlerContext): Promise<void> {
    const now = this.clock.now();
    const c = await ctx.manager
      .getRepository(IntakeCase)
      .findOne({ where: { tradeInId: event.tradeInId }, lock: { mode: 'pessimistic_write' } });
    if (!c || !canMove(c.status, to)) {
      // Remembered either way: before the acceptance, so the acceptance opens a closed case with no label;
      // with the parcel already on its way, so the dock holds it for ops instead of grading it.
      await ctx.manager
        .createQueryBuilder()
        .insert()
        .into(TradeInClosure)
        .values({ tradeInId: event.tradeInId, reason: to, closedAt: now })
        .orIgnore()
        .execute();
      return;
    }
    c.status = to;
    await ctx.manager.getRepository(IntakeCase).save(c);
    await this.custody.append(ctx.manager, { tradeInId: c.tradeInId, action: to, actor: 'system', at: now, detail: { reason: why } });

    const shipment = await ctx.manager.getRepository(Shipment).findOne({
      where: { tradeInId: c.tradeInId, purpose: 'INBOUND' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!shipment || !canVoid(shipment.status)) return;
    // Voided at the carrier by the label worker, outside this transaction; the label counts as voided
    // (custody record, shipment.label-voided) only once the carrier confirmed.
    await this.labelRequests.requestVoid(ctx.manager, shipment, why, event.eventId, now);
  }
}
