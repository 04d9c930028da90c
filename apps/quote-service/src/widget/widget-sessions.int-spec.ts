import { type InjectOptions } from '@tradein/testing';
import {
  ACCEPT_MAIL_IN,
  PS5_TOP,
  type PartnerFixture,
  type QuoteService,
  asPartner,
  count,
  createPartner,
  startQuoteService,
} from '../testing/quote-test-kit';

/**
 * Issue 13: widget sessions, shop origins and CORS, the widget role's narrow rights, and the customer's
 * tracking link. Real quote-service on PostgreSQL and Kafka (in-process HTTP pipeline, guards and hooks included).
 */
const SHOP = 'https://shop.acme-games.example';
const OTHER_SHOP = 'https://evil.example';
const PS5 = { modelId: 'sony-playstation-5-slim', variantId: 'disc' };

describe('quote-service: widget sessions, origins, CORS and tracking links', () => {
  let svc: QuoteService;
  let acme: PartnerFixture;
  let other: PartnerFixture;
  let ops: string;

  beforeAll(async () => {
    svc = await startQuoteService();
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
    acme = await createPartner(svc, 'acme-games');
    other = await createPartner(svc, 'other-shop');
  }, 60_000);
  afterAll(async () => {
    await svc?.close();
  });

  async function session(p: PartnerFixture = acme, body: Record<string, unknown> = { market: 'FR', origin: SHOP }) {
    const r = await svc.request<{ token: string; sessionId: string; expiresIn: number }>('POST', '/v1/widget-sessions', {
      headers: asPartner(p),
      body,
    });
    expect(r.status).toBe(201);
    return r.body;
  }
  /** A call as the widget in a browser on the shop: Bearer token and the Origin header browsers always send. */
  const asWidget = (token: string, origin = SHOP): InjectOptions['headers'] => ({ authorization: `Bearer ${token}`, origin });

  async function widgetQuote(token: string) {
    const r = await svc.request<{ id: string; tradeInId: string }>('POST', '/v1/quotes', {
      headers: asWidget(token),
      body: { ...PS5, market: 'FR', answers: PS5_TOP },
    });
    expect(r.status).toBe(201);
    return r.body;
  }

  it('registers shop origins through the ops and the partner APIs, validated, idempotent', async () => {
    let r = await svc.request<{ origins: string[] }>('POST', '/v1/partners/acme-games/widget-origins', {
      token: ops,
      body: { origin: SHOP },
    });
    expect(r.status).toBe(200);
    expect(r.body.origins).toEqual([SHOP]);
    r = await svc.request('POST', '/v1/widget-origins', { headers: asPartner(acme), body: { origin: 'http://127.0.0.1:5300' } });
    expect(r.status).toBe(200);
    r = await svc.request('POST', '/v1/widget-origins', { headers: asPartner(acme), body: { origin: SHOP } });
    expect(r.body.origins).toEqual(['http://127.0.0.1:5300', SHOP]);
    expect((await svc.request<{ origins: string[] }>('GET', '/v1/widget-origins', { headers: asPartner(other) })).body.origins).toEqual([]);

    const before = await count(svc, 'partner_widget_origin');
    for (const bad of ['http://shop.example.com', 'https://shop.example.com/path', '*', 'https://a.example/']) {
      const b = await svc.request<{ errors: Array<{ field: string; reason: string }> }>('POST', '/v1/widget-origins', {
        headers: asPartner(acme),
        body: { origin: bad },
      });
      expect(b.status).toBe(400);
      expect(b.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(b.body.errors[0]!.field).toBe('origin');
    }
    expect(await count(svc, 'partner_widget_origin')).toBe(before);
    // A partner cannot touch another partner's list through the ops route.
    expect(
      (await svc.request('POST', '/v1/partners/other-shop/widget-origins', { headers: asPartner(acme), body: { origin: SHOP } })).status,
    ).toBe(403);
    expect((await svc.request('POST', '/v1/partners/nobody/widget-origins', { token: ops, body: { origin: SHOP } })).status).toBe(404);
  });

  it('mints a 15-30 minute widget session for a registered origin with the API key only', async () => {
    const s = await session();
    expect(s.expiresIn).toBeGreaterThanOrEqual(15 * 60);
    expect(s.expiresIn).toBeLessThanOrEqual(30 * 60);
    const claims = JSON.parse(Buffer.from(s.token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ role: 'widget', partnerId: 'acme-games', market: 'FR', origin: SHOP, sid: s.sessionId });
    expect((claims['exp'] as number) - (claims['iat'] as number)).toBe(s.expiresIn);

    const unregistered = await svc.request<{ errors: Array<{ field: string }> }>('POST', '/v1/widget-sessions', {
      headers: asPartner(other),
      body: { market: 'FR', origin: SHOP },
    });
    expect(unregistered.status).toBe(400);
    expect(unregistered.body.errors[0]!.field).toBe('origin');
    const badMarket = await svc.request('POST', '/v1/widget-sessions', { headers: asPartner(acme), body: { market: 'XX', origin: SHOP } });
    expect(badMarket.status).toBe(400);
    const badProgram = await svc.request('POST', '/v1/widget-sessions', {
      headers: asPartner(acme),
      body: { market: 'FR', origin: SHOP, programId: 'nope' },
    });
    expect(badProgram.status).toBe(400);
    // Not from a token (a widget session cannot mint more; nor can an exchanged partner token or ops).
    const exchanged = await svc.request<{ token: string }>('POST', '/v1/partner-tokens', { headers: asPartner(acme) });
    expect(
      (await svc.request('POST', '/v1/widget-sessions', { token: exchanged.body.token, body: { market: 'FR', origin: SHOP } })).status,
    ).toBe(403);
    expect((await svc.request('POST', '/v1/widget-sessions', { token: ops, body: { market: 'FR', origin: SHOP } })).status).toBe(403);
    expect(
      (await svc.request('POST', '/v1/widget-sessions', { headers: asWidget(s.token), body: { market: 'FR', origin: SHOP } })).status,
    ).toBe(403);
  });

  it('lets the widget read the catalog and questionnaires, quote, accept its own quote and read its trade-in', async () => {
    const s = await session();
    for (const url of [
      '/v1/catalog/categories',
      '/v1/catalog/categories/console/questionnaire',
      '/v1/catalog/models?category=console&market=FR',
      '/v1/catalog/models/sony-playstation-5-slim?market=FR',
    ]) {
      expect((await svc.request('GET', url, { headers: asWidget(s.token) })).status).toBe(200);
    }
    const q = await widgetQuote(s.token);
    expect((await svc.request('GET', `/v1/quotes/${q.id}`, { headers: asWidget(s.token) })).status).toBe(200);
    const wrongMarket = await svc.request<{ errors: Array<{ field: string }> }>('POST', '/v1/quotes', {
      headers: asWidget(s.token),
      body: { ...PS5, market: 'JP', answers: PS5_TOP },
    });
    expect(wrongMarket.status).toBe(400);
    expect(wrongMarket.body.errors[0]!.field).toBe('market');
    const a = await svc.request<{ tradeIn: { id: string; state: string } }>('POST', `/v1/quotes/${q.id}/accept`, {
      headers: asWidget(s.token),
      body: ACCEPT_MAIL_IN,
    });
    expect(a.status).toBe(200);
    expect(a.body.tradeIn.state).toBe('ACCEPTED');
    expect((await svc.request('GET', `/v1/trade-ins/${q.tradeInId}`, { headers: asWidget(s.token) })).status).toBe(200);
    // The partner sees it through its own API.
    const seen = await svc.request<{ state: string; partnerId: string }>('GET', `/v1/trade-ins/${q.tradeInId}`, {
      headers: asPartner(acme),
    });
    expect(seen.body).toMatchObject({ state: 'ACCEPTED', partnerId: 'acme-games' });
  });

  it("hides other sessions' and the partner server's quotes and trade-ins (404)", async () => {
    const mine = await session();
    const theirs = await session();
    const q = await widgetQuote(theirs.token);
    expect((await svc.request('GET', `/v1/quotes/${q.id}`, { headers: asWidget(mine.token) })).status).toBe(404);
    expect((await svc.request('POST', `/v1/quotes/${q.id}/accept`, { headers: asWidget(mine.token), body: ACCEPT_MAIL_IN })).status).toBe(
      404,
    );
    expect((await svc.request('GET', `/v1/trade-ins/${q.tradeInId}`, { headers: asWidget(mine.token) })).status).toBe(404);
    expect((await svc.request('POST', `/v1/trade-ins/${q.tradeInId}/tracking-links`, { headers: asWidget(mine.token) })).status).toBe(404);
    const partnerQuote = await svc.request<{ id: string; tradeInId: string }>('POST', '/v1/quotes', {
      headers: asPartner(acme),
      body: { ...PS5, market: 'FR', answers: PS5_TOP },
    });
    expect((await svc.request('GET', `/v1/quotes/${partnerQuote.body.id}`, { headers: asWidget(mine.token) })).status).toBe(404);
    expect((await svc.request('GET', `/v1/trade-ins/${partnerQuote.body.tradeInId}`, { headers: asWidget(mine.token) })).status).toBe(404);
  });

  it('refuses the widget role everywhere else (403), from another origin, and once expired (401)', async () => {
    const s = await session();
    const q = await widgetQuote(s.token);
    const refused: Array<['GET' | 'POST' | 'PUT' | 'DELETE', string, unknown?]> = [
      ['GET', '/v1/trade-ins'],
      ['POST', `/v1/trade-ins/${q.tradeInId}/cancel`, { reason: 'CUSTOMER_CHANGED_MIND' }],
      ['POST', `/v1/trade-ins/${q.tradeInId}/revised-offer/accept`],
      ['POST', `/v1/trade-ins/${q.tradeInId}/revised-offer/decline`],
      ['POST', `/v1/trade-ins/${q.tradeInId}/revised-offer/appeal`, { reason: 'the controller was in the box' }],
      ['POST', '/v1/partner-tokens'],
      ['GET', '/v1/widget-origins'],
      ['POST', '/v1/widget-origins', { origin: OTHER_SHOP }],
      ['GET', '/v1/webhooks/endpoint'],
      ['PUT', '/v1/webhooks/endpoint', { url: 'https://evil.example/hook' }],
      ['GET', '/v1/webhooks/deliveries'],
      ['GET', '/v1/partners'],
      ['POST', '/v1/partners', { id: 'evil', name: 'Evil' }],
      ['GET', '/v1/partners/acme-games/api-keys'],
      ['POST', '/v1/partners/acme-games/api-keys', {}],
      ['GET', '/v1/partners/acme-games/widget-origins'],
      ['GET', '/v1/price-tables'],
      ['POST', '/v1/catalog/tac-codes', { tac: '35391110', modelId: 'apple-iphone-13' }],
    ];
    for (const [method, url, body] of refused) {
      const r = await svc.request<{ code: string }>(method, url, { headers: asWidget(s.token), body });
      expect({ method, url, status: r.status }).toEqual({ method, url, status: 403 });
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const fromElsewhere = await svc.request<{ detail: string }>('GET', '/v1/catalog/categories', {
      headers: asWidget(s.token, OTHER_SHOP),
    });
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.body.detail).toContain(SHOP);
    expect((await svc.request('GET', '/v1/catalog/categories', { token: s.token })).status).toBe(403);

    const expired = svc.token({ sub: 'widget:old', role: 'widget', partnerId: 'acme-games', market: 'FR', origin: SHOP, sid: 'old' }, -10);
    const r = await svc.request<{ code: string; detail: string }>('GET', '/v1/catalog/categories', { headers: asWidget(expired) });
    expect(r.status).toBe(401);
    expect(r.body.detail).toMatch(/expired/);
  });

  it("answers CORS only for registered origins and only on the widget's routes (preflight too)", async () => {
    const preflight = (url: string, origin: string, method = 'POST') =>
      svc.app.inject({
        method: 'OPTIONS',
        url,
        headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization, content-type' },
      });
    const ok = await preflight('/v1/quotes', SHOP);
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(SHOP);
    expect(String(ok.headers['access-control-allow-headers'])).toContain('authorization');
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();

    for (const [url, origin, method] of [
      ['/v1/quotes', OTHER_SHOP, 'POST'],
      ['/v1/partners', SHOP, 'GET'],
      ['/v1/widget-sessions', SHOP, 'POST'],
      ['/v1/trade-ins', SHOP, 'GET'],
      ['/v1/trade-ins/x/cancel', SHOP, 'POST'],
    ] as const) {
      const r = await preflight(url, origin, method);
      expect({ url, origin, acao: r.headers['access-control-allow-origin'], status: r.statusCode }).toEqual({
        url,
        origin,
        acao: undefined,
        status: 404,
      });
    }
    const s = await session();
    const get = await svc.request('GET', '/v1/catalog/categories', { headers: asWidget(s.token) });
    expect(get.headers['access-control-allow-origin']).toBe(SHOP);
    // The questionnaire varies on the language too, without losing the CORS answer's Vary: Origin.
    const fr = await svc.request('GET', '/v1/catalog/categories/console/questionnaire?lang=fr', { headers: asWidget(s.token) });
    expect([fr.status, fr.headers['access-control-allow-origin'], fr.headers['vary']]).toEqual([200, SHOP, 'Origin, Accept-Language']);
    const unregistered = await svc.request('GET', '/v1/catalog/categories', { headers: { 'x-api-key': acme.apiKey, origin: OTHER_SHOP } });
    expect(unregistered.headers['access-control-allow-origin']).toBeUndefined();
    const notWidgetRoute = await svc.request('GET', '/v1/trade-ins', { headers: { 'x-api-key': acme.apiKey, origin: SHOP } });
    expect(notWidgetRoute.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives the customer a signed tracking link good for that one trade-in only', async () => {
    const s = await session();
    const q = await widgetQuote(s.token);
    await svc.request('POST', `/v1/quotes/${q.id}/accept`, { headers: asWidget(s.token), body: ACCEPT_MAIL_IN });
    const link = await svc.request<{ token: string; expiresAt: string }>('POST', `/v1/trade-ins/${q.tradeInId}/tracking-links`, {
      headers: asWidget(s.token),
    });
    expect(link.status).toBe(201);
    const track = (token: string, origin?: string) =>
      svc.request<{ tradeInId: string; state: string; shipBy: string | null; canAnswer: boolean; timeline: Array<{ state: string }> }>(
        'GET',
        '/v1/tracking',
        { headers: { authorization: `Bearer ${token}`, ...(origin ? { origin } : {}) } },
      );
    const view = await track(link.body.token, SHOP);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ tradeInId: q.tradeInId, state: 'ACCEPTED', canAnswer: false });
    expect(view.body.shipBy).not.toBeNull();
    expect(view.body.timeline.map((e) => e.state)).toEqual(['QUOTED', 'ACCEPTED']);
    expect(view.headers['access-control-allow-origin']).toBe(SHOP);
    // Not from another partner's origin; not forged; not as an API credential; nothing to answer yet.
    await svc.request('POST', '/v1/widget-origins', { headers: asPartner(other), body: { origin: OTHER_SHOP } });
    expect((await track(link.body.token, OTHER_SHOP)).status).toBe(403);
    expect((await track(`${link.body.token.slice(0, -4)}AAAA`)).status).toBe(401);
    expect((await track(s.token)).status).toBe(401);
    expect((await svc.request('GET', `/v1/trade-ins/${q.tradeInId}`, { token: link.body.token })).status).toBe(401);
    const answer = await svc.request<{ code: string }>('POST', '/v1/tracking/revised-offer/accept', {
      headers: { authorization: `Bearer ${link.body.token}` },
    });
    expect(answer.status).toBe(409);
    // The partner's server may mint links too (for its own e-mails).
    expect((await svc.request('POST', `/v1/trade-ins/${q.tradeInId}/tracking-links`, { headers: asPartner(acme) })).status).toBe(201);
    expect((await svc.request('POST', `/v1/trade-ins/${q.tradeInId}/tracking-links`, { headers: asPartner(other) })).status).toBe(404);
  });
});
