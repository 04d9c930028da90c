import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  DeviceQuarantined,
  type DeviceQuarantinedPayload,
  DeviceReceived,
  type DeviceReceivedPayload,
  type EventEnvelope,
  PayoutHeld,
} from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { FINANCED_UNPAID } from '../hold-facts';
import { type HoldReason } from '../hold-rules';

const REASON: HoldReason = 'DEVICE_FINANCED_UNPAID';

/**
 * docs/design/DOMAIN.md: a "financed / unpaid" device holds its payout. The receipt may come before or after the
 * finalized offer, so the fact is kept as a flag (read when the payout is created) and a payout that
 * already waits is held now. The identity check travels on a receipt or on a quarantine: both count.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class FinancedDeviceHandler {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @OnEvent(DeviceReceived)
  async handle(@Payload() event: EventEnvelope<DeviceReceivedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    await this.apply(event, ctx);
  }

  @OnEvent(DeviceQuarantined)
  async handleQuarantined(@Payload() event: EventEnvelope<DeviceQuarantinedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    await this.apply(event, ctx);
  }

  private async apply(event: EventEnvelope<DeviceReceivedPayload | DeviceQuarantinedPayload>, ctx: HandlerContext): Promise<void> {
    if (event.payload.identity.blockListStatus !== FINANCED_UNPAID) return;
    const now = this.clock.now().toISOString();
    await ctx.manager.query(
      `INSERT INTO trade_in_flag (trade_in_id, flag, source_event_id, flagged_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [event.tradeInId, FINANCED_UNPAID, event.eventId, now],
    );
    // A payout already held for another reason gets this reason too, so ops see it before releasing.
    const open: Array<{ id: string; status: string; hold_reasons: string[] }> = await ctx.manager.query(
      `SELECT id, status, hold_reasons FROM payout WHERE trade_in_id = $1 AND status IN ('PENDING', 'FAILED', 'HELD') FOR UPDATE`,
      [event.tradeInId],
    );
    const payout = open[0];
    if (!payout || payout.hold_reasons.includes(REASON)) return;
    await ctx.manager.query(
      `UPDATE payout SET status = 'HELD', hold_reasons = array_append(hold_reasons, $2), next_attempt_at = NULL, updated_at = $3 WHERE id = $1`,
      [payout.id, REASON, now],
    );
    if (payout.status !== 'HELD') await ctx.emit(PayoutHeld, { payoutId: payout.id, reasonCode: REASON });
  }
}
