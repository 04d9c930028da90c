import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import {
  AppealRequested,
  DeviceGraded,
  type DeviceGradedPayload,
  DeviceReceived,
  type EventDefinition,
  OfferDeclined,
  OfferFinalized,
  OfferRevised,
  PayoutCompleted,
  QuoteAccepted,
  ShipmentInTransit,
  StockAdded,
  TradeInExpired,
} from '@tradein/contracts';
import { envelopeFor, type EventProbe, publishRaw, type TestResponse, waitFor } from '@tradein/testing';
import { DeadlineRunner } from '../deadlines/deadline-runner.service';
import { WebhookDispatcher } from '../webhooks/deliver/webhook-dispatcher.service';
import { verifyWebhookSignature } from '../webhooks/signing/webhook-signature';
import {
  ACCEPT_MAIL_IN,
  asPartner,
  createPartner,
  PS5_TOP,
  type PartnerFixture,
  type QuoteService,
  startQuoteService,
} from '../testing/quote-test-kit';

interface TradeInBody {
  id: string;
  state: string;
  respondBy: string | null;
  offer: { kind: string; basis: string | null; amount: { amountMinor: string }; reasonCodes: string[]; answer: string | null } | null;
  timeline: Array<{ from: string | null; to: string; outcome: string; cause: string }>;
}

type TradeInPage = { items: Array<{ id: string; partnerId: string; state: string }>; nextCursor: string | null };

let svc: QuoteService;
let acme: PartnerFixture;
let globex: PartnerFixture;
let probe: EventProbe;
let receiver: Server;
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
let failNext = 0;

beforeAll(async () => {
  svc = await startQuoteService();
  acme = await createPartner(svc, 'acme');
  globex = await createPartner(svc, 'globex');
  probe = await svc.probe([QuoteAccepted.topic, OfferRevised.topic, OfferFinalized.topic, OfferDeclined.topic, TradeInExpired.topic]);
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      if (failNext > 0) {
        failNext--;
        res.statusCode = 503;
        res.end();
        return;
      }
      received.push({ headers: req.headers, body });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await svc.close();
});

async function acceptedTradeIn(partner: PartnerFixture, accept: Record<string, unknown> = ACCEPT_MAIL_IN): Promise<string> {
  const q = await svc.request<{ id: string; tradeInId: string }>('POST', '/v1/quotes', {
    headers: asPartner(partner),
    body: { modelId: 'sony-playstation-5-slim', variantId: 'disc', market: 'FR', answers: PS5_TOP },
  });
  const a = await svc.request('POST', `/v1/quotes/${q.body.id}/accept`, { headers: asPartner(partner), body: accept });
  if (a.status !== 200) throw new Error(`accept ${a.status} ${a.text}`);
  return q.body.tradeInId;
}

function publish<P extends object>(def: EventDefinition<P>, tradeInId: string, partnerId: string, payload: P) {
  return publishRaw(svc.kafka, def.topic, tradeInId, envelopeFor(def, { tradeInId, partnerId }, payload), svc.namespace);
}

const transport = { shipmentId: 'sh-1', carrier: 'colissimo', trackingNumber: '6A123', at: '2026-01-16T10:00:00.000Z' };
const receipt = {
  location: { type: 'SITE' as const, id: 'site-lyon' },
  device: { modelId: 'sony-playstation-5-slim', variantId: 'disc', category: 'console' as const },
  identity: {
    serialNumber: 'SN12345678',
    blockListStatus: 'CLEAR' as const,
    activationLock: false,
    mdmEnrolled: false,
    duplicateOpenTradeIn: false,
  },
  receivedAt: '2026-01-18T10:00:00.000Z',
  receivedBy: 'tech-1',
  evidenceRefs: ['unbox-1'],
};
const grade = (over: Partial<DeviceGradedPayload> = {}): DeviceGradedPayload => ({
  gradeId: 'g-1',
  siteId: 'site-lyon',
  device: receipt.device,
  cosmeticGrade: 'A',
  functionalGrade: 0,
  r2Functional: 'F6',
  r2Cosmetic: 'C6',
  missingAccessories: [],
  locked: false,
  defects: [],
  evidenceRefs: ['photo-1'],
  disposition: 'REFURBISH',
  marketplaceGrade: 'Excellent',
  gradingStandardVersion: 'ctia-4.0',
  technicianId: 'tech-2',
  regrade: false,
  ...over,
});

