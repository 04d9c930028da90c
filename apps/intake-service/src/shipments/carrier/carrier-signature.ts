import { timestampedHmac, verifyTimestampedHmac } from '@tradein/auth';

/**
 * Carrier webhooks are signed as our partner webhooks are: HMAC-SHA256 over `${timestamp}.${rawBody}`,
 * hex-encoded, sent as `sha256=<hex>`. The timestamp bounds replays to a tolerance window.
 */
export function signCarrierPayload(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${timestampedHmac(secret, timestamp, rawBody)}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'MISSING' | 'MALFORMED' | 'STALE' | 'MISMATCH' };

export function verifyCarrierSignature(args: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
  now: Date;
  toleranceSeconds: number;
}): SignatureCheck {
  const { secret, timestamp, signature, rawBody, now, toleranceSeconds } = args;
  if (!timestamp || !signature) return { ok: false, reason: 'MISSING' };
  if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'MALFORMED' };
  const check = verifyTimestampedHmac({
    secret,
    timestamp,
    macHex: signature.slice('sha256='.length),
    rawBody,
    nowSeconds: now.getTime() / 1000,
    toleranceSeconds,
  });
  return check === 'OK' ? { ok: true } : { ok: false, reason: check };
}
