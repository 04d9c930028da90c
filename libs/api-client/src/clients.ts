import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import { type ApiCredentials, credentialsMiddleware } from './credentials';
import { type paths as GradingPaths } from './generated/grading';
import { type paths as IntakePaths } from './generated/intake';
import { type paths as PayoutPaths } from './generated/payout';
import { type paths as QuotePaths } from './generated/quote';

export type QuoteClient = Client<QuotePaths>;
export type IntakeClient = Client<IntakePaths>;
export type GradingClient = Client<GradingPaths>;
export type PayoutClient = Client<PayoutPaths>;

/** Anything openapi-fetch accepts besides the base URL (a custom fetch in tests, default headers). */
export type ClientExtras = Omit<ClientOptions, 'baseUrl'>;

function typedClient<P extends object>(baseUrl: string, credentials: ApiCredentials, extras: ClientExtras): Client<P> {
  const client = createClient<P>({ ...extras, baseUrl: baseUrl.replace(/\/+$/, '') });
  client.use(credentialsMiddleware(credentials));
  return client;
}

/** quote-service: catalog, quotes, trade-ins, partners, webhooks, price tables. */
export function createQuoteClient(baseUrl: string, credentials: ApiCredentials, extras: ClientExtras = {}): QuoteClient {
  return typedClient<QuotePaths>(baseUrl, credentials, extras);
}

/** intake-service: labels, dock receipts, store intake, boxes, custody, returns. */
export function createIntakeClient(baseUrl: string, credentials: ApiCredentials, extras: ClientExtras = {}): IntakeClient {
  return typedClient<IntakePaths>(baseUrl, credentials, extras);
}

/** grading-service: queue, jobs, inspections, erasure, grades, appeals, stock, quality. */
export function createGradingClient(baseUrl: string, credentials: ApiCredentials, extras: ClientExtras = {}): GradingClient {
  return typedClient<GradingPaths>(baseUrl, credentials, extras);
}

/** payout-service: destinations, payouts, holds, limits, ledger, settlement. */
export function createPayoutClient(baseUrl: string, credentials: ApiCredentials, extras: ClientExtras = {}): PayoutClient {
  return typedClient<PayoutPaths>(baseUrl, credentials, extras);
}
