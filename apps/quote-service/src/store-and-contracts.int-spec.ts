import { deadLetterTopicFor, DeviceGraded, type DeviceGradedPayload, DeviceReceived, OfferFinalized } from '@tradein/contracts';
import { envelopeFor, publishRaw, waitFor } from '@tradein/testing';
import { asPartner, createPartner, PHONE_TOP, type PartnerFixture, type QuoteService, startQuoteService } from './testing/quote-test-kit';

let svc: QuoteService;
let acme: PartnerFixture;

beforeAll(async () => {
  svc = await startQuoteService({ PARTNER_RATE_LIMIT_PER_MINUTE: '40' });
  acme = await createPartner(svc, 'acme');
});
afterAll(() => svc.close());

const device = { modelId: 'apple-iphone-15', variantId: '128gb', category: 'smartphone' as const };
const grade = (over: Partial<DeviceGradedPayload> = {}): DeviceGradedPayload => ({
  gradeId: 'g-store',
  siteId: 'site-lyon',
  device,
  cosmeticGrade: 'D',
  functionalGrade: 0,
  r2Functional: 'F5',
  r2Cosmetic: 'C2',
  missingAccessories: [],
  locked: false,
  defects: [{ code: 'DISPLAY_CRACK' }],
  evidenceRefs: ['photo-9'],
  disposition: 'REFURBISH_WITH_PARTS',
  marketplaceGrade: 'Fair',
  gradingStandardVersion: 'ctia-4.0',
  technicianId: 'tech-3',
  regrade: false,
  batteryHealthPercent: 91,
  ...over,
});

describe('in store', () => {
  it('staff quote and accept in store; a worse grade is a store discrepancy, never a revised offer', async () => {
    const staff = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'store-7', partnerId: 'acme' });
    const probe = await svc.probe([OfferFinalized.topic]);
    const q = await svc.request<{ id: string; tradeInId: string; amount: { amountMinor: string } }>('POST', '/v1/quotes', {
      token: staff,
      body: { modelId: device.modelId, variantId: device.variantId, market: 'GB', answers: PHONE_TOP },
    });
    expect(q.status).toBe(201);
    const mailIn = await svc.request<{ code: string }>('POST', `/v1/quotes/${q.body.id}/accept`, {
      token: staff,
      body: {
        customer: { name: 'Sam Jones', email: 'sam@example.co.uk' },
        fulfilment: 'MAIL_IN',
        payout: { method: 'STORE_CREDIT' },
        revisedOfferPolicy: { policy: 'ASK' },
      },
    });
    expect(mailIn.status).toBe(400);
    const accepted = await svc.request<{ tradeIn: { state: string; fulfilment: string } }>('POST', `/v1/quotes/${q.body.id}/accept`, {
      token: staff,
      body: {
        customer: { name: 'Sam Jones', email: 'sam@example.co.uk' },
        fulfilment: 'STORE',
        payout: { method: 'STORE_CREDIT' },
        revisedOfferPolicy: { policy: 'ASK' },
      },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.tradeIn).toMatchObject({ state: 'ACCEPTED', fulfilment: 'STORE' });

    const id = q.body.tradeInId;
    await publishRaw(
      svc.kafka,
      DeviceReceived.topic,
      id,
      envelopeFor(
        DeviceReceived,
        { tradeInId: id, partnerId: 'acme' },
        {
          location: { type: 'STORE', id: 'store-7' },
          device,
          identity: {
            imei: '490154203237518',
            blockListStatus: 'CLEAR',
            activationLock: false,
            mdmEnrolled: false,
            duplicateOpenTradeIn: false,
          },
          receivedAt: '2026-01-15T09:30:00.000Z',
          receivedBy: 'clerk-1',
          evidenceRefs: [],
          storeChecks: { screen: 'PASS' },
        },
      ),
      svc.namespace,
    );
    await publishRaw(
      svc.kafka,
      DeviceGraded.topic,
      id,
      envelopeFor(DeviceGraded, { tradeInId: id, partnerId: 'acme' }, grade()),
      svc.namespace,
    );
    await waitFor(
      async () => (await svc.request<{ state: string }>('GET', `/v1/trade-ins/${id}`, { token: staff })).body.state === 'FINALIZED',
      { what: 'FINALIZED' },
    );

    const t = await svc.request<{
      offer: { basis: string; amount: { amountMinor: string } };
      storeDiscrepancy: { amountMinor: string; currency: string };
    }>('GET', `/v1/trade-ins/${id}`, { token: staff });
    expect(t.body.offer).toMatchObject({ basis: 'STORE_AS_GIVEN', amount: { amountMinor: q.body.amount.amountMinor } });
    // iPhone 15 128 GB in GB: 32 600; cracked screen × 0.55 → 17 930 → 17 900: the store declared 14 700 too much.
    expect(t.body.storeDiscrepancy).toEqual({ amountMinor: String(BigInt(q.body.amount.amountMinor) - 17_900n), currency: 'GBP' });
    await waitFor(() => probe.of(OfferFinalized).some((e) => e.tradeInId === id), { what: 'offer.finalized' });
    expect(probe.of(OfferFinalized).find((e) => e.tradeInId === id)!.payload).toMatchObject({
      basis: 'STORE_AS_GIVEN',
      storeDiscrepancy: true,
      fulfilment: 'STORE',
      storeId: 'store-7',
      payoutMethod: 'STORE_CREDIT',
    });
    // Another store of the same partner does not see it.
    const other = svc.token({ sub: 'clerk-9', role: 'store_staff', storeId: 'store-9', partnerId: 'acme' });
    expect((await svc.request('GET', `/v1/trade-ins/${id}`, { token: other })).status).toBe(404);
  });
});

