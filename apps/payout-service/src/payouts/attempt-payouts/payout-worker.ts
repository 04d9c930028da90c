import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type NewEvent } from '@tradein/contracts';
import { type Context, SpanKind, context } from '@opentelemetry/api';
import { OutboxWriter } from '@tradein/messaging';
import { childLogger } from '@tradein/observability';
import { CLOCK, type Clock, type JobSpanSpec, LeasedJobRunner, PeriodicTask } from '@tradein/service-runtime';
import { DataSource, type EntityManager, EntityNotFoundError } from 'typeorm';
import { PayoutConfig } from '../../config/payout.config';
import { PayoutSettings } from '../payout-settings';
import { BankDetailsCipher } from '../../destinations/bank-details-cipher';
import { DEVICE_HELD } from '../../holds/hold-facts';
import { postJournalEntries } from '../../ledger/ledger-writer';
import { postPayoutPaid, type JournalEntry } from '../../ledger/posting-rules';
import { type ProviderPaymentRequest } from '../../providers/payout-provider';
import { ProviderRegistry } from '../../providers/provider-registry';
import { payoutCompleted, payoutFailed, payoutHeld } from '../payout-events';
import { payoutFacts } from '../payout-facts';
import { payoutMetrics } from '../payout.metrics';
import { PayoutAttemptEntity } from '../payout-attempt.entity';
import { PayoutEntity } from '../payout.entity';
import { applyAttemptOutcomes, type AppliedOutcome } from './apply-attempt-outcomes';
import { decideAttempt, judgeAttempt, type AttemptResult } from './attempt-outcome';
import { claimDuePayouts } from './claim-due-payouts';
import { type ClaimedAttempt } from './claimed-attempt';
import { providerRequest } from './provider-request';
import { payoutJobRetry } from './retry-policy';

/** The span of one attempt (ADR 0008): under the context stored with the payout. */
function attemptSpan(item: ClaimedAttempt): JobSpanSpec {
  return {
    tradeInId: item.payout.tradeInId,
    traceContext: item.payout.traceContext,
    name: 'payout.attempt',
    options: {
      kind: SpanKind.CLIENT,
      attributes: {
        'tradein.trade_in.id': item.payout.tradeInId,
        'tradein.payout.id': item.payout.id,
        'tradein.payout.method': item.payout.method,
        'tradein.attempt': item.attempt.attemptNo,
        'tradein.payout.mode': item.mode,
        'tradein.payout.provider': item.attempt.provider,
      },
    },
  };
}

/**
 * Pays from the database, not from Kafka, through the shared leased job runner (ADR 0014): claims due payouts with FOR UPDATE SKIP LOCKED (replicas share
 * the work), commits the attempt and its idempotency key BEFORE calling the provider, and records the
 * outcome in a second transaction. A crash between the two leaves the attempt SUBMITTED; once its lease
 * (next_attempt_at) passes, the worker asks the provider about that same key instead of paying again.
 * Each attempt (provider call, outcome, the events it emits) runs in a `payout.attempt` span of the
 * trade-in's trace, a child of the context stored with the payout (ADR 0008).
 */
