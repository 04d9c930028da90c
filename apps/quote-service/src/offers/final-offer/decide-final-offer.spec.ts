import { QUESTIONNAIRES } from '../../catalog/questionnaires/questionnaires.seed';
import { type Answers } from '../../catalog/questionnaires/questionnaire.model';
import { type BonusProgram } from '../../pricing/engine/bonus-program';
import { priceDevice } from '../../pricing/engine/price-device';
import { DEFAULT_OFFER_POLICY } from '../../policy/offer-policy';
import { decideFinalOffer, type QuotedOffer } from './decide-final-offer';
import { type GradedCondition } from '../../trade-in-record/graded-condition';

const PHONE_BEST: Answers = { functional: 'works', screen: 'flawless', body: 'flawless', battery: '80_or_more', locks: 'none' };
const PRICED_AT = new Date('2026-03-01T00:00:00Z');
const NOW = new Date('2026-03-20T10:00:00Z');

function quote(declared: Answers, extra: Partial<QuotedOffer> = {}): QuotedOffer {
  const base = { baseMinor: 50_000n, currency: 'EUR' as const, category: 'smartphone' as const, questionnaire: QUESTIONNAIRES.smartphone };
  const priced = priceDevice({ ...base, answers: declared, program: extra.program ?? null, pricedAt: PRICED_AT });
  return {
    ...base,
    fulfilment: 'MAIL_IN',
    declaredAnswers: declared,
    includedAccessories: [],
    program: null,
    pricedAt: PRICED_AT,
    quotedDeviceValueMinor: priced.deviceValueMinor,
    quotedBonusMinor: priced.bonusMinor,
    quotedTotalMinor: priced.totalMinor,
    ...extra,
  };
}

const grade = (patch: Partial<GradedCondition> = {}): GradedCondition => ({
  gradeId: 'g1',
  cosmeticGrade: 'A',
  functionalGrade: 0,
  batteryHealthPercent: 91,
  missingAccessories: [],
  locked: false,
  defectCodes: [],
  evidenceRefs: ['photo-1'],
  ...patch,
});

