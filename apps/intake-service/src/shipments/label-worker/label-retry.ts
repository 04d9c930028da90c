export interface LabelRetryPolicy {
  readonly maxAttempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

export type FailedCallDecision = { readonly giveUp: true } | { readonly giveUp: false; readonly nextAttemptAt: Date };

/**
 * After a failed carrier call (`attempts` made so far, this one included): give up once the attempts are
 * spent, otherwise retry after base × 2^(attempts−1), capped at maxMs.
 */
export function afterFailedCall(attempts: number, policy: LabelRetryPolicy, now: Date): FailedCallDecision {
  if (attempts >= policy.maxAttempts) return { giveUp: true };
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return { giveUp: false, nextAttemptAt: new Date(now.getTime() + delay) };
}
