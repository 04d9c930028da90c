import { formatMoney } from './money';

/** Money per market from integer minor units, never through a float (Node's ICU formats like the browser's). */
describe('formatMoney', () => {
  const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

  it('formats euros per market locale', () => {
    expect(nbsp(formatMoney({ amountMinor: '30000', currency: 'EUR' }, 'FR'))).toBe('300,00 €');
    expect(nbsp(formatMoney({ amountMinor: '123456', currency: 'EUR' }, 'DE'))).toBe('1.234,56 €');
    expect(formatMoney({ amountMinor: '5', currency: 'EUR' }, 'IT')).toMatch(/^0,05\s€$/);
  });

  it('gives JPY no decimals and the yen sign', () => {
    expect(formatMoney({ amountMinor: '48000', currency: 'JPY' }, 'JP')).toMatch(/^[¥￥]48,000$/);
  });

  it('formats GBP and USD, negative deltas, and amounts beyond 2^53 exactly', () => {
    expect(formatMoney({ amountMinor: '8600', currency: 'GBP' }, 'GB')).toBe('£86.00');
    expect(formatMoney({ amountMinor: '-1250', currency: 'USD' }, 'US')).toBe('-$12.50');
    expect(formatMoney({ amountMinor: '900719925474099312', currency: 'USD' }, 'US')).toBe('$9,007,199,254,740,993.12');
  });
});
