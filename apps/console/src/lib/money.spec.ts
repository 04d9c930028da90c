import { formatMoney, minorToDecimal } from './money';

describe('minorToDecimal', () => {
  it.each([
    ['22000', 2, '220.00'],
    ['5', 2, '0.05'],
    ['-5', 2, '-0.05'],
    ['1500', 0, '1500'],
    ['123456789012345678901', 2, '1234567890123456789.01'],
  ])('%s with %d digits is %s', (minor, digits, expected) => {
    expect(minorToDecimal(minor, digits)).toBe(expected);
  });

  it('refuses anything but an integer string', () => {
    expect(() => minorToDecimal('1.5', 2)).toThrow();
  });
});

describe('formatMoney', () => {
  it('shows JPY without decimals', () => {
    expect(formatMoney({ amountMinor: '15000', currency: 'JPY' }, 'ja-JP')).toMatch(/^[￥¥]15,000$/);
  });

  it('shows EUR with two decimals in the French way', () => {
    expect(formatMoney({ amountMinor: '22050', currency: 'EUR' }, 'fr-FR').replace(/\s/g, ' ')).toBe('220,50 €');
  });

  it('keeps every digit of amounts beyond 2^53', () => {
    expect(formatMoney({ amountMinor: '900719925474099312', currency: 'USD' }, 'en-US')).toBe('$9,007,199,254,740,993.12');
  });
});
