import { type CurrencyCode, type DeviceCategory } from '@tradein/contracts';
import { type Answers, type Questionnaire } from '../../catalog/questionnaires/questionnaire.model';
import { type BonusProgram } from '../../pricing/engine/bonus-program';
import { priceDevice, type PricingResult } from '../../pricing/engine/price-device';
import { addDays, type OfferPolicy } from '../../policy/offer-policy';
import { declaredCosmeticGrade, gradeIndex } from './cosmetic-grade';
import { gradedAnswers, worsenedReasonCodes } from './graded-answers';
import { type GradedCondition } from '../../trade-in-record/graded-condition';

/** What the quote locked in: everything needed to reprice exactly as it was priced. */
export interface QuotedOffer {
  readonly fulfilment: 'MAIL_IN' | 'STORE';
  readonly category: DeviceCategory;
  readonly currency: CurrencyCode;
  /** Base price from the quote's own price-table version. */
  readonly baseMinor: bigint;
  readonly questionnaire: Questionnaire;
  readonly declaredAnswers: Answers;
  readonly includedAccessories: readonly string[];
  readonly program: BonusProgram | null;
  readonly pricedAt: Date;
  readonly quotedDeviceValueMinor: bigint;
  readonly quotedBonusMinor: bigint;
  readonly quotedTotalMinor: bigint;
}

export type FinalBasis = 'AS_QUOTED' | 'WITHIN_TOLERANCE' | 'REPRICED_HIGHER' | 'STORE_AS_GIVEN';

export type FinalOfferDecision =
  | {
      readonly decision: 'FINALIZE';
      readonly basis: FinalBasis;
      readonly deviceValueMinor: bigint;
      readonly bonusMinor: bigint;
      readonly totalMinor: bigint;
      /** Store trade-ins: grading found the device worse than the store declared. */
      readonly storeDiscrepancyMinor: bigint;
      readonly repriced: PricingResult;
    }
  | {
      readonly decision: 'REVISE';
      readonly deviceValueMinor: bigint;
      readonly bonusMinor: bigint;
      readonly totalMinor: bigint;
      readonly reasonCodes: readonly string[];
      readonly evidenceRefs: readonly string[];
      readonly respondBy: Date;
      readonly repriced: PricingResult;
    };

const COSMETIC_REASONS = new Set(['SCREEN_CONDITION', 'BODY_CONDITION']);

/**
 * The final offer after grading: reprice with the quote's own base price, questionnaire and program, then
 * - a store trade-in keeps the price given at the till; any shortfall is a store discrepancy, never a revision;
 * - equal → AS_QUOTED, higher → REPRICED_HIGHER (the seller gets the better price);
 * - lower within the tolerance rule → WITHIN_TOLERANCE at the quoted price;
 * - otherwise a revised offer with reason codes, evidence and a respondBy date.
 */
export function decideFinalOffer(quote: QuotedOffer, grade: GradedCondition, policy: OfferPolicy, now: Date): FinalOfferDecision {
  const answers = gradedAnswers(quote.questionnaire, quote.declaredAnswers, grade, quote.includedAccessories);
  const repriced = priceDevice({
    baseMinor: quote.baseMinor,
    currency: quote.currency,
    category: quote.category,
    questionnaire: quote.questionnaire,
    answers,
    program: quote.program,
    pricedAt: quote.pricedAt,
  });
  const asQuoted = (basis: FinalBasis, storeDiscrepancyMinor = 0n): FinalOfferDecision => ({
    decision: 'FINALIZE',
    basis,
    deviceValueMinor: quote.quotedDeviceValueMinor,
    bonusMinor: quote.quotedBonusMinor,
    totalMinor: quote.quotedTotalMinor,
    storeDiscrepancyMinor,
    repriced,
  });

  const drop = quote.quotedTotalMinor - repriced.totalMinor;
  if (quote.fulfilment === 'STORE') return asQuoted('STORE_AS_GIVEN', drop > 0n ? drop : 0n);
  if (drop === 0n) return asQuoted('AS_QUOTED');
  if (drop < 0n) {
    return {
      decision: 'FINALIZE',
      basis: 'REPRICED_HIGHER',
      deviceValueMinor: repriced.deviceValueMinor,
      bonusMinor: repriced.bonusMinor,
      totalMinor: repriced.totalMinor,
      storeDiscrepancyMinor: 0n,
      repriced,
    };
  }
  const reasonCodes = worsenedReasonCodes(quote.questionnaire, quote.declaredAnswers, answers);
  if (drop * 100n <= quote.quotedTotalMinor * BigInt(policy.tolerance.withinPercent)) return asQuoted('WITHIN_TOLERANCE');
  const onlyCosmetic = reasonCodes.every((c) => COSMETIC_REASONS.has(c));
  const gradesWorse = gradeIndex(grade.cosmeticGrade) - gradeIndex(declaredCosmeticGrade(quote.declaredAnswers));
  if (onlyCosmetic && gradesWorse <= policy.tolerance.withinCosmeticGrades && repriced.outcome === 'OFFER') {
    return asQuoted('WITHIN_TOLERANCE');
  }
  return {
    decision: 'REVISE',
    deviceValueMinor: repriced.deviceValueMinor,
    bonusMinor: repriced.bonusMinor,
    totalMinor: repriced.totalMinor,
    reasonCodes: reasonCodes.length ? reasonCodes : ['GRADED_CONDITION'],
    evidenceRefs: grade.evidenceRefs,
    respondBy: addDays(now, policy.answerWindowDays),
    repriced,
  };
}
