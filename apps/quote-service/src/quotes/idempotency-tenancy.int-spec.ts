import {
  asPartner,
  count,
  createPartner,
  PS5_TOP,
  type PartnerFixture,
  type QuoteService,
  startQuoteService,
} from '../testing/quote-test-kit';

interface QuoteBody {
  id: string;
  tradeInId: string;
  status: string;
}

let svc: QuoteService;
let acme: PartnerFixture;
let globex: PartnerFixture;

beforeAll(async () => {
  svc = await startQuoteService();
  acme = await createPartner(svc, 'acme');
  globex = await createPartner(svc, 'globex');
});
afterAll(() => svc.close());

const body = { modelId: 'sony-playstation-5-slim', variantId: 'disc', market: 'FR', answers: PS5_TOP };
const quote = (headers: Record<string, string>) =>
  svc.request<QuoteBody>('POST', '/v1/quotes', { headers: { ...headers, 'idempotency-key': 'shared-key-0001' }, body });

describe('Idempotency-Key records are scoped to the caller', () => {
  it('never answers another tenant with the stored answer of the same key and body', async () => {
    const mine = await quote(asPartner(acme));
    expect(mine.status).toBe(201);
    const theirs = await quote(asPartner(globex));
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    // Each partner sees only its own quote; the replay to acme is its own stored answer.
    expect((await svc.request('GET', `/v1/quotes/${mine.body.id}`, { headers: asPartner(globex) })).status).toBe(404);
    expect((await quote(asPartner(acme))).body).toEqual(mine.body);
    expect((await quote(asPartner(globex))).body).toEqual(theirs.body);
  });

  it('separates another key of the same partner, and stores of the same partner', async () => {
    const second = await svc.request<{ apiKey: string }>('POST', '/v1/partners/acme/api-keys', {
      token: svc.token({ sub: 'ops-1', role: 'ops' }),
      body: {},
    });
    const other = await quote({ 'x-api-key': second.body.apiKey });
    const first = await quote(asPartner(acme));
    expect(other.body.id).not.toBe(first.body.id);
    const storeA = svc.token({ sub: 'clerk', role: 'store_staff', storeId: 'S-A', partnerId: 'acme' });
    const storeB = svc.token({ sub: 'clerk', role: 'store_staff', storeId: 'S-B', partnerId: 'acme' });
    const a = await svc.request<QuoteBody>('POST', '/v1/quotes', { token: storeA, headers: { 'idempotency-key': 'store-key-0001' }, body });
    const b = await svc.request<QuoteBody>('POST', '/v1/quotes', { token: storeB, headers: { 'idempotency-key': 'store-key-0001' }, body });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('gives concurrent requests with one key one effect and the same answer', async () => {
    const before = await count(svc, 'quote');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        svc.request<QuoteBody>('POST', '/v1/quotes', { headers: { ...asPartner(acme), 'idempotency-key': 'concurrent-0001' }, body }),
      ),
    );
    expect(new Set(answers.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
    expect(await count(svc, 'quote')).toBe(before + 1);
    const rows: Array<{ n: string }> = await svc.dataSource.query(
      "SELECT count(*)::text AS n FROM idempotency_record WHERE key = 'concurrent-0001'",
    );
    expect(rows[0]?.n).toBe('1');
  });
});
