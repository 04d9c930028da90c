import { type JobRetryPolicy, decideJobOutcome } from '@tradein/service-runtime';

export interface LabelRetryPolicy {
  readonly maxAttempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

/** The label worker's settings as the job runner's retry rule: exact delays (no jitter), every failure retryable. */
export function labelRetryPolicy(policy: LabelRetryPolicy): JobRetryPolicy {
  return { maxAttempts: policy.maxAttempts, baseDelayMs: policy.baseMs, maxDelayMs: policy.maxMs, jitter: 'none' };
}

export type FailedCallDecision = { readonly giveUp: true } | { readonly giveUp: false; readonly nextAttemptAt: Date };

/**
 * The label schedule the runner applies after a failed carrier call (`attempts` made so far, this one
 * included): give up once the attempts are spent, otherwise retry after base × 2^(attempts−1), capped at maxMs.
 */
export function afterFailedCall(attempts: number, policy: LabelRetryPolicy, now: Date): FailedCallDecision {
  const outcome = decideJobOutcome(
    { status: 'failed', retryable: true, error: 'carrier call failed' },
    attempts,
    labelRetryPolicy(policy),
    now,
    0,
  );
  return outcome.kind === 'retry' ? { giveUp: false, nextAttemptAt: outcome.at } : { giveUp: true };
}
