import { type EntityManager } from 'typeorm';
import { entrySum, type JournalEntry } from './posting-rules';

/**
 * Writes journal entries in two statements whatever their number (the 1,000-trade-in run stays fast).
 * (payout_id, kind) is unique: an entry already posted is skipped with its lines, never doubled.
 */
export async function postJournalEntries(manager: EntityManager, entries: readonly JournalEntry[], postedAt: Date): Promise<number> {
  const list = entries.filter((e) => e.lines.length > 0);
  for (const e of list) {
    if (entrySum(e) !== 0n) throw new Error(`refusing an unbalanced ${e.kind} entry for payout ${e.payoutId}`);
  }
  if (!list.length) return 0;
  const inserted: Array<{ id: string; payout_id: string; kind: string }> = await manager.query(
    `INSERT INTO journal_entry (payout_id, kind, currency, posted_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[])
     ON CONFLICT (payout_id, kind) DO NOTHING
     RETURNING id, payout_id, kind`,
    [list.map((e) => e.payoutId), list.map((e) => e.kind), list.map((e) => e.currency), list.map(() => postedAt.toISOString())],
  );
  const ids = new Map(inserted.map((r) => [`${r.payout_id}|${r.kind}`, r.id]));
  const entryIds: string[] = [];
  const accounts: string[] = [];
  const currencies: string[] = [];
  const amounts: string[] = [];
  for (const e of list) {
    const id = ids.get(`${e.payoutId}|${e.kind}`);
    if (!id) continue;
    for (const l of e.lines) {
      entryIds.push(id);
      accounts.push(l.account);
      currencies.push(e.currency);
      amounts.push(l.amountMinor.toString());
    }
  }
  if (entryIds.length) {
    await manager.query(
      `INSERT INTO ledger_line (entry_id, account, currency, amount_minor)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int8[])`,
      [entryIds, accounts, currencies, amounts],
    );
  }
  return inserted.length;
}
