import { ConflictError, NotFoundError } from '@tradein/service-runtime';
import { type EntityManager } from 'typeorm';
import { PayoutAuditEntity } from './payout-audit.entity';
import { type PayoutStatus } from './payout-status';
import { PayoutEntity } from './payout.entity';

export type OpsAction = 'RETRY' | 'CANCEL' | 'RELEASE' | 'REFUSE';

/**
 * Locks the payout and checks the action is allowed from its status: a payout in flight (SUBMITTED) or
 * final (PAID, CANCELLED) is never touched by hand.
 */
export async function lockForOps(
  manager: EntityManager,
  id: string,
  action: OpsAction,
  allowedFrom: readonly PayoutStatus[],
): Promise<PayoutEntity> {
  const payout = await manager.findOne(PayoutEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!payout) throw new NotFoundError('payout', id);
  if (!allowedFrom.includes(payout.status)) {
    throw new ConflictError(
      'PAYOUT_STATUS_CONFLICT',
      `cannot ${action.toLowerCase()} a ${payout.status} payout (allowed from ${allowedFrom.join(', ')})`,
    );
  }
  return payout;
}

export async function recordAudit(
  manager: EntityManager,
  payout: PayoutEntity,
  action: OpsAction,
  actor: string,
  reason: string,
  to: PayoutStatus,
  at: Date,
): Promise<void> {
  await manager.insert(PayoutAuditEntity, { payoutId: payout.id, action, actor, reason, fromStatus: payout.status, toStatus: to, at });
}
