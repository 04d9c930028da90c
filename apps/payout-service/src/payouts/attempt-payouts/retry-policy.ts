import { type JobRetryPolicy, backoffDelayMs as jobBackoffDelayMs } from '@tradein/service-runtime';

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
 * The payout settings as the job runner's retry rule: "equal jitter" (half the delay fixed so retries never
 * bunch up at zero, half random so a provider outage does not end in a synchronised stampede); an attempt
 * with no answer is looked at again after reconcileAfterMs, which is also the claim's lease.
 */
export function payoutJobRetry(policy: RetryPolicy): JobRetryPolicy {
  return {
    maxAttempts: policy.maxAttempts,
    baseDelayMs: policy.baseDelayMs,
    maxDelayMs: policy.maxDelayMs,
    jitter: 'equal',
    recheckAfterMs: policy.reconcileAfterMs,
  };
}

/** The runner's backoff under the payout policy. `failedAttempts` counts attempts already failed (1 after the first failure). */
export function backoffDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number): number {
  return jobBackoffDelayMs(failedAttempts, payoutJobRetry(policy), random);
}
