import { buildSettlementReport, reconcile, settlementTotals, type SettlementLine } from './settlement-report';
import { csvCell, formatMinor, settlementCsv } from './settlement-csv';

const line = (over: Partial<SettlementLine>): SettlementLine => ({
  tradeInId: 't1',
  payoutId: 'p1',
  method: 'BANK_TRANSFER',
  currency: 'EUR',
  amountMinor: 100_00n,
  bonusMinor: 0n,
  storeId: null,
  paidAt: new Date('2026-11-02T10:00:00Z'),
  ...over,
});

const lines = [
  line({ tradeInId: 't1', payoutId: 'p1', amountMinor: 200_00n, bonusMinor: 20_00n }),
  line({ tradeInId: 't2', payoutId: 'p2', method: 'STORE_CREDIT', storeId: 's-9', amountMinor: 150_00n }),
  line({ tradeInId: 't3', payoutId: 'p3', method: 'PARTNER_CREDIT', amountMinor: 80_00n, bonusMinor: 10_00n }),
  line({ tradeInId: 't4', payoutId: 'p4', currency: 'JPY', amountMinor: 12_000n, method: 'STORE_CREDIT' }),
];

describe('settlement totals', () => {
  it('sums per currency and nets what each side owes', () => {
    expect(settlementTotals(lines)).toEqual([
      {
        currency: 'EUR',
        paidCount: 3,
        paidMinor: 430_00n,
        bonusMinor: 30_00n,
        storeCreditMinor: 150_00n,
        partnerCreditMinor: 80_00n,
        netToPartnerMinor: 200_00n,
      },
      {
        currency: 'JPY',
        paidCount: 1,
        paidMinor: 12_000n,
        bonusMinor: 0n,
        storeCreditMinor: 12_000n,
        partnerCreditMinor: 0n,
        netToPartnerMinor: 12_000n,
      },
    ]);
  });

  it('nets negative when the partner owes more bonuses than it is owed', () => {
    expect(settlementTotals([line({ bonusMinor: 40_00n })])[0].netToPartnerMinor).toBe(-40_00n);
  });

  it('reconciles with matching ledger figures and names each difference otherwise', () => {
    const totals = settlementTotals(lines);
    const ledger = [
      { currency: 'EUR', bonusMinor: 30_00n, storeCreditMinor: 150_00n, partnerCreditMinor: 80_00n },
      { currency: 'JPY', bonusMinor: 0n, storeCreditMinor: 12_000n, partnerCreditMinor: 0n },
    ] as const;
    expect(reconcile(totals, ledger)).toEqual({ reconciled: true, differences: [] });
    expect(reconcile(totals, [{ ...ledger[0], storeCreditMinor: 149_99n }, ledger[1]])).toEqual({
      reconciled: false,
      differences: ['EUR storeCreditMinor: report 15000 ledger 14999'],
    });
    expect(reconcile(totals, [ledger[0]]).differences).toEqual(['JPY storeCreditMinor: report 12000 ledger 0']);
  });
});

describe('settlement CSV', () => {
  it('formats minor units per currency', () => {
    expect(formatMinor(123_45n, 'EUR')).toBe('123.45');
    expect(formatMinor(5n, 'USD')).toBe('0.05');
    expect(formatMinor(-40_00n, 'GBP')).toBe('-40.00');
    expect(formatMinor(12_000n, 'JPY')).toBe('12000');
  });

  it('quotes and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-12.50')).toBe('-12.50');
  });

  it('writes lines then totals', () => {
    const report = buildSettlementReport('acme', new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'), lines, []);
    const rows = settlementCsv(report).trimEnd().split('\r\n');
    expect(rows[0]).toBe('record,trade_in_id,payout_id,method,store_id,currency,amount,bonus,paid_at');
    expect(rows[2]).toBe('LINE,t2,p2,STORE_CREDIT,s-9,EUR,150.00,0.00,2026-11-02T10:00:00.000Z');
    expect(rows).toContain('NET_TO_PARTNER,,,,,EUR,200.00,,');
    expect(rows).toContain('STORE_CREDIT_TO_REIMBURSE,,,STORE_CREDIT,,JPY,12000,,');
    expect(rows).toHaveLength(1 + 4 + 2 * 4);
    expect(report.reconciliation.reconciled).toBe(false);
  });
});
