import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { inspectionDeadline } from '../queue-age';

export interface OpenJobParams {
  tradeInId: string;
  siteId: string;
  openedAt: Date;
  inspectionHours: number;
  kind: 'INITIAL' | 'REGRADE';
  excludedTechnicians?: string[];
  appealId?: string | null;
  reason?: string | null;
}

/**
 * Opens a grading job unless the device already has one open (or, for INITIAL, ever had one): the partial
 * unique indexes make a redelivered or duplicated receipt harmless. Returns the id of the open job.
 */
export async function openJob(manager: EntityManager, p: OpenJobParams): Promise<{ jobId: string; created: boolean }> {
  const id = randomUUID();
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO grading_jobs (id, trade_in_id, site_id, kind, status, excluded_technicians, appeal_id, opened_at, deadline_at, reason)
     VALUES ($1, $2, $3, $4, 'OPEN', $5, $6, $7, $8, $9)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      id,
      p.tradeInId,
      p.siteId,
      p.kind,
      p.excludedTechnicians ?? [],
      p.appealId ?? null,
      p.openedAt,
      inspectionDeadline(p.openedAt, p.inspectionHours),
      p.reason ?? null,
    ],
  );
  if (inserted.length) return { jobId: id, created: true };
  const [existing]: Array<{ id: string }> = await manager.query(
    `SELECT id FROM grading_jobs WHERE trade_in_id = $1 AND (status = 'OPEN' OR kind = $2) ORDER BY opened_at DESC LIMIT 1`,
    [p.tradeInId, p.kind],
  );
  if (!existing) throw new Error(`grading job for ${p.tradeInId} neither inserted nor found`);
  return { jobId: existing.id, created: false };
}
