import { type TradeInInput } from './trade-in-input';
import { type TradeInFacts, type TradeInState, TERMINAL_STATES } from './trade-in-state';

export type Transition =
  /** The state changed (or facts did, for a repricing regrade); `reprice` asks for a final-offer decision. */
  | {
      readonly outcome: 'APPLIED';
      readonly from: TradeInState;
      readonly to: TradeInState;
      readonly facts: TradeInFacts;
      readonly reprice?: { readonly gradeId: string };
      /** States passed through on the way to `to` (FINALIZED → PAID → COMPLETED when stock came first), each its own transition. */
      readonly via?: readonly TradeInState[];
    }
  /** Kept in the timeline, no state change: late, duplicate or informational. Facts may still be learned. */
  | { readonly outcome: 'RECORDED'; readonly facts: TradeInFacts; readonly note: string }
  /** A command that the current state does not allow (the API answers 409 with `code`). */
  | { readonly outcome: 'REJECTED'; readonly code: string; readonly reason: string };

const PRE_RECEIPT: ReadonlySet<TradeInState> = new Set(['ACCEPTED', 'IN_TRANSIT']);
const HELD: ReadonlySet<TradeInState> = new Set(['QUARANTINED', 'SUSPENDED']);
/** States from which a hold (quarantine, suspension) can start: the device is ours and not yet paid for. */
const HOLDABLE: ReadonlySet<TradeInState> = new Set(['ACCEPTED', 'IN_TRANSIT', 'RECEIVED', 'GRADED', 'COUNTER_OFFERED', 'FINALIZED']);
/** States from which the device can be on its way back to its owner. */
const RETURNABLE: ReadonlySet<TradeInState> = new Set([
  'ACCEPTED',
  'IN_TRANSIT',
  'RECEIVED',
  'GRADED',
  'COUNTER_OFFERED',
  'QUARANTINED',
  'SUSPENDED',
  'RETURNING',
]);

/**
 * The trade-in state machine: a pure function of the current facts and one input. Events from other
 * services are never rejected (they happened); they move the state when the rules allow, and are otherwise
 * recorded. Commands (accept, cancel, offer decisions) are rejected when the state does not allow them.
 */
