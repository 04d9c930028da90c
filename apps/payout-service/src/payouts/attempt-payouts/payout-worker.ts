import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type NewEvent } from '@tradein/contracts';
import { OutboxWriter } from '@tradein/messaging';
import { childLogger } from '@tradein/observability';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { DataSource, type EntityManager } from 'typeorm';
import { PayoutConfig } from '../../config/payout.config';
import { PayoutSettings } from '../../config/payout-settings';
import { BankDetailsCipher } from '../../destinations/bank-details-cipher';
import { PayoutDestinationEntity } from '../../destinations/payout-destination.entity';
import { openDestinationPlaintext } from '../../destinations/sealed-destination';
import { postJournalEntries } from '../../ledger/ledger-writer';
import { postPayoutPaid, type JournalEntry } from '../../ledger/posting-rules';
import { type ProviderDestination, type ProviderPaymentRequest } from '../../providers/payout-provider';
import { ProviderRegistry } from '../../providers/provider-registry';
import { payoutCompleted, payoutFailed } from '../payout-events';
import { payoutFacts } from '../payout-facts';
import { PayoutAttemptEntity } from '../payout-attempt.entity';
import { PayoutEntity } from '../payout.entity';
import { decideAttempt, type AttemptResult } from './attempt-outcome';

/** A payout claimed by this worker: submit a new attempt, or find out what became of an open one. */
export interface ClaimedAttempt {
  payout: PayoutEntity;
  attempt: PayoutAttemptEntity;
  mode: 'SUBMIT' | 'RECONCILE';
}

/**
 * Pays from the database, not from Kafka: claims due payouts with FOR UPDATE SKIP LOCKED (replicas share
 * the work), commits the attempt and its idempotency key BEFORE calling the provider, and records the
 * outcome in a second transaction. A crash between the two leaves the attempt SUBMITTED; once its lease
 * (next_attempt_at) passes, the worker asks the provider about that same key instead of paying again.
 */
