import { claimVerdict, isLeaseActive, isLeaseHeldBy, leaseExpiry } from './lease';

const now = new Date('2026-01-01T10:00:00Z');
const later = (s: number): Date => new Date(now.getTime() + s * 1000);

describe('claim lease', () => {
  it('lets anyone claim an unclaimed job', () => {
    expect(claimVerdict({ claimedBy: null, leaseExpiresAt: null }, 'g1', [], now)).toBe('CLAIMABLE');
  });

  it('refuses a job another grader holds until the lease expires', () => {
    const held = { claimedBy: 'g1', leaseExpiresAt: later(60) };
    expect(claimVerdict(held, 'g2', [], now)).toBe('HELD_BY_OTHER');
    expect(claimVerdict(held, 'g2', [], later(61))).toBe('CLAIMABLE');
    expect(claimVerdict(held, 'g1', [], now)).toBe('CLAIMABLE');
  });

  it('refuses the technician who already graded the device (appeal regrade)', () => {
    expect(claimVerdict({ claimedBy: null, leaseExpiresAt: null }, 'g1', ['g1'], now)).toBe('EXCLUDED_TECHNICIAN');
  });

  it('treats the expiry instant as expired', () => {
    const held = { claimedBy: 'g1', leaseExpiresAt: later(0) };
    expect(isLeaseActive(held, now)).toBe(false);
    expect(isLeaseHeldBy({ claimedBy: 'g1', leaseExpiresAt: later(1) }, 'g1', now)).toBe(true);
    expect(isLeaseHeldBy({ claimedBy: 'g1', leaseExpiresAt: later(1) }, 'g2', now)).toBe(false);
  });

  it('expires leaseSeconds after the claim', () => {
    expect(leaseExpiry(now, 900).toISOString()).toBe('2026-01-01T10:15:00.000Z');
  });
});
