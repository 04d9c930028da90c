import { type QueueJob } from '../api/types';
import { countdown, orderQueue } from './lease';

const job = (jobId: string, deadlineAt: string, claimedBy: string | null, claimableByMe = true): QueueJob => ({
  jobId,
  tradeInId: jobId,
  siteId: 'S',
  kind: 'INITIAL',
  device: { modelId: null, category: null },
  openedAt: deadlineAt,
  deadlineAt,
  // Documented queue fields the ordering does not read.
  ageMinutes: 0,
  minutesToDeadline: 0,
  overdue: false,
  claimedBy,
  leaseExpiresAt: claimedBy ? '2030-01-01T00:00:00Z' : null,
  claimableByMe,
});

describe('orderQueue', () => {
  it('puts my jobs first, then unclaimed, then others, each by oldest deadline', () => {
    const jobs = [
      job('other', '2026-01-01T00:00:00Z', 'bob', false),
      job('free-late', '2026-01-03T00:00:00Z', null),
      job('mine', '2026-01-05T00:00:00Z', 'me'),
      job('free-early', '2026-01-02T00:00:00Z', null),
    ];
    expect(orderQueue(jobs, 'me').map((j) => j.jobId)).toEqual(['mine', 'free-early', 'free-late', 'other']);
  });
});

describe('countdown', () => {
  it('shows minutes and seconds left, never negative', () => {
    expect(countdown('2026-01-01T00:04:05Z', Date.parse('2026-01-01T00:00:00Z'))).toBe('4:05');
    expect(countdown('2026-01-01T00:00:00Z', Date.parse('2026-01-01T00:00:09Z'))).toBe('0:00');
    expect(countdown('2026-01-01T01:00:01Z', Date.parse('2026-01-01T00:00:00Z'))).toBe('1:00:01');
  });
});
