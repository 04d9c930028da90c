import { DeviceGraded, PayoutCompleted, StockAdded } from '@tradein/contracts';
import { type Money, type TradeInView, appliedStates } from '../platform-client';
import { withLogs } from './logs';
import { BEST, DAY_MS, type MailInPlatform, startMailInPlatform } from './mail-in-fixture';

/**
 * Acceptance: what happens after grading when the device is not exactly as declared (docs/quote-service.md, step 5):
 * a revised offer the customer accepts, the answer window passing under each pre-chosen policy, and the published
 * tolerance rule that pays the quoted price (or more) without asking. Four processes, PostgreSQL, Kafka, public APIs only.
 */

const ANSWER_WINDOW_MS = 14 * DAY_MS;
const PAID_AND_STOCKED = ['QUOTED', 'ACCEPTED', 'IN_TRANSIT', 'RECEIVED', 'GRADED', 'FINALIZED', 'PAID', 'COMPLETED'];
const REVISED_PAID_AND_STOCKED = [
  'QUOTED',
  'ACCEPTED',
  'IN_TRANSIT',
  'RECEIVED',
  'GRADED',
  'COUNTER_OFFERED',
  'FINALIZED',
  'PAID',
  'COMPLETED',
];
const REVISED_RETURNED = ['QUOTED', 'ACCEPTED', 'IN_TRANSIT', 'RECEIVED', 'GRADED', 'COUNTER_OFFERED', 'RETURNING', 'RETURNED'];

/** A cracked display cover lens: CTIA D at best; quote-service reprices the screen as "cracked". */
const CRACKED_SCREEN = { cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }], battery: 91 };
/** Deep scratches on the housing: CTIA C, two grades below a flawless declaration; repriced as a heavily worn body. */
const WORN_BODY = { cosmeticGrade: 'C', defects: [{ code: 'DEEP_SCRATCHES' }], battery: 91 };

const minor = (m: Money) => BigInt(m.amountMinor);

