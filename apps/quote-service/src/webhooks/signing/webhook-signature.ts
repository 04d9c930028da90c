import { timestampedHmac, verifyTimestampedHmac } from '@tradein/auth';

/**
 * Webhook signatures: HMAC-SHA256 over `${timestamp}.${body}` with the endpoint's secret, sent as
 * `X-Tradein-Signature: t=<unix seconds>,v1=<hex>`. Signing the timestamp lets a receiver reject replays
 * older than its tolerance; the scheme is the one Stripe popularised, so receivers know it.
 */
export const SIGNATURE_HEADER = 'x-tradein-signature';

export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  return `t=${timestampSeconds},v1=${timestampedHmac(secret, timestampSeconds, body)}`;
}

/** What a receiver does (and what our tests do): recompute and compare in constant time, within a tolerance. */
export function verifyWebhookSignature(secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts['t']);
  if (!Number.isInteger(t) || !parts['v1']) return false;
  return verifyTimestampedHmac({ secret, timestamp: t, macHex: parts['v1'], rawBody: body, nowSeconds, toleranceSeconds }) === 'OK';
}
