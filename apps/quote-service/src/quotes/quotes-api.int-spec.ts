import { QuoteCreated, TradeInCancelled } from '@tradein/contracts';
import { waitFor } from '@tradein/testing';
import {
  ACCEPT_MAIL_IN,
  asPartner,
  count,
  createPartner,
  PHONE_TOP,
  PS5_TOP,
  type PartnerFixture,
  type QuoteService,
  startQuoteService,
} from '../testing/quote-test-kit';

interface QuoteBody {
  id: string;
  tradeInId: string;
  status: string;
  amount: { amountMinor: string; currency: string };
  priceTableVersion: number;
  breakdown: Array<{ kind: string; code: string; amount: { amountMinor: string } }>;
  expiresAt: string;
  outcome: string;
  bonus: { amountMinor: string };
}
interface Problem {
  code: string;
  errors?: Array<{ field: string; reason: string }>;
}

let svc: QuoteService;
let acme: PartnerFixture;
let globex: PartnerFixture;

beforeAll(async () => {
  svc = await startQuoteService();
  acme = await createPartner(svc, 'acme');
  globex = await createPartner(svc, 'globex', {
    id: 'globex-upgrade',
    name: 'Upgrade bonus',
    bonus: { kind: 'FIXED', amountMinor: { EUR: '5000', JPY: '8000' }, eligibleCategories: ['console'], thresholdMinor: { EUR: '10000' } },
    quoteValidDays: 30,
  });
});
afterAll(() => svc.close());

const quoteBody = (over: Record<string, unknown> = {}) => ({
  modelId: 'sony-playstation-5-slim',
  variantId: 'disc',
  market: 'FR',
  answers: PS5_TOP,
  ...over,
});

describe('catalog', () => {
  it('browses, searches and prices variants in a market', async () => {
    const res = await svc.request<{
      items: Array<{ id: string; variants: Array<{ id: string; price: { amountMinor: string; currency: string } }> }>;
      priceTableVersion: number;
    }>('GET', '/v1/catalog/models?category=console&q=playstation&market=GB', { headers: asPartner(acme) });
    expect(res.status).toBe(200);
    expect(res.body.items.map((m) => m.id)).toEqual([
      'sony-playstation-5-pro',
      'sony-playstation-5-slim',
      'sony-playstation-portal',
      'sony-playstation-5',
      'sony-playstation-4-pro',
    ]);
    const slim = res.body.items.find((m) => m.id === 'sony-playstation-5-slim')!;
    expect(slim.variants.find((v) => v.id === 'disc')!.price).toEqual({ amountMinor: '25800', currency: 'GBP' });
    expect(res.body.priceTableVersion).toBe(1);
  });

  it('serves a category questionnaire with options best to worst', async () => {
    const res = await svc.request<{ version: number; questions: Array<{ code: string; options: Array<{ code: string }> }> }>(
      'GET',
      '/v1/catalog/categories/smartwatch/questionnaire',
      { headers: asPartner(acme) },
    );
    expect(res.status).toBe(200);
    expect(res.body.questions.find((q) => q.code === 'screen')!.options[0].code).toBe('flawless');
    expect((await svc.request('GET', '/v1/catalog/categories/toaster/questionnaire', { headers: asPartner(acme) })).status).toBe(404);
  });

  it("serves the questionnaire in the shopper's language: lang, else Accept-Language, else English", async () => {
    type Localized = {
      language: string;
      questions: Array<{ code: string; label: string; options: Array<{ code: string; label: string }> }>;
    };
    const ask = (query: string, headers: Record<string, string> = {}) =>
      svc.request<Localized>('GET', `/v1/catalog/categories/smartphone/questionnaire${query}`, { headers: asPartner(acme, headers) });
    const label = (r: { body: Localized }, code: string) => r.body.questions.find((q) => q.code === code)!.label;
    const en = await ask('');
    expect([en.status, en.body.language, label(en, 'screen'), en.headers['content-language']]).toEqual([
      200,
      'en',
      'Screen condition',
      'en',
    ]);

    const fr = await ask('?lang=fr');
    expect([fr.status, fr.body.language, label(fr, 'screen'), fr.headers['content-language']]).toEqual([
      200,
      'fr',
      'État de l’écran',
      'fr',
    ]);
    // Codes and their order never change with the language: quotes are answered with codes.
    const codes = (r: { body: Localized }) => r.body.questions.map((q) => [q.code, ...q.options.map((o) => o.code)]);
    expect(codes(fr)).toEqual(codes(en));
    expect(fr.headers['vary']).toContain('Accept-Language');

    expect((await ask('?lang=ja-JP')).body.language).toBe('ja');
    expect(label(await ask('?lang=de-AT'), 'body')).toBe('Zustand von Gehäuse und Rahmen');
    expect((await ask('', { 'accept-language': 'pt-BR, es;q=0.8, en;q=0.5' })).body.language).toBe('es');
    expect((await ask('?lang=it', { 'accept-language': 'de' })).body.language).toBe('it'); // lang wins over the header
    const unpublished = await ask('?lang=pt-BR');
    expect([unpublished.status, unpublished.body.language, label(unpublished, 'screen')]).toEqual([200, 'en', 'Screen condition']);
    expect((await ask('', { 'accept-language': 'x;;q=, *;q=0.1' })).body.language).toBe('en');

    for (const bad of ['fr_FR', '%3Cscript%3E', 'f', `fr-${'x'.repeat(40)}`]) {
      const r = await svc.request<Problem>('GET', `/v1/catalog/categories/smartphone/questionnaire?lang=${bad}`, {
        headers: asPartner(acme),
      });
      expect([bad, r.status, r.headers['content-type'], [...new Set(r.body.errors?.map((e) => e.field))]]).toEqual([
        bad,
        400,
        expect.stringContaining('application/problem+json'),
        ['lang'],
      ]);
    }
  });

  it('rejects unknown query parameters and unauthenticated calls', async () => {
    expect((await svc.request<Problem>('GET', '/v1/catalog/models?colour=red', { headers: asPartner(acme) })).status).toBe(400);
    expect((await svc.request('GET', '/v1/catalog/models')).status).toBe(401);
    expect((await svc.request('GET', '/v1/catalog/models', { headers: { 'x-api-key': 'tik_000000000000_nope' } })).status).toBe(401);
  });
});

