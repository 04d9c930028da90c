import { DeviceGraded, DeviceReceived, OfferRevised, PayoutCompleted, StockAdded, StoreDeviceArrived } from '@tradein/contracts';
import {
  BEST_GUIDED_CHECKS,
  type Money,
  type StoreActor,
  TradeInFlows,
  type TradeInView,
  imeiFor as imei,
  until,
} from '../platform-client';
import { type Platform, startPlatform } from './platform';
import { keepLogs, withLogs } from './logs';

/**
 * Acceptance: the store path. A clerk quotes and accepts three devices at the counter (fulfilment STORE, store
 * credit given at the till), takes each in with its IMEI and the guided checks, packs them into one box for the
 * grading site; the site receives the box, scans the devices out against the manifest and grades them. One device
 * turns out worse than the store declared: that is a store discrepancy, never a revised offer to the customer.
 */

const SITE = 'SITE-1';
const STORE_ID = 'STORE-ACC-7';
const MODEL = 'apple-iphone-13';
const VARIANT = '128gb';
const TAC = '35390811';
const WAIT = { timeoutMs: 60_000, intervalMs: 500 };

interface Payout {
  id: string;
  status: string;
  amount: Money;
  method: string;
  storeId: string | null;
  partnerId: string;
}
type StoreTradeIn = TradeInView & {
  storeId: string | null;
  fulfilment: string;
  storeDiscrepancy: Money | null;
  offer: TradeInView['offer'] & { basis: string | null };
};

