import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures: HMAC-SHA256 over `${timestamp}.${body}` with the endpoint's secret, sent as
 * `X-Tradein-Signature: t=<unix seconds>,v1=<hex>`. Signing the timestamp lets a receiver reject replays
 * older than its tolerance; the scheme is the one Stripe popularised, so receivers know it.
 */
export const SIGNATURE_HEADER = 'x-tradein-signature';

export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** What a receiver does (and what our tests do): recompute and compare in constant time, within a tolerance. */
export function verifyWebhookSignature(
  secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts['t']);
  if (!Number.isInteger(t) || !parts['v1'] || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, t, body).split('v1=')[1], 'hex');
  const given = Buffer.from(parts['v1'], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
