import { type CurrencyCode, type Market } from '@tradein/contracts';

/**
 * Integer money arithmetic for the pricing paths (bigint minor units, never floating point).
 * Kept local so the pure pricing engine has no dependency on I/O-bearing libraries.
 */

/** ISO 4217 minor digits: JPY has none. */
export const MINOR_DIGITS: Readonly<Record<CurrencyCode, number>> = { EUR: 2, GBP: 2, USD: 2, JPY: 0 };

/** Each market trades in exactly one currency. */
export const MARKET_CURRENCY: Readonly<Record<Market, CurrencyCode>> = {
  FR: 'EUR', DE: 'EUR', ES: 'EUR', IT: 'EUR', GB: 'GBP', US: 'USD', JP: 'JPY',
};

export interface Amount {
  readonly minor: bigint;
  readonly currency: CurrencyCode;
}

export const BASIS_POINTS = 10_000n;

/**
 * `amount × bp / 10 000`, rounded half up to the minor unit (amount is never negative on pricing paths;
 * a negative amount is rounded half away from zero so the rule is symmetric).
 */
export function applyBasisPoints(minor: bigint, bp: bigint): bigint {
  const product = minor * bp;
  const sign = product < 0n ? -1n : 1n;
  const abs = product * sign;
  return sign * ((abs + BASIS_POINTS / 2n) / BASIS_POINTS);
}

/** Rounds down to a multiple of `step` minor units (offers are rounded in the buyer-neutral direction: down). */
export function roundDownToStep(minor: bigint, step: bigint): bigint {
  if (step <= 1n) return minor;
  if (minor >= 0n) return (minor / step) * step;
  return -((-minor + step - 1n) / step) * step;
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** Minor units as the wire string (`MoneyDto.amountMinor`). */
export function toMoneyDto(amount: Amount): { amountMinor: string; currency: CurrencyCode } {
  return { amountMinor: amount.minor.toString(), currency: amount.currency };
}
