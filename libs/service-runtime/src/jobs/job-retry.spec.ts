import { type JobRetryPolicy, backoffDelayMs, decideJobOutcome } from './job-retry';

const policy: JobRetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000, jitter: 'equal' };
const now = new Date('2026-12-03T10:00:00Z');
const LEASE_MS = 60_000;
const failed = { status: 'failed', retryable: true, error: 'HTTP 503' } as const;
const delayOf = (attempt: number, random: () => number, p: JobRetryPolicy = policy): number | string => {
  const o = decideJobOutcome(failed, attempt, p, now, LEASE_MS, random);
  return o.kind === 'retry' ? o.at.getTime() - now.getTime() : o.kind;
};

describe('backoffDelayMs', () => {
  it('doubles per failed attempt up to the cap; without jitter the delay is exact', () => {
    const exact = { ...policy, jitter: 'none' as const };
    expect([1, 2, 3, 4, 5, 40].map((n) => backoffDelayMs(n, exact))).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('equal jitter keeps half the delay fixed and draws the other half', () => {
    expect(backoffDelayMs(3, policy, () => 0)).toBe(2000);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(3000);
    expect(backoffDelayMs(3, policy, () => 1)).toBe(4000);
    // Many draws: never below half, never above the full delay, and not all the same.
    const draws = Array.from({ length: 200 }, () => backoffDelayMs(3, policy));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...draws)).toBeLessThanOrEqual(4000);
    expect(new Set(draws).size).toBeGreaterThan(1);
  });
});

describe('decideJobOutcome', () => {
  it('a success is done whatever the attempt', () => {
    expect(decideJobOutcome({ status: 'succeeded' }, 4, policy, now, LEASE_MS, () => 0.5)).toEqual({ kind: 'done' });
  });

  it('a retryable failure is retried at now + backoff until the last attempt, then given up', () => {
    expect([1, 2, 3, 4, 5].map((n) => delayOf(n, () => 1))).toEqual([1000, 2000, 4000, 'gave-up', 'gave-up']);
    expect(decideJobOutcome(failed, 4, policy, now, LEASE_MS, () => 1)).toEqual({ kind: 'gave-up', error: 'HTTP 503' });
  });

  it('a permanent failure is given up at the first attempt', () => {
    const refused = { status: 'failed', retryable: false, error: 'ACCOUNT_CLOSED' } as const;
    expect(decideJobOutcome(refused, 1, policy, now, LEASE_MS, () => 0.5)).toEqual({ kind: 'gave-up', error: 'ACCOUNT_CLOSED' });
  });

  it('one attempt allowed: the first failure gives up', () => {
    expect(delayOf(1, () => 0.5, { ...policy, maxAttempts: 1 })).toBe('gave-up');
  });

  it('a call that ended in doubt is looked at again after recheckAfterMs (default the lease), never given up', () => {
    const doubt = { status: 'unknown', error: 'timeout' } as const;
    expect(decideJobOutcome(doubt, 9, policy, now, LEASE_MS, () => 0.5)).toEqual({
      kind: 'recheck',
      at: new Date(now.getTime() + LEASE_MS),
      error: 'timeout',
    });
    const at = (decideJobOutcome(doubt, 1, { ...policy, recheckAfterMs: 5000 }, now, LEASE_MS) as { at: Date }).at;
    expect(at.getTime() - now.getTime()).toBe(5000);
  });
});
