import {
  createGradingClient,
  createIntakeClient,
  createPayoutClient,
  createQuoteClient,
  type GradingClient,
  type IntakeClient,
  type PayoutClient,
  type QuoteClient,
} from '@tradein/api-client';
import { consoleFetch, type ProblemBody, problemFrom } from './http';

/**
 * The console's API layer: the generated, typed openapi-fetch clients of @tradein/api-client (paths,
 * parameters, bodies and answers as openapi/*.json documents them) over the console's own fetch (./http).
 * Same origin: /api/<service> is proxied to the service by Vite (dev, preview) or the ingress.
 */

const none = { none: true } as const;
export const quoteApi: QuoteClient = createQuoteClient('/api/quote', none, { fetch: consoleFetch });
export const intakeApi: IntakeClient = createIntakeClient('/api/intake', none, { fetch: consoleFetch });
export const gradingApi: GradingClient = createGradingClient('/api/grading', none, { fetch: consoleFetch });
export const payoutApi: PayoutClient = createPayoutClient('/api/payout', none, { fetch: consoleFetch });

/** The body of a typed call, or its problem+json as an ApiError (the screens show it next to the field). */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const r = await call;
  if (r.response.ok) return r.data as T;
  const body: ProblemBody = r.error && typeof r.error === 'object' ? (r.error as ProblemBody) : {};
  throw problemFrom(r.response.status, r.response.statusText, body);
}
