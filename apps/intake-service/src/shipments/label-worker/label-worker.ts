import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ShipmentLabelIssued, ShipmentLabelVoided } from '@tradein/contracts';
import { SpanKind } from '@opentelemetry/api';
import { OutboxWriter } from '@tradein/messaging';
import { childLogger } from '@tradein/observability';
import {
  CLOCK,
  type Clock,
  type FinishedJob,
  type JobAttemptResult,
  type JobLease,
  type JobSpan,
  type JobSpanSpec,
  LeasedJobRunner,
  PeriodicTask,
} from '@tradein/service-runtime';
import { DataSource, type EntityManager } from 'typeorm';
import { IntakeConfig } from '../../config/intake.config';
import { CustodyLog } from '../../custody/custody-log.service';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { caseEvent } from '../../intake-cases/case-event';
import { moneyDto } from '../../shared/money-dto';
import { CARRIER_ADAPTER, type CarrierAdapter, type IssuedLabel, type LabelRequest } from '../carrier/carrier-adapter';
import { CarrierLabelRequest } from '../label-request.entity';
import { Shipment } from '../shipment.entity';
import { ShipmentLabels } from '../shipment-labels.service';
import { canVoid } from '../shipment-status';
import { labelRetryPolicy } from './label-retry';
import { LabelRequests } from './label-requests.service';

/** The span a claimed request's work runs in (ADR 0008): the carrier call is its outbound part. */
function labelSpan(request: CarrierLabelRequest): JobSpanSpec {
  return {
    tradeInId: request.tradeInId,
    traceContext: request.traceContext,
    name: request.kind === 'ISSUE' ? 'label.issue' : 'label.void',
    options: {
      kind: SpanKind.CLIENT,
      attributes: {
        'tradein.trade_in.id': request.tradeInId,
        'tradein.label_request.id': request.id,
        'tradein.shipment.id': request.shipmentId,
        'tradein.attempt': request.attempts,
      },
    },
  };
}

/** A claimed request and the carrier call it needs. */
type Claimed =
  | { readonly request: CarrierLabelRequest; readonly kind: 'ISSUE'; readonly call: LabelRequest }
  | { readonly request: CarrierLabelRequest; readonly kind: 'VOID'; readonly trackingNumber: string };

type CallResult = { ok: true; label?: IssuedLabel } | { ok: false; error: string };

const CLOSED = new Set(['EXPIRED', 'CANCELLED']);

/**
 * Calls the carrier from the database, not from Kafka (as payout-service pays), through the shared leased
 * job runner (ADR 0014): it claims due label requests with FOR UPDATE SKIP LOCKED (replicas share the work)
 * and leases them (next_attempt_at) in a first transaction, calls the carrier outside any transaction, and
 * records each outcome in a second one: the label, its custody record and shipment.label-issued; or the void,
 * its custody record and shipment.label-voided. The carrier is idempotent on the request's reference (the
 * trade-in), so a call repeated after a crash or a lost outcome returns the same label. Failures retry with
 * capped exponential backoff; after INTAKE_LABEL_MAX_ATTEMPTS the request is FAILED and listed in the ops
 * queue `label-failures`. Each claimed request's call and outcome run in a span (`label.issue` /
 * `label.void`) of the trade-in's trace, a child of the context stored with the request (ADR 0008): the
 * events it writes nest under it.
 */
