import { type ProviderOutcome } from '../../providers/payout-provider';
import { type AttemptStatus, type PayoutStatus } from '../payout-status';
import { backoffDelayMs, type RetryPolicy } from './retry-policy';

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

export function decideAttempt(
  result: AttemptResult,
  attemptNo: number,
  policy: RetryPolicy,
  now: Date,
  random: () => number,
): AttemptDecision {
  switch (result.status) {
    case 'PAID':
      return { attemptStatus: 'PAID', payoutStatus: 'PAID', nextAttemptAt: null, emit: 'COMPLETED' };
    case 'UNKNOWN':
      // Never a new attempt: the same idempotency key stays open and the provider is asked later.
      return {
        attemptStatus: 'SUBMITTED',
        payoutStatus: 'SUBMITTED',
        nextAttemptAt: new Date(now.getTime() + policy.reconcileAfterMs),
        emit: null,
      };
    case 'FAILED': {
      if (result.retryable && attemptNo < policy.maxAttempts) {
        const delay = backoffDelayMs(attemptNo, policy, random);
        return {
          attemptStatus: 'FAILED',
          payoutStatus: 'PENDING',
          nextAttemptAt: new Date(now.getTime() + delay),
          emit: 'FAILED_WILL_RETRY',
        };
      }
      return { attemptStatus: 'FAILED', payoutStatus: 'FAILED', nextAttemptAt: null, emit: 'FAILED_FINAL' };
    }
  }
}
