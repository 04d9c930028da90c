export interface RetryPolicy {
  /** Attempts in all, the first included, before the payout needs a human. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long an attempt with no answer waits before the provider is asked what happened. */
  reconcileAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 60_000,
  maxDelayMs: 6 * 3600_000,
  reconcileAfterMs: 120_000,
};

/**
 * Exponential backoff with a cap and "equal jitter": half the delay is fixed so retries never bunch up at
 * zero, the other half random so a provider outage does not end in a synchronized stampede.
 * `failedAttempts` counts attempts already failed (1 after the first failure).
 */
export function backoffDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const raw = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
  const half = raw / 2;
  return Math.round(half + half * random());
}
