import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one signing scheme of the platform's signed HTTP callbacks (partner webhooks we send, carrier scans
 * we receive): hex HMAC-SHA256 over `${timestamp}.${rawBody}`. Signing the timestamp bounds replays to a
 * tolerance window. Each callback keeps its own header format around this core.
 */
export function timestampedHmac(secret: string, timestamp: string | number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

export type TimestampedCheck = 'OK' | 'STALE' | 'MISMATCH';

/** Constant-time comparison of a received hex MAC, after checking the timestamp is within tolerance. */
export function verifyTimestampedHmac(args: {
  secret: string;
  timestamp: string | number;
  macHex: string;
  rawBody: string;
  nowSeconds: number;
  toleranceSeconds: number;
}): TimestampedCheck {
  const t = Number(args.timestamp);
  if (!Number.isFinite(t) || Math.abs(args.nowSeconds - t) > args.toleranceSeconds) return 'STALE';
  const expected = Buffer.from(timestampedHmac(args.secret, args.timestamp, args.rawBody), 'hex');
  const given = Buffer.from(args.macHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'OK' : 'MISMATCH';
}
