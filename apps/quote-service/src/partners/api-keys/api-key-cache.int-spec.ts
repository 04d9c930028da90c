import { captureStatements, waitFor } from '@tradein/testing';
import { type QuoteService, asPartner, createPartner, startQuoteService } from '../../testing/quote-test-kit';

/** Key lookups are cached per replica (issue 15); a change made anywhere must still take effect at once. */
describe('API key cache (real PostgreSQL)', () => {
  let svc: QuoteService;
  beforeAll(async () => {
    svc = await startQuoteService();
  });
  afterAll(async () => {
    await svc.close();
  });

  it('serves repeated requests without reading the key again', async () => {
    const partner = await createPartner(svc, 'cache-hits');
    expect((await svc.request('GET', '/v1/catalog/categories', { headers: asPartner(partner) })).status).toBe(200);
    const statements = await captureStatements(async () => {
      for (let i = 0; i < 20; i++)
        expect((await svc.request('GET', '/v1/catalog/categories', { headers: asPartner(partner) })).status).toBe(200);
    });
    expect(statements.filter((s) => s.includes('FROM partner_api_key'))).toEqual([]);
  });

  it('refuses a key revoked behind its back (another replica, or by hand in psql) within moments', async () => {
    const partner = await createPartner(svc, 'cache-revoked');
    expect((await svc.request('GET', '/v1/catalog/categories', { headers: asPartner(partner) })).status).toBe(200);
    await svc.dataSource.query('UPDATE partner_api_key SET revoked_at = now() WHERE id = $1', [partner.keyId]);
    await waitFor(async () => (await svc.request('GET', '/v1/catalog/categories', { headers: asPartner(partner) })).status === 401, {
      timeoutMs: 2000,
      intervalMs: 20,
      what: 'revoked key refused',
    });
  });
});
