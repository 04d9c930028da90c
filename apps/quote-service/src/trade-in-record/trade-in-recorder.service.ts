import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { CLOCK, type Clock, ConflictError } from '@tradein/service-runtime';
import { WebhookEnqueuer } from '../webhooks/deliver/webhook-enqueuer.service';
import { applyTradeInInput, type Transition } from './state/apply-trade-in-input';
import { type TradeInInput } from './state/trade-in-input';
import { type TradeInFacts } from './state/trade-in-state';
import { TradeInEntity } from './trade-in.entity';
import { TradeInTimelineEntity } from './trade-in-timeline.entity';
import { type Cause } from './emit';

export function factsOf(t: TradeInEntity): TradeInFacts {
  return {
    state: t.state,
    fulfilment: t.fulfilment,
    expiredReason: t.expiredReason,
    resumeState: t.resumeState,
    received: t.received,
    pendingGradeId: t.pendingGradeId,
    paid: t.paid,
    stocked: t.stocked,
  };
}

/**
 * Runs one input through the state machine on a locked trade-in and persists the outcome: the new facts,
 * a timeline entry (also for inputs that changed nothing, so nothing is lost), and a webhook delivery for
 * each state change. A command the state does not allow answers 409 with the machine's code. (A trade-in is
 * created only by openTradeIn, beside this file.)
 */
@Injectable()
export class TradeInRecorder {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly webhooks: WebhookEnqueuer,
  ) {}

  async lock(m: EntityManager, id: string): Promise<TradeInEntity | null> {
    return m.findOne(TradeInEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Saves the trade-in and a timeline entry for something that is not a state-machine input (an appeal). */
  async note(m: EntityManager, tradeIn: TradeInEntity, cause: Cause): Promise<void> {
    const now = this.clock.now();
    tradeIn.updatedAt = now;
    await m.save(TradeInEntity, tradeIn);
    await m.insert(TradeInTimelineEntity, {
      tradeInId: tradeIn.id,
      at: now,
      fromState: tradeIn.state,
      toState: tradeIn.state,
      outcome: 'RECORDED',
      cause: cause.cause,
      eventId: cause.eventId ?? null,
      detail: cause.detail ?? null,
    });
  }

  async apply(m: EntityManager, tradeIn: TradeInEntity, input: TradeInInput, cause: Cause): Promise<Transition> {
    const t = applyTradeInInput(factsOf(tradeIn), input);
    if (t.outcome === 'REJECTED') throw new ConflictError(t.code, t.reason);
    const now = this.clock.now();
    const from = tradeIn.state;
    Object.assign(tradeIn, t.facts, { updatedAt: now });
    await m.save(TradeInEntity, tradeIn);
    // Every state passed through is its own timeline entry and webhook: a partner waiting for PAID sees
    // it even when stock arrived first and the same payout event also completes the trade-in.
    const hops = t.outcome === 'APPLIED' ? [...(t.via ?? []), t.to] : [tradeIn.state];
    let prev = from;
    for (const to of hops) {
      const entry = await m.save(
        TradeInTimelineEntity,
        m.create(TradeInTimelineEntity, {
          tradeInId: tradeIn.id,
          at: now,
          fromState: prev,
          toState: to,
          outcome: t.outcome,
          cause: cause.cause,
          eventId: cause.eventId ?? null,
          detail: cause.detail ?? (t.outcome === 'RECORDED' ? t.note : null),
        }),
      );
      if (t.outcome === 'APPLIED' && prev !== to) {
        await this.webhooks.stateChanged(m, {
          partnerId: tradeIn.partnerId,
          tradeInId: tradeIn.id,
          quoteId: tradeIn.quoteId,
          from: prev,
          to,
          cause: cause.cause,
          at: now,
          sequence: entry.id,
        });
      }
      prev = to;
    }
    return t;
  }
}
