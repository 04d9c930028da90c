import { applyTradeInInput, initialFacts, type Transition } from './apply-trade-in-input';
import { type TradeInInput } from './trade-in-input';
import { type TradeInFacts, type TradeInState } from './trade-in-state';

const at = (state: TradeInState, patch: Partial<TradeInFacts> = {}): TradeInFacts => ({
  ...initialFacts(),
  fulfilment: 'MAIL_IN',
  state,
  ...patch,
});

/** Runs inputs in order, returning the final facts (rejections leave facts unchanged). */
function run(facts: TradeInFacts, inputs: TradeInInput[]): { facts: TradeInFacts; transitions: Transition[] } {
  const transitions: Transition[] = [];
  let current = facts;
  for (const input of inputs) {
    const t = applyTradeInInput(current, input);
    transitions.push(t);
    if (t.outcome !== 'REJECTED') current = t.facts;
  }
  return { facts: current, transitions };
}

const graded = (gradeId = 'g1', regrade = false): TradeInInput => ({ kind: 'DEVICE_GRADED', gradeId, regrade });

describe('trade-in state machine: the main path', () => {
  it('mail-in, end to end', () => {
    const { facts, transitions } = run(initialFacts(), [
      { kind: 'QUOTE_ACCEPTED', fulfilment: 'MAIL_IN' },
      { kind: 'LABEL_ISSUED' },
      { kind: 'SHIPMENT_IN_TRANSIT' },
      { kind: 'DEVICE_RECEIVED' },
      graded(),
      { kind: 'OFFER_FINALIZED' },
      { kind: 'PAYOUT_COMPLETED' },
      { kind: 'STOCK_ADDED' },
    ]);
    expect(transitions.filter((t) => t.outcome === 'APPLIED').map((t) => t.outcome === 'APPLIED' && t.to)).toEqual([
      'ACCEPTED',
      'IN_TRANSIT',
      'RECEIVED',
      'GRADED',
      'FINALIZED',
      'PAID',
      'COMPLETED',
    ]);
    expect(facts.state).toBe('COMPLETED');
    expect(transitions[4]).toMatchObject({ outcome: 'APPLIED', reprice: { gradeId: 'g1' } });
  });

  it('revised offer accepted, or declined and returned', () => {
    expect(run(at('GRADED'), [{ kind: 'OFFER_REVISED' }, { kind: 'OFFER_FINALIZED' }]).facts.state).toBe('FINALIZED');
    expect(
      run(at('GRADED'), [{ kind: 'OFFER_REVISED' }, { kind: 'OFFER_DECLINED' }, { kind: 'RETURN_SHIPPED' }, { kind: 'RETURN_DELIVERED' }])
        .facts.state,
    ).toBe('RETURNED');
  });

  it('store: received at the store, then graded', () => {
    const { facts } = run(initialFacts(), [
      { kind: 'QUOTE_ACCEPTED', fulfilment: 'STORE' },
      { kind: 'DEVICE_RECEIVED' },
      { kind: 'STORE_DEVICE_ARRIVED' },
      graded(),
    ]);
    expect(facts).toMatchObject({ state: 'GRADED', fulfilment: 'STORE', received: true });
  });
});

describe('commands the state does not allow are rejected with a stable code', () => {
  it.each<[TradeInState, Partial<TradeInFacts>, TradeInInput, string]>([
    ['EXPIRED', { expiredReason: 'QUOTE_EXPIRED' }, { kind: 'QUOTE_ACCEPTED', fulfilment: 'MAIL_IN' }, 'QUOTE_EXPIRED'],
    ['ACCEPTED', {}, { kind: 'QUOTE_ACCEPTED', fulfilment: 'MAIL_IN' }, 'QUOTE_ALREADY_ACCEPTED'],
    ['CANCELLED', {}, { kind: 'QUOTE_ACCEPTED', fulfilment: 'MAIL_IN' }, 'QUOTE_CANCELLED'],
    ['RECEIVED', {}, { kind: 'CANCELLED' }, 'TOO_LATE_TO_CANCEL'],
    ['FINALIZED', {}, { kind: 'OFFER_DECLINED' }, 'OFFER_NOT_OPEN'],
    ['RECEIVED', {}, { kind: 'OFFER_FINALIZED' }, 'OFFER_NOT_OPEN'],
    ['COUNTER_OFFERED', {}, { kind: 'OFFER_REVISED' }, 'OFFER_NOT_OPEN'],
  ])('%s + %j → %s', (state, patch, input, code) => {
    expect(applyTradeInInput(at(state, patch), input)).toMatchObject({ outcome: 'REJECTED', code });
  });
});

