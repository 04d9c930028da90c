import { type Quote as QuoteDoc } from '@tradein/api-client';
import { api } from './http';
import { answer, quoteApi } from './typed';
import { type Market } from './types';

type S = QuoteDoc.components['schemas'];
const idem = (key: string) => ({ 'Idempotency-Key': key });

export const catalogByTac = (tac: string, market: Market) =>
  answer(quoteApi.GET('/v1/catalog/models', { params: { query: { tac, market } } }));

export const catalogModel = (modelId: string, market: Market) =>
  answer(quoteApi.GET('/v1/catalog/models/{modelId}', { params: { path: { modelId }, query: { market } } }));

/** A model's brand, name and variants, whatever the market (no prices): how staff screens name a device. */
export const catalogModelName = (modelId: string) =>
  answer(quoteApi.GET('/v1/catalog/models/{modelId}', { params: { path: { modelId } } }));

export const searchCatalog = (q: string, market: Market) =>
  answer(quoteApi.GET('/v1/catalog/models', { params: { query: { q, market } } }));

/** `lang`: the console's language, else the browser's Accept-Language would pick it and could differ from the screen's. */
export const questionnaire = (category: string, lang: string) =>
  answer(quoteApi.GET('/v1/catalog/categories/{category}/questionnaire', { params: { path: { category }, query: { lang } } }));

export type CreateQuote = Pick<S['CreateQuoteDto'], 'modelId' | 'variantId' | 'answers' | 'imei'> & { market: Market };
export const createQuote = (body: CreateQuote, idempotencyKey: string) =>
  answer(quoteApi.POST('/v1/quotes', { body, params: { header: idem(idempotencyKey) } }));

export type AcceptQuote = S['AcceptQuoteDto'] & { fulfilment: 'STORE' };
export type TradeInState = S['TradeInState'];
export const acceptQuote = (quoteId: string, body: AcceptQuote, idempotencyKey: string) =>
  answer(quoteApi.POST('/v1/quotes/{quoteId}/accept', { body, params: { path: { quoteId }, header: idem(idempotencyKey) } }));

export const getTradeIn = (tradeInId: string) => answer(quoteApi.GET('/v1/trade-ins/{tradeInId}', { params: { path: { tradeInId } } }));

export const listTradeIns = (query: { state?: S['TradeInState']; cursor?: string; limit?: number }) =>
  answer(quoteApi.GET('/v1/trade-ins', { params: { query } }));

export type PriceTableVersion = S['PriceTableVersionSchema'];
export const listPriceTables = () => answer(quoteApi.GET('/v1/price-tables'));
/** The body is CSV, which the typed client cannot serialise from its JSON-first types: sent as text. */
export const uploadPriceTable = (csv: string, idempotencyKey: string) =>
  api<S['UploadedPriceTableSchema']>('quote', 'POST', '/v1/price-tables', { body: csv, contentType: 'text/csv', idempotencyKey });
export const pricesIn = (market: Market) => answer(quoteApi.GET('/v1/catalog/models', { params: { query: { market } } }));

export type Partner = S['PartnerSchema'];
export type ApiKey = S['ApiKeySummarySchema'];
export const listPartners = () => answer(quoteApi.GET('/v1/partners'));
export const listApiKeys = (partnerId: string) =>
  answer(quoteApi.GET('/v1/partners/{partnerId}/api-keys', { params: { path: { partnerId } } }));
export const revokeApiKey = (partnerId: string, keyId: string) =>
  answer(quoteApi.POST('/v1/partners/{partnerId}/api-keys/{keyId}/revoke', { params: { path: { partnerId, keyId } } }));

export type IssueStaffToken = S['IssueStaffTokenDto'];
export type IssuedStaffToken = S['IssuedStaffTokenSchema'];
export type StaffTokenIssuance = S['StaffTokenIssuanceSchema'];
export const issueStaffToken = (body: IssueStaffToken) => answer(quoteApi.POST('/v1/ops/staff-tokens', { body }));
export const staffTokenAudit = () => answer(quoteApi.GET('/v1/ops/staff-tokens', { params: { query: { limit: 50 } } }));
