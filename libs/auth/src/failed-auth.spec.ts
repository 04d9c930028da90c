import { type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import jwt from 'jsonwebtoken';
import { type ApiKeyResolver } from './api-key-resolver';
import { AuthGuard } from './auth.guard';
import { FailedAuthLimiter, TooManyFailedAuthError } from './failed-auth-limiter';
import { type PartnerPrincipal } from './principal';
import { signStaffToken } from './staff-token';

const opts = {
  jwtSecret: 'x'.repeat(32),
  issuer: 'tradein-platform',
  audience: 'tradein-api',
  failedAuth: { perAddress: 3, perKeyPrefix: 2, windowSeconds: 60 },
};
const GOOD_KEY = 'tik_aaaaaaaaaaaa_secret';

/** A resolver that counts lookups (each would be a database query in quote-service). */
class CountingResolver implements ApiKeyResolver {
  lookups = 0;
  async resolve(apiKey: string): Promise<PartnerPrincipal | null> {
    this.lookups += 1;
    return apiKey === GOOD_KEY ? { kind: 'partner', role: 'partner', subject: 'k', partnerId: 'p1' } : null;
  }
}

function ctx(headers: Record<string, string>, ip: string): ExecutionContext {
  const req = { headers, ip };
  const handler = (): void => undefined;
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => class Routes {},
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

async function outcome(guard: AuthGuard, headers: Record<string, string>, ip = '10.0.0.1'): Promise<number> {
  try {
    await guard.canActivate(ctx(headers, ip));
    return 200;
  } catch (err) {
    return (err as { getStatus(): number }).getStatus();
  }
}

describe('failed authentication', () => {
  it('is limited per client address: 429 with a retry delay, before the API key is looked up', async () => {
    const resolver = new CountingResolver();
    const guard = new AuthGuard(new Reflector(), opts, resolver);
    for (let i = 0; i < 3; i++) expect(await outcome(guard, { 'x-api-key': `tik_${String(i).repeat(12)}_bad` })).toBe(401);
    expect(resolver.lookups).toBe(3);
    expect(await outcome(guard, { 'x-api-key': 'tik_999999999999_bad' })).toBe(429);
    expect(await outcome(guard, { 'x-api-key': GOOD_KEY })).toBe(429);
    expect(resolver.lookups).toBe(3);
    expect(await outcome(guard, { 'x-api-key': GOOD_KEY }, '10.0.0.2')).toBe(200);
  });

  it('is limited per API key prefix across addresses', async () => {
    const resolver = new CountingResolver();
    const guard = new AuthGuard(new Reflector(), opts, resolver);
    expect(await outcome(guard, { 'x-api-key': 'tik_aaaaaaaaaaaa_guess1' }, '10.0.1.1')).toBe(401);
    expect(await outcome(guard, { 'x-api-key': 'tik_aaaaaaaaaaaa_guess2' }, '10.0.1.2')).toBe(401);
    expect(await outcome(guard, { 'x-api-key': 'tik_aaaaaaaaaaaa_guess3' }, '10.0.1.3')).toBe(429);
    expect(resolver.lookups).toBe(2);
    expect(await outcome(guard, { 'x-api-key': 'tik_bbbbbbbbbbbb_other' }, '10.0.1.4')).toBe(401);
  });

  it('opens again after the window', () => {
    let now = 0;
    const limiter = new FailedAuthLimiter({ perAddress: 1, perKeyPrefix: 1, windowSeconds: 60 }, () => now);
    limiter.recordFailure('a');
    expect(() => limiter.assertAllowed('a')).toThrow(TooManyFailedAuthError);
    try {
      limiter.assertAllowed('a');
    } catch (err) {
      expect((err as TooManyFailedAuthError).retryAfterSeconds).toBe(60);
    }
    now = 60_000;
    expect(() => limiter.assertAllowed('a')).not.toThrow();
  });

  it('refuses tokens without an expiry and matches the Bearer scheme case-insensitively', async () => {
    const guard = new AuthGuard(new Reflector(), { ...opts, failedAuth: { perAddress: 100, perKeyPrefix: 100, windowSeconds: 60 } });
    const forever = jwt.sign({ sub: 'o', role: 'ops' }, opts.jwtSecret, {
      algorithm: 'HS256',
      issuer: opts.issuer,
      audience: opts.audience,
    });
    expect(await outcome(guard, { authorization: `Bearer ${forever}` })).toBe(401);
    const token = signStaffToken({ sub: 'o', role: 'ops' }, opts);
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR'])
      expect(await outcome(guard, { authorization: `${scheme} ${token}` })).toBe(200);
  });
});
