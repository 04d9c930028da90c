import jwt from 'jsonwebtoken';
import { type AuthOptions } from './auth.options';
import { STAFF_ROLES, type Principal, type TokenClaims } from './principal';

/** Mints a signed token (HS256) — for tests, dev tooling and the partner-token exchange. */
export function signStaffToken(claims: TokenClaims, options: AuthOptions, expiresInSeconds = 3600): string {
  return jwt.sign({ ...claims }, options.jwtSecret, {
    algorithm: 'HS256',
    issuer: options.issuer,
    audience: options.audience,
    expiresIn: expiresInSeconds,
  });
}

export class InvalidTokenError extends Error {}

/** Verifies signature, issuer, audience and expiry, then turns the claims into a Principal. */
export function verifyToken(token: string, options: AuthOptions): Principal {
  let decoded: unknown;
  try {
    decoded = jwt.verify(token, options.jwtSecret, { algorithms: ['HS256'], issuer: options.issuer, audience: options.audience });
  } catch (err) {
    throw new InvalidTokenError((err as Error).message);
  }
  // jsonwebtoken accepts a token without `exp`; a token that never expires is refused (ours always carry one).
  if (typeof (decoded as { exp?: unknown }).exp !== 'number') throw new InvalidTokenError('token has no expiry (exp)');
  const c = decoded as Partial<TokenClaims>;
  if (typeof c.sub !== 'string' || !c.sub) throw new InvalidTokenError('token has no subject');
  if (c.role === 'partner') {
    if (!c.partnerId) throw new InvalidTokenError('partner token without partnerId');
    return { kind: 'partner', role: 'partner', subject: c.sub, partnerId: c.partnerId, programId: c.programId };
  }
  if (c.role === 'widget') {
    if (!c.partnerId || !c.market || !c.origin || !c.sid)
      throw new InvalidTokenError('widget token without partnerId, market, origin or sid');
    return {
      kind: 'widget',
      role: 'widget',
      subject: c.sub,
      partnerId: c.partnerId,
      market: c.market,
      origin: c.origin,
      sessionId: c.sid,
      ...(c.programId ? { programId: c.programId } : {}),
    };
  }
  if (!c.role || !(STAFF_ROLES as readonly string[]).includes(c.role)) throw new InvalidTokenError('unknown role');
  if (c.role === 'store_staff' && !c.storeId) throw new InvalidTokenError('store_staff token without storeId');
  if (c.role === 'grader' && !c.siteId) throw new InvalidTokenError('grader token without siteId');
  return { kind: 'staff', role: c.role, subject: c.sub, storeId: c.storeId, siteId: c.siteId, partnerId: c.partnerId };
}
