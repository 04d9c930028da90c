import { type Money, type StoreActor, TradeInFlows, type TradeInView, imeiFor as imei, until } from '../platform-client';
import { type Platform, startPlatform } from './platform';
import { keepLogs, withLogs } from './logs';

/**
 * Acceptance: tenancy across the services. A partner never sees or acts on another partner's trade-ins, quotes or
 * payouts (404, not 403: existence is not revealed), and a store clerk acts only for the store in their token.
 */

const SITE = 'SITE-1';
const MODEL = 'apple-iphone-13';
const VARIANT = '128gb';
const TAC = '35390811';
const WAIT = { timeoutMs: 60_000, intervalMs: 500 };

interface Payout {
  id: string;
  tradeInId: string;
  status: string;
  amount: Money;
}

describe('acceptance: tenancy (partners, stores)', () => {
  let p: Platform;
  let ops: string;
  let grader: string;
  let a: TradeInFlows;
  const run = Date.now().toString(36);
  const partnerA = `acc-tenant-a-${run}`;
  const partnerB = `acc-tenant-b-${run}`;
  const keys: Record<string, string> = {};
  const req: Platform['client']['req'] = (...args) => p.client.req(...args);
  const status = async (...args: Parameters<Platform['call']>) => (await p.call(...args)).status;
  const partnerToken = async (apiKey: string) =>
    (await req<{ token: string }>('quote-service', 'POST', '/v1/partner-tokens', 201, { apiKey })).token;

  beforeAll(async () => {
    p = await startPlatform({
      'quote-service': { PARTNER_RATE_LIMIT_PER_MINUTE: '5000' },
      'payout-service': {
        SANDBOX_FAILURE_RATE: '0',
        SANDBOX_TIMEOUT_RATE: '0',
        SANDBOX_LATENCY_MS: '10',
        PAYOUT_WORKER_INTERVAL_MS: '500',
      },
    });
    ops = p.token({ sub: 'ops-olga', role: 'ops' });
    grader = p.token({ sub: 'grader-gus', role: 'grader', siteId: SITE });
    for (const id of [partnerA, partnerB]) {
      await req('quote-service', 'POST', '/v1/partners', 201, { token: ops, body: { id, name: `Tenant ${id}` } });
      keys[id] = (
        await req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${id}/api-keys`, 201, { token: ops, body: {} })
      ).apiKey;
    }
    await req('intake-service', 'PUT', `/v1/tac-models/${TAC}`, 200, {
      token: ops,
      body: { modelId: MODEL, brand: 'Apple', name: 'iPhone 13', category: 'smartphone' },
    });
    a = new TradeInFlows(p.client, { ops, grader, apiKey: keys[partnerA]! }, WAIT);
  }, 180_000);

  afterAll(async () => {
    keepLogs(p, 'tenancy');
    await p?.close();
  }, 60_000);

  it(
    'partner B gets 404 for everything of partner A: quote, trade-in, revised offer, cancel, payouts, settlement; lists are filtered',
    () =>
      withLogs(p, async () => {
        const keyB = keys[partnerB]!;
        const { tradeInId, quoteId } = await a.quoteAndAccept({
          modelId: MODEL,
          variantId: VARIANT,
          market: 'FR',
          payout: { method: 'GIFT_CARD' },
        });
        const own = await a.quoteAndAccept({ modelId: MODEL, variantId: VARIANT, market: 'FR', payout: { method: 'GIFT_CARD' } });
        const quoteOfB = await req<{ id: string }>('quote-service', 'POST', '/v1/quotes', 201, {
          apiKey: keyB,
          body: { modelId: MODEL, variantId: VARIANT, market: 'FR', answers: await a.answersFor('smartphone', 'best') },
        });

        // Reads: 404 to B, 200 to A.
        expect(await status('quote-service', 'GET', `/v1/trade-ins/${tradeInId}`, { apiKey: keyB })).toBe(404);
        expect(await status('quote-service', 'GET', `/v1/quotes/${quoteId}`, { apiKey: keyB })).toBe(404);
        expect(await status('quote-service', 'GET', `/v1/quotes/${quoteId}`, { apiKey: keys[partnerA]! })).toBe(200);
        // An id that exists answers B exactly as one that does not.
        const unknown = await p.call<{ code: string }>('quote-service', 'GET', '/v1/trade-ins/00000000-0000-4000-8000-000000000000', {
          apiKey: keyB,
        });
        const foreign = await p.call<{ code: string }>('quote-service', 'GET', `/v1/trade-ins/${tradeInId}`, { apiKey: keyB });
        expect(foreign.status).toBe(unknown.status);
        expect(foreign.body.code).toBe(unknown.body.code);
        // Lists: each partner sees only its own.
        const listOf = async (apiKey: string) =>
          (
            await req<{ items: Array<{ id: string; partnerId: string }> }>('quote-service', 'GET', '/v1/trade-ins?limit=100', 200, {
              apiKey,
            })
          ).items;
        const listA = await listOf(keys[partnerA]!);
        expect(listA.map((t) => t.id)).toEqual(expect.arrayContaining([tradeInId, own.tradeInId]));
        const listB = await listOf(keyB);
        expect(listB.every((t) => t.partnerId === partnerB)).toBe(true);
        expect(listB.map((t) => t.id)).not.toContain(tradeInId);
        // Writes on A's quote and trade-in: 404 to B (A itself would get a 409 here: the quote is already accepted).
        const acceptBody = {
          customer: { name: 'Mallory', email: 'mallory@example.com' },
          fulfilment: 'MAIL_IN',
          payout: { method: 'GIFT_CARD' },
          revisedOfferPolicy: { policy: 'ASK' },
        };
        expect(await status('quote-service', 'POST', `/v1/quotes/${quoteId}/accept`, { apiKey: keyB, body: acceptBody })).toBe(404);
        expect(await status('quote-service', 'POST', `/v1/quotes/${quoteId}/accept`, { apiKey: keys[partnerA]!, body: acceptBody })).toBe(
          409,
        );
        expect(
          await status('quote-service', 'POST', `/v1/quotes/${quoteOfB.id}/accept`, { apiKey: keys[partnerA]!, body: acceptBody }),
        ).toBe(404);
        expect(
          await status('quote-service', 'POST', `/v1/trade-ins/${own.tradeInId}/cancel`, { apiKey: keyB, body: { reason: 'NOT_MINE' } }),
        ).toBe(404);
        expect((await a.tradeIn(own.tradeInId)).state).toBe('ACCEPTED');

        // A's trade-in gets a revised offer: B cannot answer or appeal it, and it stays open for A.
        const deviceImei = imei(TAC, 300_001);
        const tracking = await a.shipToSite(tradeInId);
        expect((await a.dockReceipt(tracking, { imei: deviceImei })).outcome).toBe('RECEIVED');
        await a.grade(tradeInId, { imei: deviceImei, cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }], battery: 91 });
        await a.stateOf(tradeInId, 'COUNTER_OFFERED');
        for (const action of ['accept', 'decline']) {
          expect(
            await status('quote-service', 'POST', `/v1/trade-ins/${tradeInId}/revised-offer/${action}`, { apiKey: keyB, body: {} }),
          ).toBe(404);
        }
        expect(
          await status('quote-service', 'POST', `/v1/trade-ins/${tradeInId}/revised-offer/appeal`, {
            apiKey: keyB,
            body: { reason: 'not my device at all' },
          }),
        ).toBe(404);
        const stillOpen = await a.tradeIn(tradeInId);
        expect(stillOpen).toMatchObject({ state: 'COUNTER_OFFERED', offer: { kind: 'REVISED', answer: null } });
        await a.answerRevisedOffer(tradeInId, 'accept');

        // Payout-service with partner tokens: A sees its payout, B neither in the list nor by id, nor A's settlement.
        const payout = await until(async () => (await a.payoutsOf(tradeInId)).find((x) => x.status === 'PAID'), 'the payout PAID', WAIT);
        const [tokenA, tokenB] = [await partnerToken(keys[partnerA]!), await partnerToken(keyB)];
        expect(await req<Payout[]>('payout-service', 'GET', `/v1/payouts?tradeInId=${tradeInId}`, 200, { token: tokenA })).toEqual([
          expect.objectContaining({ id: payout.id, status: 'PAID' }),
        ]);
        expect(await req<Payout[]>('payout-service', 'GET', `/v1/payouts?tradeInId=${tradeInId}`, 200, { token: tokenB })).toEqual([]);
        expect(
          (await req<Payout[]>('payout-service', 'GET', '/v1/payouts?limit=100', 200, { token: tokenB })).map((x) => x.id),
        ).not.toContain(payout.id);
        expect(await status('payout-service', 'GET', `/v1/payouts/${payout.id}`, { token: tokenA })).toBe(200);
        expect(await status('payout-service', 'GET', `/v1/payouts/${payout.id}`, { token: tokenB })).toBe(404);
        const day = new Date().toISOString().slice(0, 10);
        const to = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
        expect(await status('payout-service', 'GET', `/v1/settlements/${partnerA}?from=${day}&to=${to}`, { token: tokenA })).toBe(200);
        expect(await status('payout-service', 'GET', `/v1/settlements/${partnerA}?from=${day}&to=${to}`, { token: tokenB })).toBe(404);
        // Ops-only routes are refused to partners outright.
        expect(await status('payout-service', 'GET', '/v1/ledger/invariant', { token: tokenB })).toBe(403);
        expect((await a.tradeIn(tradeInId)).state).toMatch(/^(FINALIZED|PAID|COMPLETED)$/);
      }),
    300_000,
  );

  it(
    "a store clerk acts only for their own store: other store's intake and boxes are 403, its trade-ins and boxes 404",
    () =>
      withLogs(p, async () => {
        const clerk = (storeId: string): StoreActor => ({
          storeId,
          token: p.token({ sub: `clerk-${storeId}`, role: 'store_staff', storeId, partnerId: partnerA }),
        });
        const [one, two] = [clerk('STORE-ONE'), clerk('STORE-TWO')];
        const theirs = await a.quoteAndAccept({
          modelId: MODEL,
          variantId: VARIANT,
          market: 'FR',
          fulfilment: 'STORE',
          payout: { method: 'STORE_CREDIT' },
          token: two.token,
        });
        const mine = await a.quoteAndAccept({
          modelId: MODEL,
          variantId: VARIANT,
          market: 'FR',
          fulfilment: 'STORE',
          payout: { method: 'STORE_CREDIT' },
          token: one.token,
        });
        const [theirImei, myImei] = [imei(TAC, 300_101), imei(TAC, 300_102)];
        expect((await a.storeIntake(two, theirs.tradeInId, theirImei)).outcome).toBe('RECEIVED');
        expect((await a.storeIntake(one, mine.tradeInId, myImei)).outcome).toBe('RECEIVED');
        const checks = { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' };

        // Store intake for another store: 403 by path; another store's trade-in through one's own path: 404.
        expect(
          await status('intake-service', 'POST', `/v1/stores/${two.storeId}/intakes`, {
            token: one.token,
            body: { tradeInId: theirs.tradeInId, imei: theirImei, checks },
          }),
        ).toBe(403);
        expect(
          await status('intake-service', 'POST', `/v1/stores/${one.storeId}/intakes`, {
            token: one.token,
            body: { tradeInId: theirs.tradeInId, imei: theirImei, checks },
          }),
        ).toBe(404);

        // Boxes: the other store's routes are 403; its box through one's own path is 404; its device cannot be packed here.
        const theirBox = await req<{ id: string }>('intake-service', 'POST', `/v1/stores/${two.storeId}/boxes`, 201, {
          token: two.token,
          body: { siteId: SITE },
        });
        await req('intake-service', 'POST', `/v1/stores/${two.storeId}/boxes/${theirBox.id}/items`, 200, {
          token: two.token,
          body: { tradeInId: theirs.tradeInId },
        });
        expect(
          await status('intake-service', 'POST', `/v1/stores/${two.storeId}/boxes`, { token: one.token, body: { siteId: SITE } }),
        ).toBe(403);
        expect(await status('intake-service', 'GET', `/v1/stores/${two.storeId}/boxes/${theirBox.id}`, { token: one.token })).toBe(403);
        expect(
          await status('intake-service', 'POST', `/v1/stores/${two.storeId}/boxes/${theirBox.id}/items`, {
            token: one.token,
            body: { tradeInId: mine.tradeInId },
          }),
        ).toBe(403);
        expect(
          await status('intake-service', 'POST', `/v1/stores/${two.storeId}/boxes/${theirBox.id}/items/${theirs.tradeInId}/removal`, {
            token: one.token,
          }),
        ).toBe(403);
        expect(await status('intake-service', 'POST', `/v1/stores/${two.storeId}/boxes/${theirBox.id}/close`, { token: one.token })).toBe(
          403,
        );
        expect(await status('intake-service', 'POST', `/v1/stores/${two.storeId}/boxes/${theirBox.id}/ship`, { token: one.token })).toBe(
          403,
        );
        expect(await status('intake-service', 'GET', `/v1/stores/${one.storeId}/boxes/${theirBox.id}`, { token: one.token })).toBe(404);
        const myBox = await req<{ id: string }>('intake-service', 'POST', `/v1/stores/${one.storeId}/boxes`, 201, {
          token: one.token,
          body: { siteId: SITE },
        });
        expect(
          await status('intake-service', 'POST', `/v1/stores/${one.storeId}/boxes/${myBox.id}/items`, {
            token: one.token,
            body: { tradeInId: theirs.tradeInId },
          }),
        ).toBe(404);
        // The other store's box is untouched: still open with its one device.
        expect(
          await req<{ status: string; items: Array<{ tradeInId: string }> }>(
            'intake-service',
            'GET',
            `/v1/stores/${two.storeId}/boxes/${theirBox.id}`,
            200,
            { token: two.token },
          ),
        ).toMatchObject({ status: 'OPEN', items: [{ tradeInId: theirs.tradeInId }] });

        // Custody and the trade-in record of another store (same partner): 404; one's own: 200. Lists are filtered by store.
        expect(await status('intake-service', 'GET', `/v1/trade-ins/${theirs.tradeInId}/custody`, { token: one.token })).toBe(404);
        expect(await status('intake-service', 'GET', `/v1/trade-ins/${mine.tradeInId}/custody`, { token: one.token })).toBe(200);
        expect(await status('quote-service', 'GET', `/v1/trade-ins/${theirs.tradeInId}`, { token: one.token })).toBe(404);
        expect(await status('quote-service', 'GET', `/v1/trade-ins/${mine.tradeInId}`, { token: one.token })).toBe(200);
        const listed = (
          await req<{ items: Array<{ id: string; storeId: string | null }> }>('quote-service', 'GET', '/v1/trade-ins?limit=100', 200, {
            token: one.token,
          })
        ).items;
        expect(listed.map((t) => t.id)).toContain(mine.tradeInId);
        expect(listed.every((t) => t.storeId === one.storeId)).toBe(true);
        // A clerk of a store of partner A cannot reach partner B's trade-ins either.
        const ofB = new TradeInFlows(p.client, { ops, grader, apiKey: keys[partnerB]! }, WAIT);
        const bTradeIn = await ofB.quoteAndAccept({ modelId: MODEL, variantId: VARIANT, market: 'FR', payout: { method: 'GIFT_CARD' } });
        expect(await status('quote-service', 'GET', `/v1/trade-ins/${bTradeIn.tradeInId}`, { token: one.token })).toBe(404);
        const view: TradeInView = await ofB.tradeIn(bTradeIn.tradeInId);
        expect(view.state).toBe('ACCEPTED');
      }),
    300_000,
  );
});
