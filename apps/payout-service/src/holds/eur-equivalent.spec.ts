import { DEFAULT_EUR_RATES, checkEurRates, toEurMinor } from './eur-equivalent';

describe('toEurMinor', () => {
  const rates = { EUR: '1', GBP: '1.15', USD: '0.92', JPY: '0.0062' } as const;

  it('is the identity for euro', () => {
    expect(toEurMinor(123_456n, 'EUR', rates)).toBe(123_456n);
  });

  it('converts minor units of two-digit currencies', () => {
    expect(toEurMinor(100_00n, 'GBP', rates)).toBe(115_00n);
    expect(toEurMinor(1n, 'USD', rates)).toBe(1n); // 0.92 cents rounds up
  });

  it('handles JPY, which has no minor unit', () => {
    // 100,000 yen * 0.0062 = 620 euro
    expect(toEurMinor(100_000n, 'JPY', rates)).toBe(620_00n);
  });

  it('rounds half up exactly, without floating point', () => {
    expect(toEurMinor(50n, 'JPY', { ...rates, JPY: '0.01' })).toBe(50n);
    expect(toEurMinor(1n, 'GBP', { ...rates, GBP: '1.5' })).toBe(2n);
    expect(toEurMinor(1n, 'GBP', { ...rates, GBP: '1.49' })).toBe(1n);
    expect(toEurMinor(9_007_199_254_740_993n, 'EUR', rates)).toBe(9_007_199_254_740_993n);
  });

  it('refuses bad rate configuration', () => {
    expect(() => checkEurRates({ ...DEFAULT_EUR_RATES, USD: '-1' })).toThrow(/positive decimal/);
    expect(() => checkEurRates({ EUR: '1', GBP: '1.1', USD: '1' })).toThrow();
    expect(checkEurRates({ ...DEFAULT_EUR_RATES })).toEqual(DEFAULT_EUR_RATES);
  });
});
