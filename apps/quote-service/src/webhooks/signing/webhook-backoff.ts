/** Delivery retries: exponential from 30 s, doubling, capped at 6 h; after 12 attempts the delivery is FAILED. */
export const WEBHOOK_MAX_ATTEMPTS = 12;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 3_600_000;

/** Delay before attempt `attempt + 1`, given `attempt` attempts so far (1-based). */
export function webhookRetryDelayMs(attempt: number): number {
  const exp = FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1);
  return Math.min(exp, MAX_DELAY_MS);
}
