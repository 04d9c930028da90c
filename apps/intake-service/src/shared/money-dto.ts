import { CURRENCIES, type CurrencyCode, type MoneyDto } from '@tradein/contracts';

/** Money read back from our own columns as the wire's MoneyDto; the currency was validated when it came in. */
export function moneyDto(amountMinor: string, currency: string): MoneyDto {
  if (!(CURRENCIES as readonly string[]).includes(currency)) throw new Error(`unknown currency ${currency}`);
  return { amountMinor, currency: currency as CurrencyCode };
}
