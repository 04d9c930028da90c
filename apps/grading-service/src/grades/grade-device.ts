import { type CtiaCosmeticGrade, type DeviceCategory, type Disposition } from '@tradein/contracts';
import { decideDisposition } from '../disposition/decide-disposition';
import { type DispositionPolicy } from '../disposition/disposition-policy';
import { type ErasureOutcome } from '../erasure/erasure-outcome';
import { CTIA_STANDARD_VERSION } from '../grading-scales/ctia-scales';
import { gradingStandardVersion, marketplaceGradeFor, type MarketplaceGradeMapping } from '../grading-scales/marketplace-grade-mapping';
import { type R2Cosmetic, type R2Functional, r2CosmeticFor, r2FunctionalFor, R2_STANDARD_VERSION } from '../grading-scales/r2-categories';
import { checklistFor } from '../inspection/checklists/checklists';
import { type CheckResult } from '../inspection/checklists/checklist.types';
import { assessFunctional, type FailedCheck } from '../inspection/functional-grade';

export interface GradeInput {
  category: DeviceCategory;
  checks: Record<string, CheckResult>;
  cosmeticGrade: CtiaCosmeticGrade;
  missingAccessories: readonly string[];
  locked: boolean;
  blockListed: boolean;
  erasure: ErasureOutcome;
}

export interface GradeOutcome {
  cosmeticGrade: CtiaCosmeticGrade;
  functionalGrade: number;
  r2Functional: R2Functional;
  r2Cosmetic: R2Cosmetic;
  batteryHealthPercent?: number;
  failedChecks: FailedCheck[];
  disposition: Disposition;
  partsNeeded: string[];
  dispositionReasons: string[];
  marketplaceGrade: string;
  marketplaceMappingVersion: number;
  gradingStandardVersion: string;
  checklistVersion: string;
  dispositionPolicyVersion: string;
}

/**
 * Turns a validated inspection into a grade: CTIA functional grade from the checklist, the grader's CTIA
 * cosmetic grade, the R2v3 categories beside them, the disposition, and the buyer-facing marketplace grade.
 */
export function gradeDevice(input: GradeInput, mapping: MarketplaceGradeMapping, policy: DispositionPolicy): GradeOutcome {
  const checklist = checklistFor(input.category);
  const functional = assessFunctional(checklist, input.checks, policy.minBatteryPercent);
  const decision = decideDisposition(
    {
      category: input.category,
      functionalGrade: functional.functionalGrade,
      cosmeticGrade: input.cosmeticGrade,
      failedChecks: functional.failedChecks,
      batteryHealthPercent: functional.batteryHealthPercent,
      locked: input.locked,
      blockListed: input.blockListed,
      missingAccessories: input.missingAccessories,
      accessoriesNeededForSale: checklist.accessoriesNeededForSale,
      displayPart: checklist.displayPart,
      erasure: input.erasure,
    },
    policy,
  );
  const outcome: GradeOutcome = {
    cosmeticGrade: input.cosmeticGrade,
    functionalGrade: functional.functionalGrade,
    r2Functional: r2FunctionalFor(functional.functionalGrade),
    r2Cosmetic: r2CosmeticFor(input.cosmeticGrade),
    failedChecks: functional.failedChecks,
    disposition: decision.disposition,
    partsNeeded: decision.partsNeeded,
    dispositionReasons: decision.reasons,
    marketplaceGrade: marketplaceGradeFor(mapping, input.cosmeticGrade),
    marketplaceMappingVersion: mapping.version,
    gradingStandardVersion: gradingStandardVersion(CTIA_STANDARD_VERSION, R2_STANDARD_VERSION, mapping.version),
    checklistVersion: checklist.version,
    dispositionPolicyVersion: policy.version,
  };
  if (functional.batteryHealthPercent !== undefined) outcome.batteryHealthPercent = functional.batteryHealthPercent;
  return outcome;
}
