import { type CtiaCosmeticGrade, type DeviceCategory, type Disposition } from '@tradein/contracts';
import { type ErasureOutcome } from '../erasure/erasure-outcome';
import { type FailedCheck } from '../inspection/functional-grade';
import { type DispositionPolicy } from './disposition-policy';

export interface DispositionInput {
  category: DeviceCategory;
  functionalGrade: number;
  cosmeticGrade: CtiaCosmeticGrade;
  failedChecks: readonly FailedCheck[];
  batteryHealthPercent?: number;
  /** Activation lock (Find My, Google FRP) or MDM enrolment still on the device. */
  locked: boolean;
  blockListed: boolean;
  missingAccessories: readonly string[];
  accessoriesNeededForSale: readonly string[];
  displayPart: string;
  erasure: ErasureOutcome;
}

export interface DispositionDecision {
  disposition: Disposition;
  partsNeeded: string[];
  /** Stable codes saying why, for the passport and the ops queue. */
  reasons: string[];
}

/**
 * Routes a graded device. Order matters: anything that makes the device a controlled stream (R2v3: held
 * until its status is resolved) wins over repair economics.
 *  1. QUARANTINE: block-listed, locked, or no verified erasure (NIST SP 800-88: no reuse without sanitization).
 *  2. RECYCLE: does not power on (CTIA functional 9).
 *  3. Parts: each failed check's part, the display part for cosmetic damage, missing sale accessories,
 *     the battery below the threshold, storage after a Destroy.
 *  4. PARTS_HARVEST: a failure no part fixes, or more parts than the policy allows.
 *  5. REFURBISH: nothing needed, or only a battery when the policy counts that as a plain refurbish.
 *  6. REFURBISH_WITH_PARTS otherwise.
 */
export function decideDisposition(input: DispositionInput, policy: DispositionPolicy): DispositionDecision {
  const hold: string[] = [];
  if (input.blockListed) hold.push('BLOCK_LISTED');
  if (input.locked) hold.push('DEVICE_LOCKED');
  if (input.erasure === 'NOT_VERIFIED' || input.erasure === 'MISSING') hold.push('ERASURE_NOT_VERIFIED');
  if (hold.length) return { disposition: 'QUARANTINE', partsNeeded: [], reasons: hold };

  if (input.functionalGrade >= 9) return { disposition: 'RECYCLE', partsNeeded: [], reasons: ['NO_POWER'] };

  const parts = new Set<string>();
  const reasons: string[] = [];
  const unrepairable = input.failedChecks.filter((f) => !f.part);
  for (const failed of input.failedChecks) if (failed.part) parts.add(failed.part);
  if (policy.cosmeticGradesNeedingDisplayPart.includes(input.cosmeticGrade)) {
    parts.add(input.displayPart);
    reasons.push(`COSMETIC_${input.cosmeticGrade}`);
  }
  for (const accessory of input.accessoriesNeededForSale) {
    if (input.missingAccessories.includes(accessory)) parts.add(accessory);
  }
  if (input.batteryHealthPercent !== undefined && input.batteryHealthPercent < policy.minBatteryPercent) {
    parts.add('battery');
    reasons.push('BATTERY_BELOW_THRESHOLD');
  }
  if (input.erasure === 'DESTROYED') {
    if (!policy.replaceableStorageCategories.includes(input.category)) {
      return { disposition: 'PARTS_HARVEST', partsNeeded: [], reasons: ['STORAGE_DESTROYED'] };
    }
    parts.add('storage');
    reasons.push('STORAGE_DESTROYED');
  }

  const partsNeeded = [...parts].sort();
  if (unrepairable.length) {
    return { disposition: 'PARTS_HARVEST', partsNeeded: [], reasons: [...reasons, ...unrepairable.map((f) => `UNREPAIRABLE_${f.code}`)] };
  }
  if (partsNeeded.length > policy.maxPartsToRefurbish) {
    return { disposition: 'PARTS_HARVEST', partsNeeded: [], reasons: [...reasons, 'TOO_MANY_PARTS'] };
  }
  if (partsNeeded.length === 0) return { disposition: 'REFURBISH', partsNeeded, reasons: ['FULLY_FUNCTIONAL'] };
  if (policy.batteryOnlyIsRefurbish && partsNeeded.length === 1 && partsNeeded[0] === 'battery') {
    return { disposition: 'REFURBISH', partsNeeded, reasons };
  }
  return { disposition: 'REFURBISH_WITH_PARTS', partsNeeded, reasons: [...reasons, 'PARTS_NEEDED'] };
}