const getTradeIn = async (id: string, partner = acme) =>
  svc.request<TradeInBody>('GET', `/v1/trade-ins/${id}`, { headers: asPartner(partner) });
const stateOf = async (id: string) => (await getTradeIn(id)).body.state;

describe('a mail-in trade-in driven by events', () => {
  it('advances on intake, grading and payout events, with a revised offer answered by the partner', async () => {
    const id = await acceptedTradeIn(acme);
    await waitFor(() => probe.of(QuoteAccepted).some((e) => e.tradeInId === id), { what: 'quote.accepted' });
    expect(probe.of(QuoteAccepted).find((e) => e.tradeInId === id)!.payload).toMatchObject({
      fulfilment: 'MAIL_IN',
      payoutMethod: 'BANK_TRANSFER',
      revisedOfferPolicy: 'ASK',
      quotedAmount: { amountMinor: '30000', currency: 'EUR' },
    });

    // Graded arrives before received and in-transit (other topics, out of causal order).
    await publish(DeviceGraded, id, 'acme', grade({ missingAccessories: ['controller'] }));
    await waitFor(async () => (await stateOf(id)) === 'COUNTER_OFFERED', { what: 'COUNTER_OFFERED' });
    await publish(ShipmentInTransit, id, 'acme', transport);
    await publish(DeviceReceived, id, 'acme', receipt);
    await waitFor(async () => (await getTradeIn(id)).body.timeline.length >= 6, { what: 'late events recorded' });

    const t = (await getTradeIn(id)).body;
    expect(t.state).toBe('COUNTER_OFFERED');
    expect(t.offer).toMatchObject({ kind: 'REVISED', amount: { amountMinor: '25500' }, reasonCodes: ['MISSING_CONTROLLER'] });
    expect(t.timeline.map((e) => `${e.outcome}:${e.to}:${e.cause}`)).toEqual([
      'APPLIED:QUOTED:api:create-quote',
      'APPLIED:ACCEPTED:api:accept-quote',
      'APPLIED:GRADED:tradein.device.graded',
      'APPLIED:COUNTER_OFFERED:tradein.device.graded',
      'RECORDED:COUNTER_OFFERED:tradein.shipment.in-transit',
      'RECORDED:COUNTER_OFFERED:tradein.device.received',
    ]);
    await waitFor(() => probe.of(OfferRevised).some((e) => e.tradeInId === id), { what: 'offer.revised' });
    const revised = probe.of(OfferRevised).find((e) => e.tradeInId === id)!;
    expect(revised.payload).toMatchObject({
      revisedAmount: { amountMinor: '25500', currency: 'EUR' },
      reasonCodes: ['MISSING_CONTROLLER'],
      evidenceRefs: ['photo-1'],
      gradeId: 'g-1',
    });
    expect(Date.parse(revised.payload.respondBy) - svc.clock.now().getTime()).toBe(14 * 86_400_000);

    // Another partner cannot see or answer it.
    expect((await getTradeIn(id, globex)).status).toBe(404);
    expect((await svc.request('POST', `/v1/trade-ins/${id}/revised-offer/accept`, { headers: asPartner(globex) })).status).toBe(404);

    const accepted = await svc.request<TradeInBody>('POST', `/v1/trade-ins/${id}/revised-offer/accept`, { headers: asPartner(acme) });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'FINALIZED', offer: { kind: 'FINAL', basis: 'REVISED_ACCEPTED', answer: 'ACCEPTED' } });
    await waitFor(() => probe.of(OfferFinalized).some((e) => e.tradeInId === id), { what: 'offer.finalized' });
    expect(probe.of(OfferFinalized).find((e) => e.tradeInId === id)!.payload).toMatchObject({
      basis: 'REVISED_ACCEPTED',
      finalAmount: { amountMinor: '25500', currency: 'EUR' },
      quotedAmount: { amountMinor: '30000' },
      gradeId: 'g-1',
    });

    await publish(StockAdded, id, 'acme', {
      stockItemId: 'st-1',
      sku: 'PS5S-EXC',
      siteId: 'site-lyon',
      disposition: 'REFURBISH',
      partsNeeded: ['controller'],
      marketplaceGrade: 'Excellent',
    });
    await publish(PayoutCompleted, id, 'acme', {
      payoutId: 'po-1',
      amount: { amountMinor: '25500', currency: 'EUR' },
      method: 'BANK_TRANSFER',
      providerReference: 'bank-1',
      paidAt: '2026-01-20T10:00:00.000Z',
    });
    await waitFor(async () => (await stateOf(id)) === 'COMPLETED', { what: 'COMPLETED' });
  });

  it('honours the tolerance rule: one cosmetic grade worse is finalized at the quoted price', async () => {
    const id = await acceptedTradeIn(acme);
    await publish(DeviceReceived, id, 'acme', receipt);
    await publish(DeviceGraded, id, 'acme', grade({ gradeId: 'g-2', cosmeticGrade: 'B' }));
    await waitFor(async () => (await stateOf(id)) === 'FINALIZED', { what: 'FINALIZED' });
    expect((await getTradeIn(id)).body.offer).toMatchObject({ kind: 'FINAL', basis: 'WITHIN_TOLERANCE', amount: { amountMinor: '30000' } });
  });

  it('a duplicate event changes nothing (the inbox skips it)', async () => {
    const id = await acceptedTradeIn(acme);
    const envelope = envelopeFor(DeviceReceived, { tradeInId: id, partnerId: 'acme' }, receipt);
    await publishRaw(svc.kafka, DeviceReceived.topic, id, envelope, svc.namespace);
    await publishRaw(svc.kafka, DeviceReceived.topic, id, envelope, svc.namespace);
    await publish(ShipmentInTransit, id, 'acme', transport);
    await waitFor(async () => (await getTradeIn(id)).body.timeline.length >= 4, { what: 'events applied' });
    const t = (await getTradeIn(id)).body;
    expect(t.state).toBe('RECEIVED');
    expect(t.timeline.filter((e) => e.cause === 'tradein.device.received')).toHaveLength(1);
  });
});

