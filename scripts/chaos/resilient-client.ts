import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Answer, type CallOptions, PlatformClient, type Service } from '../platform-client';
import { type Cluster } from './cluster';

/** One HTTP exchange as the client saw it: when it started, how long it took, the status (0: no answer). */
export interface Exchange {
  at: number;
  ms: number;
  status: number;
}

export interface RetryPolicy {
  /** How long one logical request may keep retrying (it must outlast a broker or database restart). */
  budgetMs: number;
  /** One exchange's timeout: a stalled replica answers nothing, the next try goes to another one. */
  requestTimeoutMs: number;
}

/** Answers worth another try: no answer at all, the server failing, or a rate limit. */
const RETRYABLE = new Set([0, 429, 500, 502, 503, 504]);

/**
 * The platform client as a partner's or a store's integration should behave under failures: every request goes
 * to the next replica of the service, a failed one is retried (after a short backoff, on the next replica) until
 * the budget runs out, and a request that changes something carries an Idempotency-Key that every retry of it
 * reuses, so a retry after a lost answer cannot do the thing twice. Every exchange is recorded for the report.
 */
export class ResilientClient extends PlatformClient {
  readonly exchanges: Exchange[] = [];

  constructor(
    private readonly cluster: Cluster,
    private readonly policy: RetryPolicy,
  ) {
    super((s) => cluster.url(cluster.next(s)));
  }

  override async call<T = unknown>(service: Service, method: string, path: string, o: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (method !== 'GET' && !Object.keys(headers).some((h) => h.toLowerCase() === 'idempotency-key'))
      headers['idempotency-key'] = `chaos-${randomUUID()}`;
    if (o.token) headers['authorization'] = `Bearer ${o.token}`;
    if (o.apiKey) headers['x-api-key'] = o.apiKey;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const deadline = Date.now() + this.policy.budgetMs;
    let lastProblem = '';
    for (let attempt = 0; ; attempt++) {
      const url = `${this.cluster.url(this.cluster.next(service))}${path}`;
      const at = Date.now();
      let status = 0;
      try {
        const res = await fetch(url, {
          method,
          headers,
          body: o.body === undefined ? undefined : JSON.stringify(o.body),
          signal: AbortSignal.timeout(this.policy.requestTimeoutMs),
        });
        const text = await res.text();
        status = res.status;
        this.exchanges.push({ at, ms: Date.now() - at, status });
        if (!RETRYABLE.has(status)) {
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON: keep the text */
          }
          return { status, body: body as T };
        }
        lastProblem = `${status} ${text.slice(0, 300)}`;
      } catch (err) {
        this.exchanges.push({ at, ms: Date.now() - at, status: 0 });
        lastProblem = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      }
      if (Date.now() > deadline)
        throw new Error(
          `${method} ${service}${path}: no usable answer after ${attempt + 1} tries in ${this.policy.budgetMs} ms; last: ${lastProblem}`,
        );
      await sleep(Math.min(3000, 100 * 2 ** Math.min(attempt, 5)));
    }
  }
}