@Injectable()
export class PayoutWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = childLogger('payout-worker');
  private task?: PeriodicTask;
  private readonly runner: LeasedJobRunner<ClaimedAttempt, AttemptResult>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly providers: ProviderRegistry,
    private readonly cipher: BankDetailsCipher,
    private readonly outbox: OutboxWriter,
    private readonly settings: PayoutSettings,
    private readonly config: PayoutConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    // The hooks call the methods through `this` so tests can stand in for a crash (jest.spyOn).
    this.runner = new LeasedJobRunner(dataSource, clock, {
      name: 'payout-worker',
      leaseMs: settings.retry.reconcileAfterMs,
      retry: payoutJobRetry(settings.retry),
      claim: (manager, lease) => claimDuePayouts(manager, this.providers, lease.now, lease.until, lease.limit),
      span: attemptSpan,
      attempt: (item) => item.attempt.attemptNo,
      call: async (item, span) => {
        const result = await this.callProvider(item);
        span.span.setAttribute('tradein.payout.outcome', result.status);
        return result;
      },
      judge: judgeAttempt,
      record: { all: (finished) => this.recordOutcomes(finished.map((f) => ({ item: f.job, result: f.result, trace: f.span.context }))) },
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.PAYOUT_WORKER_ENABLED !== 'true') return;
    this.task = new PeriodicTask('payout-worker', this.config.PAYOUT_WORKER_INTERVAL_MS, () => this.runOnce());
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }

  /**
   * One pass: claims up to `limit` due payouts, calls the providers for all of them at once (I/O, not
   * CPU), then records every outcome in one transaction. If that transaction is lost the attempts stay
   * SUBMITTED and are reconciled after their lease, so batching costs nothing in safety.
   */
  runOnce(limit = this.config.PAYOUT_WORKER_BATCH): Promise<number> {
    return this.runner.runOnce(limit);
  }

  /** The claim transaction alone: the attempts and their keys are committed before any provider is called. */
  claim(limit: number): Promise<ClaimedAttempt[]> {
    return this.runner.claim(limit);
  }

  /**
   * Errors around the provider call mean "we do not know": the attempt stays open and is reconciled,
   * never re-keyed. A destination that cannot be read (row gone, key rotated away) is a definite failure
   * before anything was sent, so it goes to ops instead of being retried forever.
   */
  async callProvider(item: ClaimedAttempt): Promise<AttemptResult> {
    const provider = this.providers.forMethod(item.payout.method);
    const unknown = (err: unknown): AttemptResult => {
      this.log.warn(
        { payoutId: item.payout.id, attemptNo: item.attempt.attemptNo, err: err instanceof Error ? err.message : String(err) },
        'payout attempt outcome unknown',
      );
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
      request = await providerRequest(this.dataSource.manager, this.cipher, item);
    } catch (err) {
      // Only a destination that is gone or cannot be decrypted is final; a database hiccup (pool timeout,
      // failover) must not fail a seller's payout for good. Nothing reached the provider either way.
      if (err instanceof EntityNotFoundError || /sealed bank details|unable to authenticate|bank details key/i.test(String(err))) {
        this.log.error({ payoutId: item.payout.id }, 'payout destination cannot be read');
        return { status: 'FAILED', reasonCode: 'DESTINATION_UNUSABLE', retryable: false };
      }
      this.log.warn(
        { payoutId: item.payout.id, err: err instanceof Error ? err.message : String(err) },
        'payout destination read failed; will retry',
      );
      return { status: 'FAILED', reasonCode: 'DESTINATION_READ_FAILED', retryable: true };
    }
    try {
      return await provider.submit(request);
    } catch (err) {
      return unknown(err);
    }
  }

  /**
   * The second transaction: applies each decision (the job runner's retry rule, in payout terms: decideAttempt),
   * posts the payments and emits the outcomes together. Each payout's events are placed under its attempt span
   * (`trace`); a batch of one runs entirely inside it. The decision is taken here, on the locked attempt row.
   */
  async recordOutcomes(outcomes: ReadonlyArray<{ item: ClaimedAttempt; result: AttemptResult; trace?: Context }>): Promise<void> {
    const now = this.clock.now();
    const traces = new Map(outcomes.flatMap((o) => (o.trace ? [[o.item.payout.tradeInId, o.trace] as const] : [])));
    const only = outcomes.length === 1 ? outcomes[0]?.trace : undefined;
    const transaction = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> =>
      only ? context.with(only, () => this.dataSource.transaction(work)) : this.dataSource.transaction(work);
    await transaction(async (manager) => {
      const ids = outcomes.map((o) => o.item.payout.id);
      const payouts = new Map(
        (
          await manager
            .getRepository(PayoutEntity)
            .createQueryBuilder('p')
            .where('p.id = ANY(:ids)', { ids })
            .setLock('pessimistic_write')
            .getMany()
        ).map((p) => [p.id, p]),
      );
      const attempts = new Map(
        (
          await manager
            .getRepository(PayoutAttemptEntity)
            .createQueryBuilder('a')
            .where('a.id = ANY(:ids)', { ids: outcomes.map((o) => o.item.attempt.id) })
            .getMany()
        ).map((a) => [a.id, a]),
      );
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
      await applyAttemptOutcomes(manager, updates, now);
      events.push(
        ...(await holdHeldDevices(
          manager,
          updates.filter((u) => u.decision.payoutStatus === 'PENDING').map((u) => u.payout),
          now,
        )),
      );
      await postJournalEntries(manager, entries, now);
      if (events.length) await this.outbox.append(manager, events, { activeFor: (e) => traces.get(e.tradeInId) });
      return updates;
    }).then((applied) => {
      for (const u of applied) payoutMetrics.attemptOutcomes.inc({ method: u.payout.method, outcome: u.result.status });
    });
  }
}

/**
 * The device check runs again before the next attempt: a payout whose device was quarantined or suspended
 * while an attempt was with the provider is held (DEVICE_HELD) instead of being retried.
 */
async function holdHeldDevices(manager: EntityManager, retrying: readonly PayoutEntity[], now: Date): Promise<NewEvent<object>[]> {
  if (!retrying.length) return [];
  const held: Array<{ id: string }> = await manager.query(
    `WITH held AS (
       UPDATE payout SET status = 'HELD', hold_reasons = array_append(hold_reasons, $2), next_attempt_at = NULL, updated_at = $3
       WHERE id = ANY($1) AND status = 'PENDING' AND NOT ($2 = ANY(hold_reasons))
         AND EXISTS (SELECT 1 FROM trade_in_flag f WHERE f.trade_in_id = payout.trade_in_id AND f.flag = $2)
       RETURNING id)
     SELECT id FROM held`,
    [retrying.map((p) => p.id), DEVICE_HELD, now.toISOString()],
  );
  const ids = new Set(held.map((r) => r.id));
  return retrying.filter((p) => ids.has(p.id)).map((p) => payoutHeld(p, DEVICE_HELD));
}