describe('appeals', () => {
  it('an appeal pauses the answer window and a regrade reprices the offer', async () => {
    const appeals = await svc.probe([AppealRequested.topic]);
    const id = await acceptedTradeIn(acme);
    await publish(DeviceReceived, id, 'acme', receipt);
    await publish(DeviceGraded, id, 'acme', grade({ gradeId: 'g-first', cosmeticGrade: 'D' }));
    await waitFor(async () => (await stateOf(id)) === 'COUNTER_OFFERED', { what: 'COUNTER_OFFERED' });
    expect(
      (
        await svc.request('POST', `/v1/trade-ins/${id}/revised-offer/appeal`, {
          headers: asPartner(globex),
          body: { reason: 'not my scratches' },
        })
      ).status,
    ).toBe(404);
    const appealed = await svc.request<TradeInBody & { offer: { appealId: string } }>('POST', `/v1/trade-ins/${id}/revised-offer/appeal`, {
      headers: asPartner(acme),
      body: { reason: 'the console left here without a crack' },
    });
    expect(appealed.status).toBe(200);
    expect(appealed.body.respondBy).toBeNull();
    const again = await svc.request<{ code: string }>('POST', `/v1/trade-ins/${id}/revised-offer/appeal`, {
      headers: asPartner(acme),
      body: { reason: 'once more please' },
    });
    expect(again.body.code).toBe('APPEAL_ALREADY_REQUESTED');
    await waitFor(() => appeals.of(AppealRequested).some((e) => e.tradeInId === id), { what: 'appeal-requested' });
    expect(appeals.of(AppealRequested).find((e) => e.tradeInId === id)!.payload).toMatchObject({
      appealId: appealed.body.offer.appealId,
      requestedBy: 'PARTNER',
    });

    // Silence during the appeal settles nothing.
    svc.clock.advanceDays(15);
    await svc.app.get(DeadlineRunner).runDue();
    expect(await stateOf(id)).toBe('COUNTER_OFFERED');

    await publish(DeviceGraded, id, 'acme', grade({ gradeId: 'g-second', cosmeticGrade: 'A', regrade: true, technicianId: 'tech-9' }));
    await waitFor(async () => (await stateOf(id)) === 'FINALIZED', { what: 'FINALIZED after regrade' });
    expect((await getTradeIn(id)).body.offer).toMatchObject({ kind: 'FINAL', basis: 'AS_QUOTED', amount: { amountMinor: '30000' } });
  });
});

