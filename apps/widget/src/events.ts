import { type Money } from './money';
import { type ErrorCode } from './api';

/** Detail of `tradein:quoted`: the shopper has an offer (not yet accepted). */
export interface QuotedDetail {
  quoteId: string;
  tradeInId: string;
  device: { modelId: string; variantId: string; name: string };
  amount: Money;
  expiresAt: string;
}

/** Detail of `tradein:accepted`: the trade-in is committed; apply `amount` as credit when payoutMethod is PARTNER_CREDIT. */
export interface AcceptedDetail {
  quoteId: string;
  tradeInId: string;
  amount: Money;
  payoutMethod: string;
  shipBy: string | null;
  trackingUrl: string;
}

/** Detail of `tradein:error`: what went wrong, as shown to the shopper. */
export interface ErrorDetail {
  code: ErrorCode;
  status: number | null;
  message: string;
}

export interface TradeinEventMap {
  'tradein:quoted': QuotedDetail;
  'tradein:accepted': AcceptedDetail;
  'tradein:error': ErrorDetail;
}

/** Bubbling and composed, so the host page hears them from outside the shadow root. */
export function emit<K extends keyof TradeinEventMap>(from: HTMLElement, type: K, detail: TradeinEventMap[K]): void {
  from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
