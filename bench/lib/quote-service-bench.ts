import { signStaffToken } from '@tradein/auth';
import { type LoadRequest } from './load';

/** What the HTTP benches give quote-service's production build: a bench-only secret and rate limits out of the way. */
const SECRET = 'bench-http-secret-bench-http-secret-0123456789';
const AUTH = { jwtSecret: SECRET, issuer: 'tradein-platform', audience: 'tradein-api' };
const RATE_LIMIT = '100000';

export const QUOTE_BODY = JSON.stringify({
  modelId: 'sony-playstation-5-slim',
  variantId: 'disc',
  market: 'FR',
  answers: { functional: 'works', body: 'light_wear', controllers: 'all_included', accessories: 'complete', locks: 'none' },
});

/** The environment of a benched quote-service (add the database, brokers and namespace). */
export function quoteServiceBenchEnv(logLevel: string): Record<string, string> {
  return { LOG_LEVEL: logLevel, AUTH_JWT_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: RATE_LIMIT, PARTNER_RATE_LIMIT_PER_MINUTE: RATE_LIMIT };
}

/** A staff token for setting the bench up (partners, keys). */
export function benchOpsToken(): string {
  return signStaffToken({ sub: 'bench-ops', role: 'ops' }, AUTH, 3600);
}

async function call<T>(port: number, method: string, path: string, o: { token?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...(o.body ? { 'content-type': 'application/json' } : {}) },
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** Registers a partner and returns a fresh API key of it. */
export async function partnerKey(port: number, ops: string, id: string): Promise<string> {
  await call(port, 'POST', '/v1/partners', { token: ops, body: { id, name: `Bench ${id}` } });
  return (await call<{ apiKey: string }>(port, 'POST', `/v1/partners/${id}/api-keys`, { token: ops, body: {} })).apiKey;
}

/** The benched catalog page: smartphones priced for France, as the widget asks. */
export function catalogRequest(apiKey: string): LoadRequest {
  return { method: 'GET', path: '/v1/catalog/models?category=smartphone&market=FR', headers: { 'x-api-key': apiKey } };
}

/** POST /v1/quotes with a fresh Idempotency-Key per request. */
export function quoteRequest(apiKey: string): LoadRequest {
  return {
    method: 'POST',
    path: '/v1/quotes',
    headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
    body: QUOTE_BODY,
    uniqueHeader: 'idempotency-key',
  };
}
