import { CURRENCIES, DEVICE_CATEGORIES, type CurrencyCode, type DeviceCategory } from '@tradein/contracts';
import { type FieldProblem } from '@tradein/service-runtime';
import { type BonusProgram } from '../pricing/engine/bonus-program';
import { type StoredBonus } from './partner-program.entity';

const MINOR = /^(0|[1-9]\d{0,12})$/;

/** Checks a bonus as sent by ops; every problem names its field. */
export function validateBonus(raw: unknown, field = 'bonus'): FieldProblem[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [{ field, reason: 'must be an object' }];
  const b = raw as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const known = ['kind', 'amountMinor', 'percent', 'capMinor', 'thresholdMinor', 'window', 'eligibleCategories'];
  for (const k of Object.keys(b)) if (!known.includes(k)) problems.push({ field: `${field}.${k}`, reason: 'is not a known field' });
  if (b.kind !== 'FIXED' && b.kind !== 'PERCENT') problems.push({ field: `${field}.kind`, reason: 'must be FIXED or PERCENT' });
  const moneyMap = (name: string, required: boolean): void => {
    const v = b[name];
    if (v === undefined) {
      if (required) problems.push({ field: `${field}.${name}`, reason: 'is required' });
      return;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.keys(v).length) {
      problems.push({ field: `${field}.${name}`, reason: 'must map currency codes to minor units' });
      return;
    }
    for (const [cur, amount] of Object.entries(v)) {
      if (!(CURRENCIES as readonly string[]).includes(cur))
        problems.push({ field: `${field}.${name}.${cur}`, reason: `must be one of ${CURRENCIES.join(', ')}` });
      else if (typeof amount !== 'string' || !MINOR.test(amount))
        problems.push({ field: `${field}.${name}.${cur}`, reason: 'must be a non-negative integer of minor units, as a string' });
    }
  };
  moneyMap('amountMinor', b.kind === 'FIXED');
  moneyMap('capMinor', false);
  moneyMap('thresholdMinor', false);
  if (b.kind === 'PERCENT') {
    if (!Number.isInteger(b.percent) || (b.percent as number) < 1 || (b.percent as number) > 100) {
      problems.push({ field: `${field}.percent`, reason: 'must be an integer from 1 to 100' });
    }
  } else if (b.percent !== undefined) problems.push({ field: `${field}.percent`, reason: 'only for PERCENT bonuses' });
  if (b.window !== undefined) {
    const w = b.window as Record<string, unknown> | null;
    const from = typeof w?.from === 'string' ? Date.parse(w.from) : NaN;
    const to = typeof w?.to === 'string' ? Date.parse(w.to) : NaN;
    if (Number.isNaN(from) || Number.isNaN(to)) problems.push({ field: `${field}.window`, reason: 'needs ISO dates from and to' });
    else if (from >= to) problems.push({ field: `${field}.window`, reason: 'from must be before to' });
  }
  if (b.eligibleCategories !== undefined) {
    const c = b.eligibleCategories;
    if (!Array.isArray(c) || c.some((x) => !(DEVICE_CATEGORIES as readonly unknown[]).includes(x))) {
      problems.push({ field: `${field}.eligibleCategories`, reason: `must be a list of ${DEVICE_CATEGORIES.join(', ')}` });
    }
  }
  return problems;
}

function toBigintMap(m: Record<string, string> | undefined): Partial<Record<CurrencyCode, bigint>> | undefined {
  if (!m) return undefined;
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, BigInt(v)])) as Partial<Record<CurrencyCode, bigint>>;
}

/** Stored (JSON) bonus → the pricing engine's program. */
export function toBonusProgram(programId: string, stored: StoredBonus | null): BonusProgram | null {
  if (!stored) return null;
  return {
    programId,
    bonus:
      stored.kind === 'FIXED'
        ? { kind: 'FIXED', amountMinor: toBigintMap(stored.amountMinor) ?? {} }
        : { kind: 'PERCENT', bp: (stored.percent ?? 0) * 100 },
    capMinor: toBigintMap(stored.capMinor),
    thresholdMinor: toBigintMap(stored.thresholdMinor),
    window: stored.window,
    eligibleCategories: stored.eligibleCategories as DeviceCategory[] | undefined,
  };
}
