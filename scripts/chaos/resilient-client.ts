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
    const { status, text } = await this.send(service, method, path, () => ({
      method,
      headers,
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    }));
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status, body: body as T };
  }

  /**
   * Evidence uploads retried like any other request (a killed replica must not cost the trade-in): uploads are
   * idempotent by content, so a retry of a photo whose answer was lost gets the same ref.
   */
  override async uploadEvidence(
    service: Service,
    token: string,
    bytes: Buffer,
    filename = 'photo.png',
  ): Promise<{ ref: string; sha256: string }> {
    const { status, text } = await this.send(service, 'POST', '/v1/evidence', () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), filename);
      return { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form };
    });
    if (status !== 201) throw new Error(`POST ${service}/v1/evidence answered ${status}:\n${text.slice(0, 2000)}`);
    return JSON.parse(text) as { ref: string; sha256: string };
  }

  /**
   * The typed clients' requests (openapi-fetch hands over a Request for the replica it was created with) go
   * through the same retries: each try to the next replica, a write keeping one Idempotency-Key across tries.
   */
  protected override typedFetch(service: Service): (request: Request) => Promise<Response> {
    return async (request) => {
      const u = new URL(request.url);
      const path = `${u.pathname}${u.search}`;
      const headers = new Headers(request.headers);
      if (request.method !== 'GET' && !headers.has('idempotency-key')) headers.set('idempotency-key', `chaos-${randomUUID()}`);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      const { status, text, contentType } = await this.send(service, request.method, path, () => ({
        method: request.method,
        headers,
        body,
      }));
      // A null-body status (204, 304) takes no body, even an empty one.
      return new Response([204, 205, 304].includes(status) ? null : text, {
        status,
        headers: contentType ? { 'content-type': contentType } : {},
      });
    };
  }

  /** One logical request: tries on the next replica each time until a usable answer or the budget's end. */
  private async send(
    service: Service,
    method: string,
    path: string,
    init: () => RequestInit,
  ): Promise<{ status: number; text: string; contentType: string | null }> {
    const deadline = Date.now() + this.policy.budgetMs;
    let lastProblem = '';
    for (let attempt = 0; ; attempt++) {
      const url = `${this.cluster.url(this.cluster.next(service))}${path}`;
      const at = Date.now();
      try {
        const res = await fetch(url, { ...init(), signal: AbortSignal.timeout(this.policy.requestTimeoutMs) });
        const text = await res.text();
        this.exchanges.push({ at, ms: Date.now() - at, status: res.status });
        if (!RETRYABLE.has(res.status)) return { status: res.status, text, contentType: res.headers.get('content-type') };
        lastProblem = `${res.status} ${text.slice(0, 300)}`;
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
