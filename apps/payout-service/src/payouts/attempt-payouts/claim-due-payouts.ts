import { type EntityManager } from 'typeorm';
import { type ProviderRegistry } from '../../providers/provider-registry';
import { PayoutAttemptEntity } from '../payout-attempt.entity';
import { PayoutEntity } from '../payout.entity';
import { type ClaimedAttempt } from './claimed-attempt';

/**
 * Inside the first transaction: picks due payouts with FOR UPDATE SKIP LOCKED (replicas share the work),
 * reopens the open attempt of a SUBMITTED payout or commits a new one with its idempotency key, and
 * leases each payout until `lease` so nobody else touches it while the provider is called.
 */
export async function claimDuePayouts(
  manager: EntityManager,
  providers: ProviderRegistry,
  now: Date,
  lease: Date,
  limit: number,
): Promise<ClaimedAttempt[]> {
  const due = await manager
    .getRepository(PayoutEntity)
    .createQueryBuilder('p')
    .where(`p.status IN ('PENDING', 'SUBMITTED')`)
    .andWhere('p.next_attempt_at <= :now', { now })
    .orderBy('p.next_attempt_at', 'ASC')
    .limit(limit)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
  if (!due.length) return [];
  const open = await openAttempts(
    manager,
    due.filter((p) => p.status === 'SUBMITTED').map((p) => p.id),
  );
  const fresh = await newAttempts(
    manager,
    providers,
    due.filter((p) => !open.has(p.id)),
    now,
  );
  const claimed = due.map((payout): ClaimedAttempt => {
    const reopened = open.get(payout.id);
    return reopened
      ? { payout, attempt: reopened, mode: 'RECONCILE' }
      : { payout, attempt: fresh.get(payout.id) as PayoutAttemptEntity, mode: 'SUBMIT' };
  });
  await manager.query(
    `UPDATE payout SET status = 'SUBMITTED', attempt_count = v.attempt_no, provider = v.provider, next_attempt_at = $4, updated_at = $5
     FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(id, attempt_no, provider) WHERE payout.id = v.id`,
    [
      claimed.map((c) => c.payout.id),
      claimed.map((c) => c.attempt.attemptNo),
      claimed.map((c) => c.attempt.provider),
      lease.toISOString(),
      now.toISOString(),
    ],
  );
  return claimed;
}

async function openAttempts(manager: EntityManager, payoutIds: string[]): Promise<Map<string, PayoutAttemptEntity>> {
  if (!payoutIds.length) return new Map();
  const attempts = await manager
    .getRepository(PayoutAttemptEntity)
    .createQueryBuilder('a')
    .where('a.payout_id = ANY(:ids)', { ids: payoutIds })
    .andWhere(`a.status = 'SUBMITTED'`)
    .orderBy('a.attempt_no', 'ASC')
    .getMany();
  return new Map(attempts.map((a) => [a.payoutId, a]));
}

async function newAttempts(
  manager: EntityManager,
  providers: ProviderRegistry,
  payouts: PayoutEntity[],
  now: Date,
): Promise<Map<string, PayoutAttemptEntity>> {
  if (!payouts.length) return new Map();
  const attempts = payouts.map((p) =>
    manager.create(PayoutAttemptEntity, {
      payoutId: p.id,
      attemptNo: p.attemptCount + 1,
      // Deterministic: the same attempt always carries the same key, whoever (re)sends it.
      idempotencyKey: `payout:${p.id}:${p.attemptCount + 1}`,
      provider: providers.forMethod(p.method).name,
      status: 'SUBMITTED',
      outcomeCode: null,
      providerReference: null,
      submittedAt: now,
      resolvedAt: null,
    }),
  );
  await manager.insert(PayoutAttemptEntity, attempts);
  return new Map(attempts.map((a) => [a.payoutId, a]));
}
