import { gunzipSync } from 'node:zlib';
import { captureStatements, waitFor } from '@tradein/testing';
import { type QuoteService, asPartner, createPartner, startQuoteService, type PartnerFixture } from '../../testing/quote-test-kit';

interface CatalogPage {
  priceTableVersion: number;
  count: number;
  items: Array<{ id: string; variants: Array<{ id: string; price?: { amountMinor: string; currency: string } | null }> }>;
}

const PS5 = '/v1/catalog/models?category=console&market=FR';
const ps5DiscPrice = (page: CatalogPage) =>
  page.items.find((m) => m.id === 'sony-playstation-5-slim')?.variants.find((v) => v.id === 'disc')?.price;

/**
 * Catalog pages and the current price-table version are kept in memory per replica (issue 15); a new price
 * table written anywhere must still show at once here, or within moments when another replica wrote it.
 */
describe('catalog answers kept in memory (real PostgreSQL)', () => {
  let svc: QuoteService;
  let partner: PartnerFixture;
  beforeAll(async () => {
    svc = await startQuoteService();
    partner = await createPartner(svc, 'catalog-cache');
  });
  afterAll(async () => {
    await svc.close();
  });
  const page = async (path = PS5) => {
    const res = await svc.request<CatalogPage>('GET', path, { headers: asPartner(partner) });
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toBe('application/json; charset=utf-8');
    return res.body;
  };

  it('serves repeated pages without reading the price table again, each query its own page', async () => {
    const first = await page();
    const statements = await captureStatements(async () => {
      for (let i = 0; i < 10; i++) expect(await page()).toEqual(first);
    });
    expect(statements.filter((s) => s.includes('price_table'))).toEqual([]);
    const phones = await page('/v1/catalog/models?category=smartphone&market=FR&q=iphone');
    expect(phones.items.length).toBeGreaterThan(0);
    expect(phones.items.every((m) => m.id.includes('iphone'))).toBe(true);
    expect(phones).not.toEqual(first);
  });

  it('answers with the stored page gzipped to callers that accept gzip, and 304 to those already holding it', async () => {
    const get = (headers: Record<string, string> = {}) =>
      svc.app.inject({ method: 'GET', url: PS5, headers: { ...asPartner(partner), ...headers } });
    const plain = await get();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(String(plain.headers['vary'])).toContain('Accept-Encoding');
    expect(plain.headers['cache-control']).toBe('no-store');
    const etag = String(plain.headers['etag']);
    expect(etag).toMatch(/^W\/"/);

    const zipped = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(zipped.headers['etag']).toBe(etag);
    expect((await get({ 'accept-encoding': 'gzip;q=0, br' })).headers['content-encoding']).toBeUndefined();

    const unchanged = await get({ 'if-none-match': `W/"stale", ${etag}`, 'accept-encoding': 'gzip' });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.rawPayload.length).toBe(0);
    expect(unchanged.headers['etag']).toBe(etag);
    expect((await get({ 'if-none-match': 'W/"stale"' })).statusCode).toBe(200);
  });

  it('shows a table uploaded on this replica on the very next request', async () => {
    const before = await page();
    const staleTag = String((await svc.app.inject({ method: 'GET', url: PS5, headers: asPartner(partner) })).headers['etag']);
    const csv = 'model_id,variant_id,market,currency,amount_minor\nsony-playstation-5-slim,disc,FR,EUR,31234\n';
    const up = await svc.request<{ version: number }>('POST', '/v1/price-tables', {
      token: svc.token({ sub: 'ops-1', role: 'ops' }),
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(up.status).toBe(201);
    const after = await page();
    expect(after.priceTableVersion).toBe(up.body.version);
    expect(after.priceTableVersion).toBeGreaterThan(before.priceTableVersion);
    expect(ps5DiscPrice(after)).toEqual({ amountMinor: '31234', currency: 'EUR' });
    const revalidated = await svc.app.inject({ method: 'GET', url: PS5, headers: asPartner(partner, { 'if-none-match': staleTag }) });
    expect(revalidated.statusCode).toBe(200);
    expect(revalidated.headers['etag']).not.toBe(staleTag);
  });

  it('shows a table written behind its back (another replica, or by hand in psql) within moments', async () => {
    const before = await page();
    await svc.dataSource.transaction(async (m) => {
      const [{ version }] = await m.query(
        `INSERT INTO price_table (source, row_count, uploaded_by, created_at) VALUES ('CSV', 1, 'psql', now()) RETURNING version`,
      );
      await m.query(
        `INSERT INTO price_table_row (version, model_id, variant_id, market, currency, amount_minor)
         VALUES ($1, 'sony-playstation-5-slim', 'disc', 'FR', 'EUR', 29999)`,
        [version],
      );
    });
    await waitFor(async () => (await page()).priceTableVersion > before.priceTableVersion, {
      timeoutMs: 2000,
      intervalMs: 20,
      what: 'the new version shown',
    });
    expect(ps5DiscPrice(await page())).toEqual({ amountMinor: '29999', currency: 'EUR' });
  });
});
