import { MAIL_IN, STORE_BOX, type Scenario } from '../demo/scenarios';
import { type Tracked } from '../demo/tracked';
import { DEMO_DEVICES } from '../start/demo-fixtures';
import { type TradeInFacts, checkCustody, checkTradeIn } from './checks';
import { apiStats, normalBacklog, recoveredAt } from './stats';

const EUR = (n: number) => ({ amountMinor: String(n), currency: 'EUR' });
const CHAIN = ['LABEL_ISSUED', 'CARRIER_IN_TRANSIT', 'CARRIER_DELIVERED', 'RECEIVED_AT_SITE', 'CUSTODY_CLOSED'];
const tracked = (no: number, scenario: Scenario = MAIL_IN[1]!): Tracked => ({
  no,
  scenario,
  device: DEMO_DEVICES[0]!,
  imei: '1',
  serial: no,
  tradeInId: `t${no}`,
});

type View = TradeInFacts['view'];
type Payout = TradeInFacts['payouts'][number];
/** The fields the checks read; the API's views carry more (fixtures are cast to them). */
const asView = (v: Record<string, unknown>) => v as unknown as View;
const asPayout = (p: Record<string, unknown>) => p as unknown as Payout;

function paid(id: string, over: Partial<TradeInFacts> = {}): TradeInFacts {
  const payout = asPayout({
    id: `p-${id}`,
    status: 'PAID',
    amount: EUR(22000),
    method: 'GIFT_CARD',
    attemptHistory: [{ attemptNo: 1, status: 'PAID' }],
  });
  return {
    view: asView({
      id,
      state: 'COMPLETED',
      quotedAmount: EUR(22000),
      payoutMethod: 'GIFT_CARD',
      offer: { kind: 'FINAL', amount: EUR(22000), reasonCodes: [], answer: null },
      timeline: ['QUOTED', 'ACCEPTED', 'IN_TRANSIT', 'RECEIVED', 'GRADED', 'FINALIZED', 'PAID', 'COMPLETED'].map((to) => ({
        from: null,
        to,
        outcome: 'APPLIED',
        cause: 'x',
      })),
    }),
    payouts: [payout],
    custody: CHAIN,
    providerPaid: [{ payoutId: payout.id, amount: payout.amount, idempotencyKey: `payout:${payout.id}:1` }],
    providerProcessing: 0,
    ...over,
  };
}

describe('chaos checks of one trade-in', () => {
  it('passes a trade-in paid once, by one provider payment, at its final offer', () => {
    expect(checkTradeIn(tracked(1), paid('t1'))).toEqual([]);
  });

  it('finds a double payment at the provider, a second payout, a stuck state and a repeated transition', () => {
    const x = paid('t1');
    expect(
      checkTradeIn(tracked(1), { ...x, providerPaid: [...x.providerPaid, { ...x.providerPaid[0]!, idempotencyKey: 'payout:p-t1:2' }] }),
    ).toEqual([expect.stringContaining("the provider's book holds 2 payments")]);
    expect(checkTradeIn(tracked(1), { ...x, payouts: [...x.payouts, asPayout({ ...x.payouts[0]!, id: 'other' })] })).toEqual([
      expect.stringContaining('2 payout(s), 2 PAID'),
    ]);
    expect(checkTradeIn(tracked(1), { ...x, view: asView({ ...x.view, state: 'GRADED' }), payouts: [], providerPaid: [] })).toEqual([
      expect.stringContaining('GRADED, expected COMPLETED'),
    ]);
    const twice = asView({ ...x.view, timeline: [...x.view.timeline, { from: null, to: 'PAID', outcome: 'APPLIED', cause: 'again' }] });
    expect(checkTradeIn(tracked(1), { ...x, view: twice })).toEqual([expect.stringContaining('applied PAID twice')]);
  });

  it('finds money paid for a trade-in that must not be paid, and a payment left PROCESSING', () => {
    const returned = tracked(6, MAIL_IN[5]!);
    const x = paid('t6');
    expect(checkTradeIn(returned, { ...x, view: asView({ ...x.view, state: 'RETURNED' }) })).toEqual([
      expect.stringContaining('RETURNED but 1 payout(s) PAID and 1 provider payment(s)'),
    ]);
    expect(checkTradeIn(tracked(1), { ...x, providerProcessing: 1 })).toEqual([expect.stringContaining('still PROCESSING')]);
  });

  it('accepts store credit without any provider attempt, but not with a provider payment', () => {
    const store = tracked(11, STORE_BOX[0]!);
    const credit = asPayout({ id: 'p-s', status: 'PAID', amount: EUR(22000), method: 'STORE_CREDIT', attemptHistory: [] });
    expect(checkTradeIn(store, paid('t11', { payouts: [credit], providerPaid: [] }))).toEqual([]);
    expect(checkTradeIn(store, paid('t11', { payouts: [credit] }))).toEqual([
      expect.stringContaining('STORE_CREDIT payout but the provider'),
    ]);
  });

  it("flags a custody chain that differs from its scenario's", () => {
    const ts = [tracked(1), tracked(2), tracked(3)];
    const facts = new Map(ts.map((t) => [t.tradeInId!, paid(t.tradeInId!)]));
    expect(checkCustody(ts, facts).violations).toEqual([]);
    facts.set('t3', paid('t3', { custody: [...CHAIN.slice(0, 3), 'RECEIVED_AT_SITE', 'RECEIVED_AT_SITE', 'CUSTODY_CLOSED'] }));
    expect(checkCustody(ts, facts).violations).toEqual([expect.stringContaining('#3 t3 custody')]);
  });
});

describe('chaos statistics', () => {
  it('counts no answer and 5xx as errors, 4xx as answers, and takes the 99th percentile', () => {
    const xs = Array.from({ length: 100 }, (_, i) => ({ at: i, ms: i + 1, status: i < 3 ? 0 : i < 5 ? 503 : i < 10 ? 409 : 200 }));
    expect(apiStats(xs)).toEqual({ requests: 100, errors: 5, errorRate: 0.05, p50Ms: 50, p99Ms: 99 });
  });

  it('recovers when two samples in a row are back under the calm level, after the repair', () => {
    const samples = [
      { at: 0, lag: 4, pending: 0 },
      { at: 10, lag: 6, pending: 2 }, // calm
      { at: 20, lag: 300, pending: 50 },
      { at: 30, lag: null, pending: 3 },
      { at: 40, lag: 10, pending: 0 },
      { at: 50, lag: 90, pending: 0 },
      { at: 60, lag: 5, pending: 1 },
      { at: 70, lag: 3, pending: 0 },
    ];
    const normal = normalBacklog(samples, 20, 25);
    expect(normal).toBe(25);
    expect(recoveredAt(samples, { kind: 'kill', target: 'x', injectedAt: 20, restoredAt: 25 }, normal)).toBe(60);
    expect(recoveredAt(samples, { kind: 'kill', target: 'x', injectedAt: 20, restoredAt: 65 }, normal)).toBeUndefined();
  });
});