describe('decideFinalOffer', () => {
  it('same condition as declared → AS_QUOTED at the quoted amount', () => {
    const d = decideFinalOffer(quote(PHONE_BEST), grade(), DEFAULT_OFFER_POLICY, NOW);
    expect(d).toMatchObject({ decision: 'FINALIZE', basis: 'AS_QUOTED', totalMinor: 50_000n });
  });

  it('better than declared → REPRICED_HIGHER, the seller gets the higher price', () => {
    const d = decideFinalOffer(quote({ ...PHONE_BEST, screen: 'deep_scratches' }), grade(), DEFAULT_OFFER_POLICY, NOW);
    expect(d).toMatchObject({ decision: 'FINALIZE', basis: 'REPRICED_HIGHER', totalMinor: 50_000n });
  });

  it('a drop within 5 % is honoured at the quoted price', () => {
    // body light wear: 50 000 × 0.95 = 47 500 (−5 %)
    const d = decideFinalOffer(quote(PHONE_BEST), grade({ cosmeticGrade: 'B' }), DEFAULT_OFFER_POLICY, NOW);
    expect(d).toMatchObject({ decision: 'FINALIZE', basis: 'WITHIN_TOLERANCE', totalMinor: 50_000n });
  });

  it('one cosmetic grade worse with nothing else wrong is honoured even beyond 5 %', () => {
    // declared B (light scratches), graded C with a screen defect: 46 000 → 40 000 (−13 %), one grade
    const d = decideFinalOffer(
      quote({ ...PHONE_BEST, screen: 'light_scratches' }),
      grade({ cosmeticGrade: 'C', defectCodes: ['SCREEN_SCRATCH_DEEP'] }),
      DEFAULT_OFFER_POLICY,
      NOW,
    );
    expect(d).toMatchObject({ decision: 'FINALIZE', basis: 'WITHIN_TOLERANCE', totalMinor: 46_000n });
  });

  it('two grades worse → a revised offer with reason codes, evidence and respondBy 14 days later', () => {
    const d = decideFinalOffer(
      quote(PHONE_BEST),
      grade({ cosmeticGrade: 'D', evidenceRefs: ['photo-9', 'report-2'] }),
      DEFAULT_OFFER_POLICY,
      NOW,
    );
    expect(d).toMatchObject({
      decision: 'REVISE',
      totalMinor: 27_500n,
      reasonCodes: ['SCREEN_CONDITION'],
      evidenceRefs: ['photo-9', 'report-2'],
      respondBy: new Date('2026-04-03T10:00:00Z'),
    });
  });

  it('a battery under 80 % beyond tolerance is revised with its reason even when cosmetics match', () => {
    // −8 % of base; not cosmetic so the grade rule does not apply
    const d = decideFinalOffer(quote(PHONE_BEST), grade({ batteryHealthPercent: 72 }), DEFAULT_OFFER_POLICY, NOW);
    expect(d).toMatchObject({ decision: 'REVISE', totalMinor: 46_000n, reasonCodes: ['BATTERY_BELOW_80'] });
  });

  it('a lock found at grading revises to recycle-only zero', () => {
    const d = decideFinalOffer(quote(PHONE_BEST), grade({ locked: true }), DEFAULT_OFFER_POLICY, NOW);
    expect(d).toMatchObject({ decision: 'REVISE', totalMinor: 0n, reasonCodes: ['DEVICE_LOCKED'] });
    expect(d.repriced.outcome).toBe('RECYCLE_ONLY');
  });

  it('a functional fault is named', () => {
    const d = decideFinalOffer(quote(PHONE_BEST), grade({ functionalGrade: 2 }), DEFAULT_OFFER_POLICY, NOW);
    expect(d).toMatchObject({ decision: 'REVISE', totalMinor: 30_000n, reasonCodes: ['FUNCTIONAL_ISSUE'] });
  });

  it('store trade-ins keep the price given at the till and record the shortfall as a store discrepancy', () => {
    const d = decideFinalOffer(quote(PHONE_BEST, { fulfilment: 'STORE' }), grade({ cosmeticGrade: 'D' }), DEFAULT_OFFER_POLICY, NOW);
    expect(d).toMatchObject({ decision: 'FINALIZE', basis: 'STORE_AS_GIVEN', totalMinor: 50_000n, storeDiscrepancyMinor: 22_500n });
    const same = decideFinalOffer(quote(PHONE_BEST, { fulfilment: 'STORE' }), grade(), DEFAULT_OFFER_POLICY, NOW);
    expect(same).toMatchObject({ basis: 'STORE_AS_GIVEN', storeDiscrepancyMinor: 0n });
  });

  it('reprices with the pinned base price, not a newer one', () => {
    const d = decideFinalOffer(quote(PHONE_BEST, { baseMinor: 50_000n }), grade({ cosmeticGrade: 'D' }), DEFAULT_OFFER_POLICY, NOW);
    expect(d.repriced.breakdown[0]).toEqual({ kind: 'BASE', code: 'BASE_PRICE', deltaMinor: 50_000n });
  });

  it("the bonus follows the quote's program and is clawed back below its threshold", () => {
    const program: BonusProgram = {
      programId: 'p',
      bonus: { kind: 'FIXED', amountMinor: { EUR: 5_000n } },
      thresholdMinor: { EUR: 30_000n },
      window: { from: '2026-02-01T00:00:00Z', to: '2026-03-10T00:00:00Z' },
    };
    const q = quote(PHONE_BEST, { program });
    expect(q.quotedTotalMinor).toBe(55_000n);
    // graded D: 27 500 < 30 000 threshold → no bonus, although the campaign has ended since (judged at quote time)
    const d = decideFinalOffer(q, grade({ cosmeticGrade: 'D' }), DEFAULT_OFFER_POLICY, NOW);
    expect(d).toMatchObject({ decision: 'REVISE', deviceValueMinor: 27_500n, bonusMinor: 0n, totalMinor: 27_500n });
    // graded B within tolerance: the quoted bonus stays
    expect(decideFinalOffer(q, grade({ cosmeticGrade: 'B' }), DEFAULT_OFFER_POLICY, NOW)).toMatchObject({
      basis: 'WITHIN_TOLERANCE',
      bonusMinor: 5_000n,
      totalMinor: 55_000n,
    });
  });

  it('a stricter policy (0 %, 0 grades) revises any drop', () => {
    const strict = { ...DEFAULT_OFFER_POLICY, tolerance: { withinPercent: 0, withinCosmeticGrades: 0 } };
    expect(decideFinalOffer(quote(PHONE_BEST), grade({ cosmeticGrade: 'B' }), strict, NOW)).toMatchObject({
      decision: 'REVISE',
      totalMinor: 47_500n,
      reasonCodes: ['BODY_CONDITION'],
    });
  });
});
