import { applyBasisPoints, MARKET_CURRENCY, roundDownToStep, toMoneyDto } from './minor-units';

describe('minor units', () => {
  it('applies basis points with half-up rounding', () => {
    expect(applyBasisPoints(10_000n, 9_200n)).toBe(9_200n);
    expect(applyBasisPoints(5n, 5_000n)).toBe(3n); // 2.5 → 3
    expect(applyBasisPoints(3n, 5_000n)).toBe(2n); // 1.5 → 2
    expect(applyBasisPoints(1n, 4_999n)).toBe(0n);
    expect(applyBasisPoints(-5n, 5_000n)).toBe(-3n);
  });
  it('keeps precision beyond 2^53', () => {
    expect(applyBasisPoints(9_007_199_254_740_993n, 10_000n)).toBe(9_007_199_254_740_993n);
  });
  it('rounds down to a step', () => {
    expect(roundDownToStep(12_399n, 100n)).toBe(12_300n);
    expect(roundDownToStep(12_300n, 100n)).toBe(12_300n);
    expect(roundDownToStep(-150n, 100n)).toBe(-200n);
    expect(roundDownToStep(17n, 1n)).toBe(17n);
  });
  it('maps every market to its currency', () => {
    expect(MARKET_CURRENCY).toEqual({ FR: 'EUR', DE: 'EUR', ES: 'EUR', IT: 'EUR', GB: 'GBP', US: 'USD', JP: 'JPY' });
  });
  it('serialises as a string of minor units', () => {
    expect(toMoneyDto({ minor: 12_300n, currency: 'EUR' })).toEqual({ amountMinor: '12300', currency: 'EUR' });
  });
});
