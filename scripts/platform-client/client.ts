/**
 * A small HTTP client for the platform's public APIs, shared by the acceptance tests and `npm run demo`.
 * It knows where each service listens and how a partner (API key) or staff member (JWT) authenticates.
 */
import {
  type ApiCredentials,
  createGradingClient,
  createIntakeClient,
  createPayoutClient,
  createQuoteClient,
  type GradingClient,
  type IntakeClient,
  type PayoutClient,
  type QuoteClient,
} from '@tradein/api-client';

export const SERVICE_NAMES = ['quote-service', 'intake-service', 'grading-service', 'payout-service'] as const;
export type Service = (typeof SERVICE_NAMES)[number];

export interface CallOptions {
  token?: string;
  apiKey?: string;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface Answer<T> {
  status: number;
  body: T;
}
/** Who calls: a staff, partner or widget token, or a partner API key. */
export interface Caller {
  token?: string;
  apiKey?: string;
}

function credentials(c: Caller): ApiCredentials {
  if (c.token) return { bearerToken: c.token };
  if (c.apiKey) return { apiKey: c.apiKey };
  return { none: true };
}

/**
 * The body of a call through a typed client (@tradein/api-client), insisting on the status; the whole
 * answer is in the error otherwise, as with PlatformClient.req.
 */
export async function answered<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  expected: number | number[],
  what: string,
): Promise<T> {
  const r = await call;
  if (!([] as number[]).concat(expected).includes(r.response.status) || r.data === undefined) {
    throw new Error(`${what} answered ${r.response.status}, expected ${String(expected)}:\n${JSON.stringify(r.error ?? r.data, null, 2)}`);
  }
  return r.data;
}

export class PlatformClient {
  constructor(private readonly baseUrl: (service: Service) => string) {}

  url(service: Service): string {
    return this.baseUrl(service);
  }

  /**
   * The fetch the typed clients of a service use; none: the global one. A subclass may retry there (the chaos
   * run's client sends each try to the next replica).
   */
  protected typedFetch(_service: Service): ((request: Request) => Promise<Response>) | undefined {
    return undefined;
  }

  private extras(service: Service): { fetch?: (request: Request) => Promise<Response> } {
    const f = this.typedFetch(service);
    return f ? { fetch: f } : {};
  }

  /** Typed clients generated from the services' OpenAPI documents (npm run openapi). */
  quote(c: Caller): QuoteClient {
    return createQuoteClient(this.baseUrl('quote-service'), credentials(c), this.extras('quote-service'));
  }

  intake(c: Caller): IntakeClient {
    return createIntakeClient(this.baseUrl('intake-service'), credentials(c), this.extras('intake-service'));
  }

  grading(c: Caller): GradingClient {
    return createGradingClient(this.baseUrl('grading-service'), credentials(c), this.extras('grading-service'));
  }

  payout(c: Caller): PayoutClient {
    return createPayoutClient(this.baseUrl('payout-service'), credentials(c), this.extras('payout-service'));
  }

  async call<T = unknown>(service: Service, method: string, path: string, o: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers['authorization'] = `Bearer ${o.token}`;
    if (o.apiKey) headers['x-api-key'] = o.apiKey;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl(service)}${path}`, {
      method,
      headers,
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: body as T };
  }

  /** Calls and insists on the status, showing the whole answer when it differs. */
  async req<T = Record<string, unknown>>(
    service: Service,
    method: string,
    path: string,
    expected: number | number[],
    o: CallOptions = {},
  ): Promise<T> {
    const res = await this.call<T>(service, method, path, o);
    if (!([] as number[]).concat(expected).includes(res.status)) {
      throw new Error(
        `${method} ${service}${path} answered ${res.status}, expected ${String(expected)}:\n${JSON.stringify(res.body, null, 2)}\nrequest body: ${JSON.stringify(o.body)}`,
      );
    }
    return res.body;
  }

  /**
   * Uploads a photo as evidence (multipart, like the console) to intake or grading; returns the ref that
   * dock receipts and inspections cite.
   */
  async uploadEvidence(service: Service, token: string, bytes: Buffer, filename = 'photo.png'): Promise<{ ref: string; sha256: string }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), filename);
    const res = await fetch(`${this.baseUrl(service)}/v1/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const body = (await res.json()) as { ref: string; sha256: string };
    if (res.status !== 201) throw new Error(`POST ${service}/v1/evidence answered ${res.status}:\n${JSON.stringify(body, null, 2)}`);
    return body;
  }

  /** Moves every service's clock forward together (services started with CLOCK_CONTROL=enabled). */
  async advanceClock(opsToken: string, ms: number): Promise<void> {
    await Promise.all(SERVICE_NAMES.map((s) => this.req(s, 'POST', '/v1/ops/clock/advance', 200, { token: opsToken, body: { ms } })));
  }
}
