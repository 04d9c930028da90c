import { type CurrencyCode, type DeviceCategory } from '@tradein/contracts';

/**
 * A partner's promotion (e.g. extra credit towards a new console): fixed or a percentage of the device value,
 * capped, inside a campaign window, for some categories. Below the threshold the bonus is not paid (and is
 * clawed back at the final offer when grading brings the value under it).
 */
export interface BonusProgram {
  readonly programId: string;
  readonly bonus:
    | { readonly kind: 'FIXED'; readonly amountMinor: Partial<Record<CurrencyCode, bigint>> }
    | { readonly kind: 'PERCENT'; readonly bp: number };
  readonly capMinor?: Partial<Record<CurrencyCode, bigint>>;
  /** Device value (before bonus) under which no bonus is paid, per currency. */
  readonly thresholdMinor?: Partial<Record<CurrencyCode, bigint>>;
  /** ISO instants; `from` inclusive, `to` exclusive. */
  readonly window?: { readonly from: string; readonly to: string };
  /** Empty or absent: every category. */
  readonly eligibleCategories?: readonly DeviceCategory[];
}

export type BonusSkipReason =
  'NO_PROGRAM' | 'OUTSIDE_CAMPAIGN' | 'CATEGORY_NOT_ELIGIBLE' | 'RECYCLE_ONLY' | 'BELOW_THRESHOLD' | 'NOT_OFFERED_IN_CURRENCY';
