import { assertSiteAccess, assertStoreAccess, partnerScope } from './tenancy';
import { signStaffToken, verifyToken } from './staff-token';

const opts = { jwtSecret: 'x'.repeat(32), issuer: 'tradein-platform', audience: 'tradein-api' };

describe('tenancy', () => {
  it('scopes partners to themselves and ops to everyone', () => {
    expect(partnerScope({ kind: 'partner', role: 'partner', subject: 'k', partnerId: 'p1' })).toBe('p1');
    expect(partnerScope({ kind: 'staff', role: 'ops', subject: 'o' })).toBeUndefined();
    expect(partnerScope({ kind: 'staff', role: 'store_staff', subject: 's', storeId: 's1', partnerId: 'telco' })).toBe('telco');
    expect(() => partnerScope({ kind: 'staff', role: 'grader', subject: 'g', siteId: 'x' })).toThrow();
  });

  it('keeps store staff in their store and graders at their site', () => {
    const staff = { kind: 'staff', role: 'store_staff', subject: 's', storeId: 'S1' } as const;
    expect(() => assertStoreAccess(staff, 'S1')).not.toThrow();
    expect(() => assertStoreAccess(staff, 'S2')).toThrow('not allowed');
    const grader = { kind: 'staff', role: 'grader', subject: 'g', siteId: 'A' } as const;
    expect(() => assertSiteAccess(grader, 'A')).not.toThrow();
    expect(() => assertSiteAccess(grader, 'B')).toThrow('not allowed');
    expect(() => assertSiteAccess({ kind: 'staff', role: 'ops', subject: 'o' }, 'B')).not.toThrow();
  });
});

describe('staff tokens', () => {
  it('round-trips claims and rejects tampering, wrong audience and missing bindings', () => {
    const token = signStaffToken({ sub: 'u1', role: 'grader', siteId: 'A' }, opts);
    expect(verifyToken(token, opts)).toMatchObject({ kind: 'staff', role: 'grader', siteId: 'A' });
    expect(() => verifyToken(token, { ...opts, audience: 'other' })).toThrow();
    expect(() => verifyToken(token.slice(0, -2) + 'xx', opts)).toThrow();
    expect(() => verifyToken(signStaffToken({ sub: 'u', role: 'grader' }, opts), opts)).toThrow('without siteId');
    expect(verifyToken(signStaffToken({ sub: 'k', role: 'partner', partnerId: 'p' }, opts), opts)).toMatchObject({
      kind: 'partner',
      partnerId: 'p',
    });
  });
});