export function applyTradeInInput(facts: TradeInFacts, input: TradeInInput): Transition {
  const s = facts.state;
  const move = (to: TradeInState, patch: Partial<TradeInFacts> = {}, reprice?: { gradeId: string }): Transition =>
    settle(facts, { ...facts, ...patch, state: to }, reprice);
  const record = (note: string, patch: Partial<TradeInFacts> = {}): Transition => settle(facts, { ...facts, ...patch }, undefined, note);
  const reject = (code: string, reason: string): Transition => ({ outcome: 'REJECTED', code, reason });
  /** A mail-in trade-in that expired for want of shipping comes back to life when its device turns up. */
  const expiredUnshipped = s === 'EXPIRED' && facts.expiredReason === 'SHIP_BY_PASSED';

  switch (input.kind) {
    case 'QUOTE_ACCEPTED':
      if (s === 'QUOTED') return move('ACCEPTED', { fulfilment: input.fulfilment });
      if (s === 'EXPIRED') return reject('QUOTE_EXPIRED', 'the quote has expired; ask for a new quote');
      if (s === 'CANCELLED') return reject('QUOTE_CANCELLED', 'the quote was cancelled');
      return reject('QUOTE_ALREADY_ACCEPTED', `the quote was already accepted (trade-in is ${s})`);
    case 'QUOTE_EXPIRED':
      return s === 'QUOTED' ? move('EXPIRED', { expiredReason: 'QUOTE_EXPIRED' }) : record(`quote expiry ignored: trade-in is ${s}`);
    case 'SHIP_BY_PASSED':
      return s === 'ACCEPTED' && facts.fulfilment === 'MAIL_IN' && !facts.received
        ? move('EXPIRED', { expiredReason: 'SHIP_BY_PASSED' })
        : record(`ship-by expiry ignored: trade-in is ${s}`);
    case 'CANCELLED':
      if (s === 'QUOTED' || s === 'ACCEPTED') return move('CANCELLED');
      return reject('TOO_LATE_TO_CANCEL', `a trade-in can be cancelled only before its device ships (it is ${s})`);
    case 'LABEL_ISSUED':
    case 'SHIPMENT_EXCEPTION':
    case 'PAYOUT_FAILED':
    case 'PAYOUT_HELD':
      return record(input.kind);
    case 'SHIPMENT_IN_TRANSIT':
    case 'SHIPMENT_DELIVERED':
      if (s === 'ACCEPTED' || expiredUnshipped) return move('IN_TRANSIT', { expiredReason: null });
      return record(`${input.kind} after ${s}: no change`);
    case 'DEVICE_RECEIVED':
      if (PRE_RECEIPT.has(s) || expiredUnshipped) return move('RECEIVED', { received: true, expiredReason: null });
      return record(`${input.kind} after ${s}: no change`, { received: true });
    case 'STORE_DEVICE_ARRIVED':
      return record(input.kind, { received: true });
    case 'DEVICE_QUARANTINED':
    case 'DEVICE_SUSPENDED': {
      const to: TradeInState = input.kind === 'DEVICE_QUARANTINED' ? 'QUARANTINED' : 'SUSPENDED';
      if (HOLDABLE.has(s) || expiredUnshipped) {
        const resumeState: TradeInState = PRE_RECEIPT.has(s) || expiredUnshipped ? 'RECEIVED' : s;
        return move(to, { resumeState, received: true, expiredReason: null });
      }
      if (HELD.has(s) && s !== to) return move(to);
      return record(`${input.kind} while ${s}: no change`);
    }
    case 'DEVICE_RELEASED': {
      if (!HELD.has(s)) return record(`release while ${s}: no change`);
      if (input.releasedTo === 'TO_OWNER') return move('RETURNING', { resumeState: null });
      const resume = facts.resumeState ?? 'RECEIVED';
      if (facts.pendingGradeId && (resume === 'RECEIVED' || resume === 'GRADED')) {
        return move('GRADED', { resumeState: null, pendingGradeId: null }, { gradeId: facts.pendingGradeId });
      }
      return move(resume, { resumeState: null });
    }
    case 'DEVICE_GRADED':
      if (HELD.has(s)) return record('graded while held: repriced on release', { pendingGradeId: input.gradeId, received: true });
      if (PRE_RECEIPT.has(s) || s === 'RECEIVED' || expiredUnshipped) {
        return move('GRADED', { received: true, expiredReason: null }, { gradeId: input.gradeId });
      }
      // An appeal's regrade replaces the grade a revised offer was based on: reprice from it.
      if (input.regrade && (s === 'COUNTER_OFFERED' || s === 'GRADED')) return move('GRADED', {}, { gradeId: input.gradeId });
      return record(`${input.kind} after ${s}: no change`);
    case 'OFFER_FINALIZED':
      if (s === 'GRADED' || s === 'COUNTER_OFFERED') return move('FINALIZED');
      return reject('OFFER_NOT_OPEN', `there is no offer to finalize (trade-in is ${s})`);
    case 'OFFER_REVISED':
      if (s === 'GRADED') return move('COUNTER_OFFERED');
      return reject('OFFER_NOT_OPEN', `an offer can be revised only after grading (trade-in is ${s})`);
    case 'OFFER_DECLINED':
      if (s === 'COUNTER_OFFERED') return move('RETURNING');
      return reject('OFFER_NOT_OPEN', `there is no revised offer to decline (trade-in is ${s})`);
    case 'RETURN_SHIPPED':
      if (s === 'RETURNING') return record('return shipped');
      if (RETURNABLE.has(s) || expiredUnshipped) return move('RETURNING', { resumeState: null, expiredReason: null });
      return record(`${input.kind} after ${s}: no change`);
    case 'RETURN_DELIVERED':
      if (RETURNABLE.has(s) || expiredUnshipped) return move('RETURNED', { resumeState: null, expiredReason: null });
      return record(`${input.kind} after ${s}: no change`);
    case 'PAYOUT_COMPLETED':
      return s === 'FINALIZED' ? move('FINALIZED', { paid: true }) : record(`paid while ${s}`, { paid: true });
    case 'STOCK_ADDED':
      return record('stocked', { stocked: true });
  }
}

/**
 * Applies the rules that follow from facts rather than from one event: a finalized trade-in that is paid is
 * PAID, and a paid one that is stocked is COMPLETED, whichever of the two events came first.
 */
function settle(before: TradeInFacts, after: TradeInFacts, reprice?: { gradeId: string }, note?: string): Transition {
  let next = after;
  const hops: TradeInState[] = after.state !== before.state ? [after.state] : [];
  if (next.state === 'FINALIZED' && next.paid) {
    next = { ...next, state: 'PAID' };
    hops.push('PAID');
  }
  if (next.state === 'PAID' && next.stocked) {
    next = { ...next, state: 'COMPLETED' };
    hops.push('COMPLETED');
  }
  if (next.state !== before.state || reprice) {
    if (TERMINAL_STATES.has(before.state)) return { outcome: 'RECORDED', facts: before, note: note ?? `trade-in is ${before.state}` };
    const via = hops.slice(0, -1);
    return {
      outcome: 'APPLIED',
      from: before.state,
      to: next.state,
      facts: next,
      ...(reprice ? { reprice } : {}),
      ...(via.length ? { via } : {}),
    };
  }
  return { outcome: 'RECORDED', facts: next, note: note ?? 'no change' };
}

export function initialFacts(): TradeInFacts {
  return {
    state: 'QUOTED',
    fulfilment: null,
    expiredReason: null,
    resumeState: null,
    received: false,
    pendingGradeId: null,
    paid: false,
    stocked: false,
  };
}
