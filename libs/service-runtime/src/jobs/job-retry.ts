/** How a leased job is retried: one rule for the label worker, the payout worker and the webhook dispatcher. */
export interface JobRetryPolicy {
  /** Attempts in all, the first included; after the last failed one the job is given up. */
  readonly maxAttempts: number;
  /** Delay after the first failed attempt; it doubles with every further one. */
  readonly baseDelayMs: number;
  /** The delay never grows beyond this. */
  readonly maxDelayMs: number;
  /**
   * `equal`: half the delay fixed, half random, so a partner's or provider's outage does not end in a
   * synchronised stampede of retries. `none`: the exact delay (schedules that callers promise to people).
   */
  readonly jitter: 'equal' | 'none';
  /** How long a job whose call ended in doubt (`unknown`) waits before it is looked at again; default the lease. */
  readonly recheckAfterMs?: number;
}

/**
 * Exponential backoff with a cap: base × 2^(failedAttempts−1), at most maxDelayMs, then jittered.
 * `failedAttempts` counts the attempts failed so far (1 after the first failure).
 */
export function backoffDelayMs(failedAttempts: number, policy: JobRetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const raw = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
  if (policy.jitter === 'none') return raw;
  const half = raw / 2;
  return Math.round(half + half * random());
}

/**
 * What one call of a job came to, as its handler reads it:
 * - `succeeded`: the work is done;
 * - `failed`: it was not done; `retryable: false` when trying again cannot help (refused, unusable input);
 * - `unknown`: the call may or may not have acted (timeout): never counted as a new attempt, looked at again.
 */
export type JobAttemptResult =
  | { readonly status: 'succeeded' }
  | { readonly status: 'failed'; readonly retryable: boolean; readonly error: string }
  | { readonly status: 'unknown'; readonly error: string };

/** What the runner records for a job after a call. */
export type JobOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'retry'; readonly at: Date; readonly error: string }
  | { readonly kind: 'recheck'; readonly at: Date; readonly error: string }
  | { readonly kind: 'gave-up'; readonly error: string };

/**
 * The outcome of attempt number `attempt` (1-based, this one included): done; retried after the backoff;
 * looked at again after `recheckAfterMs` (or `leaseMs`) when the call ended in doubt; given up once the
 * attempts are spent or the failure is permanent.
 */
export function decideJobOutcome(
  result: JobAttemptResult,
  attempt: number,
  policy: JobRetryPolicy,
  now: Date,
  leaseMs: number,
  random: () => number = Math.random,
): JobOutcome {
  switch (result.status) {
    case 'succeeded':
      return { kind: 'done' };
    case 'unknown':
      return { kind: 'recheck', at: new Date(now.getTime() + (policy.recheckAfterMs ?? leaseMs)), error: result.error };
    case 'failed':
      if (!result.retryable || attempt >= policy.maxAttempts) return { kind: 'gave-up', error: result.error };
      return { kind: 'retry', at: new Date(now.getTime() + backoffDelayMs(attempt, policy, random)), error: result.error };
  }
}
