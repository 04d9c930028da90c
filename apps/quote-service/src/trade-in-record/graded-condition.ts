import { type CtiaCosmeticGrade } from '@tradein/contracts';

/** What grading found, as far as pricing is concerned (from tradein.device.graded). */
export interface GradedCondition {
  readonly gradeId: string;
  readonly cosmeticGrade: CtiaCosmeticGrade;
  /** CTIA functional scale: 0 fully functional, 1–2 partly, 3–9 outside reuse. */
  readonly functionalGrade: number;
  readonly batteryHealthPercent?: number;
  readonly missingAccessories: readonly string[];
  readonly locked: boolean;
  readonly defectCodes: readonly string[];
  readonly evidenceRefs: readonly string[];
}
