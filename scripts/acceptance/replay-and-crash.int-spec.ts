import { type Admin, type Kafka } from 'kafkajs';
import { DeviceGraded } from '@tradein/contracts';
import { createKafka } from '@tradein/messaging';
import { SERVICES, type ServiceName, testInfra } from '@tradein/testing';
import { type Money, TradeInFlows, imeiFor as imei, until } from '../platform-client';
import { NamespaceGroups, counterTotal } from './consumer-groups';
import { type Platform, startPlatform } from './platform';
import { keepLogs, withLogs } from './logs';

/**
 * Acceptance: delivery guarantees of the platform as processes. Each service is SIGKILLed with work in flight and
 * restarted, and every trade-in still ends in its right state, paid exactly once, the ledger balanced. Then every
 * topic is replayed from the beginning to every consumer group: nothing changes and nothing is paid twice.
 */

const SITE = 'SITE-1';
const MODEL = 'apple-iphone-13';
const VARIANT = '128gb';
const TAC = '35390811';
const WAIT = { timeoutMs: 90_000, intervalMs: 300 };
/** Payout's lease on a submitted attempt before it asks the provider what became of it. */
const RECONCILE_AFTER_MS = 120_000;

interface Payout {
  id: string;
  status: string;
  amount: Money;
  method: string;
}
interface PayoutDetail extends Payout {
  attempts: number;
  paidAt: string | null;
  attemptHistory: Array<{ attemptNo: number; status: string }>;
}
interface Started {
  tradeInId: string;
  quoted: Money;
  imei: string;
  tracking?: string;
}
/** A payment as the sandbox provider's own book holds it (GET /v1/ops/sandbox-provider/payments). */
interface ProviderPayment {
  idempotencyKey: string;
  payoutId: string;
  status: string;
  amount: Money;
  providerReference: string | null;
}

