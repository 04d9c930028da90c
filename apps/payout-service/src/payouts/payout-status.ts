/**
 * PENDING   waiting for its next attempt (next_attempt_at)
 * HELD      waiting for ops (hold_reason) before any attempt
 * SUBMITTED an attempt went to the provider and its outcome is not yet known
 * PAID      the provider confirmed the payment (final)
 * FAILED    retries exhausted or not retryable: ops retries or cancels
 * CANCELLED ops cancelled or refused it; its ledger entry was reversed (final)
 */
export const PAYOUT_STATUSES = ['PENDING', 'HELD', 'SUBMITTED', 'PAID', 'FAILED', 'CANCELLED'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

export const ATTEMPT_STATUSES = ['SUBMITTED', 'PAID', 'FAILED'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** Statuses a payout can still leave on its own or by ops; the overdue list looks only at these. */
export const OPEN_PAYOUT_STATUSES: readonly PayoutStatus[] = ['PENDING', 'HELD', 'SUBMITTED', 'FAILED'];
