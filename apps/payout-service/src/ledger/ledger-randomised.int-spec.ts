import { CURRENCIES, type CurrencyCode, type PayoutMethod } from '@tradein/contracts';
import { type TestService } from '@tradein/testing';
import { type PayoutConfig } from '../config/payout.config';
import { PayoutWorker } from '../payouts/attempt-payouts/payout-worker';
import { RecordFinalizedOffer } from '../payouts/record-finalized-offer/record-finalized-offer.service';
import { seededRandom } from '../providers/sandbox/seeded-random';
import { finalizedCommand } from '../testing/finalized-command';
import { startPayoutService, testProviders, type TestProviders } from '../testing/payout-test-kit';
import { type LedgerInvariantView } from './check-invariant/ledger.controller';

const PARTNERS = ['acme', 'telco', 'console-co'] as const;
const BANK: Partial<Record<CurrencyCode, object>> = {
  EUR: { scheme: 'IBAN', currency: 'EUR', iban: 'DE89370400440532013000' },
  GBP: { scheme: 'GB_FPS', currency: 'GBP', sortCode: '200000', accountNumber: '55779911' },
  USD: { scheme: 'US_ACH', currency: 'USD', routingNumber: '021000021', accountNumber: '000123456789' },
};

interface SettlementJson {
  totals: Array<{ currency: CurrencyCode; paidCount: number; paidMinor: string; storeCreditMinor: string; bonusMinor: string }>;
  reconciliation: { reconciled: boolean; differences: string[] };
}

