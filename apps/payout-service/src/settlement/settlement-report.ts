import { type CurrencyCode, type PayoutMethod } from '@tradein/contracts';

/** One paid trade-in of the partner in the period. */
export interface SettlementLine {
  tradeInId: string;
  payoutId: string;
  method: PayoutMethod;
  currency: CurrencyCode;
  amountMinor: bigint;
  bonusMinor: bigint;
  storeId: string | null;
  paidAt: Date;
}

export interface SettlementTotals {
  currency: CurrencyCode;
  paidCount: number;
  paidMinor: bigint;
  /** Promotion bonuses the partner funds: the partner owes them. */
  bonusMinor: bigint;
  /** Store credit given at the partner's tills: we reimburse it. */
  storeCreditMinor: bigint;
  /** Credit the partner put in its own wallets: we reimburse it. */
  partnerCreditMinor: bigint;
  /** Positive: we pay the partner; negative: the partner pays us. */
  netToPartnerMinor: bigint;
}

/** The same figures read from the ledger, to prove the report and the books agree. */
export interface LedgerFigures {
  currency: CurrencyCode;
  bonusMinor: bigint;
  storeCreditMinor: bigint;
  partnerCreditMinor: bigint;
}

export interface SettlementReport {
  partnerId: string;
  from: Date;
  to: Date;
  totals: SettlementTotals[];
  lines: SettlementLine[];
  reconciliation: { reconciled: boolean; differences: string[] };
}

function emptyTotals(currency: CurrencyCode): SettlementTotals {
  return { currency, paidCount: 0, paidMinor: 0n, bonusMinor: 0n, storeCreditMinor: 0n, partnerCreditMinor: 0n, netToPartnerMinor: 0n };
}

export function settlementTotals(lines: readonly SettlementLine[]): SettlementTotals[] {
  const byCurrency = new Map<CurrencyCode, SettlementTotals>();
  for (const l of lines) {
    const t = byCurrency.get(l.currency) ?? emptyTotals(l.currency);
    t.paidCount += 1;
    t.paidMinor += l.amountMinor;
    t.bonusMinor += l.bonusMinor;
    if (l.method === 'STORE_CREDIT') t.storeCreditMinor += l.amountMinor;
    if (l.method === 'PARTNER_CREDIT') t.partnerCreditMinor += l.amountMinor;
    byCurrency.set(l.currency, t);
  }
  for (const t of byCurrency.values()) t.netToPartnerMinor = t.storeCreditMinor + t.partnerCreditMinor - t.bonusMinor;
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export function reconcile(
  totals: readonly SettlementTotals[],
  ledger: readonly LedgerFigures[],
): { reconciled: boolean; differences: string[] } {
  const differences: string[] = [];
  const currencies = new Set([...totals.map((t) => t.currency), ...ledger.map((l) => l.currency)]);
  for (const c of currencies) {
    const t = totals.find((x) => x.currency === c) ?? emptyTotals(c);
    const l = ledger.find((x) => x.currency === c) ?? { currency: c, bonusMinor: 0n, storeCreditMinor: 0n, partnerCreditMinor: 0n };
    for (const key of ['bonusMinor', 'storeCreditMinor', 'partnerCreditMinor'] as const) {
      if (t[key] !== l[key]) differences.push(`${c} ${key}: report ${t[key]} ledger ${l[key]}`);
    }
  }
  return { reconciled: differences.length === 0, differences };
}

export function buildSettlementReport(
  partnerId: string,
  from: Date,
  to: Date,
  lines: SettlementLine[],
  ledger: LedgerFigures[],
): SettlementReport {
  const sorted = [...lines].sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime() || a.payoutId.localeCompare(b.payoutId));
  const totals = settlementTotals(sorted);
  return { partnerId, from, to, totals, lines: sorted, reconciliation: reconcile(totals, ledger) };
}
