import { type JobAttemptResult, type JobOutcome, decideJobOutcome } from '@tradein/service-runtime';
import { type ProviderOutcome } from '../../providers/payout-provider';
import { type AttemptStatus, type PayoutStatus } from '../payout-status';
import { payoutJobRetry, type RetryPolicy } from './retry-policy';

/** What the outcome of one provider call means for the payout: the worker only applies it. */
export interface AttemptDecision {
  attemptStatus: AttemptStatus;
  payoutStatus: PayoutStatus;
  /** When the worker should look at the payout again; null when it is done or needs a human. */
  nextAttemptAt: Date | null;
  emit: 'COMPLETED' | 'FAILED_WILL_RETRY' | 'FAILED_FINAL' | null;
}

/** `UNKNOWN`: the call timed out or the process cannot tell whether the provider acted. */
export type AttemptResult = ProviderOutcome | { status: 'UNKNOWN' };

/** A provider's answer as the job runner's retry rule reads it. */
export function judgeAttempt(result: AttemptResult): JobAttemptResult {
  switch (result.status) {
    case 'PAID':
      return { status: 'succeeded' };
    case 'UNKNOWN':
      // Never a new attempt: the same idempotency key stays open and the provider is asked later.
      return { status: 'unknown', error: 'payment outcome unknown' };
    case 'FAILED':
      return { status: 'failed', retryable: result.retryable, error: `payment failed: ${result.reasonCode}` };
  }
}

/** The runner's outcome in the payout's terms. */
function attemptDecision(outcome: JobOutcome): AttemptDecision {
  switch (outcome.kind) {
    case 'done':
      return { attemptStatus: 'PAID', payoutStatus: 'PAID', nextAttemptAt: null, emit: 'COMPLETED' };
    case 'recheck':
      return { attemptStatus: 'SUBMITTED', payoutStatus: 'SUBMITTED', nextAttemptAt: outcome.at, emit: null };
    case 'retry':
      return { attemptStatus: 'FAILED', payoutStatus: 'PENDING', nextAttemptAt: outcome.at, emit: 'FAILED_WILL_RETRY' };
    case 'gave-up':
      return { attemptStatus: 'FAILED', payoutStatus: 'FAILED', nextAttemptAt: null, emit: 'FAILED_FINAL' };
  }
}

/** The decision for attempt `attemptNo`'s result, by the runner's rule under the payout policy. */
export function decideAttempt(
  result: AttemptResult,
  attemptNo: number,
  policy: RetryPolicy,
  now: Date,
  random: () => number,
): AttemptDecision {
  return attemptDecision(decideJobOutcome(judgeAttempt(result), attemptNo, payoutJobRetry(policy), now, policy.reconcileAfterMs, random));
}
