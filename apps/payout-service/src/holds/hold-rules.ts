/**
 * EU DAC7 (Council Directive (EU) 2021/514): platforms report sellers with 30 or more transactions or
 * EUR 2,000 or more of consideration in a calendar year. We hold the payout that reaches either threshold
 * until the seller's identity is verified, counting per seller across all partners and per payout account.
 */
export const DAC7_THRESHOLDS = { trades: 30, eurMinor: 200_000n } as const;

export const HOLD_REASONS = [
  'DAC7_IDENTITY_VERIFICATION',
  'VELOCITY_SELLER',
  'VELOCITY_DESTINATION',
  'DEVICE_FINANCED_UNPAID',
  'DEVICE_HELD',
  'DESTINATION_MISSING',
  'DESTINATION_CURRENCY_MISMATCH',
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** Payouts already counted for one seller or one destination, before the new one. */
export interface Tally {
  count: number;
  eurMinor: bigint;
}

/** A velocity rule of a partner program: more than this in the window holds the payout. */
export interface VelocityRule {
  scope: 'SELLER' | 'DESTINATION';
  windowHours: number;
  maxCount?: number;
  maxEurMinor?: bigint;
}

export interface HoldInput {
  /** This payout's euro equivalent. */
  eurMinor: bigint;
  identityVerified: boolean;
  sellerYear: Tally;
  /** Null when the payout has no bank destination (credits and gift cards). */
  destinationYear: Tally | null;
  /** Per rule (same order as `rules`), what the rule's scope and window already hold. */
  rules: readonly VelocityRule[];
  windows: readonly (Tally | null)[];
  financedUnpaid: boolean;
  /** The device is quarantined or suspended at intake (lost/stolen, locks, mismatch...): never paid meanwhile. */
  deviceHeld?: boolean;
  destination: 'OK' | 'MISSING' | 'CURRENCY_MISMATCH' | 'NOT_NEEDED';
}

function reachesDac7(t: Tally, eurMinor: bigint): boolean {
  return t.count + 1 >= DAC7_THRESHOLDS.trades || t.eurMinor + eurMinor >= DAC7_THRESHOLDS.eurMinor;
}

function exceeds(rule: VelocityRule, t: Tally, eurMinor: bigint): boolean {
  return (
    (rule.maxCount !== undefined && t.count + 1 > rule.maxCount) ||
    (rule.maxEurMinor !== undefined && t.eurMinor + eurMinor > rule.maxEurMinor)
  );
}

/** Every reason to hold the payout, most pressing first; empty when it may be paid. */
export function holdReasons(input: HoldInput): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (input.destination === 'MISSING') reasons.push('DESTINATION_MISSING');
  if (input.destination === 'CURRENCY_MISMATCH') reasons.push('DESTINATION_CURRENCY_MISMATCH');
  if (input.financedUnpaid) reasons.push('DEVICE_FINANCED_UNPAID');
  if (input.deviceHeld) reasons.push('DEVICE_HELD');
  if (!input.identityVerified) {
    const dac7 =
      reachesDac7(input.sellerYear, input.eurMinor) ||
      (input.destinationYear !== null && reachesDac7(input.destinationYear, input.eurMinor));
    if (dac7) reasons.push('DAC7_IDENTITY_VERIFICATION');
  }
  input.rules.forEach((rule, i) => {
    const t = input.windows[i];
    if (!t || !exceeds(rule, t, input.eurMinor)) return;
    const reason: HoldReason = rule.scope === 'SELLER' ? 'VELOCITY_SELLER' : 'VELOCITY_DESTINATION';
    if (!reasons.includes(reason)) reasons.push(reason);
  });
  return reasons;
}
