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
import { payoutMetrics } from '../payout.metrics';
import { PayoutAttemptEntity } from '../payout-attempt.entity';
import { PayoutEntity } from '../payout.entity';
import { decideAttempt, type AttemptDecision, type AttemptResult } from './attempt-outcome';

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

  /** First transaction: picks due payouts (SKIP LOCKED) and commits an attempt and its key for each. */
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
      if (!due.length) return [];
      const open = await this.openAttempts(manager, due.filter((p) => p.status === 'SUBMITTED').map((p) => p.id));
      const fresh = await this.newAttempts(manager, due.filter((p) => !open.has(p.id)), now);
      const claimed = due.map((payout): ClaimedAttempt => {
        const reopened = open.get(payout.id);
        return reopened ? { payout, attempt: reopened, mode: 'RECONCILE' } : { payout, attempt: fresh.get(payout.id) as PayoutAttemptEntity, mode: 'SUBMIT' };
      });
      await manager.query(
        `UPDATE payout SET status = 'SUBMITTED', attempt_count = v.attempt_no, provider = v.provider, next_attempt_at = $4, updated_at = $5
         FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(id, attempt_no, provider) WHERE payout.id = v.id`,
        [claimed.map((c) => c.payout.id), claimed.map((c) => c.attempt.attemptNo), claimed.map((c) => c.attempt.provider), lease.toISOString(), now.toISOString()],
      );
      return claimed;
    });
  }

  private async openAttempts(manager: EntityManager, payoutIds: string[]): Promise<Map<string, PayoutAttemptEntity>> {
    if (!payoutIds.length) return new Map();
    const attempts = await manager.getRepository(PayoutAttemptEntity).createQueryBuilder('a')
      .where('a.payout_id = ANY(:ids)', { ids: payoutIds })
      .andWhere(`a.status = 'SUBMITTED'`)
      .orderBy('a.attempt_no', 'ASC')
      .getMany();
    return new Map(attempts.map((a) => [a.payoutId, a]));
  }

  private async newAttempts(manager: EntityManager, payouts: PayoutEntity[], now: Date): Promise<Map<string, PayoutAttemptEntity>> {
    if (!payouts.length) return new Map();
    const attempts = payouts.map((p) => manager.create(PayoutAttemptEntity, {
      payoutId: p.id,
      attemptNo: p.attemptCount + 1,
      // Deterministic: the same attempt always carries the same key, whoever (re)sends it.
      idempotencyKey: `payout:${p.id}:${p.attemptCount + 1}`,
      provider: this.providers.forMethod(p.method).name,
      status: 'SUBMITTED',
      outcomeCode: null,
      providerReference: null,
      submittedAt: now,
      resolvedAt: null,
    }));
    await manager.insert(PayoutAttemptEntity, attempts);
    return new Map(attempts.map((a) => [a.payoutId, a]));
  }

  /**
   * Errors around the provider call mean "we do not know": the attempt stays open and is reconciled,
   * never re-keyed. A destination that cannot be read (row gone, key rotated away) is a definite failure
   * before anything was sent, so it goes to ops instead of being retried forever.
   */
  async callProvider(item: ClaimedAttempt): Promise<AttemptResult> {
    const provider = this.providers.forMethod(item.payout.method);
    const unknown = (err: unknown): AttemptResult => {
      this.log.warn({ payoutId: item.payout.id, attemptNo: item.attempt.attemptNo, err: err instanceof Error ? err.message : String(err) }, 'payout attempt outcome unknown');
      return { status: 'UNKNOWN' };
    };
    if (item.mode === 'RECONCILE') {
      try {
        const found = await provider.lookup(item.attempt.idempotencyKey);
        if (found.status !== 'NOT_FOUND') return found;
        // The provider never received it: sending the same key again cannot pay twice.
      } catch (err) {
        return unknown(err);
      }
    }
    let request: ProviderPaymentRequest;
    try {
      request = await this.request(item);
    } catch {
      this.log.error({ payoutId: item.payout.id }, 'payout destination cannot be read');
      return { status: 'FAILED', reasonCode: 'DESTINATION_UNUSABLE', retryable: false };
    }
    try {
      return await provider.submit(request);
    } catch (err) {
      return unknown(err);
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
      const ids = outcomes.map((o) => o.item.payout.id);
      const payouts = new Map((await manager.getRepository(PayoutEntity).createQueryBuilder('p')
        .where('p.id = ANY(:ids)', { ids }).setLock('pessimistic_write').getMany()).map((p) => [p.id, p]));
      const attempts = new Map((await manager.getRepository(PayoutAttemptEntity).createQueryBuilder('a')
        .where('a.id = ANY(:ids)', { ids: outcomes.map((o) => o.item.attempt.id) }).getMany()).map((a) => [a.id, a]));
      const updates: AppliedOutcome[] = [];
      const entries: JournalEntry[] = [];
      const events: NewEvent<object>[] = [];
      for (const { item, result } of outcomes) {
        const payout = payouts.get(item.payout.id);
        const attempt = attempts.get(item.attempt.id);
        // Another worker reconciled it meanwhile (our lease ran out): its record stands.
        if (!payout || !attempt || payout.status !== 'SUBMITTED' || attempt.status !== 'SUBMITTED') continue;
        const decision = decideAttempt(result, attempt.attemptNo, this.settings.retry, now, Math.random);
        updates.push({ payout, attempt, result, decision });
        if (result.status === 'PAID') {
          entries.push(postPayoutPaid(payoutFacts(payout), attempt.provider));
          events.push(payoutCompleted(payout, result.providerReference, now));
        } else if (result.status === 'FAILED') {
          events.push(payoutFailed(payout, result.reasonCode, attempt.attemptNo, decision.emit === 'FAILED_WILL_RETRY'));
        }
      }
      await this.applyUpdates(manager, updates, now);
      await postJournalEntries(manager, entries, now);
      if (events.length) await this.outbox.append(manager, events);
      return updates;
    }).then((applied) => {
      for (const u of applied) payoutMetrics.attemptOutcomes.inc({ method: u.payout.method, outcome: u.result.status });
    });
  }

  private async applyUpdates(manager: EntityManager, updates: readonly AppliedOutcome[], now: Date): Promise<void> {
    if (!updates.length) return;
    const iso = now.toISOString();
    const col = <T>(f: (u: AppliedOutcome) => T) => updates.map(f);
    await manager.query(
      `UPDATE payout_attempt a SET status = v.status, outcome_code = v.code, provider_reference = v.ref, resolved_at = v.resolved
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS v(id, status, code, ref, resolved) WHERE a.id = v.id`,
      [
        col((u) => u.attempt.id), col((u) => u.decision.attemptStatus),
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
        col((u) => u.payout.id), col((u) => u.decision.payoutStatus), col((u) => u.decision.nextAttemptAt?.toISOString() ?? null),
        col((u) => (u.result.status === 'PAID' ? u.result.providerReference : null)), col((u) => (u.result.status === 'FAILED' ? u.result.reasonCode : null)),
        col((u) => (u.result.status === 'PAID' ? iso : null)), iso,
      ],
    );
  }
}

interface AppliedOutcome {
  payout: PayoutEntity;
  attempt: PayoutAttemptEntity;
  result: AttemptResult;
  decision: AttemptDecision;
}
