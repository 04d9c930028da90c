import { type CtiaCosmeticGrade, type DeviceCategory } from '@tradein/contracts';
import { type GradingConfig } from '../config/grading.config';

/**
 * The rules that route a graded device, as data so ops can tune them without a release.
 * Versioned: every grade records the policy version it was decided under.
 */
export interface DispositionPolicy {
  version: string;
  /** Below this battery health the battery is replaced (Back Market sells only at 80 % or more; EU batteries must keep 80 %). */
  minBatteryPercent: number;
  /** A battery replacement alone still counts as REFURBISH (the "battery replacement planned"). */
  batteryOnlyIsRefurbish: boolean;
  /** More parts than this make a repair uneconomic: the device is harvested for parts instead. */
  maxPartsToRefurbish: number;
  /** CTIA cosmetic grades whose display (or housing) damage needs that part replaced. */
  cosmeticGradesNeedingDisplayPart: readonly CtiaCosmeticGrade[];
  /** Categories whose storage can be swapped, so a Destroyed medium needs a new part rather than harvesting. */
  replaceableStorageCategories: readonly DeviceCategory[];
}

export const DEFAULT_DISPOSITION_POLICY: DispositionPolicy = Object.freeze({
  version: 'DISP-1',
  minBatteryPercent: 80,
  batteryOnlyIsRefurbish: true,
  maxPartsToRefurbish: 3,
  cosmeticGradesNeedingDisplayPart: Object.freeze(['D', 'E'] as CtiaCosmeticGrade[]),
  replaceableStorageCategories: Object.freeze(['laptop', 'console'] as DeviceCategory[]),
});

/** The configured rules (GRADING_MIN_BATTERY_PERCENT, GRADING_MAX_PARTS_TO_REFURBISH, GRADING_BATTERY_ONLY_IS_REFURBISH). */
export function dispositionPolicyFrom(c: GradingConfig): DispositionPolicy {
  const base = DEFAULT_DISPOSITION_POLICY;
  const changed =
    c.GRADING_MIN_BATTERY_PERCENT !== base.minBatteryPercent ||
    c.GRADING_MAX_PARTS_TO_REFURBISH !== base.maxPartsToRefurbish ||
    (c.GRADING_BATTERY_ONLY_IS_REFURBISH === 'true') !== base.batteryOnlyIsRefurbish;
  return {
    ...base,
    // A tuned policy is a different policy: grades record which rules decided them.
    version: changed
      ? `${base.version}-b${c.GRADING_MIN_BATTERY_PERCENT}-p${c.GRADING_MAX_PARTS_TO_REFURBISH}-${c.GRADING_BATTERY_ONLY_IS_REFURBISH === 'true' ? 'r' : 'w'}`
      : base.version,
    minBatteryPercent: c.GRADING_MIN_BATTERY_PERCENT,
    maxPartsToRefurbish: c.GRADING_MAX_PARTS_TO_REFURBISH,
    batteryOnlyIsRefurbish: c.GRADING_BATTERY_ONLY_IS_REFURBISH === 'true',
  };
}
