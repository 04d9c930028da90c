import { type BonusProgram } from './bonus-program';
import { computeBonus, type BonusInput } from './compute-bonus';

const base: Omit<BonusInput, 'program'> = {
  deviceValueMinor: 40_000n,
  currency: 'EUR',
  category: 'console',
  recycleOnly: false,
  pricedAt: new Date('2026-06-15T00:00:00Z'),
};
const fixed: BonusProgram = { programId: 'p1', bonus: { kind: 'FIXED', amountMinor: { EUR: 5_000n, GBP: 4_000n } } };
const percent: BonusProgram = { programId: 'p2', bonus: { kind: 'PERCENT', bp: 1_000 } };

describe('computeBonus', () => {
  it('no program, no bonus', () => {
    expect(computeBonus({ ...base, program: null })).toEqual({ applied: false, reason: 'NO_PROGRAM' });
  });
  it('fixed bonus in the quote currency', () => {
    expect(computeBonus({ ...base, program: fixed })).toEqual({ applied: true, amountMinor: 5_000n, capped: false });
    expect(computeBonus({ ...base, currency: 'GBP', program: fixed })).toEqual({ applied: true, amountMinor: 4_000n, capped: false });
  });
  it('a fixed bonus not defined for the currency is not paid', () => {
    expect(computeBonus({ ...base, currency: 'JPY', program: fixed })).toEqual({ applied: false, reason: 'NOT_OFFERED_IN_CURRENCY' });
  });
  it('percentage of the device value, rounded down to the offer step', () => {
    expect(computeBonus({ ...base, deviceValueMinor: 40_550n, program: percent })).toEqual({
      applied: true,
      amountMinor: 4_000n,
      capped: false,
    });
  });
  it('caps the bonus', () => {
    const capped: BonusProgram = { ...percent, capMinor: { EUR: 2_500n } };
    expect(computeBonus({ ...base, program: capped })).toEqual({ applied: true, amountMinor: 2_500n, capped: true });
    expect(computeBonus({ ...base, deviceValueMinor: 20_000n, program: capped })).toEqual({
      applied: true,
      amountMinor: 2_000n,
      capped: false,
    });
  });
  it('applies only inside the campaign window (from inclusive, to exclusive)', () => {
    const windowed: BonusProgram = { ...fixed, window: { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' } };
    expect(computeBonus({ ...base, program: windowed, pricedAt: new Date('2026-06-01T00:00:00Z') }).applied).toBe(true);
    expect(computeBonus({ ...base, program: windowed, pricedAt: new Date('2026-05-31T23:59:59Z') })).toEqual({
      applied: false,
      reason: 'OUTSIDE_CAMPAIGN',
    });
    expect(computeBonus({ ...base, program: windowed, pricedAt: new Date('2026-07-01T00:00:00Z') })).toEqual({
      applied: false,
      reason: 'OUTSIDE_CAMPAIGN',
    });
  });
  it('applies only to eligible categories', () => {
    const consolesOnly: BonusProgram = { ...fixed, eligibleCategories: ['console'] };
    expect(computeBonus({ ...base, program: consolesOnly }).applied).toBe(true);
    expect(computeBonus({ ...base, category: 'smartphone', program: consolesOnly })).toEqual({
      applied: false,
      reason: 'CATEGORY_NOT_ELIGIBLE',
    });
  });
  it('is withheld below the threshold (the clawback rule)', () => {
    const thresholded: BonusProgram = { ...fixed, thresholdMinor: { EUR: 10_000n } };
    expect(computeBonus({ ...base, deviceValueMinor: 10_000n, program: thresholded }).applied).toBe(true);
    expect(computeBonus({ ...base, deviceValueMinor: 9_999n, program: thresholded })).toEqual({
      applied: false,
      reason: 'BELOW_THRESHOLD',
    });
  });
  it('never on a recycle-only or worthless device', () => {
    expect(computeBonus({ ...base, recycleOnly: true, program: fixed })).toEqual({ applied: false, reason: 'RECYCLE_ONLY' });
    expect(computeBonus({ ...base, deviceValueMinor: 0n, program: fixed })).toEqual({ applied: false, reason: 'RECYCLE_ONLY' });
  });
  it('a percentage bonus that rounds to nothing is not applied', () => {
    expect(computeBonus({ ...base, deviceValueMinor: 900n, program: percent })).toEqual({ applied: false, reason: 'BELOW_THRESHOLD' });
  });
});
