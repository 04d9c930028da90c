import { decideAttempt } from './attempt-outcome';
import { backoffDelayMs, type RetryPolicy } from './retry-policy';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000, reconcileAfterMs: 30_000 };
const now = new Date('2026-11-26T10:00:00Z');
const half = () => 0.5;

describe('backoff', () => {
  it('doubles per failure and stops at the cap', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 20].map((n) => backoffDelayMs(n, policy, top))).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('keeps at least half the delay whatever the jitter', () => {
    expect(backoffDelayMs(3, policy, () => 0)).toBe(2000);
    expect(backoffDelayMs(3, policy, half)).toBe(3000);
  });
});

describe('decideAttempt', () => {
  it('a payment completes the payout', () => {
    expect(decideAttempt({ status: 'PAID', providerReference: 'r' }, 1, policy, now, half)).toEqual({
      attemptStatus: 'PAID',
      payoutStatus: 'PAID',
      nextAttemptAt: null,
      emit: 'COMPLETED',
    });
  });

  it('a retryable failure schedules the next attempt with backoff', () => {
    const d = decideAttempt({ status: 'FAILED', reasonCode: 'X', retryable: true }, 2, policy, now, half);
    expect(d).toEqual({
      attemptStatus: 'FAILED',
      payoutStatus: 'PENDING',
      nextAttemptAt: new Date(now.getTime() + 1500),
      emit: 'FAILED_WILL_RETRY',
    });
  });

  it('gives up at the last attempt or on a final refusal', () => {
    expect(decideAttempt({ status: 'FAILED', reasonCode: 'X', retryable: true }, 4, policy, now, half).emit).toBe('FAILED_FINAL');
    const refused = decideAttempt({ status: 'FAILED', reasonCode: 'ACCOUNT_CLOSED', retryable: false }, 1, policy, now, half);
    expect(refused).toEqual({ attemptStatus: 'FAILED', payoutStatus: 'FAILED', nextAttemptAt: null, emit: 'FAILED_FINAL' });
  });

  it('an unknown outcome keeps the attempt open and reconciles later, never a new attempt', () => {
    expect(decideAttempt({ status: 'UNKNOWN' }, 1, policy, now, half)).toEqual({
      attemptStatus: 'SUBMITTED',
      payoutStatus: 'SUBMITTED',
      nextAttemptAt: new Date(now.getTime() + 30_000),
      emit: null,
    });
  });
});