describe('acceptance: store trade-ins in a box, instant store credit, a store discrepancy', () => {
  let p: Platform;
  let f: TradeInFlows;
  let ops: string;
  let store: StoreActor;
  const partnerId = `acc-store-partner-${Date.now().toString(36)}`;
  const req: Platform['client']['req'] = (...args) => p.client.req(...args);

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
    const grader = p.token({ sub: 'grader-gus', role: 'grader', siteId: SITE });
    await req('quote-service', 'POST', '/v1/partners', 201, { token: ops, body: { id: partnerId, name: 'Acceptance Telco' } });
    const apiKey = (
      await req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${partnerId}/api-keys`, 201, { token: ops, body: {} })
    ).apiKey;
    await req('intake-service', 'PUT', `/v1/tac-models/${TAC}`, 200, {
      token: ops,
      body: { modelId: MODEL, brand: 'Apple', name: 'iPhone 13', category: 'smartphone' },
    });
    store = { storeId: STORE_ID, token: p.token({ sub: 'clerk-clara', role: 'store_staff', storeId: STORE_ID, partnerId }) };
    f = new TradeInFlows(p.client, { ops, grader, apiKey }, WAIT);
  }, 180_000);

  afterAll(async () => {
    keepLogs(p, 'store-trade-in');
    await p?.close();
  }, 60_000);

  it(
    'takes three devices in at the counter, ships them in a box, grades them; the worse one is a store discrepancy',
    () =>
      withLogs(p, async () => {
        const imeis = [imei(TAC, 200_001), imei(TAC, 200_002), imei(TAC, 200_003)];

        // At the counter: quote and accept in store, store credit; the trade-in belongs to the store and its partner.
        const accepted: Array<{ tradeInId: string; quoted: Money }> = [];
        for (const _ of imeis) {
          const r = await f.quoteAndAccept({
            modelId: MODEL,
            variantId: VARIANT,
            market: 'FR',
            fulfilment: 'STORE',
            payout: { method: 'STORE_CREDIT' },
            token: store.token,
          });
          expect(r.tradeIn).toMatchObject({ state: 'ACCEPTED', payoutMethod: 'STORE_CREDIT' });
          accepted.push({ tradeInId: r.tradeInId, quoted: r.quoted });
        }
        const ids = accepted.map((a) => a.tradeInId);
        const view = (id: string) => req<StoreTradeIn>('quote-service', 'GET', `/v1/trade-ins/${id}`, 200, { token: store.token });
        expect(await view(ids[0]!)).toMatchObject({ storeId: STORE_ID, partnerId, fulfilment: 'STORE' });

        // Store intake: the IMEI's TAC confirms the quoted model, guided checks all recorded; the device is RECEIVED at the store.
        for (const [i, id] of ids.entries()) {
          const receipt = await f.storeIntake(store, id, imeis[i]!);
          expect(receipt).toMatchObject({
            outcome: 'RECEIVED',
            identity: { imei: imeis[i], detectedModelId: MODEL, blockListStatus: 'CLEAR' },
          });
          // The same intake again is refused: the device was already taken in (nothing is recorded twice).
          const again = await p.call('intake-service', 'POST', `/v1/stores/${STORE_ID}/intakes`, {
            token: store.token,
            body: { tradeInId: id, imei: imeis[i], checks: BEST_GUIDED_CHECKS },
          });
          expect(again.status).toBe(409);
        }
        for (const id of ids) await f.stateOf(id, 'RECEIVED');

        // The box: packed, closed, shipped with a frozen manifest, received and unpacked at the site.
        const box = await f.packAndShipBox(store, SITE, ids);
        expect(box.status).toBe('SHIPPED');
        expect(box.manifest!.map((l) => l.tradeInId).sort()).toEqual([...ids].sort());
        expect(box.manifest!.map((l) => l.deviceKey).sort()).toEqual(imeis.map((x) => `IMEI:${x}`).sort());
        expect(box.manifest!.every((l) => l.modelId === MODEL)).toBe(true);
        const unpacked = await f.unpackBoxAtSite(SITE, box.trackingNumber, imeis);
        expect(unpacked.scans.map((s) => s.result)).toEqual(['ARRIVED', 'ARRIVED', 'ARRIVED']);
        expect(unpacked.reconciliation).toEqual({ arrived: expect.arrayContaining(ids), missing: [], unexpected: [] });

        // Graded at the site (jobs open on box arrival): two as declared, one with a cracked display the store did not see.
        await f.grade(ids[0]!, { imei: imeis[0]!, cosmeticGrade: 'A', defects: [], battery: 92 });
        await f.grade(ids[1]!, { imei: imeis[1]!, cosmeticGrade: 'A', defects: [], battery: 90 });
        await f.grade(ids[2]!, { imei: imeis[2]!, cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }], battery: 90 });

        // Every one paid as given at the till and stocked: COMPLETED, never a revised offer.
        const done = await Promise.all(
          ids.map(async (id) => {
            await f.stateOf(id, 'COMPLETED');
            return view(id);
          }),
        );
        for (const [i, t] of done.entries()) {
          expect(t.offer).toMatchObject({ kind: 'FINAL', basis: 'STORE_AS_GIVEN', amount: accepted[i]!.quoted });
          expect(t.timeline.filter((e) => e.outcome === 'APPLIED').map((e) => e.to)).toEqual([
            'QUOTED',
            'ACCEPTED',
            'RECEIVED',
            'GRADED',
            'FINALIZED',
            'PAID',
            'COMPLETED',
          ]);
          const causes = t.timeline.map((e) => e.cause);
          for (const step of [DeviceReceived.type, StoreDeviceArrived.type, DeviceGraded.type, PayoutCompleted.type, StockAdded.type])
            expect(causes).toContain(step);
          expect(causes).not.toContain(OfferRevised.type);
        }
        expect(done[0]!.storeDiscrepancy).toEqual({ amountMinor: '0', currency: 'EUR' });
        expect(done[1]!.storeDiscrepancy).toEqual({ amountMinor: '0', currency: 'EUR' });
        expect(done[2]!.storeDiscrepancy?.currency).toBe('EUR');
        expect(BigInt(done[2]!.storeDiscrepancy!.amountMinor)).toBeGreaterThan(0n);
        expect(BigInt(done[2]!.storeDiscrepancy!.amountMinor)).toBeLessThanOrEqual(BigInt(accepted[2]!.quoted.amountMinor));

        // The store's accuracy score counts the device it declared better than graded.
        const accuracy = await req<{
          stores: Array<{ storeId: string; graded: number; compared: number; declaredBetter: number; discrepancyRate: number | null }>;
        }>('grading-service', 'GET', '/v1/quality/store-accuracy', 200, { token: ops });
        expect(accuracy.stores.find((s) => s.storeId === STORE_ID)).toMatchObject({
          graded: 3,
          compared: 3,
          declaredBetter: 1,
          discrepancyRate: 0.3333,
        });

        // Store credit: one payout each, PAID at the quoted amount, owed to the store's partner; the store sees its own.
        for (const [i, id] of ids.entries()) {
          const payouts = await req<Payout[]>('payout-service', 'GET', `/v1/payouts?tradeInId=${id}`, 200, { token: store.token });
          expect(payouts).toHaveLength(1);
          expect(payouts[0]).toMatchObject({
            status: 'PAID',
            method: 'STORE_CREDIT',
            amount: accepted[i]!.quoted,
            storeId: STORE_ID,
            partnerId,
          });
        }
        const balances = await req<Array<{ account: string; currency: string; balanceMinor: string }>>(
          'payout-service',
          'GET',
          '/v1/ledger/balances',
          200,
          { token: ops },
        );
        const owed = accepted.reduce((sum, a) => sum + BigInt(a.quoted.amountMinor), 0n);
        expect(balances.find((b) => b.account === `store_credit_payable:${partnerId}`)).toMatchObject({
          currency: 'EUR',
          balanceMinor: (-owed).toString(),
        });
        expect(await req('payout-service', 'GET', '/v1/ledger/invariant', 200, { token: ops })).toMatchObject({
          balanced: true,
          unbalancedEntryIds: [],
        });

        // Stock at the site: all three (the cracked one needs a display part), and the chain of custody of each.
        const stock = await req<{ items: Array<{ tradeInId: string; siteId: string; disposition: string }> }>(
          'grading-service',
          'GET',
          `/v1/stock?siteId=${SITE}&limit=500`,
          200,
          { token: ops },
        );
        const stocked = stock.items.filter((s) => ids.includes(s.tradeInId));
        expect(stocked.map((s) => s.tradeInId).sort()).toEqual([...ids].sort());
        expect(stocked.find((s) => s.tradeInId === ids[0])).toMatchObject({ siteId: SITE, disposition: 'REFURBISH' });
        expect(stocked.find((s) => s.tradeInId === ids[2])!.disposition).not.toBe('REFURBISH');
        for (const id of ids) {
          const custody = await until(
            async () => {
              const c = await f.custodyOf(id);
              return c.records.some((r) => r.action === 'CUSTODY_CLOSED') ? c : undefined;
            },
            `custody of ${id} closed`,
            WAIT,
          );
          expect(custody.records.map((r) => r.action)).toEqual([
            'RECEIVED_AT_STORE',
            'PACKED_IN_BOX',
            'BOX_SHIPPED',
            'BOX_RECEIVED_AT_SITE',
            'UNPACKED_AT_SITE',
            'CUSTODY_CLOSED',
          ]);
        }
      }),
    300_000,
  );
});
