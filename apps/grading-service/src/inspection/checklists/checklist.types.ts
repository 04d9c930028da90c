import { type DeviceCategory } from '@tradein/contracts';

/**
 * A check is KEY when its failure puts the device outside reuse (CTIA functional 3+), MINOR when the
 * device stays partly functional (CTIA functional 1-2).
 */
export type CheckSeverity = 'KEY' | 'MINOR';

export interface PassFailCheck {
  code: string;
  label: string;
  kind: 'PASS_FAIL';
  severity: CheckSeverity;
  /** The spare part whose replacement fixes a failure; absent when no part does (e.g. a dead modem). */
  part?: string;
  /** True for hardware that only some models have (a disc drive): NOT_PRESENT is then an answer. */
  optional?: boolean;
  /** A failure means the device does not power on at all: the bottom of the CTIA functional scale. */
  noPower?: boolean;
}

export interface PercentCheck {
  code: string;
  label: string;
  kind: 'PERCENT';
  /** The part that restores the measured value (the battery). */
  part: string;
}

export type CheckDefinition = PassFailCheck | PercentCheck;

export interface Checklist {
  category: DeviceCategory;
  version: string;
  checks: readonly CheckDefinition[];
  /** Accessories whose absence makes a part necessary before resale (a console's controller). */
  accessoriesNeededForSale: readonly string[];
  /** The part replaced when the display cover lens or display is damaged (CTIA cosmetic D and E). */
  displayPart: string;
}

export type PassFailResult = 'PASS' | 'FAIL' | 'NOT_PRESENT';
export type CheckResult = PassFailResult | number;
