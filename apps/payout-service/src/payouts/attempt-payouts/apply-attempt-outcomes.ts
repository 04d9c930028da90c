import { type EntityManager } from 'typeorm';
import { type PayoutAttemptEntity } from '../payout-attempt.entity';
import { type PayoutEntity } from '../payout.entity';
import { type AttemptDecision, type AttemptResult } from './attempt-outcome';

export interface AppliedOutcome {
  payout: PayoutEntity;
  attempt: PayoutAttemptEntity;
  result: AttemptResult;
  decision: AttemptDecision;
}

/** Two statements for the whole batch: the attempts' outcomes, then the payouts' new states. */
export async function applyAttemptOutcomes(manager: EntityManager, updates: readonly AppliedOutcome[], now: Date): Promise<void> {
  if (!updates.length) return;
  const iso = now.toISOString();
  const col = <T>(f: (u: AppliedOutcome) => T) => updates.map(f);
  await manager.query(
    `UPDATE payout_attempt a SET status = v.status, outcome_code = v.code, provider_reference = v.ref, resolved_at = v.resolved
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS v(id, status, code, ref, resolved) WHERE a.id = v.id`,
    [
      col((u) => u.attempt.id),
      col((u) => u.decision.attemptStatus),
      col((u) => (u.result.status === 'FAILED' ? u.result.reasonCode : u.result.status === 'UNKNOWN' ? 'UNKNOWN' : null)),
      col((u) => (u.result.status === 'PAID' ? u.result.providerReference : null)),
      col((u) => (u.decision.attemptStatus === 'SUBMITTED' ? null : iso)),
    ],
  );
  await manager.query(
    `UPDATE payout p SET status = v.status, next_attempt_at = v.next_at, provider_reference = coalesce(v.ref, p.provider_reference),
       last_failure_code = coalesce(v.failure, p.last_failure_code), paid_at = v.paid_at, updated_at = $7
     FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::timestamptz[]) AS v(id, status, next_at, ref, failure, paid_at)
     WHERE p.id = v.id`,
    [
      col((u) => u.payout.id),
      col((u) => u.decision.payoutStatus),
      col((u) => u.decision.nextAttemptAt?.toISOString() ?? null),
      col((u) => (u.result.status === 'PAID' ? u.result.providerReference : null)),
      col((u) => (u.result.status === 'FAILED' ? u.result.reasonCode : null)),
      col((u) => (u.result.status === 'PAID' ? iso : null)),
      iso,
    ],
  );
}
