import { Inject, Injectable } from '@nestjs/common';
import { OutboxWriter } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { type EntityManager } from 'typeorm';
import { postJournalEntries } from '../../ledger/ledger-writer';
import { postPayoutCancelled } from '../../ledger/posting-rules';
import { lockForOps, recordAudit, type OpsAction } from '../ops-transition';
import { payoutFailed } from '../payout-events';
import { payoutFacts } from '../payout-facts';
import { PayoutEntity } from '../payout.entity';

/** Cancelling (or refusing a hold) reverses the liability in the ledger and tells the platform it will not be paid. */
@Injectable()
export class CancelPayout {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    manager: EntityManager,
    id: string,
    action: Extract<OpsAction, 'CANCEL' | 'REFUSE'>,
    actor: string,
    reason: string,
  ): Promise<PayoutEntity> {
    const now = this.clock.now();
    const payout = await lockForOps(manager, id, action, action === 'REFUSE' ? ['HELD'] : ['PENDING', 'HELD', 'FAILED']);
    await recordAudit(manager, payout, action, actor, reason, 'CANCELLED', now);
    await manager.update(PayoutEntity, { id }, { status: 'CANCELLED', nextAttemptAt: null, updatedAt: now });
    await postJournalEntries(manager, [postPayoutCancelled(payoutFacts(payout))], now);
    // PayoutFailed requires attempts >= 1; a payout cancelled before any attempt reports 1.
    await this.outbox.append(
      manager,
      payoutFailed(payout, action === 'REFUSE' ? 'HOLD_REFUSED' : 'CANCELLED_BY_OPS', payout.attemptCount, false),
    );
    return { ...payout, status: 'CANCELLED', nextAttemptAt: null, updatedAt: now };
  }
}
