import { type CurrencyCode } from '@tradein/contracts';
import { MARKET_CURRENCY, MINOR_UNIT_DIGITS, divideRounded } from '@tradein/money';

/**
 * Integer money helpers for the pricing paths (bigint minor units, never floating point), on top of
 * the shared @tradein/money rules so every service rounds and maps currencies alike.
 */

/** ISO 4217 minor digits: JPY has none. */
export const MINOR_DIGITS = MINOR_UNIT_DIGITS;

/** Each market trades in exactly one currency. */
export { MARKET_CURRENCY };

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
  return divideRounded(minor * bp, BASIS_POINTS, 'HALF_UP');
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
