import { type EntityManager } from 'typeorm';
import { type CurrencyCode } from '@tradein/contracts';

export interface LedgerEntryView {
  entryId: string;
  payoutId: string;
  kind: string;
  currency: CurrencyCode;
  postedAt: string;
  lines: Array<{ account: string; amountMinor: string }>;
}

/** A trade-in's journal entries, oldest first, each with its lines (amounts in minor units, signed). */
export async function readLedgerEntries(manager: EntityManager, tradeInId: string, payoutId?: string): Promise<LedgerEntryView[]> {
  const rows: Array<{
    entry_id: string;
    payout_id: string;
    kind: string;
    currency: CurrencyCode;
    posted_at: Date;
    account: string;
    amount_minor: string;
  }> = await manager.query(
    `SELECT e.id::text AS entry_id, e.payout_id, e.kind, e.currency, e.posted_at, l.account, l.amount_minor::text AS amount_minor
       FROM payout p JOIN journal_entry e ON e.payout_id = p.id JOIN ledger_line l ON l.entry_id = e.id
      WHERE p.trade_in_id = $1 AND ($2::uuid IS NULL OR p.id = $2)
      ORDER BY e.posted_at, e.id, l.id`,
    [tradeInId, payoutId ?? null],
  );
  const entries = new Map<string, LedgerEntryView>();
  for (const r of rows) {
    let entry = entries.get(r.entry_id);
    if (!entry) {
      entry = {
        entryId: r.entry_id,
        payoutId: r.payout_id,
        kind: r.kind,
        currency: r.currency,
        postedAt: r.posted_at.toISOString(),
        lines: [],
      };
      entries.set(r.entry_id, entry);
    }
    entry.lines.push({ account: r.account, amountMinor: r.amount_minor });
  }
  return [...entries.values()];
}