describe('acceptance: revised offers, the answer window and the tolerance rule', () => {
  let fx: MailInPlatform;

  beforeAll(async () => {
    fx = await startMailInPlatform();
  }, 180_000);
  afterAll(async () => {
    await fx?.close('revised-offers');
  }, 60_000);

  /** Grades the received device; waits for quote-service's decision. */
  async function gradeAndDecide(
    tradeInId: string,
    imei: string,
    g: { cosmeticGrade: string; defects: Array<{ code: string }>; battery: number },
  ): Promise<TradeInView> {
    await fx.f.grade(tradeInId, { ...g, imei });
    return fx.f.stateOf(tradeInId, 'COUNTER_OFFERED', 'FINALIZED', 'PAID', 'COMPLETED');
  }

  function expectRevised(t: TradeInView, amount: Money, reasonCodes: string[]): void {
    expect(t.state).toBe('COUNTER_OFFERED');
    expect(t.offer).toMatchObject({ kind: 'REVISED', amount, reasonCodes, answer: null });
    // The answer window: 14 days from the decision.
    expect(Date.parse(t.respondBy!) - Date.parse(t.offer!.decidedAt!)).toBe(ANSWER_WINDOW_MS);
  }

  /** Paid exactly `amount` once, the trade-in COMPLETED with the device in stock at the grade. */
  async function expectPaidAndStocked(tradeInId: string, amount: Money, cosmeticGrade: string): Promise<TradeInView> {
    const payout = await fx.f.paidPayout(tradeInId);
    expect(payout).toMatchObject({ amount, method: 'GIFT_CARD' });
    expect(await fx.f.payoutsOf(tradeInId)).toHaveLength(1);
    const done = await fx.f.stateOf(tradeInId, 'COMPLETED');
    expect(done.timeline.map((e) => e.cause)).toEqual(expect.arrayContaining([DeviceGraded.type, PayoutCompleted.type, StockAdded.type]));
    // The documented outcomes are APPLIED and RECORDED (a refused input is answered, never recorded): this checks it at runtime.
    expect(done.timeline.filter((e) => (e.outcome as string) === 'REJECTED')).toEqual([]);
    const item = await fx.f.stockItemOf(tradeInId);
    expect(item).toMatchObject({ cosmeticGrade, status: 'IN_STOCK' });
    expect(await fx.f.ledgerInvariant()).toMatchObject({ balanced: true, unbalancedEntryIds: [] });
    return done;
  }

  /** Moves every service's clock past the answer window of offers decided before now. */
  const passAnswerWindow = () => fx.p.advanceClock(ANSWER_WINDOW_MS + 60 * 60_000);

  it(
    'a revised offer the customer accepts is finalized, paid and stocked at exactly the revised amount',
    () =>
      withLogs(fx.p, async () => {
        const { tradeInId, quoted, imei } = await fx.deviceAtSite({ revisedOfferPolicy: { policy: 'ASK' } });
        const revisedAmount = await fx.priceFor({ ...BEST, screen: 'cracked' });
        expect(minor(revisedAmount)).toBeLessThan(minor(quoted));

        const countered = await gradeAndDecide(tradeInId, imei, CRACKED_SCREEN);
        expectRevised(countered, revisedAmount, ['SCREEN_CONDITION']);
        expect(await fx.f.payoutsOf(tradeInId)).toEqual([]);

        const accepted = await fx.f.answerRevisedOffer(tradeInId, 'accept');
        expect(accepted).toMatchObject({
          state: 'FINALIZED',
          offer: { kind: 'FINAL', basis: 'REVISED_ACCEPTED', answer: 'ACCEPTED', amount: revisedAmount },
        });
        // Answered once: a second answer finds no revised offer open.
        const again = await fx.p.call<{ code: string }>('quote-service', 'POST', `/v1/trade-ins/${tradeInId}/revised-offer/decline`, {
          apiKey: fx.apiKey,
          body: {},
        });
        expect(again).toMatchObject({ status: 409, body: { code: 'NO_REVISED_OFFER' } });

        const done = await expectPaidAndStocked(tradeInId, revisedAmount, 'D');
        expect(appliedStates(done)).toEqual(REVISED_PAID_AND_STOCKED);
        expect(done.timeline.find((e) => e.from === 'COUNTER_OFFERED')).toMatchObject({
          to: 'FINALIZED',
          cause: 'api:accept-revised-offer',
        });
      }),
    300_000,
  );

  it(
    "AUTO_ACCEPT_WITHIN waits for the answer window, then accepts a drop within the customer's percentage and pays it",
    () =>
      withLogs(fx.p, async () => {
        const { tradeInId, quoted, imei } = await fx.deviceAtSite({
          revisedOfferPolicy: { policy: 'AUTO_ACCEPT_WITHIN', withinPercent: 20 },
        });
        const revisedAmount = await fx.priceFor({ ...BEST, body: 'heavy_wear' });
        const dropPercent = Number(((minor(quoted) - minor(revisedAmount)) * 10_000n) / minor(quoted)) / 100;
        expect(dropPercent).toBeGreaterThan(5); // beyond the published tolerance: a real revision
        expect(dropPercent).toBeLessThanOrEqual(20); // within what the customer pre-authorised

        // The pre-authorisation applies on silence only: the offer is put to the customer first.
        const countered = await gradeAndDecide(tradeInId, imei, WORN_BODY);
        expectRevised(countered, revisedAmount, ['BODY_CONDITION']);
        expect(countered.revisedOfferPolicy).toEqual({ policy: 'AUTO_ACCEPT_WITHIN', withinPercent: 20 });
        expect(await fx.f.payoutsOf(tradeInId)).toEqual([]);

        await passAnswerWindow();
        const settled = await fx.f.stateOf(tradeInId, 'FINALIZED', 'PAID', 'COMPLETED');
        expect(settled.offer).toMatchObject({
          kind: 'FINAL',
          basis: 'REVISED_AUTO_ACCEPTED',
          answer: 'AUTO_ACCEPTED',
          amount: revisedAmount,
        });
        const lapse = settled.timeline.find((e) => e.from === 'COUNTER_OFFERED');
        expect(lapse).toMatchObject({ to: 'FINALIZED', outcome: 'APPLIED', cause: 'deadline:answer-window' });
        expect(lapse!.detail).toContain('AUTO_ACCEPT_WITHIN → AUTO_ACCEPT');

        const done = await expectPaidAndStocked(tradeInId, revisedAmount, 'C');
        expect(appliedStates(done)).toEqual(REVISED_PAID_AND_STOCKED);
      }),
    300_000,
  );

  it(
    "when the answer window passes, ASK and a drop beyond the customer's percentage both mean a free return, never a payout",
    () =>
      withLogs(fx.p, async () => {
        const [ask, beyond] = await Promise.all([
          fx.deviceAtSite({ revisedOfferPolicy: { policy: 'ASK' } }),
          fx.deviceAtSite({ revisedOfferPolicy: { policy: 'AUTO_ACCEPT_WITHIN', withinPercent: 10 } }),
        ]);
        const revisedAmount = await fx.priceFor({ ...BEST, body: 'heavy_wear' });
        expect((minor(beyond.quoted) - minor(revisedAmount)) * 100n).toBeGreaterThan(minor(beyond.quoted) * 10n);
        for (const t of [ask, beyond])
          expectRevised(await gradeAndDecide(t.tradeInId, t.imei, WORN_BODY), revisedAmount, ['BODY_CONDITION']);

        await passAnswerWindow();
        for (const [t, policy] of [
          [ask, 'ASK'],
          [beyond, 'AUTO_ACCEPT_WITHIN'],
        ] as const) {
          const returning = await fx.f.stateOf(t.tradeInId, 'RETURNING', 'RETURNED');
          expect(returning.offer).toMatchObject({ kind: 'REVISED', answer: 'LAPSED_FREE_RETURN', amount: revisedAmount });
          const lapse = returning.timeline.find((e) => e.from === 'COUNTER_OFFERED');
          expect(lapse).toMatchObject({ to: 'RETURNING', outcome: 'APPLIED', cause: 'deadline:answer-window' });
          expect(lapse!.detail).toContain(`policy ${policy} → FREE_RETURN`);

          // The free return: intake ships it back on a tracked label; delivered to the owner, the trade-in is RETURNED.
          await fx.f.returnToOwner(t.tradeInId);
          const returned = await fx.f.stateOf(t.tradeInId, 'RETURNED');
          expect(appliedStates(returned)).toEqual(REVISED_RETURNED);
          expect((await fx.f.custodyOf(t.tradeInId)).records.map((r) => r.action).slice(-2)).toEqual([
            'RETURN_SHIPPED',
            'RETURN_DELIVERED',
          ]);
          await fx.expectNeverPaid(t.tradeInId);
        }
      }),
    300_000,
  );

  it(
    'grading within the tolerance rule pays the quoted price, and grading better than declared pays more, without a revised offer',
    () =>
      withLogs(fx.p, async () => {
        // Declared with light scratches and light wear; the grader finds it like new (CTIA A).
        const declared = { ...BEST, screen: 'light_scratches', body: 'light_wear' };
        const [better, oneGrade] = await Promise.all([fx.deviceAtSite({ answers: declared }), fx.deviceAtSite({ answers: { ...BEST } })]);
        const asNew = await fx.priceFor({ ...BEST });
        expect(minor(asNew)).toBeGreaterThan(minor(better.quoted));
        // Light screen scratches (CTIA B) on a device declared flawless: more than 5 % less, but one cosmetic grade with
        // nothing else wrong, which the published rule pays as quoted.
        const scratched = await fx.priceFor({ ...BEST, screen: 'light_scratches' });
        expect((minor(oneGrade.quoted) - minor(scratched)) * 100n).toBeGreaterThan(minor(oneGrade.quoted) * 5n);

        const higher = await gradeAndDecide(better.tradeInId, better.imei, { cosmeticGrade: 'A', defects: [], battery: 95 });
        expect(higher.offer).toMatchObject({ kind: 'FINAL', basis: 'REPRICED_HIGHER', amount: asNew });
        const tolerated = await gradeAndDecide(oneGrade.tradeInId, oneGrade.imei, {
          cosmeticGrade: 'B',
          defects: [{ code: 'SCREEN_LIGHT_SCRATCHES' }],
          battery: 95,
        });
        expect(tolerated.offer).toMatchObject({ kind: 'FINAL', basis: 'WITHIN_TOLERANCE', amount: oneGrade.quoted });

        for (const [t, amount, grade] of [
          [better, asNew, 'A'],
          [oneGrade, oneGrade.quoted, 'B'],
        ] as const) {
          const done = await expectPaidAndStocked(t.tradeInId, amount, grade);
          expect(appliedStates(done)).toEqual(PAID_AND_STOCKED);
        }
      }),
    300_000,
  );
});
