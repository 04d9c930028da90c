/**
 * A claim is a lease: it expires, so a job a grader walked away from returns to the queue by itself.
 * These rules mirror the conditional UPDATE the repository runs, which is what makes them race-free.
 */
export interface LeaseState {
  claimedBy: string | null;
  leaseExpiresAt: Date | null;
}

export type ClaimVerdict = 'CLAIMABLE' | 'HELD_BY_OTHER' | 'EXCLUDED_TECHNICIAN';

export function isLeaseActive(state: LeaseState, now: Date): boolean {
  return state.claimedBy !== null && state.leaseExpiresAt !== null && state.leaseExpiresAt.getTime() > now.getTime();
}

export function isLeaseHeldBy(state: LeaseState, technicianId: string, now: Date): boolean {
  return state.claimedBy === technicianId && isLeaseActive(state, now);
}

/** A regrade must be done by a technician who has not graded the device before (the appeal's second opinion). */
export function claimVerdict(state: LeaseState, technicianId: string, excludedTechnicians: readonly string[], now: Date): ClaimVerdict {
  if (excludedTechnicians.includes(technicianId)) return 'EXCLUDED_TECHNICIAN';
  if (isLeaseActive(state, now) && state.claimedBy !== technicianId) return 'HELD_BY_OTHER';
  return 'CLAIMABLE';
}

export function leaseExpiry(now: Date, leaseSeconds: number): Date {
  return new Date(now.getTime() + leaseSeconds * 1000);
}
