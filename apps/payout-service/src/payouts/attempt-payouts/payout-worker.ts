import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type NewEvent } from '@tradein/contracts';
import { type Context, SpanKind, context } from '@opentelemetry/api';
import { type JobSpan, OutboxWriter, startJobSpans } from '@tradein/messaging';
import { childLogger } from '@tradein/observability';
import { CLOCK, type Clock, PeriodicTask } from '@tradein/service-runtime';
import { DataSource, type EntityManager, EntityNotFoundError } from 'typeorm';
import { PayoutConfig } from '../../config/payout.config';
import { PayoutSettings } from '../../config/payout-settings';
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
import { decideAttempt, type AttemptResult } from './attempt-outcome';
import { claimDuePayouts } from './claim-due-payouts';
import { type ClaimedAttempt } from './claimed-attempt';
import { providerRequest } from './provider-request';

/**
 * Pays from the database, not from Kafka: claims due payouts with FOR UPDATE SKIP LOCKED (replicas share
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
  async runOnce(limit = this.config.PAYOUT_WORKER_BATCH): Promise<number> {
    const claimed = await this.claim(limit);
    if (!claimed.length) return 0;
    const jobs = await this.startAttemptSpans(claimed);
    const spans = jobs.map((j) => j.span);
    try {
      const outcomes = await Promise.all(
        jobs.map(async ({ job: item, span }) => {
          const result = await context.with(span.context, () => this.callProvider(item));
          noteResult(span, result);
          return { item, result, trace: span.context };
        }),
      );
      await this.recordOutcomes(outcomes);
    } catch (err) {
      for (const span of spans) span.fail(err);
      throw err;
    } finally {
      for (const span of spans) span.end();
    }
    return claimed.length;
  }

  /** One `payout.attempt` span per claimed payout, under the context stored with it (ADR 0008). */
  startAttemptSpans(claimed: readonly ClaimedAttempt[]): Promise<Array<{ job: ClaimedAttempt; span: JobSpan }>> {
    return startJobSpans(this.dataSource.manager, claimed, (item) => ({
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
    }));
  }

  /** First transaction: the attempts and their keys are committed before any provider is called. */
  async claim(limit: number): Promise<ClaimedAttempt[]> {
    const now = this.clock.now();
    const lease = new Date(now.getTime() + this.settings.retry.reconcileAfterMs);
    return this.dataSource.transaction((manager) => claimDuePayouts(manager, this.providers, now, lease, limit));
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
   * The second transaction: applies each decision, posts the payments and emits the outcomes together. Each
   * payout's events are placed under its attempt span (`trace`); a batch of one runs entirely inside it.
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

/** The provider's answer on the attempt's span: a failure or an unknown outcome marks it as an error. */
function noteResult(span: JobSpan, result: AttemptResult): void {
  span.span.setAttribute('tradein.payout.outcome', result.status);
  if (result.status === 'FAILED') span.fail(`payment failed: ${result.reasonCode}`);
  else if (result.status === 'UNKNOWN') span.fail('payment outcome unknown');
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
