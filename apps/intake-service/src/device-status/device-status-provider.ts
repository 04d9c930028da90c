import { type BlockListStatus, type BlockReason } from '../identity/identity-verdict';

export interface DeviceStatusResult {
  readonly status: BlockListStatus;
  readonly reasons: readonly BlockReason[];
}

/**
 * Where a device's status comes from (the GSMA block list and commercial checks in production). The local
 * registry that ops maintain is the implementation shipped here; a remote provider implements the same call
 * and answers UNKNOWN when it cannot be reached, which lets receipt go on while payout re-checks later.
 */
export interface DeviceStatusProvider {
  check(deviceKey: string): Promise<DeviceStatusResult>;
}

export const DEVICE_STATUS_PROVIDER = Symbol('DEVICE_STATUS_PROVIDER');

/** STOLEN or LOST blocks the device; FINANCED_UNPAID alone holds the payout only. */
export function statusOf(reasons: readonly BlockReason[]): BlockListStatus {
  if (reasons.some((r) => r === 'STOLEN' || r === 'LOST')) return 'BLOCKED';
  if (reasons.includes('FINANCED_UNPAID')) return 'FINANCED_UNPAID';
  return 'CLEAR';
}
