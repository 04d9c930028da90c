import { QUESTIONNAIRES } from '../../catalog/questionnaires/questionnaires.seed';
import { type Answers } from '../../catalog/questionnaires/questionnaire.model';
import { type BonusProgram } from './bonus-program';
import { priceDevice, type PricingInput } from './price-device';

const PHONE = QUESTIONNAIRES.smartphone;
const CONSOLE = QUESTIONNAIRES.console;
const BEST_PHONE: Answers = { functional: 'works', screen: 'flawless', body: 'flawless', battery: '80_or_more', locks: 'none' };
const BEST_CONSOLE: Answers = {
  functional: 'works',
  body: 'flawless',
  controllers: 'all_included',
  accessories: 'complete',
  locks: 'none',
};
const NOW = new Date('2026-03-01T12:00:00Z');

const phone = (answers: Partial<Record<string, string>>, extra: Partial<PricingInput> = {}) =>
  priceDevice({
    baseMinor: 50_000n,
    currency: 'EUR',
    category: 'smartphone',
    questionnaire: PHONE,
    answers: { ...BEST_PHONE, ...answers } as Answers,
    pricedAt: NOW,
    ...extra,
  });

describe('priceDevice', () => {
  it('pays the base price for a device in top condition, with a one-line breakdown', () => {
    const r = phone({});
    expect(r).toMatchObject({
      outcome: 'OFFER',
      deviceValueMinor: 50_000n,
      bonusMinor: 0n,
      totalMinor: 50_000n,
      bonusSkipped: 'NO_PROGRAM',
    });
    expect(r.breakdown).toEqual([{ kind: 'BASE', code: 'BASE_PRICE', deltaMinor: 50_000n }]);
  });

  it.each([
    ['screen', 'light_scratches', 46_000n],
    ['screen', 'deep_scratches', 40_000n],
    ['screen', 'cracked', 27_500n],
    ['screen', 'display_defect', 20_000n],
    ['body', 'light_wear', 47_500n],
    ['body', 'heavy_wear', 42_500n],
    ['body', 'cracked_or_bent', 32_500n],
    ['functional', 'minor_issues', 30_000n],
    ['functional', 'not_working', 10_000n],
    ['locks', 'sim_locked', 45_000n],
    ['battery', 'below_80', 46_000n],
  ])('%s = %s prices at %s minor units', (question, answer, expected) => {
    expect(phone({ [question]: answer }).totalMinor).toBe(expected);
  });

  it('multiplies factors in questionnaire order, then subtracts deductions as a share of the base', () => {
    // 50 000 × 0.92 (screen) = 46 000; × 0.95 (body) = 43 700; − 8 % of 50 000 (battery) = 39 700
    const r = phone({ screen: 'light_scratches', body: 'light_wear', battery: 'below_80' });
    expect(r.totalMinor).toBe(39_700n);
    expect(r.breakdown.map((l) => [l.kind, l.code, l.deltaMinor])).toEqual([
      ['BASE', 'BASE_PRICE', 50_000n],
      ['FACTOR', 'SCREEN_CONDITION', -4_000n],
      ['FACTOR', 'BODY_CONDITION', -2_300n],
      ['DEDUCTION', 'BATTERY_BELOW_80', -4_000n],
    ]);
  });

  it('the breakdown always sums to the device value', () => {
    const answers = [
      { screen: 'cracked', body: 'heavy_wear', functional: 'minor_issues', battery: 'below_80' },
      { screen: 'deep_scratches', locks: 'sim_locked' },
      { functional: 'not_working', battery: 'below_80', body: 'cracked_or_bent', screen: 'display_defect' },
    ];
    for (const a of answers) {
      const r = phone(a, { baseMinor: 12_345n });
      const sum = r.breakdown.filter((l) => l.kind !== 'BONUS').reduce((s, l) => s + l.deltaMinor, 0n);
      expect(sum).toBe(r.deviceValueMinor);
    }
  });

  it('rounds the offer down to whole units of the currency and shows the rounding', () => {
    // 12 345 × 0.92 = 11 357.4 → 11 357 cents → rounded down to 11 300
    const r = phone({ screen: 'light_scratches' }, { baseMinor: 12_345n });
    expect(r.totalMinor).toBe(11_300n);
    expect(r.breakdown.at(-1)).toEqual({ kind: 'ROUNDING', code: 'OFFER_STEP', deltaMinor: -57n });
  });

  it('rounds yen to tens (JPY has no minor unit)', () => {
    const r = phone({ screen: 'light_scratches' }, { baseMinor: 80_005n, currency: 'JPY' });
    // 80 005 × 0.92 = 73 604.6 → 73 605 → 73 600
    expect(r.totalMinor).toBe(73_600n);
  });

  it('floors at zero and turns the quote into recycle only when deductions exceed the value', () => {
    const r = priceDevice({
      baseMinor: 10_000n,
      currency: 'EUR',
      category: 'console',
      questionnaire: CONSOLE,
      pricedAt: NOW,
      answers: { ...BEST_CONSOLE, functional: 'not_working', controllers: 'missing', accessories: 'none' },
    });
    // 10 000 × 0.2 = 2 000; − 1 500 − 600 = −100 → floored
    expect(r.outcome).toBe('RECYCLE_ONLY');
    expect(r.totalMinor).toBe(0n);
    expect(r.breakdown.at(-1)).toEqual({ kind: 'FLOOR', code: 'FLOOR_AT_ZERO', deltaMinor: 100n });
  });

  it('an activation lock makes the device recycle only whatever its condition', () => {
    const r = phone({ locks: 'activation_locked' });
    expect(r.outcome).toBe('RECYCLE_ONLY');
    expect(r.totalMinor).toBe(0n);
    expect(r.breakdown).toContainEqual(expect.objectContaining({ kind: 'RECYCLE_ONLY', code: 'DEVICE_LOCKED', deltaMinor: -50_000n }));
  });

  it('console deductions for a missing controller and accessories', () => {
    const r = priceDevice({
      baseMinor: 30_000n,
      currency: 'GBP',
      category: 'console',
      questionnaire: CONSOLE,
      pricedAt: NOW,
      answers: { ...BEST_CONSOLE, controllers: 'missing', accessories: 'some_missing' },
    });
    // 30 000 − 15 % (4 500) − 3 % (900)
    expect(r.totalMinor).toBe(24_600n);
    expect(r.breakdown.filter((l) => l.kind === 'DEDUCTION').map((l) => l.code)).toEqual(['MISSING_CONTROLLER', 'MISSING_ACCESSORIES']);
  });

  it('adds a partner bonus on top of the device value and lists it', () => {
    const program: BonusProgram = { programId: 'p', bonus: { kind: 'FIXED', amountMinor: { EUR: 5_000n } } };
    const r = phone({}, { program });
    expect(r).toMatchObject({ deviceValueMinor: 50_000n, bonusMinor: 5_000n, totalMinor: 55_000n });
    expect(r.breakdown.at(-1)).toEqual({ kind: 'BONUS', code: 'PARTNER_BONUS', deltaMinor: 5_000n });
  });

  it('never pays a bonus on a recycle-only device', () => {
    const program: BonusProgram = { programId: 'p', bonus: { kind: 'FIXED', amountMinor: { EUR: 5_000n } } };
    const r = phone({ locks: 'activation_locked' }, { program });
    expect(r).toMatchObject({ outcome: 'RECYCLE_ONLY', totalMinor: 0n, bonusSkipped: 'RECYCLE_ONLY' });
  });

  it('refuses unvalidated answers rather than pricing a guess', () => {
    expect(() => phone({ screen: 'shiny' })).toThrow(/screen/);
  });
});
