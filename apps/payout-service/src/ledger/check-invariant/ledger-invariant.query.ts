import { type CurrencyCode } from '@tradein/contracts';
import { type EntityManager } from 'typeorm';
import { ledgerInvariant, type LedgerInvariant } from '../ledger-balance';

/** Reads the whole ledger's sums in the database (two aggregate queries, whatever its size). */
export async function readLedgerInvariant(manager: EntityManager): Promise<LedgerInvariant> {
  const sums: Array<{ currency: CurrencyCode; sum: string; lines: number }> = await manager.query(
    `SELECT currency, sum(amount_minor)::text AS sum, count(*)::int AS lines FROM ledger_line GROUP BY currency`,
  );
  const unbalanced: Array<{ entry_id: string }> = await manager.query(
    `SELECT entry_id::text FROM ledger_line GROUP BY entry_id HAVING sum(amount_minor) <> 0 ORDER BY entry_id LIMIT 100`,
  );
  return ledgerInvariant(
    sums.map((s) => ({ currency: s.currency, sumMinor: BigInt(s.sum), lineCount: s.lines })),
    unbalanced.map((u) => u.entry_id),
  );
}

export async function readAccountBalances(
  manager: EntityManager,
): Promise<Array<{ account: string; currency: CurrencyCode; balanceMinor: string }>> {
  const rows: Array<{ account: string; currency: CurrencyCode; balance: string }> = await manager.query(
    `SELECT account, currency, sum(amount_minor)::text AS balance FROM ledger_line GROUP BY account, currency ORDER BY account, currency`,
  );
  return rows.map((r) => ({ account: r.account, currency: r.currency, balanceMinor: r.balance }));
}
