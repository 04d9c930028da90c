import { api } from './http';
import { type CatalogModel, type Market, type Questionnaire, type Quote, type TradeIn } from './types';

export const catalogByTac = (tac: string, market: Market) =>
  api<{ items: CatalogModel[] }>('quote', 'GET', '/v1/catalog/models', { query: { tac, market } });

export const catalogModel = (modelId: string, market: Market) =>
  api<CatalogModel>('quote', 'GET', `/v1/catalog/models/${encodeURIComponent(modelId)}`, { query: { market } });

export const searchCatalog = (q: string, market: Market) =>
  api<{ items: CatalogModel[] }>('quote', 'GET', '/v1/catalog/models', { query: { q, market } });

export const questionnaire = (category: string) =>
  api<Questionnaire>('quote', 'GET', `/v1/catalog/categories/${encodeURIComponent(category)}/questionnaire`);

export interface CreateQuote {
  modelId: string;
  variantId: string;
  market: Market;
  answers: Record<string, string>;
  imei?: string;
}
export const createQuote = (body: CreateQuote, idempotencyKey: string) =>
  api<Quote>('quote', 'POST', '/v1/quotes', { body, idempotencyKey });

export interface AcceptQuote {
  customer: { name: string; email: string };
  fulfilment: 'STORE';
  payout: { method: 'STORE_CREDIT' };
  revisedOfferPolicy: { policy: 'ASK' };
}
export const acceptQuote = (quoteId: string, body: AcceptQuote, idempotencyKey: string) =>
  api<{ quote: Quote; tradeIn: TradeIn }>('quote', 'POST', `/v1/quotes/${encodeURIComponent(quoteId)}/accept`, { body, idempotencyKey });

export const getTradeIn = (id: string) => api<TradeIn>('quote', 'GET', `/v1/trade-ins/${encodeURIComponent(id)}`);

export const listTradeIns = (query: { state?: string; cursor?: string; limit?: number }) =>
  api<{ items: TradeIn[]; nextCursor: string | null }>('quote', 'GET', '/v1/trade-ins', { query });

export interface PriceTableVersion {
  version: number;
  rowCount: number;
  source: string;
  uploadedBy?: string;
  createdAt: string;
}
export const listPriceTables = () => api<PriceTableVersion[]>('quote', 'GET', '/v1/price-tables');
export const uploadPriceTable = (csv: string, idempotencyKey: string) =>
  api<PriceTableVersion>('quote', 'POST', '/v1/price-tables', { body: csv, contentType: 'text/csv', idempotencyKey });
export const pricesIn = (market: Market) =>
  api<{ items: CatalogModel[]; priceTableVersion?: number }>('quote', 'GET', '/v1/catalog/models', { query: { market } });

export interface Partner {
  id: string;
  name: string;
  createdAt: string;
}
export interface ApiKey {
  keyId: string;
  prefix: string;
  programId: string | null;
  createdAt: string;
  revokedAt: string | null;
}
export const listPartners = () => api<Partner[]>('quote', 'GET', '/v1/partners');
export const listApiKeys = (partnerId: string) => api<ApiKey[]>('quote', 'GET', `/v1/partners/${encodeURIComponent(partnerId)}/api-keys`);
export const revokeApiKey = (partnerId: string, keyId: string) =>
  api<void>('quote', 'POST', `/v1/partners/${encodeURIComponent(partnerId)}/api-keys/${encodeURIComponent(keyId)}/revoke`);

export interface IssueStaffToken {
  role: 'store_staff' | 'grader' | 'ops';
  subject: string;
  storeId?: string;
  partnerId?: string;
  siteId?: string;
  ttlSeconds?: number;
  reason?: string;
}
export interface IssuedStaffToken {
  issuanceId: string;
  token: string;
  expiresAt: string;
}
export interface StaffTokenIssuance {
  issuanceId: string;
  issuedBy: string;
  subject: string;
  role: string;
  storeId?: string;
  siteId?: string;
  partnerId?: string;
  reason?: string;
  issuedAt: string;
  expiresAt: string;
}
export const issueStaffToken = (body: IssueStaffToken) => api<IssuedStaffToken>('quote', 'POST', '/v1/ops/staff-tokens', { body });
export const staffTokenAudit = () => api<{ items: StaffTokenIssuance[] }>('quote', 'GET', '/v1/ops/staff-tokens', { query: { limit: 50 } });
