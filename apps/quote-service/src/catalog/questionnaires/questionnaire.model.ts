import { type DeviceCategory } from '@tradein/contracts';

/**
 * What an answer does to the value. Factors multiply the running value (condition), deductions subtract a
 * share of the base price (a missing controller costs the same whatever the wear), and RECYCLE_ONLY means the
 * device cannot be resold whatever else is true (an activation lock we cannot remove).
 */
export type OptionEffect =
  | { readonly kind: 'NONE' }
  | { readonly kind: 'FACTOR'; readonly bp: number }
  | { readonly kind: 'DEDUCTION'; readonly bpOfBase: number }
  | { readonly kind: 'RECYCLE_ONLY' };

export interface QuestionOption {
  readonly code: string;
  readonly label: string;
  readonly effect: OptionEffect;
}

export interface Question {
  readonly code: string;
  /** In English; the other languages' words are in labels/<lang>.ts under the text key. */
  readonly label: string;
  /** The key of this question's words in labels/<lang>.ts when its code is shared by another question (default: the code). */
  readonly textKey?: string;
  /** Reason code used on a revised offer when grading finds this answer worse than declared. */
  readonly reasonCode: string;
  /** Ordered from best to worst condition: the order is what "worse than declared" means. */
  readonly options: readonly QuestionOption[];
}

export interface Questionnaire {
  readonly category: DeviceCategory;
  readonly version: number;
  readonly questions: readonly Question[];
}

/** Answers by question code → option code. */
export type Answers = Readonly<Record<string, string>>;
