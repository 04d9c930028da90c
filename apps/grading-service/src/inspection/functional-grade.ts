import { type CtiaFunctionalGrade } from '../grading-scales/ctia-scales';
import { type Checklist, type CheckDefinition, type CheckResult } from './checklists/checklist.types';

export interface FailedCheck {
  code: string;
  severity: 'KEY' | 'MINOR';
  part?: string;
}

export interface FunctionalAssessment {
  functionalGrade: CtiaFunctionalGrade;
  failedChecks: FailedCheck[];
  batteryHealthPercent?: number;
  /** Battery below the adequate threshold: CTIA counts a device as functional only with an adequate battery. */
  batteryBelowThreshold: boolean;
}

/**
 * Derives the CTIA functional grade (CTIA Wireless Device Grading Scales, 0-9) from the checklist:
 *  - a device that does not power on is 9 (bottom of the scale);
 *  - each failed KEY function puts it outside reuse: 3 for one, one step worse per further failure, at most 8;
 *  - failed MINOR functions leave it partly functional: 1 for one, 2 for two or more;
 *  - a battery below `minBatteryPercent` makes an otherwise fully functional device partly functional (1),
 *    because CTIA and the marketplace (Back Market sells only at 80 % or more) require an adequate battery.
 */
export function assessFunctional(
  checklist: Checklist,
  results: Record<string, CheckResult>,
  minBatteryPercent: number,
): FunctionalAssessment {
  const failed: FailedCheck[] = [];
  let noPower = false;
  let battery: number | undefined;
  for (const check of checklist.checks) {
    const value = results[check.code];
    if (check.kind === 'PERCENT') {
      if (typeof value === 'number') battery = value;
      continue;
    }
    if (value === 'FAIL') {
      failed.push(failedCheck(check));
      if (check.noPower) noPower = true;
    }
  }
  const batteryBelowThreshold = battery !== undefined && battery < minBatteryPercent;
  return {
    functionalGrade: gradeFrom(failed, noPower, batteryBelowThreshold),
    failedChecks: failed,
    batteryHealthPercent: battery,
    batteryBelowThreshold,
  };
}

function failedCheck(check: CheckDefinition): FailedCheck {
  const severity = check.kind === 'PASS_FAIL' ? check.severity : 'MINOR';
  return check.part ? { code: check.code, severity, part: check.part } : { code: check.code, severity };
}

function gradeFrom(failed: FailedCheck[], noPower: boolean, lowBattery: boolean): CtiaFunctionalGrade {
  if (noPower) return 9;
  const key = failed.filter((f) => f.severity === 'KEY').length;
  if (key > 0) return Math.min(3 + key - 1, 8) as CtiaFunctionalGrade;
  const minor = failed.length;
  if (minor >= 2) return 2;
  if (minor === 1) return 1;
  return lowBattery ? 1 : 0;
}