describe('contracts and operations', () => {
  it('an event about an unknown trade-in goes to the dead-letter topic, not lost', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const dlt = await svc.probe([deadLetterTopicFor(DeviceReceived.topic)]);
    await publishRaw(
      svc.kafka,
      DeviceReceived.topic,
      unknown,
      envelopeFor(
        DeviceReceived,
        { tradeInId: unknown, partnerId: 'acme' },
        {
          location: { type: 'SITE', id: 'site-lyon' },
          device,
          identity: { blockListStatus: 'CLEAR', activationLock: false, mdmEnrolled: false, duplicateOpenTradeIn: false },
          receivedAt: '2026-01-15T09:30:00.000Z',
          receivedBy: 'tech',
          evidenceRefs: [],
        },
      ),
      svc.namespace,
    );
    await waitFor(() => dlt.messages.some((m) => m.key === unknown), { what: 'dead letter' });

    // An event naming another partner than the trade-in's is not applied either.
    const q = await svc.request<{ tradeInId: string }>('POST', '/v1/quotes', {
      headers: asPartner(acme),
      body: { modelId: device.modelId, variantId: device.variantId, market: 'FR', answers: PHONE_TOP },
    });
    await publishRaw(
      svc.kafka,
      DeviceReceived.topic,
      q.body.tradeInId,
      envelopeFor(
        DeviceReceived,
        { tradeInId: q.body.tradeInId, partnerId: 'mallory' },
        {
          location: { type: 'SITE', id: 'site-lyon' },
          device,
          identity: { blockListStatus: 'CLEAR', activationLock: false, mdmEnrolled: false, duplicateOpenTradeIn: false },
          receivedAt: '2026-01-15T09:30:00.000Z',
          receivedBy: 'tech',
          evidenceRefs: [],
        },
      ),
      svc.namespace,
    );
    await waitFor(() => dlt.messages.some((m) => m.key === q.body.tradeInId), { what: 'dead letter for the wrong partner' });
    const timeline = await svc.dataSource.query('SELECT cause FROM trade_in_timeline WHERE trade_in_id = $1', [q.body.tradeInId]);
    expect(timeline.map((r: { cause: string }) => r.cause)).toEqual(['api:create-quote']);
  });

  it('ops map a TAC; an IMEI of another model is refused', async () => {
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    expect(
      (await svc.request('POST', '/v1/catalog/tac-codes', { token: ops, body: { tac: '49015420', modelId: 'apple-iphone-15' } })).status,
    ).toBe(201);
    expect(
      (await svc.request('POST', '/v1/catalog/tac-codes', { token: ops, body: { tac: '49015420', modelId: 'apple-iphone-15' } })).status,
    ).toBe(409);
    expect(
      (
        await svc.request('POST', '/v1/catalog/tac-codes', {
          headers: asPartner(acme),
          body: { tac: '12345678', modelId: 'apple-iphone-15' },
        })
      ).status,
    ).toBe(403);
    const found = await svc.request<{ items: Array<{ id: string }> }>('GET', '/v1/catalog/models?tac=49015420', {
      headers: asPartner(acme),
    });
    expect(found.body.items.map((m) => m.id)).toEqual(['apple-iphone-15']);
    const mismatch = await svc.request<{ code: string }>('POST', '/v1/quotes', {
      headers: asPartner(acme),
      body: {
        modelId: 'apple-iphone-16',
        variantId: '128gb',
        market: 'FR',
        answers: PHONE_TOP,
        imei: '490154203237518',
      },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code).toBe('IMEI_MODEL_MISMATCH');
    const match = await svc.request('POST', '/v1/quotes', {
      headers: asPartner(acme),
      body: {
        modelId: 'apple-iphone-15',
        variantId: '128gb',
        market: 'FR',
        answers: PHONE_TOP,
        imei: '490154203237518',
      },
    });
    expect(match.status).toBe(201);
  });

  it('publishes OpenAPI at /docs with an example for every endpoint', async () => {
    const res = await svc.request<{
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { example?: unknown; schema?: { example?: unknown } }> }> }>
      >;
    }>('GET', '/docs/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.entries(res.body.paths).filter(([p]) => p.startsWith('/v1/'));
    expect(paths.map(([p]) => p)).toEqual(
      expect.arrayContaining([
        '/v1/quotes',
        '/v1/quotes/{quoteId}/accept',
        '/v1/trade-ins/{tradeInId}',
        '/v1/price-tables',
        '/v1/webhooks/endpoint',
      ]),
    );
    for (const [path, ops] of paths) {
      for (const [method, op] of Object.entries(ops)) {
        const examples = Object.values(op.responses)
          .flatMap((r) => Object.values(r.content ?? {}))
          .filter((c) => c.example !== undefined || c.schema?.example !== undefined);
        const noContent = Object.keys(op.responses).includes('204');
        expect({ path, method, documented: examples.length > 0 || noContent }).toEqual({ path, method, documented: true });
      }
    }
  });

  it('rate limits a partner key on partner endpoints (429 problem+json)', async () => {
    const busy = await createPartner(svc, 'busy');
    const statuses: number[] = [];
    for (let i = 0; i < 41; i++) {
      statuses.push((await svc.request('GET', '/v1/trade-ins?limit=1', { headers: asPartner(busy) })).status);
    }
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    const limited = await svc.request<{ code: string }>('GET', '/v1/trade-ins?limit=1', { headers: asPartner(busy) });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    // Another partner is not affected.
    expect((await svc.request('GET', '/v1/trade-ins?limit=1', { headers: asPartner(acme) })).status).toBe(200);
  });
});
