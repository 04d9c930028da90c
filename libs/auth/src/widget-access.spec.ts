import { ForbiddenError } from './auth.errors';
import { type WidgetPrincipal } from './principal';
import { InvalidTokenError, signStaffToken, verifyToken } from './staff-token';
import { partnerScope } from './tenancy';
import { WIDGET_SESSION_TTL_SECONDS, assertWidgetMayCall, signWidgetToken } from './widget-access';

const AUTH = { jwtSecret: 'unit-secret-unit-secret-unit-secret-0123', issuer: 'tradein-platform', audience: 'tradein-api' };
const SHOP = 'https://shop.example.com';

describe('widget session tokens', () => {
  it('round-trip into a widget principal bound to partner, program, market, origin and session', () => {
    const token = signWidgetToken({ sessionId: 's-1', partnerId: 'acme', programId: 'spring', market: 'FR', origin: SHOP }, AUTH);
    const p = verifyToken(token, AUTH);
    expect(p).toEqual({
      kind: 'widget',
      role: 'widget',
      subject: 'widget:s-1',
      partnerId: 'acme',
      programId: 'spring',
      market: 'FR',
      origin: SHOP,
      sessionId: 's-1',
    });
    expect(partnerScope(p)).toBe('acme');
    expect(WIDGET_SESSION_TTL_SECONDS).toBeGreaterThanOrEqual(15 * 60);
    expect(WIDGET_SESSION_TTL_SECONDS).toBeLessThanOrEqual(30 * 60);
  });

  it('refuses a widget token missing its bindings, and an expired one', () => {
    const unbound = signStaffToken({ sub: 'widget:x', role: 'widget', partnerId: 'acme', market: 'FR' }, AUTH);
    expect(() => verifyToken(unbound, AUTH)).toThrow(InvalidTokenError);
    const expired = signWidgetToken({ sessionId: 's', partnerId: 'acme', market: 'FR', origin: SHOP }, AUTH, -1);
    expect(() => verifyToken(expired, AUTH)).toThrow(/expired/);
  });

  it('opens only @WidgetAllowed routes, and only from its own origin', () => {
    const p = verifyToken(
      signWidgetToken({ sessionId: 's', partnerId: 'acme', market: 'FR', origin: SHOP }, AUTH),
      AUTH,
    ) as WidgetPrincipal;
    expect(() => assertWidgetMayCall(p, true, SHOP)).not.toThrow();
    expect(() => assertWidgetMayCall(p, false, SHOP)).toThrow(ForbiddenError);
    expect(() => assertWidgetMayCall(p, true, 'https://evil.example')).toThrow(/bound to the origin/);
    expect(() => assertWidgetMayCall(p, true, undefined)).toThrow(ForbiddenError);
  });
});