@Injectable()
export class LabelWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = childLogger('label-worker');
  private task?: PeriodicTask;
  private readonly runner: LeasedJobRunner<Claimed, CallResult>;

  constructor(
    dataSource: DataSource,
    @Inject(CARRIER_ADAPTER) private readonly carrier: CarrierAdapter,
    private readonly labels: ShipmentLabels,
    private readonly requests: LabelRequests,
    private readonly custody: CustodyLog,
    private readonly outbox: OutboxWriter,
    private readonly config: IntakeConfig,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.runner = new LeasedJobRunner(dataSource, clock, {
      name: 'label-worker',
      leaseMs: config.INTAKE_LABEL_LEASE_MS,
      retry: labelRetryPolicy({
        maxAttempts: config.INTAKE_LABEL_MAX_ATTEMPTS,
        baseMs: config.INTAKE_LABEL_RETRY_BASE_MS,
        maxMs: config.INTAKE_LABEL_RETRY_MAX_MS,
      }),
      claim: (manager, lease) => this.claim(manager, lease),
      span: (c) => labelSpan(c.request),
      attempt: (c) => c.request.attempts,
      call: (c, span) => this.call(c, span),
      judge: (result): JobAttemptResult =>
        result.ok ? { status: 'succeeded' } : { status: 'failed', retryable: true, error: result.error },
      record: { each: (manager, finished) => this.record(manager, finished) },
    });
  }

  onApplicationBootstrap(): void {
    this.task = new PeriodicTask('label-worker', this.config.INTAKE_LABEL_WORKER_INTERVAL_MS, () => this.runOnce());
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }

  /** One pass: claims due requests, calls the carrier for all of them, records each outcome. Returns how many were claimed. */
  runOnce(limit = this.config.INTAKE_LABEL_WORKER_BATCH): Promise<number> {
    return this.runner.runOnce(limit);
  }

  /** In the claim transaction: leases due requests; requests with nothing left to do are cancelled without a call. */
  private async claim(manager: EntityManager, lease: JobLease): Promise<Claimed[]> {
    const due = await manager
      .getRepository(CarrierLabelRequest)
      .createQueryBuilder('r')
      .where(`r.status = 'PENDING' AND r.next_attempt_at <= :now`, { now: lease.now })
      .orderBy('r.next_attempt_at')
      .addOrderBy('r.id')
      .limit(lease.limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    const claimed: Claimed[] = [];
    for (const request of due) {
      const item = await this.prepare(manager, request);
      if (!item) {
        await this.finish(manager, request, 'CANCELLED', lease.now, null);
        continue;
      }
      request.attempts += 1;
      request.nextAttemptAt = lease.until;
      await manager.getRepository(CarrierLabelRequest).save(request);
      claimed.push(item);
    }
    return claimed;
  }
  private async prepare(manager: EntityManager, request: CarrierLabelRequest): Promise<Claimed | null> {
    if (request.kind === 'ISSUE') {
      const c = await manager.getRepository(IntakeCase).findOneBy({ tradeInId: request.tradeInId });
      // Closed before its label was asked for: a trade-in that no longer exists gets no label.
      if (!c || CLOSED.has(c.status)) return null;
      if (await manager.getRepository(Shipment).existsBy({ id: request.shipmentId })) return null;
      return { request, kind: 'ISSUE', call: this.labels.inboundRequest(c, request.shipmentId) };
    }
    const shipment = await manager.getRepository(Shipment).findOneBy({ id: request.shipmentId });
    // The parcel moved meanwhile: a used label is not voided.
    if (!shipment || !canVoid(shipment.status)) return null;
    return { request, kind: 'VOID', trackingNumber: shipment.trackingNumber };
  }

  /** Outside any transaction. Any error is a failed attempt: retried later with the same reference. */
  private async call(item: Claimed, span: JobSpan): Promise<CallResult> {
    try {
      if (item.kind === 'ISSUE') return { ok: true, label: await this.carrier.issueLabel(item.call) };
      await this.carrier.voidLabel(item.trackingNumber);
      return { ok: true };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      span.fail(err);
      this.log.warn({ requestId: item.request.id, kind: item.kind, attempt: item.request.attempts, err: error }, 'carrier call failed');
      return { ok: false, error };
    }
  }

  /** Second transaction (the runner's, one per request): the outcome, its custody record and its event commit together. */
  private async record(manager: EntityManager, { job: item, result, outcome, at: now }: FinishedJob<Claimed, CallResult>): Promise<void> {
    const request = await manager
      .getRepository(CarrierLabelRequest)
      .findOne({ where: { id: item.request.id }, lock: { mode: 'pessimistic_write' } });
    // Recorded by another worker whose claim followed ours after the lease ran out: its record stands.
    if (!request || request.status !== 'PENDING') return;
    if (!result.ok) {
      request.lastError = result.error.slice(0, 500);
      if (outcome.kind === 'gave-up') {
        this.log.error(
          { requestId: request.id, kind: request.kind, tradeInId: request.tradeInId, attempts: request.attempts },
          'label request failed for good',
        );
        await this.finish(manager, request, 'FAILED', now, request.lastError);
      } else if (outcome.kind !== 'done') {
        request.nextAttemptAt = outcome.at;
        await manager.getRepository(CarrierLabelRequest).save(request);
      }
      return;
    }
    if (item.kind === 'ISSUE') await this.recordIssued(manager, request, result.label as IssuedLabel, now);
    else await this.recordVoided(manager, request, now);
  }

  private async recordIssued(manager: EntityManager, request: CarrierLabelRequest, label: IssuedLabel, now: Date): Promise<void> {
    const c = await manager
      .getRepository(IntakeCase)
      .findOneOrFail({ where: { tradeInId: request.tradeInId }, lock: { mode: 'pessimistic_write' } });
    const shipment = await this.labels.recordInbound(manager, c, request.shipmentId, label, now);
    await this.outbox.append(
      manager,
      caseEvent(
        c,
        ShipmentLabelIssued,
        {
          shipmentId: shipment.id,
          carrier: shipment.carrier,
          trackingNumber: shipment.trackingNumber,
          at: now.toISOString(),
          insuredValue: moneyDto(shipment.insuredAmountMinor, shipment.insuredCurrency),
          labelFormat: shipment.labelFormat,
          label: shipment.label,
        },
        now,
        request.causationId ?? undefined,
      ),
    );
    await this.finish(manager, request, 'DONE', now, null);
    // Closed while the carrier was issuing it: the label exists now, so it is voided like any unused one.
    if (CLOSED.has(c.status)) {
      await this.requests.requestVoid(
        manager,
        shipment,
        `trade-in ${c.status.toLowerCase()} while its label was being issued`,
        request.causationId,
        now,
      );
    }
  }

  private async recordVoided(manager: EntityManager, request: CarrierLabelRequest, now: Date): Promise<void> {
    const shipment = await manager
      .getRepository(Shipment)
      .findOne({ where: { id: request.shipmentId }, lock: { mode: 'pessimistic_write' } });
    if (!shipment || !canVoid(shipment.status)) {
      await this.finish(manager, request, 'CANCELLED', now, 'the parcel moved before the void was recorded');
      return;
    }
    const c = await manager.getRepository(IntakeCase).findOneByOrFail({ tradeInId: request.tradeInId });
    await this.labels.recordVoided(manager, shipment, now);
    const why = request.reason ?? 'label voided';
    await this.custody.append(manager, {
      tradeInId: c.tradeInId,
      action: 'LABEL_VOIDED',
      actor: 'system',
      shipmentId: shipment.id,
      at: now,
      detail: { trackingNumber: shipment.trackingNumber, reason: why },
    });
    await this.outbox.append(
      manager,
      caseEvent(
        c,
        ShipmentLabelVoided,
        {
          shipmentId: shipment.id,
          carrier: shipment.carrier,
          trackingNumber: shipment.trackingNumber,
          at: now.toISOString(),
          insuredValue: moneyDto(shipment.insuredAmountMinor, shipment.insuredCurrency),
          detail: why.slice(0, 200),
        },
        now,
        request.causationId ?? undefined,
      ),
    );
    await this.finish(manager, request, 'DONE', now, null);
  }

  private async finish(
    manager: EntityManager,
    request: CarrierLabelRequest,
    status: 'DONE' | 'FAILED' | 'CANCELLED',
    now: Date,
    note: string | null,
  ): Promise<void> {
    request.status = status;
    request.completedAt = now;
    if (note) request.lastError = note.slice(0, 500);
    await manager.getRepository(CarrierLabelRequest).save(request);
  }
}
