import jwt from 'jsonwebtoken';
import { type AuthOptions } from '@tradein/auth';

/**
 * The customer's tracking link carries this token: signed with the platform secret but for its own
 * audience, so it never authenticates anywhere else (the API guard checks the API audience), and it
 * names exactly one trade-in. No account: whoever holds the link sees that trade-in and may answer its
 * revised offer, as with the e-mail a partner would send.
 */
export const TRACKING_AUDIENCE = 'tradein-tracking';
export const TRACKING_TOKEN_TTL_SECONDS = 120 * 24 * 3600;

export interface TrackingClaims {
  tradeInId: string;
  partnerId: string;
}

export function signTrackingToken(c: TrackingClaims, auth: AuthOptions, ttlSeconds = TRACKING_TOKEN_TTL_SECONDS): string {
  return jwt.sign({ sub: c.tradeInId, partnerId: c.partnerId, use: 'tracking' }, auth.jwtSecret, {
    algorithm: 'HS256',
    issuer: auth.issuer,
    audience: TRACKING_AUDIENCE,
    expiresIn: ttlSeconds,
  });
}

/** The claims, or null when the token is malformed, forged, for another audience or expired. */
export function verifyTrackingToken(token: string, auth: AuthOptions): TrackingClaims | null {
  try {
    const c = jwt.verify(token, auth.jwtSecret, {
      algorithms: ['HS256'],
      issuer: auth.issuer,
      audience: TRACKING_AUDIENCE,
    }) as jwt.JwtPayload;
    if (c['use'] !== 'tracking' || typeof c.sub !== 'string' || typeof c['partnerId'] !== 'string') return null;
    return { tradeInId: c.sub, partnerId: c['partnerId'] as string };
  } catch {
    return null;
  }
}