describe('quotes', () => {
  it('prices a quote in every market, with its breakdown, pinned price table and expiry, and emits quote.created', async () => {
    const probe = await svc.probe([QuoteCreated.topic]);
    const markets = { FR: 'EUR', DE: 'EUR', ES: 'EUR', IT: 'EUR', GB: 'GBP', US: 'USD', JP: 'JPY' };
    const ids: string[] = [];
    for (const [market, currency] of Object.entries(markets)) {
      const res = await svc.request<QuoteBody>('POST', '/v1/quotes', {
        headers: asPartner(acme),
        body: quoteBody({ market, answers: { ...PS5_TOP, body: 'light_wear' } }),
      });
      expect(res.status).toBe(201);
      expect(res.body.amount.currency).toBe(currency);
      expect(res.body.status).toBe('OPEN');
      expect(res.body.priceTableVersion).toBe(1);
      expect(res.body.breakdown.map((l) => l.code)).toEqual(expect.arrayContaining(['BASE_PRICE', 'BODY_CONDITION']));
      ids.push(res.body.id);
    }
    const fr = await svc.request<QuoteBody>('GET', `/v1/quotes/${ids[0]}`, { headers: asPartner(acme) });
    expect(fr.body.amount).toEqual({ amountMinor: '28500', currency: 'EUR' }); // 30 000 × 0.95
    expect(Date.parse(fr.body.expiresAt) - svc.clock.now().getTime()).toBe(14 * 86_400_000);
    await waitFor(() => probe.of(QuoteCreated).length >= 7, { what: 'quote.created events' });
    const event = probe.of(QuoteCreated).find((e) => e.payload.quoteId === ids[0])!;
    expect(event.partnerId).toBe('acme');
    expect(event.payload.amount).toEqual({ amountMinor: '28500', currency: 'EUR' });
  });

  it("applies the program bonus, validity and categories of the key's program", async () => {
    const res = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers: asPartner(globex), body: quoteBody() });
    expect(res.status).toBe(201);
    expect(res.body.bonus.amountMinor).toBe('5000');
    expect(res.body.amount.amountMinor).toBe('35000');
    expect(Date.parse(res.body.expiresAt) - svc.clock.now().getTime()).toBe(30 * 86_400_000);
    const phone = await svc.request<QuoteBody>('POST', '/v1/quotes', {
      headers: asPartner(globex),
      body: { modelId: 'apple-iphone-16', variantId: '128gb', market: 'FR', answers: PHONE_TOP },
    });
    expect(phone.body.bonus.amountMinor).toBe('0');
  });

  it('answers recycle only when nothing is left', async () => {
    const res = await svc.request<QuoteBody>('POST', '/v1/quotes', {
      headers: asPartner(acme),
      body: { modelId: 'apple-iphone-16', variantId: '128gb', market: 'US', answers: { ...PHONE_TOP, locks: 'activation_locked' } },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'RECYCLE_ONLY', amount: { amountMinor: '0', currency: 'USD' } });
  });

  it("store staff quote for their store; partners never see another partner's quote", async () => {
    const staff = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'store-7', partnerId: 'acme' });
    const res = await svc.request<QuoteBody & { storeId: string }>('POST', '/v1/quotes', { token: staff, body: quoteBody() });
    expect(res.status).toBe(201);
    expect(res.body.storeId).toBe('store-7');
    expect((await svc.request('GET', `/v1/quotes/${res.body.id}`, { headers: asPartner(acme) })).status).toBe(200);
    expect((await svc.request('GET', `/v1/quotes/${res.body.id}`, { headers: asPartner(globex) })).status).toBe(404);
    const otherStore = svc.token({ sub: 'clerk-2', role: 'store_staff', storeId: 'store-8', partnerId: 'acme' });
    expect((await svc.request('GET', `/v1/quotes/${res.body.id}`, { token: otherStore })).status).toBe(404);
    expect((await svc.request('GET', '/v1/quotes/not-a-uuid', { headers: asPartner(acme) })).status).toBe(404);
    expect(
      (await svc.request('POST', '/v1/quotes', { token: svc.token({ sub: 'g', role: 'grader', siteId: 's1' }), body: quoteBody() })).status,
    ).toBe(403);
  });

  it('honours Idempotency-Key: same key and body, same answer; other body, 422', async () => {
    const headers = asPartner(acme, { 'idempotency-key': 'quote-key-0001' });
    const before = await count(svc, 'quote');
    const a = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers, body: quoteBody() });
    const b = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers, body: quoteBody() });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    const c = await svc.request<Problem>('POST', '/v1/quotes', { headers, body: quoteBody({ market: 'DE' }) });
    expect(c.status).toBe(422);
    expect(c.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count(svc, 'quote')).toBe(before + 1);
    // The key is scoped to the partner: another partner may use the same key.
    const other = await svc.request<QuoteBody>('POST', '/v1/quotes', {
      headers: asPartner(globex, { 'idempotency-key': 'quote-key-0001' }),
      body: quoteBody(),
    });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(a.body.id);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown field', { colour: 'red' }, 'colour'],
    ['a currency of another market', { currency: 'GBP' }, 'currency'],
    ['a malformed IMEI', { imei: '12345' }, 'imei'],
    ['an IMEI with a bad check digit', { imei: '490154203237517' }, 'imei'],
    ['an unknown market', { market: 'XX' }, 'market'],
    ['an unknown model', { modelId: 'nokia-3310' }, 'modelId'],
    ['an unknown variant', { variantId: '64gb' }, 'variantId'],
    ['an unanswered question', { answers: { functional: 'works' } }, 'answers.body'],
    ['an answer outside the options', { answers: { ...PS5_TOP, body: 'shiny' } }, 'answers.body'],
    ['a question of another category', { answers: { ...PS5_TOP, screen: 'flawless' } }, 'answers.screen'],
    ['answers that are not an object', { answers: 'all good' }, 'answers'],
    ['a number for the model', { modelId: 42 }, 'modelId'],
  ])('rejects %s with 400 naming the field, and writes nothing', async (_what, over, field) => {
    const before = await count(svc, 'quote');
    const res = await svc.request<Problem>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody(over) });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors?.map((e) => e.field)).toContain(field);
    expect(await count(svc, 'quote')).toBe(before);
  });

  it('rejects an oversized body with 413 and malformed JSON with 400', async () => {
    const before = await count(svc, 'quote');
    const huge = await svc.request<Problem>('POST', '/v1/quotes', {
      headers: asPartner(acme),
      body: quoteBody({ padding: 'x'.repeat(300_000) }),
    });
    expect(huge.status).toBe(413);
    const malformed = await svc.request<Problem>('POST', '/v1/quotes', {
      headers: asPartner(acme, { 'content-type': 'application/json' }),
      body: '{"modelId":',
    });
    expect(malformed.status).toBe(400);
    expect(await count(svc, 'quote')).toBe(before);
  });
});

