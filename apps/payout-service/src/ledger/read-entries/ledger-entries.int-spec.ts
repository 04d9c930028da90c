import { type TestService } from '@tradein/testing';
import { type PayoutConfig } from '../../config/payout.config';
import { PayoutWorker } from '../../payouts/attempt-payouts/payout-worker';
import { RecordFinalizedOffer } from '../../payouts/record-finalized-offer/record-finalized-offer.service';
import { finalizedCommand } from '../../testing/finalized-command';
import { startPayoutService, testProviders } from '../../testing/payout-test-kit';
import { type LedgerEntryView } from './ledger-entries.query';

describe("GET /v1/ledger/entries: one trade-in's journal (real PostgreSQL and Kafka)", () => {
  let svc: TestService<PayoutConfig>;
  let ops: string;
  beforeAll(async () => {
    svc = await startPayoutService(testProviders());
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(() => svc.close());

  const entries = (query: string, token = ops) =>
    svc.request<{ tradeInId: string; entries: LedgerEntryView[] }>('GET', `/v1/ledger/entries${query}`, { token });

  it('lists the finalized offer and the payment of that trade-in only, oldest first, each entry balanced', async () => {
    const mine = finalizedCommand({ method: 'GIFT_CARD', currency: 'JPY', amountMinor: 36_500n, bonusMinor: 1_500n });
    const other = finalizedCommand({ method: 'GIFT_CARD' });
    await svc.dataSource.transaction((m) => svc.app.get(RecordFinalizedOffer).execute(m, [mine, other]));
    await svc.app.get(PayoutWorker).runOnce(10);

    const res = await entries(`?tradeInId=${mine.tradeInId}`);
    expect(res.status).toBe(200);
    expect(res.body.tradeInId).toBe(mine.tradeInId);
    expect(res.body.entries.map((e) => e.kind)).toEqual(['OFFER_FINALIZED', 'PAYOUT_PAID']);
    for (const e of res.body.entries) {
      expect(e.currency).toBe('JPY');
      expect(e.lines.length).toBeGreaterThanOrEqual(2);
      expect(e.lines.reduce((sum, l) => sum + BigInt(l.amountMinor), 0n)).toBe(0n);
    }
    const [payout] = await svc.dataSource.query('SELECT id FROM payout WHERE trade_in_id = $1', [mine.tradeInId]);
    expect(res.body.entries.every((e) => e.payoutId === payout.id)).toBe(true);
    // Seller's liability appears with the offer and is settled by the payment.
    const seller = res.body.entries.flatMap((e) => e.lines.filter((l) => l.account === 'seller_payable').map((l) => BigInt(l.amountMinor)));
    expect(seller.reduce((a, b) => a + b, 0n)).toBe(0n);

    expect((await entries(`?tradeInId=${mine.tradeInId}&payoutId=${payout.id}`)).body.entries).toHaveLength(2);
    expect((await entries('?tradeInId=never-seen')).body.entries).toEqual([]);
  });

  it('is for ops only, and needs the trade-in', async () => {
    expect((await entries('?tradeInId=x', svc.token({ sub: 'g', role: 'grader', siteId: 'SITE-1' }))).status).toBe(403);
    expect((await entries('?tradeInId=x', svc.token({ sub: 'p', role: 'partner', partnerId: 'acme' }))).status).toBe(403);
    const missing = await entries('');
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('tradeInId');
    expect((await entries('?tradeInId=x&payoutId=nope')).status).toBe(400);
  });
});
