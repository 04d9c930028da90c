import { type EntityManager } from 'typeorm';
import { type Tally } from './hold-rules';

export const FINANCED_UNPAID = 'FINANCED_UNPAID';

/**
 * Serialises decisions about one seller (or one account) so two payouts finalized at the same moment
 * cannot both slip under a threshold. Transaction-scoped: released at commit or rollback.
 */
export async function lockTallies(manager: EntityManager, keys: readonly string[]): Promise<void> {
  for (const key of [...keys].sort()) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
}

/** Payouts of a seller or of an account finalized in [from, to), cancelled ones excluded. */
export async function tally(manager: EntityManager, by: 'seller' | 'destination', value: string, from: Date, to: Date): Promise<Tally> {
  const column = by === 'seller' ? 'seller_ref' : 'destination_fingerprint';
  const [row]: Array<{ count: number; eur: string }> = await manager.query(
    `SELECT count(*)::int AS count, coalesce(sum(eur_minor), 0)::text AS eur FROM payout
     WHERE ${column} = $1 AND finalized_at >= $2 AND finalized_at < $3 AND status <> 'CANCELLED'`,
    [value, from.toISOString(), to.toISOString()],
  );
  return { count: row?.count ?? 0, eurMinor: BigInt(row?.eur ?? '0') };
}

export async function identityVerified(manager: EntityManager, sellerRef: string, year: number): Promise<boolean> {
  const rows: unknown[] = await manager.query('SELECT 1 FROM seller_verification WHERE seller_ref = $1 AND year = $2', [sellerRef, year]);
  return rows.length > 0;
}

export async function hasFlag(manager: EntityManager, tradeInId: string, flag: string): Promise<boolean> {
  const rows: unknown[] = await manager.query('SELECT 1 FROM trade_in_flag WHERE trade_in_id = $1 AND flag = $2', [tradeInId, flag]);
  return rows.length > 0;
}

export function calendarYear(at: Date): { year: number; from: Date; to: Date } {
  const year = at.getUTCFullYear();
  return { year, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}