describe('accepting a quote', () => {
  it('makes the trade-in ACCEPTED with its ship-by date; a second accept answers 409', async () => {
    const q = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody() });
    const res = await svc.request<{ tradeIn: { state: string; shipBy: string; customer: { email: string } } }>(
      'POST',
      `/v1/quotes/${q.body.id}/accept`,
      { headers: asPartner(acme), body: ACCEPT_MAIL_IN },
    );
    expect(res.status).toBe(200);
    expect(res.body.tradeIn.state).toBe('ACCEPTED');
    expect(Date.parse(res.body.tradeIn.shipBy) - svc.clock.now().getTime()).toBe(21 * 86_400_000);
    expect(res.body.tradeIn.customer.email).toBe('c****@example.com');
    const again = await svc.request<Problem>('POST', `/v1/quotes/${q.body.id}/accept`, { headers: asPartner(acme), body: ACCEPT_MAIL_IN });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('QUOTE_ALREADY_ACCEPTED');
    expect((await svc.request<QuoteBody>('GET', `/v1/quotes/${q.body.id}`, { headers: asPartner(acme) })).body.status).toBe('ACCEPTED');
  });

  it('another partner cannot accept it (404), and invalid choices answer 400', async () => {
    const q = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody() });
    expect((await svc.request('POST', `/v1/quotes/${q.body.id}/accept`, { headers: asPartner(globex), body: ACCEPT_MAIL_IN })).status).toBe(
      404,
    );
    const bad = async (body: Record<string, unknown>) =>
      (await svc.request<Problem>('POST', `/v1/quotes/${q.body.id}/accept`, { headers: asPartner(acme), body })).body.errors?.[0]?.field;
    expect(await bad({ ...ACCEPT_MAIL_IN, revisedOfferPolicy: { policy: 'AUTO_ACCEPT_WITHIN' } })).toBe('revisedOfferPolicy.withinPercent');
    expect(await bad({ ...ACCEPT_MAIL_IN, revisedOfferPolicy: { policy: 'AUTO_ACCEPT_WITHIN', withinPercent: 500 } })).toBe(
      'revisedOfferPolicy.withinPercent',
    );
    expect(await bad({ ...ACCEPT_MAIL_IN, fulfilment: 'STORE' })).toBe('fulfilment');
    expect(await bad({ ...ACCEPT_MAIL_IN, customer: { name: 'X', email: 'not-an-email' } })).toBe('customer.email');
    expect(await bad({ ...ACCEPT_MAIL_IN, payout: { method: 'BANK_TRANSFER', iban: 'FR76…' } })).toBe('payout.iban');
    const state = await svc.dataSource.query('SELECT state FROM trade_in WHERE id = $1', [q.body.tradeInId]);
    expect(state[0].state).toBe('QUOTED');
  });

  it('an id longer than any the platform issues answers 400 naming the path (fastify would say 414)', async () => {
    const res = await svc.request<Problem>('POST', `/v1/quotes/${'q'.repeat(101)}/accept`, {
      headers: asPartner(acme),
      body: ACCEPT_MAIL_IN,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: 'path', reason: 'a path segment is longer than 100 characters' }]);
    const longest = await svc.request<Problem>('GET', `/v1/quotes/${'q'.repeat(100)}`, { headers: asPartner(acme) });
    expect(longest.status).toBe(404);
  });

  it('an expired quote answers 409 QUOTE_EXPIRED', async () => {
    const q = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody() });
    svc.clock.advanceDays(15);
    try {
      const res = await svc.request<Problem>('POST', `/v1/quotes/${q.body.id}/accept`, { headers: asPartner(acme), body: ACCEPT_MAIL_IN });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('QUOTE_EXPIRED');
      expect((await svc.request<QuoteBody>('GET', `/v1/quotes/${q.body.id}`, { headers: asPartner(acme) })).body.status).toBe('EXPIRED');
    } finally {
      svc.clock.advanceDays(-15);
    }
  });
});

