import { readClaims } from './claims';

const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = (claims: object) => `${enc({ alg: 'HS256' })}.${enc(claims)}.sig`;

describe('readClaims', () => {
  it('reads a store clerk', () => {
    expect(readClaims(token({ sub: 'c', role: 'store_staff', storeId: 'S1', exp: 2000 }), 1000)).toEqual({
      ok: true,
      claims: { sub: 'c', role: 'store_staff', storeId: 'S1', exp: 2000 },
    });
  });
  it('refuses a partner token', () => {
    expect(readClaims(token({ sub: 'p', role: 'partner' }), 0)).toEqual({ ok: false, reason: 'NOT_STAFF' });
  });
  it('refuses an expired token', () => {
    expect(readClaims(token({ sub: 'o', role: 'ops', exp: 10 }), 10_000)).toEqual({ ok: false, reason: 'EXPIRED' });
  });
  it('refuses garbage', () => {
    expect(readClaims('not a token', 0)).toEqual({ ok: false, reason: 'MALFORMED' });
  });
});