describe('deadlines', () => {
  it('an unaccepted quote expires; an accepted one ignores the quote deadline', () => {
    expect(applyTradeInInput(at('QUOTED'), { kind: 'QUOTE_EXPIRED' })).toMatchObject({ outcome: 'APPLIED', to: 'EXPIRED' });
    expect(applyTradeInInput(at('ACCEPTED'), { kind: 'QUOTE_EXPIRED' })).toMatchObject({ outcome: 'RECORDED' });
  });
  it('ship-by expires only an unshipped mail-in trade-in', () => {
    expect(applyTradeInInput(at('ACCEPTED'), { kind: 'SHIP_BY_PASSED' })).toMatchObject({
      outcome: 'APPLIED',
      to: 'EXPIRED',
      facts: { expiredReason: 'SHIP_BY_PASSED' },
    });
    expect(applyTradeInInput(at('IN_TRANSIT'), { kind: 'SHIP_BY_PASSED' }).outcome).toBe('RECORDED');
    expect(applyTradeInInput(at('ACCEPTED', { fulfilment: 'STORE' }), { kind: 'SHIP_BY_PASSED' }).outcome).toBe('RECORDED');
  });
  it('a device that turns up after ship-by expiry revives the trade-in (we never lose a device)', () => {
    const expired = at('EXPIRED', { expiredReason: 'SHIP_BY_PASSED' });
    expect(applyTradeInInput(expired, { kind: 'SHIPMENT_IN_TRANSIT' })).toMatchObject({ outcome: 'APPLIED', to: 'IN_TRANSIT' });
    expect(applyTradeInInput(expired, { kind: 'DEVICE_RECEIVED' })).toMatchObject({
      outcome: 'APPLIED',
      to: 'RECEIVED',
      facts: { expiredReason: null },
    });
    expect(applyTradeInInput(at('EXPIRED', { expiredReason: 'QUOTE_EXPIRED' }), { kind: 'DEVICE_RECEIVED' }).outcome).toBe('RECORDED');
  });
});

describe('out of causal order and duplicates', () => {
  it('graded before received: graded wins and the late receipt changes nothing', () => {
    const { facts, transitions } = run(at('IN_TRANSIT'), [graded(), { kind: 'DEVICE_RECEIVED' }, { kind: 'SHIPMENT_IN_TRANSIT' }]);
    expect(facts.state).toBe('GRADED');
    expect(transitions.map((t) => t.outcome)).toEqual(['APPLIED', 'RECORDED', 'RECORDED']);
  });
  it('received before in-transit: the trade-in does not go back', () => {
    expect(run(at('ACCEPTED'), [{ kind: 'DEVICE_RECEIVED' }, { kind: 'SHIPMENT_IN_TRANSIT' }]).facts.state).toBe('RECEIVED');
  });
  it('stock added before the payout completes: COMPLETED once paid', () => {
    const { facts, transitions } = run(at('FINALIZED'), [{ kind: 'STOCK_ADDED' }, { kind: 'PAYOUT_COMPLETED' }]);
    expect(transitions[0]).toMatchObject({ outcome: 'RECORDED', facts: { stocked: true, state: 'FINALIZED' } });
    expect(facts.state).toBe('COMPLETED');
    // PAID is still a transition of its own, so partners following webhooks see the payment.
    expect(transitions[1]).toMatchObject({ outcome: 'APPLIED', from: 'FINALIZED', to: 'COMPLETED', via: ['PAID'] });
  });
  it('payout first, then stock', () => {
    expect(run(at('FINALIZED'), [{ kind: 'PAYOUT_COMPLETED' }, { kind: 'STOCK_ADDED' }]).facts.state).toBe('COMPLETED');
  });
  it('a duplicate event is recorded without a second transition', () => {
    const { transitions } = run(at('ACCEPTED'), [{ kind: 'DEVICE_RECEIVED' }, { kind: 'DEVICE_RECEIVED' }]);
    expect(transitions.map((t) => t.outcome)).toEqual(['APPLIED', 'RECORDED']);
    const twice = run(at('RECEIVED'), [graded('g1'), graded('g1')]);
    expect(twice.transitions.map((t) => t.outcome)).toEqual(['APPLIED', 'RECORDED']);
  });
  it('return delivered before return shipped still ends RETURNED', () => {
    expect(
      run(at('COUNTER_OFFERED'), [{ kind: 'OFFER_DECLINED' }, { kind: 'RETURN_DELIVERED' }, { kind: 'RETURN_SHIPPED' }]).facts.state,
    ).toBe('RETURNED');
  });
  it('terminal states never move', () => {
    for (const state of ['COMPLETED', 'RETURNED', 'CANCELLED'] as const) {
      for (const input of [
        graded(),
        { kind: 'DEVICE_RECEIVED' },
        { kind: 'RETURN_DELIVERED' },
        { kind: 'STOCK_ADDED' },
      ] as TradeInInput[]) {
        const t = applyTradeInInput(at(state), input);
        expect(t.outcome).toBe('RECORDED');
        if (t.outcome === 'RECORDED') expect(t.facts.state).toBe(state);
      }
    }
  });
});

