import { type CurrencyCode, type DeviceCategory } from '@tradein/contracts';
import { applyBasisPoints, minBig, roundDownToStep } from '../../shared/minor-units';
import { type BonusProgram, type BonusSkipReason } from './bonus-program';
import { OFFER_STEP_MINOR } from './currency-rounding';

export type BonusOutcome =
  | { readonly applied: true; readonly amountMinor: bigint; readonly capped: boolean }
  | { readonly applied: false; readonly reason: BonusSkipReason };

export interface BonusInput {
  readonly program: BonusProgram | null | undefined;
  readonly deviceValueMinor: bigint;
  readonly currency: CurrencyCode;
  readonly category: DeviceCategory;
  readonly recycleOnly: boolean;
  /** When the campaign window is judged: the moment the quote was priced, also when repricing after grading. */
  readonly pricedAt: Date;
}

export function computeBonus(input: BonusInput): BonusOutcome {
  const { program, currency } = input;
  if (!program) return { applied: false, reason: 'NO_PROGRAM' };
  if (input.recycleOnly || input.deviceValueMinor <= 0n) return { applied: false, reason: 'RECYCLE_ONLY' };
  if (program.window) {
    const at = input.pricedAt.getTime();
    if (at < Date.parse(program.window.from) || at >= Date.parse(program.window.to)) return { applied: false, reason: 'OUTSIDE_CAMPAIGN' };
  }
  if (program.eligibleCategories?.length && !program.eligibleCategories.includes(input.category)) {
    return { applied: false, reason: 'CATEGORY_NOT_ELIGIBLE' };
  }
  const threshold = program.thresholdMinor?.[currency];
  if (threshold !== undefined && input.deviceValueMinor < threshold) return { applied: false, reason: 'BELOW_THRESHOLD' };

  let raw: bigint;
  if (program.bonus.kind === 'FIXED') {
    const fixed = program.bonus.amountMinor[currency];
    if (fixed === undefined) return { applied: false, reason: 'NOT_OFFERED_IN_CURRENCY' };
    raw = fixed;
  } else {
    raw = roundDownToStep(applyBasisPoints(input.deviceValueMinor, BigInt(program.bonus.bp)), OFFER_STEP_MINOR[currency]);
  }
  const cap = program.capMinor?.[currency];
  const amountMinor = cap === undefined ? raw : minBig(raw, cap);
  if (amountMinor <= 0n) return { applied: false, reason: 'BELOW_THRESHOLD' };
  return { applied: true, amountMinor, capped: amountMinor < raw };
}
