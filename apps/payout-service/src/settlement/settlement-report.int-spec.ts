import { type TestService } from '@tradein/testing';
import { type PayoutConfig } from '../config/payout.config';
import { PayoutWorker } from '../payouts/attempt-payouts/payout-worker';
import { RecordFinalizedOffer } from '../payouts/record-finalized-offer/record-finalized-offer.service';
import { finalizedCommand } from '../testing/finalized-command';
import { startPayoutService, testProviders } from '../testing/payout-test-kit';

interface SettlementJson {
  partnerId: string;
  totals: Array<Record<string, string | number>>;
  lines: Array<{ tradeInId: string; method: string; storeId: string | null; amount: { amountMinor: string } }>;
  reconciliation: { reconciled: boolean; differences: string[] };
}

describe('partner settlement reports', () => {
  let svc: TestService<PayoutConfig>;
  const period = 'from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z';

  beforeAll(async () => {
    svc = await startPayoutService(testProviders());
    svc.clock.set('2026-01-15T09:00:00Z');
    const record = svc.app.get(RecordFinalizedOffer);
    await svc.dataSource.transaction((m) =>
      record.execute(m, [
        finalizedCommand({
          tradeInId: 'st-1',
          partnerId: 'telco',
          method: 'STORE_CREDIT',
          storeId: 'store-9',
          amountMinor: 20_000n,
          bonusMinor: 2_000n,
        }),
        finalizedCommand({ tradeInId: 'st-2', partnerId: 'telco', method: 'PARTNER_CREDIT', amountMinor: 15_000n }),
        finalizedCommand({ tradeInId: 'st-3', partnerId: 'telco', method: 'GIFT_CARD', amountMinor: 10_000n, bonusMinor: 3_000n }),
        finalizedCommand({ tradeInId: 'st-4', partnerId: 'telco', method: 'GIFT_CARD', currency: 'GBP', amountMinor: 5_000n }),
        finalizedCommand({ tradeInId: 'st-5', partnerId: 'other', method: 'STORE_CREDIT', amountMinor: 99_900n }),
      ]),
    );
    await svc.app.get(PayoutWorker).runOnce(100);
    // Paid after the period: not in January's report.
    svc.clock.set('2026-02-03T09:00:00Z');
    await svc.dataSource.transaction((m) =>
      record.execute(m, [finalizedCommand({ tradeInId: 'st-6', partnerId: 'telco', method: 'STORE_CREDIT', amountMinor: 1_000n })]),
    );
  });
  afterAll(() => svc.close());

  it('totals paid trade-ins, partner-funded bonuses and credits to reimburse per currency, reconciled with the ledger', async () => {
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    const res = await svc.request<SettlementJson>('GET', `/v1/settlements/telco?${period}`, { token: ops });
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual([
      {
        currency: 'EUR',
        paidCount: 3,
        paidMinor: '45000',
        bonusMinor: '5000',
        storeCreditMinor: '20000',
        partnerCreditMinor: '15000',
        netToPartnerMinor: '30000',
      },
      {
        currency: 'GBP',
        paidCount: 1,
        paidMinor: '5000',
        bonusMinor: '0',
        storeCreditMinor: '0',
        partnerCreditMinor: '0',
        netToPartnerMinor: '0',
      },
    ]);
    expect(res.body.lines.map((l) => l.tradeInId).sort()).toEqual(['st-1', 'st-2', 'st-3', 'st-4']);
    expect(res.body.lines.find((l) => l.tradeInId === 'st-1')).toMatchObject({ method: 'STORE_CREDIT', storeId: 'store-9' });
    expect(res.body.reconciliation).toEqual({ reconciled: true, differences: [] });
  });

  it('answers CSV with lines and totals', async () => {
    const partner = svc.token({ sub: 'telco-app', role: 'partner', partnerId: 'telco' });
    const res = await svc.request<string>('GET', `/v1/settlements/telco?${period}&format=csv`, { token: partner });
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/csv');
    const rows = res.text.trimEnd().split('\r\n');
    expect(rows[0]).toBe('record,trade_in_id,payout_id,method,store_id,currency,amount,bonus,paid_at');
    expect(rows.filter((r) => r.startsWith('LINE,'))).toHaveLength(4);
    expect(rows).toContain('NET_TO_PARTNER,,,,,EUR,300.00,,');
    expect(rows).toContain('STORE_CREDIT_TO_REIMBURSE,,,STORE_CREDIT,,EUR,200.00,,');
  });

  it('a partner sees only its own report; other roles none', async () => {
    const partner = svc.token({ sub: 'telco-app', role: 'partner', partnerId: 'telco' });
    expect((await svc.request('GET', `/v1/settlements/other?${period}`, { token: partner })).status).toBe(404);
    expect((await svc.request('GET', `/v1/settlements/telco?${period}`, { token: partner })).status).toBe(200);
    const staff = svc.token({ sub: 'clerk', role: 'store_staff', storeId: 'store-9', partnerId: 'telco' });
    expect((await svc.request('GET', `/v1/settlements/telco?${period}`, { token: staff })).status).toBe(403);
    expect((await svc.request('GET', `/v1/settlements/telco?${period}`)).status).toBe(401);
  });

  it('refuses a malformed or inverted period, naming the field', async () => {
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    const bad = await svc.request<{ errors: Array<{ field: string }> }>(
      'GET',
      '/v1/settlements/telco?from=yesterday&to=2026-02-01T00:00:00Z',
      { token: ops },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field)).toContain('from');
    const inverted = await svc.request<{ errors: Array<{ field: string }> }>(
      'GET',
      '/v1/settlements/telco?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      { token: ops },
    );
    expect(inverted.status).toBe(400);
    expect(inverted.body.errors).toEqual([{ field: 'to', reason: 'must be after from' }]);
  });
});