describe('ledger after a randomised run of 1,000 trade-ins', () => {
  let svc: TestService<PayoutConfig>;
  let providers: TestProviders;
  let ops: string;

  beforeAll(async () => {
    providers = testProviders();
    svc = await startPayoutService(providers, { PAYOUT_MAX_ATTEMPTS: '4' });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(() => svc.close());

  it('every currency sums to zero, sellers are owed exactly what is unpaid, every payment happened once and settlement reconciles', async () => {
    const random = seededRandom(1_000);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

    // Bank destinations per partner and currency, registered through the API.
    const destinations = new Map<string, string>();
    for (const partnerId of PARTNERS) {
      const token = svc.token({ sub: `${partnerId}-app`, role: 'partner', partnerId });
      for (const [currency, details] of Object.entries(BANK)) {
        const res = await svc.request<{ destinationRef: string }>('POST', '/v1/payout-destinations', {
          token,
          body: { ...details, holderName: 'Seller' },
        });
        expect(res.status).toBe(201);
        destinations.set(`${partnerId}|${currency}`, res.body.destinationRef);
      }
    }

    const commands = Array.from({ length: 1000 }, (_, i) => {
      const currency = pick(CURRENCIES);
      const partnerId = pick(PARTNERS);
      const methods: PayoutMethod[] =
        currency === 'JPY'
          ? ['GIFT_CARD', 'PARTNER_CREDIT', 'STORE_CREDIT']
          : ['BANK_TRANSFER', 'GIFT_CARD', 'PARTNER_CREDIT', 'STORE_CREDIT'];
      const method = pick(methods);
      const amountMinor = BigInt(Math.floor(random() * 150_000));
      return finalizedCommand({
        tradeInId: `rnd-${i}`,
        partnerId,
        currency,
        method,
        amountMinor,
        bonusMinor: random() < 0.3 ? BigInt(Math.floor(random() * Number(amountMinor))) : 0n,
        destinationRef: method === 'BANK_TRANSFER' ? (destinations.get(`${partnerId}|${currency}`) ?? null) : null,
        storeId: method === 'STORE_CREDIT' ? `store-${Math.floor(random() * 5)}` : null,
        // Some sellers trade in several times, so DAC7 holds take part in the run.
        sellerRef: `seller-${Math.floor(random() * 2000)}`,
        finalizedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 14), 8)),
      });
    });
    const started = Date.now();
    const record = svc.app.get(RecordFinalizedOffer);
    for (let i = 0; i < commands.length; i += 250) {
      await svc.dataSource.transaction((m) => record.execute(m, commands.slice(i, i + 250)));
    }
    // Replays of the whole batch change nothing (one payout per trade-in).
    const replay = await svc.dataSource.transaction((m) => record.execute(m, commands.slice(0, 100)));
    expect(replay.every((r) => r === null)).toBe(true);

    // Providers decline a fifth of attempts and lose some answers; the worker retries and reconciles.
    for (const p of [providers.bank, providers.giftCards, providers.partnerWallet]) p.configure({ failureRate: 0.2, timeoutRate: 0.05 });
    const worker = svc.app.get(PayoutWorker);
    for (let pass = 0; pass < 12; pass++) {
      await worker.runOnce(1000);
      svc.clock.advance(120_000);
    }
    // Ops cancel a few of what is left waiting.
    const waiting: Array<{ id: string }> = await svc.dataSource.query(
      `SELECT id FROM payout WHERE status IN ('HELD', 'FAILED', 'PENDING') ORDER BY trade_in_id LIMIT 15`,
    );
    for (const w of waiting) {
      expect((await svc.request('POST', `/v1/payouts/${w.id}/cancel`, { token: ops, body: { reason: 'randomised run' } })).status).toBe(
        200,
      );
    }
    const elapsed = Date.now() - started;

    const invariant = await svc.request<LedgerInvariantView>('GET', '/v1/ledger/invariant', { token: ops });
    expect(invariant.status).toBe(200);
    expect(invariant.body.balanced).toBe(true);
    expect(invariant.body.unbalancedEntryIds).toEqual([]);
    expect(invariant.body.currencies.map((c) => c.currency)).toEqual(['EUR', 'GBP', 'JPY', 'USD']);
    expect(invariant.body.currencies.every((c) => c.sumMinor === '0')).toBe(true);

    // The ledger's seller liability equals, per currency, what the payout table says is still unpaid.
    const owed: Array<{ currency: string; unpaid: string; liability: string }> = await svc.dataSource.query(`
      SELECT c.currency,
        (SELECT coalesce(sum(amount_minor), 0) FROM payout p WHERE p.currency = c.currency AND p.status NOT IN ('PAID', 'CANCELLED'))::text AS unpaid,
        (SELECT coalesce(-sum(amount_minor), 0) FROM ledger_line l WHERE l.currency = c.currency AND l.account = 'seller_payable')::text AS liability
      FROM (SELECT DISTINCT currency FROM payout) c`);
    for (const o of owed) expect(o.liability).toBe(o.unpaid);

    const statuses: Array<{ status: string; n: number }> = await svc.dataSource.query(
      'SELECT status, count(*)::int AS n FROM payout GROUP BY status',
    );
    const count = (s: string) => statuses.find((x) => x.status === s)?.n ?? 0;
    expect(statuses.reduce((a, s) => a + s.n, 0)).toBe(1000);
    // Nothing is left in flight; the shared test accounts make per-account DAC7 holds part of the run.
    expect(count('PENDING') + count('SUBMITTED')).toBe(0);
    expect(count('PAID')).toBeGreaterThan(600);
    expect(count('HELD')).toBeGreaterThan(0);
    expect(count('CANCELLED')).toBe(waiting.length);

    // Exactly one real payment per paid payout, none for the others.
    const paid: Array<{ id: string; method: PayoutMethod }> = await svc.dataSource.query(
      `SELECT id, method FROM payout WHERE status = 'PAID' AND provider <> 'store-till'`,
    );
    const payments = new Map<string, number>();
    for (const p of [providers.bank, providers.giftCards, providers.partnerWallet])
      for (const [id, n] of await p.paymentsByPayout()) payments.set(id, (payments.get(id) ?? 0) + n);
    for (const p of paid) expect(payments.get(p.id)).toBe(1);
    expect([...payments.values()].reduce((a, n) => a + n, 0)).toBe(paid.length);

    // Settlement per partner reconciles with the ledger.
    for (const partnerId of PARTNERS) {
      const res = await svc.request<SettlementJson>(
        'GET',
        `/v1/settlements/${partnerId}?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`,
        { token: ops },
      );
      expect(res.status).toBe(200);
      expect(res.body.reconciliation).toEqual({ reconciled: true, differences: [] });
      const [{ n }]: Array<{ n: number }> = await svc.dataSource.query(
        `SELECT count(*)::int AS n FROM payout WHERE partner_id = $1 AND status = 'PAID'`,
        [partnerId],
      );
      expect(res.body.totals.reduce((a, t) => a + t.paidCount, 0)).toBe(n);
    }
    expect(elapsed).toBeLessThan(20_000);
  });
});
