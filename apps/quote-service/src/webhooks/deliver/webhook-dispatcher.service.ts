import { lookup } from 'node:dns/promises';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, PeriodicTask } from '@tradein/service-runtime';
import { QuoteConfig } from '../../config/quote.config';
import { SecretBox } from '../../shared/secret-box';
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from '../signing/webhook-backoff';
import { SIGNATURE_HEADER, signWebhook } from '../signing/webhook-signature';
import { checkWebhookUrl, isInternalAddress } from '../signing/webhook-url-policy';

interface Claimed { id: string; partner_id: string; body: string; attempts: number; event_type: string }

/** A claimed delivery is invisible to other replicas for this long, so a crash mid-send only delays it. */
const LEASE_MS = 60_000;

/**
 * Delivers pending webhooks: claims due rows (SKIP LOCKED, so replicas share the work), POSTs each signed
 * with HMAC-SHA256 over timestamp and body, logs every attempt, and retries with exponential backoff until
 * delivered or FAILED after the last attempt (ops can replay it).
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly box: SecretBox;
  private task?: PeriodicTask;

  constructor(private readonly dataSource: DataSource, private readonly config: QuoteConfig, @Inject(CLOCK) private readonly clock: Clock) {
    this.box = new SecretBox(config.QUOTE_SECRET_KEY);
  }

  onApplicationBootstrap(): void {
    this.task = new PeriodicTask('webhook-dispatcher', this.config.WEBHOOK_POLL_MS, () => this.runDue());
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }

  /** Sends every delivery due at the clock's now; returns how many were attempted. */
  async runDue(batch = 20): Promise<number> {
    let total = 0;
    for (;;) {
      const now = this.clock.now();
      const claimed: Claimed[] = await this.dataSource.query(
        `UPDATE webhook_delivery SET next_attempt_at = $2
         WHERE id IN (SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= $1
                      ORDER BY next_attempt_at, created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING id, partner_id, body, attempts, event_type`,
        [now, new Date(now.getTime() + LEASE_MS), batch],
      ).then((r: [Claimed[], number] | Claimed[]) => (Array.isArray(r[0]) ? (r[0] as Claimed[]) : (r as Claimed[])));
      for (const d of claimed) await this.attempt(d);
      total += claimed.length;
      if (claimed.length < batch) return total;
    }
  }

  private async attempt(d: Claimed): Promise<void> {
    const started = Date.now();
    const at = this.clock.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const rows: Array<{ url: string; secret_encrypted: string }> = await this.dataSource.query(
        'SELECT url, secret_encrypted FROM webhook_endpoint WHERE partner_id = $1', [d.partner_id]);
      const endpoint = rows[0];
      if (!endpoint) throw new Error('no webhook endpoint configured');
      await this.assertDeliverable(endpoint.url);
      const ts = Math.floor(at.getTime() / 1000);
      const res = await fetch(endpoint.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(this.box.open(endpoint.secret_encrypted), ts, d.body),
          'x-tradein-delivery': d.id, 'x-tradein-event': d.event_type,
        },
        body: d.body,
      });
      statusCode = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (err) {
      error = err instanceof Error ? err.message.slice(0, 500) : 'delivery failed';
    }
    const attempts = d.attempts + 1;
    const delivered = error === null;
    const status = delivered ? 'DELIVERED' : attempts >= WEBHOOK_MAX_ATTEMPTS ? 'FAILED' : 'PENDING';
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO webhook_attempt (delivery_id, at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)`,
        [d.id, at, statusCode, error, Date.now() - started]);
      await m.query(
        `UPDATE webhook_delivery SET status = $2, attempts = $3, last_status_code = $4, last_error = $5,
           delivered_at = CASE WHEN $2 = 'DELIVERED' THEN $6::timestamptz ELSE NULL END, next_attempt_at = $7 WHERE id = $1`,
        [d.id, status, attempts, statusCode, error, at, new Date(at.getTime() + webhookRetryDelayMs(attempts))]);
    });
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