describe('cancelling', () => {
  it('cancels before shipping (emitting trade-in.cancelled) and refuses after receipt', async () => {
    const probe = await svc.probe([TradeInCancelled.topic]);
    const q = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody() });
    await svc.request('POST', `/v1/quotes/${q.body.id}/accept`, { headers: asPartner(acme), body: ACCEPT_MAIL_IN });
    expect(
      (await svc.request('POST', `/v1/trade-ins/${q.body.tradeInId}/cancel`, { headers: asPartner(globex), body: { reason: 'nope' } }))
        .status,
    ).toBe(404);
    const res = await svc.request<{ state: string }>('POST', `/v1/trade-ins/${q.body.tradeInId}/cancel`, {
      headers: asPartner(acme),
      body: { reason: 'CUSTOMER_CHANGED_MIND' },
    });
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('CANCELLED');
    await waitFor(() => probe.of(TradeInCancelled).some((e) => e.tradeInId === q.body.tradeInId), { what: 'trade-in.cancelled' });
    const again = await svc.request<Problem>('POST', `/v1/trade-ins/${q.body.tradeInId}/cancel`, {
      headers: asPartner(acme),
      body: { reason: 'again' },
    });
    expect(again.status).toBe(409);
    await svc.dataSource.query(
      `UPDATE trade_in SET state = 'RECEIVED', received = true WHERE id = (SELECT trade_in_id FROM quote WHERE id = $1)`,
      [(await svc.request<QuoteBody>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody() })).body.id],
    );
    const received = (await svc.dataSource.query(`SELECT id FROM trade_in WHERE state = 'RECEIVED' AND partner_id = 'acme'`))[0]
      .id as string;
    const late = await svc.request<Problem>('POST', `/v1/trade-ins/${received}/cancel`, {
      headers: asPartner(acme),
      body: { reason: 'late' },
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('TOO_LATE_TO_CANCEL');
  });
});

