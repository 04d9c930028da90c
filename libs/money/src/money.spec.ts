import { add, divideRounded, formatMoney, fromMoneyDto, money, percentOf, roundToStep, subtract, toMoneyDto } from './money';

describe('money', () => {
  it('adds and subtracts in minor units and refuses mixed currencies', () => {
    expect(add(money(199, 'EUR'), money(1, 'EUR')).amountMinor).toBe(200n);
    expect(subtract(money(100, 'GBP'), money(250, 'GBP')).amountMinor).toBe(-150n);
    expect(() => add(money(1, 'EUR'), money(1, 'USD'))).toThrow('currency mismatch');
  });

  it('rejects non-integer amounts and unknown currencies', () => {
    expect(() => money(1.5, 'EUR')).toThrow(RangeError);
    expect(() => money('12.30', 'EUR')).toThrow(RangeError);
    expect(() => money(1, 'XXX')).toThrow('unknown currency');
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'EUR')).toThrow(RangeError);
  });

  it('rounds half away from zero, down or up, with integers only', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(5n, 3n, 'DOWN')).toBe(1n);
    expect(divideRounded(4n, 3n, 'UP')).toBe(2n);
    expect(() => divideRounded(1n, 0n)).toThrow('division by zero');
  });

  it('takes percentages in basis points', () => {
    expect(percentOf(money(10_000, 'EUR'), 1500).amountMinor).toBe(1500n);
    expect(percentOf(money(333, 'EUR'), 5000).amountMinor).toBe(167n);
    expect(percentOf(money(333, 'EUR'), 5000, 'DOWN').amountMinor).toBe(166n);
    expect(percentOf(money(12345, 'JPY'), 1000).amountMinor).toBe(1235n);
  });

  it('rounds to currency steps', () => {
    expect(roundToStep(money(12_345, 'EUR'), 100n).amountMinor).toBe(12_300n);
    expect(roundToStep(money(12_355, 'JPY'), 10n, 'HALF_UP').amountMinor).toBe(12_360n);
  });

  it('formats with each currency minor digits and survives the wire', () => {
    expect(formatMoney(money(1234, 'EUR'))).toBe('EUR 12.34');
    expect(formatMoney(money(5, 'GBP'))).toBe('GBP 0.05');
    expect(formatMoney(money(-1234, 'USD'))).toBe('USD -12.34');
    expect(formatMoney(money(1200, 'JPY'))).toBe('JPY 1200');
    const big = money(2n ** 60n, 'USD');
    expect(fromMoneyDto(toMoneyDto(big))).toEqual(big);
  });
});
