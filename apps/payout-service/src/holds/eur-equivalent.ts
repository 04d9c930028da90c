import { type CurrencyCode } from '@tradein/contracts';
import { MINOR_UNIT_DIGITS, divideRounded } from '@tradein/money';

/** Euro per one unit of each currency, as a decimal string (configuration, e.g. the ECB reference rate). */
export type EurRates = Readonly<Record<CurrencyCode, string>>;

export const DEFAULT_EUR_RATES: EurRates = { EUR: '1', GBP: '1.15', USD: '0.92', JPY: '0.0062' };

function parseRate(rate: string): { num: bigint; den: bigint } {
  const m = /^(\d+)(?:\.(\d{1,12}))?$/.exec(rate);
  if (!m) throw new Error(`an exchange rate must be a positive decimal, got ${rate}`);
  const fraction = m[2] ?? '';
  return { num: BigInt(m[1] + fraction), den: 10n ** BigInt(fraction.length) };
}

/**
 * The euro-cent equivalent of an amount, for the DAC7 thresholds which are set in euro. Exact rational
 * arithmetic on bigint, rounded half up once at the end; no floating point touches money.
 */
export function toEurMinor(amountMinor: bigint, currency: CurrencyCode, rates: EurRates): bigint {
  if (amountMinor < 0n) throw new Error('toEurMinor takes a non-negative amount');
  const { num, den } = parseRate(rates[currency]);
  const numerator = amountMinor * num * 10n ** BigInt(MINOR_UNIT_DIGITS.EUR);
  const denominator = den * 10n ** BigInt(MINOR_UNIT_DIGITS[currency]);
  return divideRounded(numerator, denominator, 'HALF_UP');
}

export function checkEurRates(rates: Record<string, string>): EurRates {
  for (const c of Object.keys(MINOR_UNIT_DIGITS)) parseRate(rates[c] ?? '');
  return rates as EurRates;
}
