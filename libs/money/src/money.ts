import { type CurrencyCode, type MoneyDto } from '@tradein/contracts';
import { MINOR_UNIT_DIGITS, isCurrency } from './currency';

/** An amount in integer minor units of one currency. Never a float on any money path. */
export interface Money {
  readonly amountMinor: bigint;
  readonly currency: CurrencyCode;
}

export class CurrencyMismatchError extends Error {
  constructor(a: CurrencyCode, b: CurrencyCode) {
    super(`currency mismatch: ${a} vs ${b}`);
  }
}

const INTEGER = /^-?(0|[1-9]\d*)$/;

export function money(amountMinor: bigint | number | string, currency: CurrencyCode | string): Money {
  if (!isCurrency(currency)) throw new RangeError(`unknown currency ${currency}`);
  let value: bigint;
  if (typeof amountMinor === 'bigint') value = amountMinor;
  else if (typeof amountMinor === 'number') {
    if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amountMinor must be a safe integer, got ${amountMinor}`);
    value = BigInt(amountMinor);
  } else {
    if (!INTEGER.test(amountMinor)) throw new RangeError(`amountMinor must be an integer string, got ${amountMinor}`);
    value = BigInt(amountMinor);
  }
  return Object.freeze({ amountMinor: value, currency });
}

export const zero = (currency: CurrencyCode): Money => money(0n, currency);

function same(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export const add = (a: Money, b: Money): Money => (same(a, b), money(a.amountMinor + b.amountMinor, a.currency));
export const subtract = (a: Money, b: Money): Money => (same(a, b), money(a.amountMinor - b.amountMinor, a.currency));
export const negate = (a: Money): Money => money(-a.amountMinor, a.currency);
export const compare = (a: Money, b: Money): -1 | 0 | 1 => (
  same(a, b),
  a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0
);
export const maxOf = (a: Money, b: Money): Money => (compare(a, b) >= 0 ? a : b);
export const minOf = (a: Money, b: Money): Money => (compare(a, b) <= 0 ? a : b);
export const isNegative = (a: Money): boolean => a.amountMinor < 0n;
export const isZero = (a: Money): boolean => a.amountMinor === 0n;
export function sum(items: readonly Money[], currency: CurrencyCode): Money {
  return items.reduce((acc, m) => add(acc, m), zero(currency));
}

export type Rounding = 'HALF_UP' | 'DOWN' | 'UP';

/** numerator / denominator rounded as asked (half away from zero for HALF_UP). Integer-only. */
export function divideRounded(numerator: bigint, denominator: bigint, rounding: Rounding = 'HALF_UP'): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  const r = n % d;
  if (r !== 0n && (rounding === 'UP' || (rounding === 'HALF_UP' && r * 2n >= d))) q += 1n;
  return negative ? -q : q;
}

/** The amount times basisPoints / 10 000 (1 bp = 0.01 %), e.g. 1500 bp = 15 %. */
export function percentOf(a: Money, basisPoints: bigint | number, rounding: Rounding = 'HALF_UP'): Money {
  return money(divideRounded(a.amountMinor * BigInt(basisPoints), 10_000n, rounding), a.currency);
}

/** Rounds to a step in minor units (e.g. 100 = whole euros; JPY steps of 10 yen), never up unless asked. */
export function roundToStep(a: Money, stepMinor: bigint, rounding: Rounding = 'DOWN'): Money {
  if (stepMinor <= 0n) throw new RangeError('step must be positive');
  return money(divideRounded(a.amountMinor, stepMinor, rounding) * stepMinor, a.currency);
}

export function toMoneyDto(a: Money): MoneyDto {
  return { amountMinor: a.amountMinor.toString(), currency: a.currency };
}

export function fromMoneyDto(dto: MoneyDto): Money {
  return money(dto.amountMinor, dto.currency);
}

/** Human form with the currency's own minor digits, e.g. "EUR 12.34", "JPY 1200". */
export function formatMoney(a: Money): string {
  const digits = MINOR_UNIT_DIGITS[a.currency];
  const abs = a.amountMinor < 0n ? -a.amountMinor : a.amountMinor;
  const sign = a.amountMinor < 0n ? '-' : '';
  if (digits === 0) return `${a.currency} ${sign}${abs}`;
  const s = abs.toString().padStart(digits + 1, '0');
  return `${a.currency} ${sign}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}
