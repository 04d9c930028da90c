/**
 * Where a trade-in stands in intake. It mirrors the platform's trade-in states only as far as intake acts on
 * them; quote-service keeps the authoritative trade-in state.
 */
export const INTAKE_STATUSES = [
  'AWAITING_PARCEL',
  'AWAITING_STORE_INTAKE',
  'IN_TRANSIT',
  'DELIVERED',
  'RECEIVED',
  'QUARANTINED',
  'SUSPENDED',
  'RETURNING',
  'RETURNED',
  'EXPIRED',
  'CANCELLED',
  'CLOSED',
] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

const TRANSITIONS: Readonly<Record<IntakeStatus, readonly IntakeStatus[]>> = {
  AWAITING_PARCEL: ['IN_TRANSIT', 'DELIVERED', 'RECEIVED', 'QUARANTINED', 'SUSPENDED', 'EXPIRED', 'CANCELLED'],
  AWAITING_STORE_INTAKE: ['RECEIVED', 'QUARANTINED', 'SUSPENDED', 'EXPIRED', 'CANCELLED'],
  IN_TRANSIT: ['DELIVERED', 'RECEIVED', 'QUARANTINED', 'SUSPENDED'],
  DELIVERED: ['RECEIVED', 'QUARANTINED', 'SUSPENDED'],
  RECEIVED: ['RETURNING', 'CLOSED'],
  // Released to grading → RECEIVED; released to the owner → RETURNING.
  QUARANTINED: ['RECEIVED', 'RETURNING'],
  SUSPENDED: ['RECEIVED', 'RETURNING'],
  RETURNING: ['RETURNED'],
  RETURNED: [],
  // A parcel that arrives anyway after expiry or cancellation is held for ops, never turned away or lost.
  EXPIRED: ['SUSPENDED', 'QUARANTINED'],
  CANCELLED: ['SUSPENDED', 'QUARANTINED'],
  CLOSED: [],
};

export function canMove(from: IntakeStatus, to: IntakeStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The device is (or should be) in our hands: what the duplicate-IMEI check counts as "open". */
export const OPEN_WITH_DEVICE: readonly IntakeStatus[] = ['DELIVERED', 'RECEIVED', 'QUARANTINED', 'SUSPENDED'];

/** A parcel may still be received at the dock. */
export const RECEIVABLE_AT_DOCK: readonly IntakeStatus[] = ['AWAITING_PARCEL', 'IN_TRANSIT', 'DELIVERED'];

/** The trade-in was closed before its parcel came: it can only be held for ops. */
export const CLOSED_BEFORE_ARRIVAL: readonly IntakeStatus[] = ['EXPIRED', 'CANCELLED'];
