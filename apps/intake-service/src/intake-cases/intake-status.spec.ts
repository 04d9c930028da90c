import { INTAKE_STATUSES, canMove } from './intake-status';

describe('canMove', () => {
  it('lets a mail-in parcel travel, arrive and be received', () => {
    expect(canMove('AWAITING_PARCEL', 'IN_TRANSIT')).toBe(true);
    expect(canMove('IN_TRANSIT', 'DELIVERED')).toBe(true);
    expect(canMove('DELIVERED', 'RECEIVED')).toBe(true);
  });

  it('lets the dock receive a parcel whose carrier scans never came', () => {
    expect(canMove('AWAITING_PARCEL', 'RECEIVED')).toBe(true);
  });

  it('expires or cancels only what has not left the customer', () => {
    expect(canMove('AWAITING_PARCEL', 'EXPIRED')).toBe(true);
    expect(canMove('AWAITING_STORE_INTAKE', 'CANCELLED')).toBe(true);
    expect(canMove('IN_TRANSIT', 'EXPIRED')).toBe(false);
    expect(canMove('RECEIVED', 'CANCELLED')).toBe(false);
  });

  it('releases a held device to grading or back to its owner', () => {
    for (const held of ['QUARANTINED', 'SUSPENDED'] as const) {
      expect(canMove(held, 'RECEIVED')).toBe(true);
      expect(canMove(held, 'RETURNING')).toBe(true);
    }
  });

  it('ends in terminal states', () => {
    for (const end of ['RETURNED', 'CLOSED'] as const) {
      for (const to of INTAKE_STATUSES) expect(canMove(end, to)).toBe(false);
    }
  });

  it('only holds a parcel that arrives after expiry or cancellation', () => {
    for (const closed of ['EXPIRED', 'CANCELLED'] as const) {
      expect(INTAKE_STATUSES.filter((to) => canMove(closed, to))).toEqual(['QUARANTINED', 'SUSPENDED']);
    }
  });
});