describe('acceptance: SIGKILL of each service mid-flow, then a replay of every topic from the beginning', () => {
  let p: Platform;
  let f: TradeInFlows;
  let ops: string;
  let kafka: Kafka;
  let admin: Admin;
  let serial = 400_000;
  const completed: Started[] = [];
  const returned: string[] = [];
  const req: Platform['client']['req'] = (...args) => p.client.req(...args);

  beforeAll(async () => {
    p = await startPlatform({
      'quote-service': { PARTNER_RATE_LIMIT_PER_MINUTE: '5000' },
      'intake-service': { INTAKE_LABEL_WORKER_INTERVAL_MS: '300' },
      // A slow provider keeps attempts SUBMITTED long enough to kill the service in the middle of one.
      'payout-service': {
        SANDBOX_FAILURE_RATE: '0',
        SANDBOX_TIMEOUT_RATE: '0',
        SANDBOX_LATENCY_MS: '1500',
        PAYOUT_WORKER_INTERVAL_MS: '300',
        PAYOUT_RECONCILE_AFTER_MS: String(RECONCILE_AFTER_MS),
      },
    });
    ops = p.token({ sub: 'ops-olga', role: 'ops' });
    const grader = p.token({ sub: 'grader-gus', role: 'grader', siteId: SITE });
    const partnerId = `acc-crash-partner-${Date.now().toString(36)}`;
    await req('quote-service', 'POST', '/v1/partners', 201, { token: ops, body: { id: partnerId, name: 'Crash Partner' } });
    const apiKey = (
      await req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${partnerId}/api-keys`, 201, { token: ops, body: {} })
    ).apiKey;
    await req('intake-service', 'PUT', `/v1/tac-models/${TAC}`, 200, {
      token: ops,
      body: { modelId: MODEL, brand: 'Apple', name: 'iPhone 13', category: 'smartphone' },
    });
    f = new TradeInFlows(p.client, { ops, grader, apiKey }, WAIT);
    kafka = createKafka('acceptance-replay', testInfra().brokers);
    admin = kafka.admin();
    await admin.connect();
  }, 180_000);

  afterAll(async () => {
    await admin?.disconnect();
    keepLogs(p, 'replay-and-crash');
    await p?.close();
  }, 60_000);

  const accept = async (): Promise<Started> => {
    const r = await f.quoteAndAccept({ modelId: MODEL, variantId: VARIANT, market: 'FR', payout: { method: 'GIFT_CARD' } });
    return { tradeInId: r.tradeInId, quoted: r.quoted, imei: imei(TAC, ++serial) };
  };
  /** Accepted, shipped, delivered and received at the dock: a grading job is open for it. */
  const receivedAtSite = async (): Promise<Started> => {
    const t = await accept();
    const tracking = await f.shipToSite(t.tradeInId);
    expect((await f.dockReceipt(tracking, { imei: t.imei })).outcome).toBe('RECEIVED');
    return { ...t, tracking };
  };
  const gradeAsQuoted = (t: Started) => f.grade(t.tradeInId, { imei: t.imei, cosmeticGrade: 'A', defects: [], battery: 92 });
  const crash = async (s: ServiceName) => {
    await p.kill(s);
    await p.restart(s);
  };

  /** COMPLETED, one payout PAID at the quoted amount by exactly one successful attempt, one stock item, custody closed once. */
  async function expectSettled(ts: Started[]): Promise<void> {
    await Promise.all(
      ts.map(async (t) => {
        const done = await f.stateOf(t.tradeInId, 'COMPLETED');
        expect(done.timeline.filter((e) => e.outcome === 'APPLIED').map((e) => e.to)).toEqual([
          'QUOTED',
          'ACCEPTED',
          'IN_TRANSIT',
          'RECEIVED',
          'GRADED',
          'FINALIZED',
          'PAID',
          'COMPLETED',
        ]);
        // One graded event, applied once (its entries: GRADED, then the final offer it led to).
        expect(
          new Set(done.timeline.filter((e) => e.cause === DeviceGraded.type).map((e) => (e as { eventId?: string }).eventId)).size,
        ).toBe(1);
        const payouts = await f.payoutsOf(t.tradeInId);
        expect(payouts).toHaveLength(1);
        expect(payouts[0]).toMatchObject({ status: 'PAID', amount: t.quoted, method: 'GIFT_CARD' });
        const detail = await req<PayoutDetail>('payout-service', 'GET', `/v1/payouts/${payouts[0]!.id}`, 200, { token: ops });
        expect(detail.attemptHistory.filter((a) => a.status === 'PAID')).toHaveLength(1);
        const custody = await until(
          async () => {
            const c = await f.custodyOf(t.tradeInId);
            return c.records.some((r) => r.action === 'CUSTODY_CLOSED') ? c : undefined;
          },
          `custody of ${t.tradeInId} closed`,
          WAIT,
        );
        expect(custody.records.map((r) => r.action)).toEqual([
          'LABEL_ISSUED',
          'CARRIER_IN_TRANSIT',
          'CARRIER_DELIVERED',
          'RECEIVED_AT_SITE',
          'CUSTODY_CLOSED',
        ]);
        completed.push(t);
      }),
    );
    const stock = await req<{ items: Array<{ tradeInId: string }> }>('grading-service', 'GET', `/v1/stock?siteId=${SITE}&limit=500`, 200, {
      token: ops,
    });
    for (const t of ts) expect(stock.items.filter((i) => i.tradeInId === t.tradeInId)).toHaveLength(1);
    await expectLedgerSettled();
    await expectProviderPaidOnce(ts);
  }

  /**
   * The provider's side, not ours: its book (durable, like a real provider's) holds exactly one payment per
   * paid trade-in, at the quoted amount, under the key of the payout's one PAID attempt.
   */
  async function expectProviderPaidOnce(ts: Started[]): Promise<void> {
    await Promise.all(
      ts.map(async (t) => {
        const [payout] = await f.payoutsOf(t.tradeInId);
        const detail = await req<PayoutDetail>('payout-service', 'GET', `/v1/payouts/${payout!.id}`, 200, { token: ops });
        const held = await providerPayments(`tradeInId=${t.tradeInId}`);
        expect(held.filter((x) => x.status === 'PAID')).toEqual([
          expect.objectContaining({
            payoutId: payout!.id,
            amount: t.quoted,
            idempotencyKey: `payout:${payout!.id}:${detail.attemptHistory.find((a) => a.status === 'PAID')!.attemptNo}`,
          }),
        ]);
        expect(held.filter((x) => x.status === 'PROCESSING')).toEqual([]);
      }),
    );
  }

  const providerPayments = async (query = '') =>
    (
      await req<{ items: ProviderPayment[] }>('payout-service', 'GET', `/v1/ops/sandbox-provider/payments?limit=1000&${query}`, 200, {
        token: ops,
      })
    ).items;

  /** Balanced, and every completed trade-in paid once: nothing left payable, the provider cleared exactly the sum paid. */
  async function expectLedgerSettled(): Promise<void> {
    expect(await req('payout-service', 'GET', '/v1/ledger/invariant', 200, { token: ops })).toMatchObject({
      balanced: true,
      unbalancedEntryIds: [],
    });
    const balances = await req<Array<{ account: string; balanceMinor: string }>>('payout-service', 'GET', '/v1/ledger/balances', 200, {
      token: ops,
    });
    const balance = (prefix: string) =>
      balances.filter((b) => b.account.startsWith(prefix)).reduce((s, b) => s + BigInt(b.balanceMinor), 0n);
    const paid = completed.reduce((s, t) => s + BigInt(t.quoted.amountMinor), 0n);
    expect(balance('seller_payable')).toBe(0n);
    expect(balance('provider_clearing')).toBe(-paid);
    expect(balance('trade_in_cost')).toBe(paid);
    // Everything the provider ever paid, whichever payout it was for: one payment per completed trade-in, the sum the ledger cleared.
    const providerPaid = (await providerPayments()).filter((x) => x.status === 'PAID');
    expect(providerPaid).toHaveLength(completed.length);
    expect(new Set(providerPaid.map((x) => x.payoutId)).size).toBe(completed.length);
    expect(providerPaid.reduce((s, x) => s + BigInt(x.amount.amountMinor), 0n)).toBe(-balance('provider_clearing'));
  }

  it(
    'intake-service killed right after carrier scans were accepted: scans are not lost, each recorded once',
    () =>
      withLogs(p, async () => {
        const ts = await Promise.all([accept(), accept(), accept()]);
        const tracking = await Promise.all(ts.map(async (t) => (await f.labelOf(t.tradeInId)).trackingNumber));
        await Promise.all(tracking.map((n) => f.scan(n, 'PICKED_UP')));
        await crash('intake-service');
        await Promise.all(
          ts.map(async (t, i) => {
            await f.stateOf(t.tradeInId, 'IN_TRANSIT');
            await f.scan(tracking[i]!, 'DELIVERED');
            expect((await f.dockReceipt(tracking[i]!, { imei: t.imei })).outcome).toBe('RECEIVED');
            await gradeAsQuoted(t);
          }),
        );
        await expectSettled(ts);
      }),
    300_000,
  );

  it(
    'grading-service killed while jobs are being opened and a grade is being relayed: every device graded once, stocked once',
    () =>
      withLogs(p, async () => {
        const ts = await Promise.all([accept(), accept(), accept()]);
        const tracking = await Promise.all(ts.map((t) => f.shipToSite(t.tradeInId)));
        expect((await f.dockReceipt(tracking[0]!, { imei: ts[0]!.imei })).outcome).toBe('RECEIVED');
        await gradeAsQuoted(ts[0]!);
        // The grade is committed with its event in the outbox, and two receipts' events are on their way to grading, when it dies.
        await Promise.all(
          ts.slice(1).map(async (t, i) => expect((await f.dockReceipt(tracking[i + 1]!, { imei: t.imei })).outcome).toBe('RECEIVED')),
        );
        await crash('grading-service');
        await gradeAsQuoted(ts[1]!);
        await gradeAsQuoted(ts[2]!);
        await expectSettled(ts);
      }),
    300_000,
  );

  it(
    'quote-service killed while graded events arrive: each graded event applied once, every trade-in finalized and paid once',
    () =>
      withLogs(p, async () => {
        const ts = await Promise.all([receivedAtSite(), receivedAtSite(), receivedAtSite()]);
        await gradeAsQuoted(ts[0]!);
        await p.kill('quote-service');
        // Grading goes on while quote-service is down; its graded events wait in Kafka.
        await gradeAsQuoted(ts[1]!);
        await gradeAsQuoted(ts[2]!);
        await p.restart('quote-service');
        await expectSettled(ts);
      }),
    300_000,
  );

  it(
    'payout-service killed with a provider call in flight: after its lease the attempt is looked up, paid exactly once',
    () =>
      withLogs(p, async () => {
        const ts = await Promise.all([receivedAtSite(), receivedAtSite(), receivedAtSite()]);
        await Promise.all(ts.map((t) => gradeAsQuoted(t)));
        await until(
          async () => (await Promise.all(ts.map((t) => f.payoutsOf(t.tradeInId)))).flat().some((x) => x.status === 'SUBMITTED'),
          'a payout attempt submitted to the provider',
          { timeoutMs: 60_000, intervalMs: 100 },
        );
        await crash('payout-service');
        const stuck = (await Promise.all(ts.map((t) => f.payoutsOf(t.tradeInId)))).flat().filter((x) => x.status === 'SUBMITTED');
        expect(stuck.length).toBeGreaterThan(0);
        // The provider outlived the kill: it still holds the request in flight (received, maybe settled), once; an in-memory sandbox would say NOT_FOUND.
        const heldAcrossKill = await Promise.all(stuck.map(async (x) => (await providerPayments(`payoutId=${x.id}`)).length));
        expect(heldAcrossKill.every((n) => n <= 1)).toBe(true);
        expect(heldAcrossKill).toContain(1);
        // The lease on the submitted attempt runs out (clock moved, not slept): the worker asks the provider, then settles.
        await p.advanceClock(RECONCILE_AFTER_MS + 5_000);
        await expectSettled(ts);
      }),
    300_000,
  );

  it(
    'replaying every topic from the beginning to every consumer group changes nothing and pays nothing twice',
    () =>
      withLogs(p, async () => {
        // One more outcome to replay: a revised offer declined and the device returned.
        const r = await receivedAtSite();
        await f.grade(r.tradeInId, { imei: r.imei, cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }], battery: 91 });
        await f.stateOf(r.tradeInId, 'COUNTER_OFFERED');
        await req('quote-service', 'POST', `/v1/trade-ins/${r.tradeInId}/revised-offer/decline`, [200, 201], {
          apiKey: f.actors.apiKey,
          body: {},
        });
        const shipped = await until(
          async () => (await f.custodyOf(r.tradeInId)).records.find((x) => x.action === 'RETURN_SHIPPED'),
          'the return shipped',
          WAIT,
        );
        await f.scan(String(shipped.detail['trackingNumber']), 'PICKED_UP');
        await f.scan(String(shipped.detail['trackingNumber']), 'DELIVERED');
        await f.stateOf(r.tradeInId, 'RETURNED');
        returned.push(r.tradeInId);
        expect(completed.length).toBeGreaterThanOrEqual(12);

        const groups = new NamespaceGroups(admin, p.namespace);
        const subscriptions = await groups.discover(SERVICES.length);
        expect([...subscriptions.keys()].sort()).toEqual(SERVICES.map((s) => `${p.namespace}.${s}`).sort());
        await groups.waitCaughtUp(60_000);
        const before = await snapshot();
        const watermarks = await groups.highWatermarks();

        // Replay: stop every service (their consumers leave their groups), rewind every group to the earliest offset, start again.
        await Promise.all(SERVICES.map((s) => p.stop(s)));
        await groups.waitEmpty(60_000);
        await groups.resetToEarliest(kafka);
        expect(Object.values(await groups.lag()).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        const backlog = await groups.backlog();
        await Promise.all(SERVICES.map((s) => p.restart(s)));
        await groups.waitCaughtUp(180_000);

        // Every service saw its whole history again and applied none of it; no relay published anything; nothing dead-lettered.
        for (const s of SERVICES) {
          const metrics = (await p.call<string>(s, 'GET', '/metrics')).body;
          expect({ s, applied: counterTotal(metrics, 'messaging_consumed_total') }).toEqual({ s, applied: 0 });
          expect({ s, deadLettered: counterTotal(metrics, 'messaging_dead_lettered_total') }).toEqual({ s, deadLettered: 0 });
          expect({ s, published: counterTotal(metrics, 'messaging_published_total') }).toEqual({ s, published: 0 });
          expect(counterTotal(metrics, 'messaging_duplicates_skipped_total')).toBeGreaterThanOrEqual(backlog[`${p.namespace}.${s}`]!);
        }
        expect(await groups.highWatermarks()).toEqual(watermarks);
        expect(await snapshot()).toEqual(before);
        await expectLedgerSettled();
      }),
    420_000,
  );

  /** Everything the replay must leave alone, as the APIs show it. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const ids = [...completed.map((t) => t.tradeInId), ...returned];
    const tradeIns = await Promise.all(
      ids.map(async (id) => {
        const t = await f.tradeIn(id);
        const payouts = await Promise.all(
          (await f.payoutsOf(id)).map((x) => req<PayoutDetail>('payout-service', 'GET', `/v1/payouts/${x.id}`, 200, { token: ops })),
        );
        const custody = await f.custodyOf(id);
        return {
          id,
          state: t.state,
          offer: t.offer,
          timelineLength: t.timeline.length,
          payouts: payouts.map((x) => ({
            id: x.id,
            status: x.status,
            amount: x.amount,
            attempts: x.attempts,
            paidAt: x.paidAt,
            attemptHistory: x.attemptHistory,
          })),
          custody: custody.records.map((c) => c.action),
        };
      }),
    );
    const stock = await req<{ total: number; items: Array<{ tradeInId: string; sku: string }> }>(
      'grading-service',
      'GET',
      '/v1/stock?limit=500',
      200,
      { token: ops },
    );
    return {
      tradeIns,
      ledgerInvariant: await req('payout-service', 'GET', '/v1/ledger/invariant', 200, { token: ops }),
      ledgerBalances: await req('payout-service', 'GET', '/v1/ledger/balances', 200, { token: ops }),
      stock: { total: stock.total, items: stock.items.map((i) => `${i.tradeInId} ${i.sku}`).sort() },
    };
  }
});
