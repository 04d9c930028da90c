import { type QuoteConfig } from '../config/quote.config';

/**
 * The published policy: one configuration feeds every deadline and the tolerance rule (docs/design/ARCHITECTURE.md,
 * "Deadlines"). A partner program may override the durations; nothing else does.
 */
export interface OfferPolicy {
  readonly quoteValidDays: number;
  readonly shipByDays: number;
  readonly answerWindowDays: number;
  /**
   * The tolerance rule: a graded device worth at most `withinPercent` % less than quoted, or at most
   * `withinCosmeticGrades` CTIA cosmetic grades worse than declared with nothing else wrong, is paid the
   * quoted price.
   */
  readonly tolerance: { readonly withinPercent: number; readonly withinCosmeticGrades: number };
}

export const DEFAULT_OFFER_POLICY: OfferPolicy = Object.freeze({
  quoteValidDays: 14,
  shipByDays: 21,
  answerWindowDays: 14,
  tolerance: Object.freeze({ withinPercent: 5, withinCosmeticGrades: 1 }),
});

export interface ProgramPolicyOverrides {
  readonly quoteValidDays?: number | null;
  readonly shipByDays?: number | null;
  readonly answerWindowDays?: number | null;
}

export function effectivePolicy(base: OfferPolicy, overrides: ProgramPolicyOverrides | null | undefined): OfferPolicy {
  return {
    ...base,
    quoteValidDays: overrides?.quoteValidDays ?? base.quoteValidDays,
    shipByDays: overrides?.shipByDays ?? base.shipByDays,
    answerWindowDays: overrides?.answerWindowDays ?? base.answerWindowDays,
  };
}

const DAY_MS = 86_400_000;

export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/** The configured policy (QUOTE_VALID_DAYS, SHIP_BY_DAYS, ANSWER_WINDOW_DAYS, OFFER_TOLERANCE_*). */
export function offerPolicyFrom(c: QuoteConfig): OfferPolicy {
  return {
    quoteValidDays: c.QUOTE_VALID_DAYS,
    shipByDays: c.SHIP_BY_DAYS,
    answerWindowDays: c.ANSWER_WINDOW_DAYS,
    tolerance: { withinPercent: c.OFFER_TOLERANCE_PERCENT, withinCosmeticGrades: c.OFFER_TOLERANCE_COSMETIC_GRADES },
  };
}