describe('price tables', () => {
  const ops = () => svc.token({ sub: 'ops-1', role: 'ops' });

  it('rejects a table with a bad row as a whole, naming line and reason', async () => {
    const csv =
      'model_id,variant_id,market,currency,amount_minor\nsony-playstation-5-slim,disc,FR,EUR,31000\nsony-playstation-5-slim,disc,GB,EUR,26000\n';
    const res = await svc.request<Problem>('POST', '/v1/price-tables', {
      token: ops(),
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'PRICE_TABLE_INVALID',
      errors: [{ field: 'line 3: currency', reason: 'market GB trades in GBP, not EUR' }],
    });
    expect(await count(svc, 'price_table')).toBe(1);
  });

  it('only ops upload', async () => {
    expect((await svc.request('POST', '/v1/price-tables', { headers: asPartner(acme), body: { rows: [] } })).status).toBe(403);
  });

  it('a new version prices new quotes; existing quotes keep theirs', async () => {
    const old = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody() });
    const csv = 'model_id,variant_id,market,currency,amount_minor\nsony-playstation-5-slim,disc,FR,EUR,31000\n';
    const up = await svc.request<{ version: number; rowCount: number }>('POST', '/v1/price-tables', {
      token: ops(),
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ version: 2, rowCount: 1 });
    const fresh = await svc.request<QuoteBody>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody() });
    expect(fresh.body).toMatchObject({ priceTableVersion: 2, amount: { amountMinor: '31000' } });
    expect((await svc.request<QuoteBody>('GET', `/v1/quotes/${old.body.id}`, { headers: asPartner(acme) })).body).toMatchObject({
      priceTableVersion: 1,
      amount: { amountMinor: '30000' },
    });
    // Not in version 2: not quotable until a table prices it again.
    const unpriced = await svc.request<Problem>('POST', '/v1/quotes', { headers: asPartner(acme), body: quoteBody({ market: 'DE' }) });
    expect(unpriced.status).toBe(422);
    expect(unpriced.body.code).toBe('NOT_PRICED_IN_MARKET');
    // JSON upload restores a full table.
    const rows = await svc.dataSource.query(
      `SELECT model_id AS "modelId", variant_id AS "variantId", market, currency, amount_minor::text AS "amountMinor" FROM price_table_row WHERE version = 1`,
    );
    const json = await svc.request<{ version: number }>('POST', '/v1/price-tables', { token: ops(), body: { rows } });
    expect(json.status).toBe(201);
    expect(json.body.version).toBe(3);
    await expect(svc.dataSource.query('UPDATE price_table_row SET amount_minor = 1 WHERE version = 1')).rejects.toThrow(/immutable/);
  });
});

