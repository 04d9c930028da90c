import { CURRENCIES, type CurrencyCode, type Market } from '@tradein/contracts';

/** ISO 4217 minor-unit digits: JPY has none. */
export const MINOR_UNIT_DIGITS: Readonly<Record<CurrencyCode, number>> = Object.freeze({ EUR: 2, GBP: 2, USD: 2, JPY: 0 });

export const MARKET_CURRENCY: Readonly<Record<Market, CurrencyCode>> = Object.freeze({
  FR: 'EUR',
  DE: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  GB: 'GBP',
  US: 'USD',
  JP: 'JPY',
});

export function isCurrency(code: string): code is CurrencyCode {
  return (CURRENCIES as readonly string[]).includes(code);
}
