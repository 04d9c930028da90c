import { type CurrencyCode, type DeviceCategory } from '@tradein/contracts';
import { type Answers, type Questionnaire } from '../../catalog/questionnaires/questionnaire.model';
import { applyBasisPoints, roundDownToStep } from '../../shared/minor-units';
import { type BonusProgram, type BonusSkipReason } from './bonus-program';
import { computeBonus } from './compute-bonus';
import { OFFER_STEP_MINOR } from './currency-rounding';

export type BreakdownKind = 'BASE' | 'FACTOR' | 'DEDUCTION' | 'RECYCLE_ONLY' | 'FLOOR' | 'ROUNDING' | 'BONUS';

/** One step of the price, as the partner sees it: what changed the amount and by how much (minor units). */
export interface BreakdownLine {
  readonly kind: BreakdownKind;
  readonly code: string;
  readonly question?: string;
  readonly answer?: string;
  /** The factor or deduction rate, in basis points. */
  readonly bp?: number;
  /** Signed change to the running amount (the base line carries the base itself). */
  readonly deltaMinor: bigint;
}

export interface PricingInput {
  readonly baseMinor: bigint;
  readonly currency: CurrencyCode;
  readonly category: DeviceCategory;
  readonly questionnaire: Questionnaire;
  /** Validated answers (see validateAnswers); an unanswered question is a programming error here. */
  readonly answers: Answers;
  readonly program?: BonusProgram | null;
  readonly pricedAt: Date;
}

export interface PricingResult {
  readonly outcome: 'OFFER' | 'RECYCLE_ONLY';
  readonly currency: CurrencyCode;
  /** The device's value before any bonus. */
  readonly deviceValueMinor: bigint;
  readonly bonusMinor: bigint;
  readonly bonusSkipped?: BonusSkipReason;
  /** What the seller is offered: device value + bonus. */
  readonly totalMinor: bigint;
  readonly breakdown: readonly BreakdownLine[];
}

/**
 * The pricing engine: base price → condition factors (multiplied, in questionnaire order) → deductions
 * (shares of the base) → floor at zero → rounding down to the currency's offer step → partner bonus.
 * A RECYCLE_ONLY answer, or nothing left after the floor, means the device is taken for recycling at zero.
 */
export function priceDevice(input: PricingInput): PricingResult {
  const lines: BreakdownLine[] = [{ kind: 'BASE', code: 'BASE_PRICE', deltaMinor: input.baseMinor }];
  let value = input.baseMinor;
  let recycleOnly = false;

  const chosen = input.questionnaire.questions.map((question) => {
    const option = question.options.find((o) => o.code === input.answers[question.code]);
    if (!option) throw new Error(`answer to ${question.code} missing or unknown: validate answers before pricing`);
    return { question, option };
  });

  for (const { question, option } of chosen) {
    if (option.effect.kind !== 'FACTOR') continue;
    const next = applyBasisPoints(value, BigInt(option.effect.bp));
    lines.push({
      kind: 'FACTOR',
      code: question.reasonCode,
      question: question.code,
      answer: option.code,
      bp: option.effect.bp,
      deltaMinor: next - value,
    });
    value = next;
  }
  for (const { question, option } of chosen) {
    if (option.effect.kind === 'DEDUCTION') {
      const deduction = applyBasisPoints(input.baseMinor, BigInt(option.effect.bpOfBase));
      lines.push({
        kind: 'DEDUCTION',
        code: question.reasonCode,
        question: question.code,
        answer: option.code,
        bp: option.effect.bpOfBase,
        deltaMinor: -deduction,
      });
      value -= deduction;
    } else if (option.effect.kind === 'RECYCLE_ONLY') {
      recycleOnly = true;
      lines.push({ kind: 'RECYCLE_ONLY', code: question.reasonCode, question: question.code, answer: option.code, deltaMinor: -value });
      value = 0n;
    }
  }
  if (value < 0n) {
    lines.push({ kind: 'FLOOR', code: 'FLOOR_AT_ZERO', deltaMinor: -value });
    value = 0n;
  }
  const rounded = roundDownToStep(value, OFFER_STEP_MINOR[input.currency]);
  if (rounded !== value) {
    lines.push({ kind: 'ROUNDING', code: 'OFFER_STEP', deltaMinor: rounded - value });
    value = rounded;
  }
  if (value === 0n) recycleOnly = true;

  const bonus = computeBonus({
    program: input.program,
    deviceValueMinor: value,
    currency: input.currency,
    category: input.category,
    recycleOnly,
    pricedAt: input.pricedAt,
  });
  if (bonus.applied) {
    lines.push({ kind: 'BONUS', code: bonus.capped ? 'PARTNER_BONUS_CAPPED' : 'PARTNER_BONUS', deltaMinor: bonus.amountMinor });
  }
  const bonusMinor = bonus.applied ? bonus.amountMinor : 0n;
  return {
    outcome: recycleOnly ? 'RECYCLE_ONLY' : 'OFFER',
    currency: input.currency,
    deviceValueMinor: value,
    bonusMinor,
    ...(bonus.applied ? {} : { bonusSkipped: bonus.reason }),
    totalMinor: value + bonusMinor,
    breakdown: lines,
  };
}
