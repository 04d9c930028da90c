import { type CurrencyCode, type PayoutMethod } from '@tradein/contracts';
import { type EntityManager } from 'typeorm';
import { LEDGER_ACCOUNTS } from '../../ledger/ledger-accounts';
import { buildSettlementReport, type LedgerFigures, type SettlementReport } from '../settlement-report';

/**
 * The report's lines come from the payouts paid in [from, to); the figures it is checked against come
 * from the ledger: payment entries posted in the period on the partner's payable accounts, and the bonus
 * lines of those payouts' finalization entries.
 */
export async function readSettlementReport(manager: EntityManager, partnerId: string, from: Date, to: Date): Promise<SettlementReport> {
  const rows: Array<{
    trade_in_id: string;
    id: string;
    method: PayoutMethod;
    currency: CurrencyCode;
    amount_minor: string;
    bonus_minor: string;
    store_id: string | null;
    paid_at: Date;
  }> = await manager.query(
    `SELECT trade_in_id, id, method, currency, amount_minor::text, bonus_minor::text, store_id, paid_at FROM payout
       WHERE partner_id = $1 AND status = 'PAID' AND paid_at >= $2 AND paid_at < $3`,
    [partnerId, from.toISOString(), to.toISOString()],
  );
  const payable: Array<{ currency: CurrencyCode; store: string; credit: string }> = await manager.query(
    `SELECT l.currency,
            coalesce(-sum(l.amount_minor) FILTER (WHERE l.account = $1), 0)::text AS store,
            coalesce(-sum(l.amount_minor) FILTER (WHERE l.account = $2), 0)::text AS credit
     FROM ledger_line l JOIN journal_entry e ON e.id = l.entry_id
     WHERE e.kind = 'PAYOUT_PAID' AND e.posted_at >= $3 AND e.posted_at < $4 AND l.account IN ($1, $2)
     GROUP BY l.currency`,
    [LEDGER_ACCOUNTS.storeCreditPayable(partnerId), LEDGER_ACCOUNTS.partnerCreditPayable(partnerId), from.toISOString(), to.toISOString()],
  );
  const bonus: Array<{ currency: CurrencyCode; bonus: string }> = await manager.query(
    `SELECT l.currency, sum(l.amount_minor)::text AS bonus
     FROM ledger_line l JOIN journal_entry e ON e.id = l.entry_id JOIN journal_entry paid ON paid.payout_id = e.payout_id AND paid.kind = 'PAYOUT_PAID'
     WHERE e.kind = 'OFFER_FINALIZED' AND l.account = $1 AND paid.posted_at >= $2 AND paid.posted_at < $3
     GROUP BY l.currency`,
    [LEDGER_ACCOUNTS.partnerBonusReceivable(partnerId), from.toISOString(), to.toISOString()],
  );
  const currencies = new Set<CurrencyCode>([...payable.map((p) => p.currency), ...bonus.map((b) => b.currency)]);
  const ledger: LedgerFigures[] = [...currencies].map((currency) => {
    const p = payable.find((x) => x.currency === currency);
    return {
      currency,
      bonusMinor: BigInt(bonus.find((x) => x.currency === currency)?.bonus ?? '0'),
      storeCreditMinor: BigInt(p?.store ?? '0'),
      partnerCreditMinor: BigInt(p?.credit ?? '0'),
    };
  });
  const lines = rows.map((r) => ({
    tradeInId: r.trade_in_id,
    payoutId: r.id,
    method: r.method,
    currency: r.currency,
    amountMinor: BigInt(r.amount_minor),
    bonusMinor: BigInt(r.bonus_minor),
    storeId: r.store_id,
    paidAt: new Date(r.paid_at),
  }));
  return buildSettlementReport(partnerId, from, to, lines, ledger);
}