describe('deadlines with a controllable clock', () => {
  const runner = () => svc.app.get(DeadlineRunner);

  it('expires unaccepted quotes, unshipped trade-ins (emitting trade-in.expired) and lapsed revised offers', async () => {
    const q = await svc.request<{ id: string; tradeInId: string }>('POST', '/v1/quotes', {
      headers: asPartner(acme),
      body: { modelId: 'nintendo-switch-2', variantId: 'standard', market: 'DE', answers: PS5_TOP },
    });
    const unshipped = await acceptedTradeIn(acme);
    const askPolicy = await acceptedTradeIn(acme);
    const autoPolicy = await acceptedTradeIn(acme, {
      ...ACCEPT_MAIL_IN,
      revisedOfferPolicy: { policy: 'AUTO_ACCEPT_WITHIN', withinPercent: 20 },
    });
    for (const id of [askPolicy, autoPolicy]) {
      await publish(DeviceReceived, id, 'acme', receipt);
      await publish(DeviceGraded, id, 'acme', grade({ gradeId: `g-${id.slice(0, 4)}`, missingAccessories: ['controller'] }));
    }
    await waitFor(async () => (await stateOf(askPolicy)) === 'COUNTER_OFFERED' && (await stateOf(autoPolicy)) === 'COUNTER_OFFERED', {
      what: 'revised offers',
    });

    expect(await runner().runDue()).toEqual({ QUOTE_EXPIRY: 0, SHIP_BY: 0, ANSWER_WINDOW: 0 });
    svc.clock.advanceDays(22);
    const done = await runner().runDue();
    expect(done.QUOTE_EXPIRY).toBeGreaterThanOrEqual(1);
    expect(done.SHIP_BY).toBeGreaterThanOrEqual(1);
    expect(done.ANSWER_WINDOW).toBe(2);

    expect((await svc.request<{ status: string }>('GET', `/v1/quotes/${q.body.id}`, { headers: asPartner(acme) })).body.status).toBe(
      'EXPIRED',
    );
    expect(await stateOf(unshipped)).toBe('EXPIRED');
    await waitFor(() => probe.of(TradeInExpired).some((e) => e.tradeInId === unshipped), { what: 'trade-in.expired' });
    // ASK never accepts on silence: a free return. AUTO_ACCEPT_WITHIN 20 % covers the 15 % drop.
    expect((await getTradeIn(askPolicy)).body).toMatchObject({ state: 'RETURNING', offer: { answer: 'LAPSED_FREE_RETURN' } });
    expect((await getTradeIn(autoPolicy)).body).toMatchObject({
      state: 'FINALIZED',
      offer: { basis: 'REVISED_AUTO_ACCEPTED', answer: 'AUTO_ACCEPTED' },
    });
    await waitFor(() => probe.of(OfferDeclined).some((e) => e.tradeInId === askPolicy && e.payload.reason === 'NO_ANSWER_FREE_RETURN'), {
      what: 'offer.declined',
    });

    // Running again finds nothing: each deadline is applied once.
    expect(await runner().runDue()).toEqual({ QUOTE_EXPIRY: 0, SHIP_BY: 0, ANSWER_WINDOW: 0 });
  });

  it('two runners at once (two replicas) apply each deadline once', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => acceptedTradeIn(acme)));
    svc.clock.advanceDays(22);
    const [a, b] = await Promise.all([runner().runDue(), runner().runDue()]);
    expect(a.SHIP_BY + b.SHIP_BY).toBe(3);
    for (const id of ids) {
      const timeline = (await getTradeIn(id)).body.timeline.filter((e) => e.cause === 'deadline:ship-by');
      expect(timeline).toHaveLength(1);
    }
  });
});

