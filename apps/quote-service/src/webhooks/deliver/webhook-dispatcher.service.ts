import { lookup } from 'node:dns/promises';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CLOCK,
  type Clock,
  type FinishedJob,
  type JobLease,
  type JobSpan,
  type JobSpanSpec,
  type JobTraceContext,
  LeasedJobRunner,
  PeriodicTask,
} from '@tradein/service-runtime';
import { QuoteConfig } from '../../config/quote.config';
import { SecretBox } from '../../shared/secret-box';
import { WEBHOOK_RETRY_POLICY } from '../signing/webhook-backoff';
import { signWebhook } from '../signing/webhook-signature';
import { checkWebhookUrl, isInternalAddress } from '../signing/webhook-url-policy';
import { webhookHeaders } from './webhook-request';

interface Claimed {
  id: string;
  partner_id: string;
  trade_in_id: string;
  body: string;
  attempts: number;
  event_type: string;
  lease: Date;
  trace_context: JobTraceContext | null;
}

/** One POST: when it was made, the partner's status code, or why it failed. */
interface Sent {
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const OUTCOME_STATUS = { done: 'DELIVERED', retry: 'PENDING', recheck: 'PENDING', 'gave-up': 'FAILED' } as const;

/** A claimed delivery is invisible to other replicas for this long, so a crash mid-send only delays it. */
const LEASE_MS = 60_000;

/** Order of one trade-in's deliveries: enqueued first, then the state change's sequence (same instant), then id. */
const orderKey = (t: string): string => `(${t}.created_at, COALESCE(((${t}.body::jsonb) -> 'data' ->> 'sequence')::bigint, 0), ${t}.id)`;

/**
 * Claims up to $3 due deliveries, at most $5 in flight per partner counting this replica's ($4: partner →
 * in flight), and only the oldest PENDING delivery of each trade-in (a later one waits while an earlier one is
 * in flight or retrying, so one trade-in's webhooks never overtake each other). SKIP LOCKED lets replicas
 * share the work; the claim moves next_attempt_at forward by the lease, which hides the row from other
 * replicas without holding a lock during the HTTP call.
 */
const CLAIM_SQL = `
  WITH due AS (
    SELECT d.id, d.partner_id, d.next_attempt_at, d.created_at FROM webhook_delivery d
    WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1
      AND COALESCE(($4::jsonb ->> d.partner_id)::int, 0) < $5
      AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                      WHERE e.status = 'PENDING' AND e.trade_in_id = d.trade_in_id AND e.partner_id = d.partner_id
                        AND e.id <> d.id AND ${orderKey('e')} < ${orderKey('d')})
    ORDER BY d.next_attempt_at, d.created_at
    LIMIT $6
    FOR UPDATE OF d SKIP LOCKED
  ), picked AS (
    SELECT id FROM (SELECT id, partner_id, next_attempt_at, created_at,
                           row_number() OVER (PARTITION BY partner_id ORDER BY next_attempt_at, created_at) AS rn FROM due) r
    WHERE rn <= $5 - COALESCE(($4::jsonb ->> partner_id)::int, 0)
    ORDER BY next_attempt_at, created_at
    LIMIT $3
  )
  UPDATE webhook_delivery w SET next_attempt_at = $2 FROM picked WHERE w.id = picked.id
  RETURNING w.id, w.partner_id, w.trade_in_id, w.body, w.attempts, w.event_type, w.next_attempt_at AS lease, w.trace_context`;

/**
 * Delivers pending webhooks through the shared leased job runner (ADR 0014): claims due rows (SKIP LOCKED + a
 * lease, so replicas share the work and never send one delivery at the same time), POSTs them concurrently (WEBHOOK_CONCURRENCY in all, at most
 * WEBHOOK_PARTNER_CONCURRENCY per partner, so a hanging partner endpoint only slows that partner), each signed
 * with HMAC-SHA256 over timestamp and body, logs every attempt, and retries with exponential backoff until
 * delivered or FAILED after the last attempt (ops can replay it). Each attempt is a `webhook.deliver` span of
 * the trade-in's trace (under the context stored with the delivery, ADR 0008) whose context goes to the
 * partner as `traceparent`.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly box: SecretBox;
  private task?: PeriodicTask;
  /** Deliveries this instance has in flight per partner (shared by overlapping runDue calls). */
  private readonly inFlight = new Map<string, number>();
  private readonly runner: LeasedJobRunner<Claimed, Sent>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: QuoteConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.box = new SecretBox(config.QUOTE_SECRET_KEY);
    this.runner = new LeasedJobRunner(dataSource, clock, {
      name: 'webhook-dispatcher',
      leaseMs: LEASE_MS,
      retry: WEBHOOK_RETRY_POLICY,
      claim: (manager, lease) => this.claim(manager, lease),
      span: deliverySpan,
      attempt: (d) => d.attempts + 1,
      call: (d, span) => this.send(d, span),
      judge: (sent) => (sent.error === null ? { status: 'succeeded' } : { status: 'failed', retryable: true, error: sent.error }),
      record: { each: (manager, finished) => this.record(manager, finished) },
      settled: (d) => this.track(d.partner_id, -1),
    });
  }

  onApplicationBootstrap(): void {
    this.task = new PeriodicTask('webhook-dispatcher', this.config.WEBHOOK_POLL_MS, () => this.runDue());
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }

  /**
   * Sends every delivery due at the clock's now, concurrently within the caps, claiming more as slots free up
   * (a delivery made eligible by its predecessor's success goes out in the same pass); returns how many were
   * attempted. Resolves once nothing is due and nothing it started is in flight; an outcome that could not be
   * recorded is logged and its lease expires, so the delivery is retried.
   */
  runDue(): Promise<number> {
    return this.runner.runUntilIdle(this.config.WEBHOOK_CONCURRENCY);
  }

  private async claim(manager: EntityManager, lease: JobLease): Promise<Claimed[]> {
    const r: [Claimed[], number] | Claimed[] = await manager.query(CLAIM_SQL, [
      lease.now,
      lease.until,
      lease.limit,
      JSON.stringify(Object.fromEntries(this.inFlight)),
      this.config.WEBHOOK_PARTNER_CONCURRENCY,
      Math.max(50, lease.limit * 4),
    ]);
    const claimed = Array.isArray(r[0]) ? (r[0] as Claimed[]) : (r as Claimed[]);
    for (const d of claimed) this.track(d.partner_id, 1);
    return claimed;
  }

  private track(partnerId: string, delta: 1 | -1): void {
    const n = (this.inFlight.get(partnerId) ?? 0) + delta;
    if (n > 0) this.inFlight.set(partnerId, n);
    else this.inFlight.delete(partnerId);
  }

  /** One attempt inside its span: the POST. Any failure is the attempt's result, retried later. */
  private async send(d: Claimed, span: JobSpan): Promise<Sent> {
    const started = Date.now();
    const at = this.clock.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const rows: Array<{ url: string; secret_encrypted: string }> = await this.dataSource.query(
        'SELECT url, secret_encrypted FROM webhook_endpoint WHERE partner_id = $1',
        [d.partner_id],
      );
      const endpoint = rows[0];
      if (!endpoint) throw new Error('no webhook endpoint configured');
      await this.assertDeliverable(endpoint.url);
      const ts = Math.floor(at.getTime() / 1000);
      const res = await fetch(endpoint.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
        headers: webhookHeaders({
          signature: signWebhook(this.box.open(endpoint.secret_encrypted), ts, d.body),
          deliveryId: d.id,
          eventType: d.event_type,
        }),
        body: d.body,
      });
      statusCode = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (err) {
      // A timeout rejects with a DOMException (not an Error in every realm): keep its message for the log.
      const message = err instanceof Error ? err.message : (err as { message?: unknown } | null)?.message;
      error = typeof message === 'string' && message ? message.slice(0, 500) : 'delivery failed';
    }
    if (statusCode !== null) span.span.setAttribute('http.response.status_code', statusCode);
    return { at, statusCode, error, durationMs: Date.now() - started };
  }

  /**
   * The outcome, in the runner's transaction. It is recorded only while the lease is still this claim's: had
   * it expired and another replica claimed the row meanwhile, that replica records its own outcome (the
   * attempt is logged either way).
   */
  private async record(m: EntityManager, { job: d, result: sent, outcome }: FinishedJob<Claimed, Sent>): Promise<void> {
    await m.query(`INSERT INTO webhook_attempt (delivery_id, at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)`, [
      d.id,
      sent.at,
      sent.statusCode,
      sent.error,
      sent.durationMs,
    ]);
    const status = OUTCOME_STATUS[outcome.kind];
    await m.query(
      `UPDATE webhook_delivery SET status = $2, attempts = $3, last_status_code = $4, last_error = $5,
         delivered_at = CASE WHEN $2 = 'DELIVERED' THEN $6::timestamptz ELSE NULL END, next_attempt_at = $7
       WHERE id = $1 AND status = 'PENDING' AND next_attempt_at = $8`,
      [d.id, status, d.attempts + 1, sent.statusCode, sent.error, sent.at, 'at' in outcome ? outcome.at : sent.at, d.lease],
    );
  }

  /** Re-checked at send time: a host name may have been re-pointed at an internal address since registration. */
  private async assertDeliverable(url: string): Promise<void> {
    const allowLocal = this.config.allowInsecureWebhooks();
    const problem = checkWebhookUrl(url, allowLocal);
    if (problem) throw new Error(`webhook URL ${problem}`);
    if (allowLocal) return;
    const addresses = await lookup(new URL(url).hostname, { all: true });
    if (addresses.some((a) => isInternalAddress(a.address))) throw new Error('webhook URL resolves to a private or loopback address');
  }
}

/** Each attempt is a `webhook.deliver` span of the trade-in's trace; its context goes to the partner as `traceparent`. */
function deliverySpan(d: Claimed): JobSpanSpec {
  return {
    tradeInId: d.trade_in_id,
    traceContext: d.trace_context,
    name: 'webhook.deliver',
    options: {
      kind: SpanKind.CLIENT,
      attributes: {
        'tradein.trade_in.id': d.trade_in_id,
        'tradein.partner.id': d.partner_id,
        'tradein.webhook.delivery_id': d.id,
        'tradein.webhook.event_type': d.event_type,
        'tradein.attempt': d.attempts + 1,
        'http.request.method': 'POST',
      },
    },
  };
}
