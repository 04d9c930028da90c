import jwt from 'jsonwebtoken';
import { verifyToken } from '@tradein/auth';
import { type QuoteService, count, createPartner, startQuoteService } from '../testing/quote-test-kit';

/** Ops issue staff tokens through the API (no shell script with the secret), every one audited, never stored. */
describe('POST /v1/ops/staff-tokens (PostgreSQL)', () => {
  let svc: QuoteService;
  let ops: string;

  beforeAll(async () => {
    svc = await startQuoteService();
    ops = svc.token({ sub: 'ops-lead', role: 'ops' });
    await createPartner(svc, 'telco-one');
  });
  afterAll(() => svc?.close());

  const issue = (body: Record<string, unknown>, token = ops) =>
    svc.request<{
      token: string;
      expiresIn: number;
      expiresAt: string;
      issuanceId: string;
      claims: Record<string, string>;
      code?: string;
      errors?: Array<{ field: string; reason: string }>;
    }>('POST', '/v1/ops/staff-tokens', { token, body });
  const auth = () => ({
    jwtSecret: svc.config.AUTH_JWT_SECRET,
    issuer: svc.config.AUTH_JWT_ISSUER,
    audience: svc.config.AUTH_JWT_AUDIENCE,
  });

  it('issues a store token bound to its store and partner, valid for the services, and audits it without the token', async () => {
    const res = await issue({
      role: 'store_staff',
      subject: 'camille.martin',
      storeId: 'STORE-42',
      partnerId: 'telco-one',
      ttlSeconds: 3600,
      reason: 'new clerk',
    });
    expect(res.status).toBe(201);
    expect(verifyToken(res.body.token, auth())).toMatchObject({
      kind: 'staff',
      role: 'store_staff',
      subject: 'camille.martin',
      storeId: 'STORE-42',
      partnerId: 'telco-one',
    });
    const decoded = jwt.decode(res.body.token) as { iat: number; exp: number };
    expect(decoded.exp - decoded.iat).toBe(3600);
    expect(res.body.expiresAt).toBe(new Date(decoded.exp * 1000).toISOString());

    const rows: Array<Record<string, unknown>> = await svc.dataSource.query('SELECT * FROM staff_token_issuance WHERE id = $1', [
      res.body.issuanceId,
    ]);
    expect(rows[0]).toMatchObject({
      issued_by: 'ops-lead',
      subject: 'camille.martin',
      role: 'store_staff',
      store_id: 'STORE-42',
      partner_id: 'telco-one',
      site_id: null,
      reason: 'new clerk',
    });
    expect(JSON.stringify(rows)).not.toContain(res.body.token);
    expect(JSON.stringify(rows)).not.toContain(res.body.token.split('.')[2]);

    const audit = await svc.request<{ items: Array<Record<string, unknown>> }>('GET', '/v1/ops/staff-tokens?limit=5', { token: ops });
    expect(audit.body.items[0]).toMatchObject({
      issuanceId: res.body.issuanceId,
      issuedBy: 'ops-lead',
      subject: 'camille.martin',
      role: 'store_staff',
    });
    expect(JSON.stringify(audit.body)).not.toContain(res.body.token);
  });

  it('issues grader tokens for a site and ops tokens with no binding, 8 hours by default', async () => {
    const grader = await issue({ role: 'grader', subject: 'tech-7', siteId: 'SITE-LYON' });
    expect(grader.status).toBe(201);
    expect(verifyToken(grader.body.token, auth())).toMatchObject({ role: 'grader', siteId: 'SITE-LYON', subject: 'tech-7' });
    expect(grader.body.expiresIn).toBe(8 * 3600);
    const opsToken = await issue({ role: 'ops', subject: 'night-shift' });
    expect(opsToken.status).toBe(201);
    expect(verifyToken(opsToken.body.token, auth())).toMatchObject({ role: 'ops', subject: 'night-shift' });
  });

  it.each([
    [{ role: 'store_staff', subject: 'a', storeId: 'STORE-42' }, 400, 'partnerId'],
    [{ role: 'store_staff', subject: 'a', partnerId: 'telco-one' }, 400, 'storeId'],
    [{ role: 'store_staff', subject: 'a', storeId: 'STORE-42', partnerId: 'nobody-co' }, 422, 'partnerId'],
    [{ role: 'grader', subject: 'a' }, 400, 'siteId'],
    [{ role: 'grader', subject: 'a', siteId: 'SITE-1', storeId: 'STORE-42' }, 400, 'storeId'],
    [{ role: 'ops', subject: 'a', siteId: 'SITE-1' }, 400, 'siteId'],
    [{ role: 'partner', subject: 'a', partnerId: 'telco-one' }, 400, 'role'],
    [{ role: 'ops', subject: 'a', ttlSeconds: 13 * 3600 }, 400, 'ttlSeconds'],
    [{ role: 'ops', subject: 'has spaces' }, 400, 'subject'],
  ])('refuses %j (%i naming %s) and records nothing', async (body, status, field) => {
    const before = await count(svc, 'staff_token_issuance');
    const res = await issue(body);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors?.map((e) => e.field)).toContain(field);
    expect(res.body.token).toBeUndefined();
    expect(await count(svc, 'staff_token_issuance')).toBe(before);
  });

  it('is for ops only: graders, store staff and partners are refused', async () => {
    const before = await count(svc, 'staff_token_issuance');
    for (const token of [
      svc.token({ sub: 'g', role: 'grader', siteId: 'SITE-1' }),
      svc.token({ sub: 's', role: 'store_staff', storeId: 'STORE-42', partnerId: 'telco-one' }),
      svc.token({ sub: 'p', role: 'partner', partnerId: 'telco-one' }),
    ]) {
      expect((await issue({ role: 'ops', subject: 'escalation' }, token)).status).toBe(403);
      expect((await svc.request('GET', '/v1/ops/staff-tokens', { token })).status).toBe(403);
    }
    expect((await svc.request('POST', '/v1/ops/staff-tokens', { body: { role: 'ops', subject: 'x' } })).status).toBe(401);
    expect(await count(svc, 'staff_token_issuance')).toBe(before);
  });
});
