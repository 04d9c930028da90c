import { type EntityManager } from 'typeorm';
import { returnedRows } from '../../shared/updated-rows';

/**
 * The claim itself: one conditional UPDATE. PostgreSQL locks the row and, if another transaction changed it
 * meanwhile, re-checks the WHERE clause against the committed row, so of two concurrent claims exactly one
 * returns a row. An expired lease (lease_expires_at <= now) is free again; the holder may renew.
 */
export async function tryClaim(
  manager: EntityManager,
  jobId: string,
  technicianId: string,
  now: Date,
  expires: Date,
): Promise<{ tradeInId: string } | null> {
  const raw: unknown = await manager.query(
    `UPDATE grading_jobs SET claimed_by = $2, claimed_at = $3, lease_expires_at = $4
      WHERE id = $1 AND status = 'OPEN'
        AND (claimed_by IS NULL OR lease_expires_at <= $3 OR claimed_by = $2)
        AND NOT ($2 = ANY (excluded_technicians))
      RETURNING trade_in_id`,
    [jobId, technicianId, now, expires],
  );
  const [row] = returnedRows<{ trade_in_id: string }>(raw);
  return row ? { tradeInId: row.trade_in_id } : null;
}