describe('holds: quarantine and suspension', () => {
  it('quarantine before receipt, release to grading resumes at RECEIVED', () => {
    const { facts } = run(at('IN_TRANSIT'), [{ kind: 'DEVICE_QUARANTINED' }, { kind: 'DEVICE_RELEASED', releasedTo: 'TO_GRADING' }]);
    expect(facts).toMatchObject({ state: 'RECEIVED', resumeState: null, received: true });
  });
  it('a grade arriving during a hold is kept and repriced on release', () => {
    const { facts, transitions } = run(at('RECEIVED'), [
      { kind: 'DEVICE_SUSPENDED' },
      graded('g7'),
      { kind: 'DEVICE_RELEASED', releasedTo: 'TO_GRADING' },
    ]);
    expect(transitions[1]).toMatchObject({ outcome: 'RECORDED', facts: { pendingGradeId: 'g7', state: 'SUSPENDED' } });
    expect(transitions[2]).toMatchObject({ outcome: 'APPLIED', to: 'GRADED', reprice: { gradeId: 'g7' } });
    expect(facts.pendingGradeId).toBeNull();
  });
  it('release to the owner starts a return', () => {
    expect(
      run(at('RECEIVED'), [
        { kind: 'DEVICE_QUARANTINED' },
        { kind: 'DEVICE_RELEASED', releasedTo: 'TO_OWNER' },
        { kind: 'RETURN_DELIVERED' },
      ]).facts.state,
    ).toBe('RETURNED');
  });
  it('a re-check before payout quarantines a finalized trade-in; release resumes and a payout made meanwhile counts', () => {
    const { facts } = run(at('FINALIZED'), [
      { kind: 'DEVICE_QUARANTINED' },
      { kind: 'PAYOUT_COMPLETED' },
      { kind: 'DEVICE_RELEASED', releasedTo: 'TO_GRADING' },
    ]);
    expect(facts.state).toBe('PAID');
  });
  it('a release without a hold is only recorded', () => {
    expect(applyTradeInInput(at('RECEIVED'), { kind: 'DEVICE_RELEASED', releasedTo: 'TO_GRADING' }).outcome).toBe('RECORDED');
  });
  it('a paid trade-in cannot be quarantined any more', () => {
    expect(applyTradeInInput(at('PAID'), { kind: 'DEVICE_QUARANTINED' }).outcome).toBe('RECORDED');
  });
  it('quarantine while suspended switches the hold', () => {
    expect(applyTradeInInput(at('SUSPENDED', { resumeState: 'RECEIVED' }), { kind: 'DEVICE_QUARANTINED' })).toMatchObject({
      outcome: 'APPLIED',
      to: 'QUARANTINED',
    });
  });
});

describe('appeals', () => {
  it('a regrade replaces a revised offer and asks for repricing', () => {
    expect(applyTradeInInput(at('COUNTER_OFFERED'), graded('g2', true))).toMatchObject({
      outcome: 'APPLIED',
      to: 'GRADED',
      reprice: { gradeId: 'g2' },
    });
  });
  it('a regrade after finalization changes nothing', () => {
    expect(applyTradeInInput(at('FINALIZED'), graded('g2', true)).outcome).toBe('RECORDED');
  });
});

describe('cancellation', () => {
  it('before shipping only', () => {
    expect(applyTradeInInput(at('QUOTED'), { kind: 'CANCELLED' })).toMatchObject({ outcome: 'APPLIED', to: 'CANCELLED' });
    expect(applyTradeInInput(at('ACCEPTED'), { kind: 'CANCELLED' })).toMatchObject({ outcome: 'APPLIED', to: 'CANCELLED' });
    expect(applyTradeInInput(at('IN_TRANSIT'), { kind: 'CANCELLED' }).outcome).toBe('REJECTED');
  });
});
