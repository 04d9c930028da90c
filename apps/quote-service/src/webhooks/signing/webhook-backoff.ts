import { type JobRetryPolicy, backoffDelayMs } from '@tradein/service-runtime';

/** Delivery retries: exponential from 30 s, doubling, capped at 6 h; after 12 attempts the delivery is FAILED. */
export const WEBHOOK_MAX_ATTEMPTS = 12;

/** The schedule partners are told about, as the job runner's retry rule: exact delays, no jitter. */
export const WEBHOOK_RETRY_POLICY: JobRetryPolicy = {
  maxAttempts: WEBHOOK_MAX_ATTEMPTS,
  baseDelayMs: 30_000,
  maxDelayMs: 6 * 3_600_000,
  jitter: 'none',
};

/** Delay before attempt `attempt + 1`, given `attempt` attempts so far (1-based). */
export function webhookRetryDelayMs(attempt: number): number {
  return backoffDelayMs(attempt, WEBHOOK_RETRY_POLICY);
}
