import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  DeviceQuarantined,
  type DeviceQuarantinedPayload,
  DeviceReleased,
  type DeviceReleasedPayload,
  DeviceSuspended,
  type DeviceSuspendedPayload,
  type EventEnvelope,
  PayoutHeld,
} from '@tradein/contracts';
import { type HandlerContext, OnEvent } from '@tradein/messaging';
import { childLogger, counter } from '@tradein/observability';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { DEVICE_HELD } from '../hold-facts';
import { type HoldReason } from '../hold-rules';

const REASON: HoldReason = 'DEVICE_HELD';
/** Who the audit rows of these automatic transitions name. */
const ACTOR = 'intake-service';

const heldInFlight = counter(
  'payout_device_held_in_flight_total',
  'Devices quarantined or suspended while their payout was already with the provider (ops must look)',
  ['event'],
);

interface OpenPayout {
  id: string;
  status: string;
  hold_reasons: string[];
}

/**
 * docs/design/DOMAIN.md: a device reported lost/stolen or otherwise quarantined must not be paid, and the checks run
 * again before payout. A quarantine (any reason) or a suspension at intake holds the trade-in's open
 * payout with DEVICE_HELD; the fact is kept as a flag too, so a payout created later is held at once.
 *
 * A release TO_GRADING lifts only that reason (the payout goes back to where it was if nothing else holds
 * it). A release TO_OWNER keeps the hold: the device went back to its owner, so ops refuse the payout
 * (cancelled, ledger reversed) - an automatic cancellation would hide a wrong release from them.
 * A payout already SUBMITTED is not touched (the provider may be paying it); it is logged, counted and
 * audited for ops, and the worker holds it instead of retrying should that attempt fail.
 */
// A controller of the Kafka event transport: its @OnEvent methods are Nest event handlers (libs/messaging).
@Controller()
export class DeviceHoldHandler {
  private readonly log = childLogger('device-hold');

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @OnEvent(DeviceQuarantined)
  async quarantined(@Payload() event: EventEnvelope<DeviceQuarantinedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    await this.hold(event, ctx, `device quarantined (${event.payload.reasonCodes.join(', ')})`);
  }

  @OnEvent(DeviceSuspended)
  async suspended(@Payload() event: EventEnvelope<DeviceSuspendedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    await this.hold(event, ctx, `device suspended (${event.payload.category}: ${event.payload.reasonCode})`);
  }

  @OnEvent(DeviceReleased)
  async released(@Payload() event: EventEnvelope<DeviceReleasedPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    if (event.payload.releasedTo !== 'TO_GRADING') {
      this.log.warn({ tradeInId: event.tradeInId }, 'device released to its owner: its payout stays held for ops to refuse');
      return;
    }
    const now = this.clock.now();
    await ctx.manager.query('DELETE FROM trade_in_flag WHERE trade_in_id = $1 AND flag = $2', [event.tradeInId, DEVICE_HELD]);
    const [payout] = await this.openPayout(ctx, event.tradeInId, ['HELD']);
    if (!payout || !payout.hold_reasons.includes(REASON)) return;
    const remaining = payout.hold_reasons.filter((r) => r !== REASON);
    // Back to where the device hold found it: a FAILED payout still waits for ops, others are due now.
    const [before]: Array<{ from_status: string }> = await ctx.manager.query(
      `SELECT from_status FROM payout_audit WHERE payout_id = $1 AND action = 'DEVICE_HOLD' ORDER BY id DESC LIMIT 1`,
      [payout.id],
    );
    const to = remaining.length ? 'HELD' : before?.from_status === 'FAILED' ? 'FAILED' : 'PENDING';
    await ctx.manager.query(`UPDATE payout SET status = $2, hold_reasons = $3, next_attempt_at = $4, updated_at = $5 WHERE id = $1`, [
      payout.id,
      to,
      remaining,
      to === 'PENDING' ? now.toISOString() : null,
      now.toISOString(),
    ]);
    await this.audit(ctx, payout, 'DEVICE_RELEASE', `device released to grading: ${event.payload.reason}`, to, now);
  }

  private async hold(event: EventEnvelope<object>, ctx: HandlerContext, why: string): Promise<void> {
    const now = this.clock.now();
    await ctx.manager.query(
      `INSERT INTO trade_in_flag (trade_in_id, flag, source_event_id, flagged_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [event.tradeInId, DEVICE_HELD, event.eventId, now.toISOString()],
    );
    const [payout] = await this.openPayout(ctx, event.tradeInId, ['PENDING', 'FAILED', 'HELD', 'SUBMITTED']);
    if (!payout) return;
    if (payout.status === 'SUBMITTED') {
      this.log.warn(
        { tradeInId: event.tradeInId, payoutId: payout.id, event: event.type },
        'device held while its payout is with the provider: ops must check',
      );
      heldInFlight.inc({ event: event.type });
      await this.audit(ctx, payout, 'DEVICE_HOLD_IN_FLIGHT', `${why}; payout already submitted, left alone`, 'SUBMITTED', now);
      return;
    }
    if (payout.hold_reasons.includes(REASON)) return;
    await ctx.manager.query(
      `UPDATE payout SET status = 'HELD', hold_reasons = array_append(hold_reasons, $2), next_attempt_at = NULL, updated_at = $3 WHERE id = $1`,
      [payout.id, REASON, now.toISOString()],
    );
    await this.audit(ctx, payout, 'DEVICE_HOLD', why, 'HELD', now);
    if (payout.status !== 'HELD') await ctx.emit(PayoutHeld, { payoutId: payout.id, reasonCode: REASON });
  }

  private async openPayout(ctx: HandlerContext, tradeInId: string, statuses: string[]): Promise<OpenPayout[]> {
    return ctx.manager.query(`SELECT id, status, hold_reasons FROM payout WHERE trade_in_id = $1 AND status = ANY($2) FOR UPDATE`, [
      tradeInId,
      statuses,
    ]);
  }

  private async audit(ctx: HandlerContext, payout: OpenPayout, action: string, reason: string, to: string, at: Date): Promise<void> {
    await ctx.manager.query(
      `INSERT INTO payout_audit (payout_id, action, actor, reason, from_status, to_status, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [payout.id, action, ACTOR, reason.slice(0, 500), payout.status, to, at.toISOString()],
    );
  }
}