describe('programs', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['negative validity', { quoteValidDays: -3 }, 'quoteValidDays'],
    ['absurd ship-by', { shipByDays: 10_000 }, 'shipByDays'],
    ['an absurd percentage', { bonus: { kind: 'PERCENT', percent: 500 } }, 'bonus.percent'],
    ['a negative fixed bonus', { bonus: { kind: 'FIXED', amountMinor: { EUR: '-100' } } }, 'bonus.amountMinor.EUR'],
    ['a floating-point amount', { bonus: { kind: 'FIXED', amountMinor: { EUR: '12.5' } } }, 'bonus.amountMinor.EUR'],
    ['an unknown currency', { bonus: { kind: 'FIXED', amountMinor: { XYZ: '100' } } }, 'bonus.amountMinor.XYZ'],
    [
      'a window that ends before it starts',
      { bonus: { kind: 'FIXED', amountMinor: { EUR: '100' }, window: { from: '2026-05-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } } },
      'bonus.window',
    ],
    [
      'an unknown category',
      { bonus: { kind: 'FIXED', amountMinor: { EUR: '100' }, eligibleCategories: ['toaster'] } },
      'bonus.eligibleCategories',
    ],
    ['an unknown bonus field', { bonus: { kind: 'FIXED', amountMinor: { EUR: '100' }, stacking: true } }, 'bonus.stacking'],
  ])('rejects %s with 400 naming the field and writes nothing', async (_what, over, field) => {
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    const before = await count(svc, 'partner_program');
    const res = await svc.request<Problem>('POST', '/v1/partners/acme/programs', {
      token: ops,
      body: { id: 'acme-bad', name: 'Bad', ...over },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field)).toContain(field);
    expect(await count(svc, 'partner_program')).toBe(before);
  });

  it('partners cannot manage partners', async () => {
    expect(
      (await svc.request('POST', '/v1/partners/acme/programs', { headers: asPartner(acme), body: { id: 'acme-x', name: 'X' } })).status,
    ).toBe(403);
  });
});

describe('API keys', () => {
  it('rotation replaces a key and revocation disables it', async () => {
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    const p = await createPartner(svc, 'initech');
    const rotated = await svc.request<{ apiKey: string; keyId: string }>('POST', `/v1/partners/initech/api-keys/${p.keyId}/rotate`, {
      token: ops,
    });
    expect(rotated.status).toBe(201);
    expect((await svc.request('GET', '/v1/catalog/categories', { headers: { 'x-api-key': p.apiKey } })).status).toBe(401);
    expect((await svc.request('GET', '/v1/catalog/categories', { headers: { 'x-api-key': rotated.body.apiKey } })).status).toBe(200);
    const stored = await svc.dataSource.query('SELECT key_hash FROM partner_api_key WHERE id = $1', [rotated.body.keyId]);
    expect(stored[0].key_hash).not.toContain(rotated.body.apiKey);
    expect((await svc.request('POST', `/v1/partners/initech/api-keys/${rotated.body.keyId}/revoke`, { token: ops })).status).toBe(204);
    expect((await svc.request('GET', '/v1/catalog/categories', { headers: { 'x-api-key': rotated.body.apiKey } })).status).toBe(401);
    expect(
      (await svc.request('POST', '/v1/partners', { headers: { 'x-api-key': rotated.body.apiKey }, body: { id: 'x1', name: 'x' } })).status,
    ).toBe(401);
  });
});

describe('partner tokens (ADR 0003)', () => {
  it('exchanges a live API key for a short-lived partner JWT, and only a key', async () => {
    const res = await svc.request<{ token: string; tokenType: string; expiresIn: number; partnerId: string }>(
      'POST',
      '/v1/partner-tokens',
      { headers: asPartner(acme) },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, partnerId: acme.partnerId });
    const claims = JSON.parse(Buffer.from(res.body.token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ role: 'partner', partnerId: acme.partnerId, iss: 'tradein-platform', aud: 'tradein-api' });
    // The token is accepted by the platform's guard, and cannot mint further tokens.
    expect((await svc.request('GET', '/v1/catalog/models?category=console', { token: res.body.token })).status).toBe(200);
    expect((await svc.request('POST', '/v1/partner-tokens', { token: res.body.token })).status).toBe(403);
    expect((await svc.request('POST', '/v1/partner-tokens', { token: svc.token({ sub: 'o', role: 'ops' }) })).status).toBe(403);
    expect((await svc.request('POST', '/v1/partner-tokens')).status).toBe(401);
  });
});
