import { type QuoteClient, createQuoteClient } from '@tradein/api-client';
import { type AcceptForm, type Category, type Model, type Questionnaire, type Quote, type TradeIn, type TrackingView } from './types';

export type ErrorCode = 'SESSION_EXPIRED' | 'QUOTE_EXPIRED' | 'UNPRICED' | 'NETWORK' | 'BUSY' | 'INVALID' | 'LINK' | 'UNEXPECTED';

/** A failure the widget can explain and recover from; `code` is also the tradein:error event's code. */
export class WidgetError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number | null,
    readonly fields: string[] = [],
    detail: string = code,
  ) {
    super(detail);
  }
}

interface Problem {
  code?: string;
  detail?: string;
  errors?: Array<{ field: string; reason: string }>;
}

type Call = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Turns an answer into its body or a WidgetError; a fetch that never got an answer is a network error. */
async function settle<T>(call: Call, unauthorised: ErrorCode = 'SESSION_EXPIRED'): Promise<T> {
  let r: Awaited<Call>;
  try {
    r = await call;
  } catch (err) {
    if (err instanceof WidgetError) throw err;
    throw new WidgetError('NETWORK', null, [], String(err));
  }
  if (r.response.ok) return r.data as T;
  const p = (r.error ?? {}) as Problem;
  const s = r.response.status;
  if (s === 401) throw new WidgetError(unauthorised, s, [], p.detail);
  if (p.code === 'QUOTE_EXPIRED') throw new WidgetError('QUOTE_EXPIRED', s, [], p.detail);
  if (p.code === 'NOT_PRICED_IN_MARKET' || s === 422) throw new WidgetError('UNPRICED', s, [], p.detail);
  // The service shed the request (503 OVERLOADED, ADR 0021) or a rate limit was hit: nothing was done, try again shortly.
  if (s === 503 || s === 429) throw new WidgetError('BUSY', s, [], p.detail);
  if (s === 400)
    throw new WidgetError(
      'INVALID',
      s,
      (p.errors ?? []).map((e) => e.field),
      p.detail,
    );
  throw new WidgetError('UNEXPECTED', s, [], p.detail ?? `HTTP ${s}`);
}

/** The widget's calls to quote-service with the session token (asked for before each call, so it can be renewed). */
export class WidgetApi {
  private readonly client: QuoteClient;

  constructor(baseUrl: string, token: () => Promise<string>) {
    this.client = createQuoteClient(baseUrl, { bearerToken: token });
  }

  categories(): Promise<Category[]> {
    return settle(this.client.GET('/v1/catalog/categories'));
  }

  async models(market: string, q: string, category: string): Promise<Model[]> {
    const query = { market: market as 'FR', ...(q ? { q } : {}), ...(category ? { category: category as 'console' } : {}) };
    const r = await settle<{ items: Model[] }>(this.client.GET('/v1/catalog/models', { params: { query } }));
    return r.items;
  }

  /** `lang`: the widget's language, so the questions read in the same language as the widget's own words. */
  questionnaire(category: string, lang: string): Promise<Questionnaire> {
    return settle(this.client.GET('/v1/catalog/categories/{category}/questionnaire', { params: { path: { category }, query: { lang } } }));
  }

  /** `key`: the same Idempotency-Key on a retry, so a lost answer never makes a second quote. */
  quote(body: { modelId: string; variantId: string; market: string; answers: Record<string, string> }, key: string): Promise<Quote> {
    return settle(this.client.POST('/v1/quotes', { body: body as never, headers: { 'Idempotency-Key': key } }));
  }

  /** `key`: the same Idempotency-Key on a retry, so a retried acceptance replays the first answer. */
  async accept(quoteId: string, f: AcceptForm, key: string): Promise<TradeIn> {
    const body = {
      customer: { name: f.name, email: f.email },
      fulfilment: 'MAIL_IN',
      payout: { method: f.payout },
      revisedOfferPolicy: f.policy === 'ASK' ? { policy: 'ASK' } : { policy: 'AUTO_ACCEPT_WITHIN', withinPercent: f.withinPercent },
    };
    const r = await settle<{ tradeIn: TradeIn }>(
      this.client.POST('/v1/quotes/{quoteId}/accept', {
        params: { path: { quoteId } },
        body: body as never,
        headers: { 'Idempotency-Key': key },
      }),
    );
    return r.tradeIn;
  }

  trackingLink(tradeInId: string): Promise<{ token: string; expiresAt: string }> {
    return settle(this.client.POST('/v1/trade-ins/{tradeInId}/tracking-links', { params: { path: { tradeInId } } }));
  }
}

/** The customer's tracking view: the link's token is the only credential. */
export class TrackingApi {
  private readonly client: QuoteClient;

  constructor(baseUrl: string, token: string) {
    this.client = createQuoteClient(baseUrl, { bearerToken: token });
  }

  view(): Promise<TrackingView> {
    return settle(this.client.GET('/v1/tracking'), 'LINK');
  }

  label(): Promise<{ format: string | null; label: string }> {
    return settle(this.client.GET('/v1/tracking/label'), 'LINK');
  }

  answer(answer: 'accept' | 'decline', key: string): Promise<TrackingView> {
    const init = { headers: { 'Idempotency-Key': key } };
    const call =
      answer === 'accept'
        ? this.client.POST('/v1/tracking/revised-offer/accept', init)
        : this.client.POST('/v1/tracking/revised-offer/decline', init);
    return settle(call, 'LINK');
  }
}