@Injectable()
export class PayoutWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = childLogger('payout-worker');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly providers: ProviderRegistry,
    private readonly cipher: BankDetailsCipher,
    private readonly outbox: OutboxWriter,
    private readonly settings: PayoutSettings,
    private readonly config: PayoutConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.PAYOUT_WORKER_ENABLED !== 'true') return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .catch((err: unknown) => { this.log.error({ err }, 'payout worker pass failed'); return 0; })
        .finally(() => { this.running = undefined; });
    }, this.config.PAYOUT_WORKER_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /**
   * One pass: claims up to `limit` due payouts, calls the providers for all of them at once (I/O, not
   * CPU), then records every outcome in one transaction. If that transaction is lost the attempts stay
   * SUBMITTED and are reconciled after their lease, so batching costs nothing in safety.
   */
  async runOnce(limit = this.config.PAYOUT_WORKER_BATCH): Promise<number> {
    const claimed = await this.claim(limit);
    if (!claimed.length) return 0;
    const results = await Promise.all(claimed.map((item) => this.callProvider(item)));
    await this.recordOutcomes(claimed.map((item, i) => ({ item, result: results[i] })));
    return claimed.length;
  }

  async claim(limit: number): Promise<ClaimedAttempt[]> {
    const now = this.clock.now();
    const lease = new Date(now.getTime() + this.settings.retry.reconcileAfterMs);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.getRepository(PayoutEntity).createQueryBuilder('p')
        .where(`p.status IN ('PENDING', 'SUBMITTED')`)
        .andWhere('p.next_attempt_at <= :now', { now })
        .orderBy('p.next_attempt_at', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const claimed: ClaimedAttempt[] = [];
      for (const payout of due) {
        const open = payout.status === 'SUBMITTED'
          ? await manager.findOne(PayoutAttemptEntity, { where: { payoutId: payout.id, status: 'SUBMITTED' }, order: { attemptNo: 'DESC' } })
          : null;
        const attempt = open ?? (await this.newAttempt(manager, payout, now));
        await manager.update(PayoutEntity, { id: payout.id }, {
          status: 'SUBMITTED', attemptCount: attempt.attemptNo, provider: attempt.provider, nextAttemptAt: lease, updatedAt: now,
        });
        claimed.push({ payout, attempt, mode: open ? 'RECONCILE' : 'SUBMIT' });
      }
      return claimed;
    });
  }

  private async newAttempt(manager: EntityManager, payout: PayoutEntity, now: Date): Promise<PayoutAttemptEntity> {
    const attemptNo = payout.attemptCount + 1;
    const attempt = manager.create(PayoutAttemptEntity, {
      payoutId: payout.id,
      attemptNo,
      // Deterministic: the same attempt always carries the same key, whoever (re)sends it.
      idempotencyKey: `payout:${payout.id}:${attemptNo}`,
      provider: this.providers.forMethod(payout.method).name,
      status: 'SUBMITTED',
      outcomeCode: null,
      providerReference: null,
      submittedAt: now,
      resolvedAt: null,
    });
    return manager.save(attempt);
  }

  /** Any error here means "we do not know": the attempt stays open and is reconciled, never re-keyed. */
  async callProvider(item: ClaimedAttempt): Promise<AttemptResult> {
    const provider = this.providers.forMethod(item.payout.method);
    try {
      if (item.mode === 'RECONCILE') {
        const found = await provider.lookup(item.attempt.idempotencyKey);
        if (found.status !== 'NOT_FOUND') return found;
        // The provider never received it: sending the same key again cannot pay twice.
      }
      return await provider.submit(await this.request(item));
    } catch (err) {
      this.log.warn({ payoutId: item.payout.id, attemptNo: item.attempt.attemptNo, err: err instanceof Error ? err.message : String(err) }, 'payout attempt outcome unknown');
      return { status: 'UNKNOWN' };
    }
  }

  private async request(item: ClaimedAttempt): Promise<ProviderPaymentRequest> {
    const p = item.payout;
    return {
      idempotencyKey: item.attempt.idempotencyKey, payoutId: p.id, method: p.method, amountMinor: p.amountMinor, currency: p.currency,
      destination: await this.destination(p),
    };
  }

  private async destination(p: PayoutEntity): Promise<ProviderDestination> {
    switch (p.method) {
      case 'BANK_TRANSFER': {
        const d = await this.dataSource.manager.findOneOrFail(PayoutDestinationEntity, { where: { id: p.destinationRef ?? '' } });
        const sealed = openDestinationPlaintext(this.cipher.open(d.sealedDetails, d.id));
        return { kind: 'BANK_ACCOUNT', holderName: sealed.holderName, details: sealed.details };
      }
      case 'PARTNER_CREDIT':
        return { kind: 'PARTNER_WALLET', partnerId: p.partnerId, walletRef: p.destinationRef ?? p.sellerRef };
      case 'GIFT_CARD':
      case 'STORE_CREDIT':
        return { kind: 'GIFT_CARD', recipientRef: p.destinationRef ?? p.sellerRef };
    }
  }

  /** The second transaction: applies each decision, posts the payments and emits the outcomes together. */
  async recordOutcomes(outcomes: ReadonlyArray<{ item: ClaimedAttempt; result: AttemptResult }>): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const entries: JournalEntry[] = [];
      const events: NewEvent<object>[] = [];
      for (const { item, result } of outcomes) await this.applyOutcome(manager, item, result, now, entries, events);
      await postJournalEntries(manager, entries, now);
      if (events.length) await this.outbox.append(manager, events);
    });
  }

  private async applyOutcome(
    manager: EntityManager, item: ClaimedAttempt, result: AttemptResult, now: Date, entries: JournalEntry[], events: NewEvent<object>[],
  ): Promise<void> {
    const payout = await manager.findOne(PayoutEntity, { where: { id: item.payout.id }, lock: { mode: 'pessimistic_write' } });
    const attempt = await manager.findOne(PayoutAttemptEntity, { where: { id: item.attempt.id } });
    // Another worker reconciled it meanwhile (our lease ran out): its record stands.
    if (!payout || !attempt || payout.status !== 'SUBMITTED' || attempt.status !== 'SUBMITTED') return;
    const decision = decideAttempt(result, attempt.attemptNo, this.settings.retry, now, Math.random);
    await manager.update(PayoutAttemptEntity, { id: attempt.id }, {
      status: decision.attemptStatus,
      outcomeCode: result.status === 'FAILED' ? result.reasonCode : result.status === 'UNKNOWN' ? 'UNKNOWN' : null,
      providerReference: result.status === 'PAID' ? result.providerReference : null,
      resolvedAt: decision.attemptStatus === 'SUBMITTED' ? null : now,
    });
    await manager.update(PayoutEntity, { id: payout.id }, {
      status: decision.payoutStatus,
      nextAttemptAt: decision.nextAttemptAt,
      providerReference: result.status === 'PAID' ? result.providerReference : payout.providerReference,
      lastFailureCode: result.status === 'FAILED' ? result.reasonCode : payout.lastFailureCode,
      paidAt: result.status === 'PAID' ? now : null,
      updatedAt: now,
    });
    if (result.status === 'PAID') {
      entries.push(postPayoutPaid(payoutFacts(payout), attempt.provider));
      events.push(payoutCompleted(payout, result.providerReference, now));
    } else if (result.status === 'FAILED') {
      events.push(payoutFailed(payout, result.reasonCode, attempt.attemptNo, decision.emit === 'FAILED_WILL_RETRY'));
    }
  }
}
