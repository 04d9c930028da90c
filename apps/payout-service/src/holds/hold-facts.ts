import { type EntityManager } from 'typeorm';
import { type Tally } from './hold-rules';

export const FINANCED_UNPAID = 'FINANCED_UNPAID';
/** The device is in quarantine or suspended at intake until a release to grading. */
export const DEVICE_HELD = 'DEVICE_HELD';

/**
 * Serialises decisions about the same sellers and accounts so two payouts finalized at the same moment
 * cannot both slip under a threshold. Transaction-scoped locks, taken in one statement in a fixed order.
 */
export async function lockTallies(manager: EntityManager, keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  await manager.query('SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT DISTINCT unnest($1::text[]) AS k ORDER BY 1) keys', [keys]);
}

export const tallyKey = (value: string, year: number) => `${value}|${year}`;

/** Payouts per seller (or account) and calendar year, cancelled ones excluded, for many at once. */
export async function yearTallies(
  manager: EntityManager,
  by: 'seller' | 'destination',
  values: readonly string[],
): Promise<Map<string, Tally>> {
  if (!values.length) return new Map();
  const column = by === 'seller' ? 'seller_ref' : 'destination_fingerprint';
  const rows: Array<{ value: string; year: number; count: number; eur: string }> = await manager.query(
    `SELECT ${column} AS value, extract(year FROM finalized_at AT TIME ZONE 'UTC')::int AS year, count(*)::int AS count, sum(eur_minor)::text AS eur
     FROM payout WHERE ${column} = ANY($1) AND status <> 'CANCELLED' GROUP BY 1, 2`,
    [[...new Set(values)]],
  );
  return new Map(rows.map((r) => [tallyKey(r.value, r.year), { count: r.count, eurMinor: BigInt(r.eur) }]));
}

/** Payouts of one seller or account finalized in [from, to) (velocity windows). */
export async function windowTally(
  manager: EntityManager,
  by: 'seller' | 'destination',
  value: string,
  from: Date,
  to: Date,
): Promise<Tally> {
  const column = by === 'seller' ? 'seller_ref' : 'destination_fingerprint';
  const [row]: Array<{ count: number; eur: string }> = await manager.query(
    `SELECT count(*)::int AS count, coalesce(sum(eur_minor), 0)::text AS eur FROM payout
     WHERE ${column} = $1 AND finalized_at >= $2 AND finalized_at < $3 AND status <> 'CANCELLED'`,
    [value, from.toISOString(), to.toISOString()],
  );
  return { count: row?.count ?? 0, eurMinor: BigInt(row?.eur ?? '0') };
}

export async function verifiedSellers(manager: EntityManager, sellerRefs: readonly string[]): Promise<Set<string>> {
  if (!sellerRefs.length) return new Set();
  const rows: Array<{ seller_ref: string; year: number }> = await manager.query(
    'SELECT seller_ref, year FROM seller_verification WHERE seller_ref = ANY($1)',
    [[...new Set(sellerRefs)]],
  );
  return new Set(rows.map((r) => tallyKey(r.seller_ref, r.year)));
}

export async function flaggedTradeIns(manager: EntityManager, tradeInIds: readonly string[], flag: string): Promise<Set<string>> {
  if (!tradeInIds.length) return new Set();
  const rows: Array<{ trade_in_id: string }> = await manager.query(
    'SELECT trade_in_id FROM trade_in_flag WHERE trade_in_id = ANY($1) AND flag = $2',
    [[...tradeInIds], flag],
  );
  return new Set(rows.map((r) => r.trade_in_id));
}

export function calendarYear(at: Date): { year: number; from: Date; to: Date } {
  const year = at.getUTCFullYear();
  return { year, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}