describe('trade-in list', () => {
  it("filters by state, paginates with a cursor and never shows another partner's trade-ins", async () => {
    const mine = await Promise.all([1, 2, 3].map(() => acceptedTradeIn(globex)));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/v1/trade-ins?state=ACCEPTED&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: TestResponse<TradeInPage> = await svc.request<TradeInPage>('GET', url, { headers: asPartner(globex) });
      expect(page.status).toBe(200);
      for (const item of page.body.items) {
        expect(item).toMatchObject({ partnerId: 'globex', state: 'ACCEPTED' });
        seen.push(item.id);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...mine].sort());
    expect((await svc.request('GET', '/v1/trade-ins?state=NOPE', { headers: asPartner(globex) })).status).toBe(400);
    expect((await svc.request('GET', '/v1/trade-ins?cursor=garbage', { headers: asPartner(globex) })).status).toBe(400);
  });
});

describe('signed webhooks', () => {
  it('posts every state change signed, retries with backoff, logs attempts and replays', async () => {
    const dispatcher = svc.app.get(WebhookDispatcher);
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const configured = await svc.request<{ secret: string }>('PUT', '/v1/webhooks/endpoint', { headers: asPartner(globex), body: { url } });
    expect(configured.status).toBe(200);
    expect(configured.body.secret).toMatch(/^whsec_/);
    const stored = await svc.dataSource.query('SELECT secret_encrypted FROM webhook_endpoint WHERE partner_id = $1', ['globex']);
    expect(stored[0].secret_encrypted).not.toContain(configured.body.secret);

    failNext = 1;
    const id = await acceptedTradeIn(globex);
    await dispatcher.runDue();
    const first = await svc.request<Array<{ id: string; status: string; attempts: number; lastStatusCode: number }>>(
      'GET',
      '/v1/webhooks/deliveries',
      { headers: asPartner(globex) },
    );
    expect(first.body.filter((d) => d.status === 'PENDING' && d.attempts === 1)).toHaveLength(1);
    svc.clock.advance(31_000);
    await dispatcher.runDue();

    const mine = received.filter((r) => (JSON.parse(r.body) as { data: { tradeInId: string } }).data.tradeInId === id);
    expect(mine.map((r) => (JSON.parse(r.body) as { data: { to: string } }).data.to).sort()).toEqual(['ACCEPTED']);
    for (const r of received) {
      const ok = verifyWebhookSignature(
        configured.body.secret,
        String(r.headers['x-tradein-signature']),
        r.body,
        Math.floor(svc.clock.now().getTime() / 1000),
      );
      expect(ok).toBe(true);
    }
    const log = await svc.request<Array<{ id: string; status: string; attempts: number }>>('GET', '/v1/webhooks/deliveries', {
      headers: asPartner(globex),
    });
    const delivery = log.body.find((d) => d.status === 'DELIVERED' && d.attempts === 2)!;
    expect(delivery).toBeDefined();
    const detail = await svc.request<{ log: Array<{ statusCode: number }> }>('GET', `/v1/webhooks/deliveries/${delivery.id}`, {
      headers: asPartner(globex),
    });
    expect(detail.body.log.map((a) => a.statusCode)).toEqual([503, 204]);
    expect((await svc.request('GET', `/v1/webhooks/deliveries/${delivery.id}`, { headers: asPartner(acme) })).status).toBe(404);

    const count = received.length;
    const replay = await svc.request<{ replayOf: string }>('POST', `/v1/webhooks/deliveries/${delivery.id}/replay`, {
      headers: asPartner(globex),
    });
    expect(replay.status).toBe(201);
    expect(replay.body.replayOf).toBe(delivery.id);
    await dispatcher.runDue();
    expect(received.length).toBe(count + 1);
    expect(received.at(-1)!.body).toBe(received.find((r) => r.headers['x-tradein-delivery'] === delivery.id)!.body);
  });

  it('rejects non-https and private URLs outside development', async () => {
    const prod = await svc.request<{ code: string }>('PUT', '/v1/webhooks/endpoint', {
      headers: asPartner(acme),
      body: { url: 'ftp://example.com/x' },
    });
    expect(prod.status).toBe(400);
    expect(prod.body.code).toBe('WEBHOOK_URL_REJECTED');
  });
});

