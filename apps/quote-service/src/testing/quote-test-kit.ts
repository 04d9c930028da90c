import { startTestService, type TestService } from '@tradein/testing';
import { appModule } from '../app.module';
import { QuoteConfig } from '../config/quote.config';

export type QuoteService = TestService<QuoteConfig>;

/** quote-service on a fresh database and topic namespace; deadlines and webhooks are driven by the test. */
export function startQuoteService(env: Record<string, string> = {}): Promise<QuoteService> {
  return startTestService({
    serviceName: 'quote-service',
    configClass: QuoteConfig,
    module: (config, clock) => appModule(config, clock),
    env: { DEADLINE_POLL_MS: '0', WEBHOOK_POLL_MS: '0', PARTNER_RATE_LIMIT_PER_MINUTE: '5000', ...env },
  });
}

export interface PartnerFixture {
  partnerId: string;
  apiKey: string;
  keyId: string;
}

/** Registers a partner (and optionally a program) through the ops API and issues it a key. */
export async function createPartner(svc: QuoteService, partnerId: string, program?: Record<string, unknown>): Promise<PartnerFixture> {
  const ops = svc.token({ sub: 'ops-1', role: 'ops' });
  const p = await svc.request('POST', '/v1/partners', { token: ops, body: { id: partnerId, name: `Partner ${partnerId}` } });
  if (p.status !== 201) throw new Error(`partner: ${p.status} ${p.text}`);
  if (program) {
    const r = await svc.request('POST', `/v1/partners/${partnerId}/programs`, { token: ops, body: program });
    if (r.status !== 201) throw new Error(`program: ${r.status} ${r.text}`);
  }
  const k = await svc.request<{ apiKey: string; keyId: string }>('POST', `/v1/partners/${partnerId}/api-keys`, {
    token: ops,
    body: program ? { programId: program['id'] } : {},
  });
  if (k.status !== 201) throw new Error(`key: ${k.status} ${k.text}`);
  return { partnerId, apiKey: k.body.apiKey, keyId: k.body.keyId };
}

export const asPartner = (p: PartnerFixture, headers: Record<string, string> = {}) => ({ 'x-api-key': p.apiKey, ...headers });

export const PS5_TOP = { functional: 'works', body: 'flawless', controllers: 'all_included', accessories: 'complete', locks: 'none' };
export const PHONE_TOP = { functional: 'works', screen: 'flawless', body: 'flawless', battery: '80_or_more', locks: 'none' };

export const ACCEPT_MAIL_IN = {
  customer: { name: 'Camille Martin', email: 'Camille@Example.com' },
  fulfilment: 'MAIL_IN',
  payout: { method: 'BANK_TRANSFER', destinationRef: 'pd_123' },
  revisedOfferPolicy: { policy: 'ASK' },
};

export async function count(svc: QuoteService, table: string): Promise<number> {
  const rows: Array<{ n: string }> = await svc.dataSource.query(`SELECT count(*)::text AS n FROM ${table}`);
  return Number(rows[0].n);
}