describe('concurrent webhook delivery', () => {
  const TIMEOUT_MS = 1_500;
  let hanging: Server;
  let fast: Server;
  const fastReceived: Array<{ delivery: string; body: string; at: number }> = [];
  let fastInFlight = 0;
  let fastMaxInFlight = 0;

  const listen = async (server: Server): Promise<string> => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  };
  /** A dispatcher of its own (as another replica would have), with a short HTTP timeout. */
  const newDispatcher = (): WebhookDispatcher => {
    const config = Object.assign(Object.create(Object.getPrototypeOf(svc.config) as object) as QuoteService['config'], svc.config, {
      WEBHOOK_TIMEOUT_MS: TIMEOUT_MS,
    });
    return new WebhookDispatcher(svc.dataSource, config, svc.clock);
  };
  const deliveries = (partnerId: string): Promise<Array<{ id: string; status: string; attempts: number; trade_in_id: string }>> =>
    svc.dataSource.query('SELECT id, status, attempts, trade_in_id FROM webhook_delivery WHERE partner_id = $1 ORDER BY created_at', [
      partnerId,
    ]);

  beforeAll(async () => {
    hanging = createServer(() => {
      /* never answers */
    });
    fast = createServer((req, res) => {
      fastInFlight++;
      fastMaxInFlight = Math.max(fastMaxInFlight, fastInFlight);
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        setTimeout(() => {
          fastReceived.push({ delivery: String(req.headers['x-tradein-delivery']), body, at: Date.now() });
          fastInFlight--;
          res.statusCode = 204;
          res.end();
        }, 20);
      });
    });
  });
  afterAll(async () => {
    // Nothing of these partners is left for the other tests' dispatcher to send.
    await svc.dataSource.query(
      `UPDATE webhook_delivery SET status = 'FAILED' WHERE partner_id IN ('slowpoke', 'speedy') AND status = 'PENDING'`,
    );
    hanging.closeAllConnections();
    fast.closeAllConnections();
    await Promise.all([hanging, fast].map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('a partner whose endpoint hangs does not delay another partner', async () => {
    const slowpoke = await createPartner(svc, 'slowpoke');
    const speedy = await createPartner(svc, 'speedy');
    expect(
      (await svc.request('PUT', '/v1/webhooks/endpoint', { headers: asPartner(slowpoke), body: { url: await listen(hanging) } })).status,
    ).toBe(200);
    expect(
      (await svc.request('PUT', '/v1/webhooks/endpoint', { headers: asPartner(speedy), body: { url: await listen(fast) } })).status,
    ).toBe(200);
    for (let i = 0; i < 4; i++) await acceptedTradeIn(slowpoke);
    const speedyTradeIn = await acceptedTradeIn(speedy);
    svc.clock.advance(1_000); // the speedy delivery is due after the four slow ones, as at launch
    await svc.dataSource.query(
      `UPDATE webhook_delivery SET next_attempt_at = next_attempt_at + interval '1 second', created_at = created_at + interval '1 second' WHERE partner_id = 'speedy'`,
    );

    const started = Date.now();
    const pass = newDispatcher().runDue();
    await waitFor(async () => (await deliveries('speedy')).some((d) => d.status === 'DELIVERED'), {
      timeoutMs: TIMEOUT_MS,
      intervalMs: 20,
    });
    const fastDone = Date.now() - started;
    expect(fastDone).toBeLessThan(TIMEOUT_MS);
    expect(fastReceived.map((r) => (JSON.parse(r.body) as { data: { tradeInId: string } }).data.tradeInId)).toContain(speedyTradeIn);
    // The slow partner's deliveries are still in flight (at most two of them) or waiting: none done yet.
    expect((await deliveries('slowpoke')).map((d) => [d.status, d.attempts])).toEqual(Array(4).fill(['PENDING', 0]));

    expect(await pass).toBe(5);
    // Two slow slots: the four hanging deliveries take two timeouts; one at a time they would take four.
    expect(Date.now() - started).toBeLessThan(4 * TIMEOUT_MS);
    const slow = await deliveries('slowpoke');
    expect(slow.map((d) => [d.status, d.attempts])).toEqual(Array(4).fill(['PENDING', 1]));
    const log: Array<{ error: string }> = await svc.dataSource.query('SELECT error FROM webhook_attempt WHERE delivery_id = ANY($1)', [
      slow.map((d) => d.id),
    ]);
    expect(log).toHaveLength(4);
    await svc.dataSource.query(`UPDATE webhook_delivery SET status = 'FAILED' WHERE partner_id = 'slowpoke'`);
    expect(log.map((a) => a.error)).toEqual(Array(4).fill(expect.stringMatching(/abort|timeout/i)));
  });

  it('two dispatchers running at once send each delivery exactly once, one trade-in in order', async () => {
    fastReceived.length = 0;
    fastMaxInFlight = 0;
    const speedy = await svc.dataSource.query(`SELECT 1 FROM partner WHERE id = 'speedy'`);
    expect(speedy).toHaveLength(1);
    const tradeIns: string[] = [randomUUID(), randomUUID(), randomUUID()];
    const at = svc.clock.now();
    // Three state changes per trade-in, recorded at the same instant (as one transaction's changes are).
    for (const tradeInId of tradeIns) {
      for (let sequence = 1; sequence <= 3; sequence++) {
        const id = randomUUID();
        await svc.dataSource.query(
          `INSERT INTO webhook_delivery (id, partner_id, trade_in_id, event_type, body, status, attempts, next_attempt_at, created_at)
           VALUES ($1, 'speedy', $2, 'trade-in.state-changed', $3, 'PENDING', 0, $4, $4)`,
          [id, tradeInId, JSON.stringify({ id, type: 'trade-in.state-changed', data: { tradeInId, sequence } }), at],
        );
      }
    }
    const [a, b] = await Promise.all([newDispatcher().runDue(), newDispatcher().runDue()]);
    expect(a + b).toBe(9);
    const sent = fastReceived.map((r) => r.delivery);
    expect(sent).toHaveLength(9);
    expect(new Set(sent).size).toBe(9);
    expect((await deliveries('speedy')).filter((d) => tradeIns.includes(d.trade_in_id)).every((d) => d.status === 'DELIVERED')).toBe(true);
    for (const tradeInId of tradeIns) {
      const order = fastReceived
        .map((r) => JSON.parse(r.body) as { data: { tradeInId: string; sequence: number } })
        .filter((e) => e.data.tradeInId === tradeInId)
        .map((e) => e.data.sequence);
      expect(order).toEqual([1, 2, 3]);
    }
    // Each replica keeps within its per-partner cap (2): two replicas, at most four at once.
    expect(fastMaxInFlight).toBeLessThanOrEqual(4);
  });

  it('a later delivery of a trade-in waits while an earlier one is retrying', async () => {
    fastReceived.length = 0;
    const tradeInId = randomUUID();
    const at = svc.clock.now();
    const ids = [randomUUID(), randomUUID()];
    for (const [i, id] of ids.entries()) {
      await svc.dataSource.query(
        `INSERT INTO webhook_delivery (id, partner_id, trade_in_id, event_type, body, status, attempts, next_attempt_at, created_at)
         VALUES ($1, 'speedy', $2, 'trade-in.state-changed', $3, 'PENDING', $4, $5, $6)`,
        [
          id,
          tradeInId,
          JSON.stringify({ id, data: { tradeInId, sequence: i + 1 } }),
          i === 0 ? 1 : 0,
          new Date(at.getTime() + (i === 0 ? 30_000 : 0)),
          new Date(at.getTime() + i),
        ],
      );
    }
    expect(await newDispatcher().runDue()).toBe(0); // the first is backing off; the second must not overtake it
    svc.clock.advance(30_000);
    expect(await newDispatcher().runDue()).toBe(2);
    expect(fastReceived.map((r) => r.delivery)).toEqual(ids);
  });
});
