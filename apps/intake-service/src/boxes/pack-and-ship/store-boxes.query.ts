import { type EntityManager } from 'typeorm';
import { type StoreBoxesQuery } from './store-boxes-query.dto';

export interface StoreBoxSummary {
  id: string;
  siteId: string;
  status: string;
  openedBy: string;
  openedAt: string;
  itemCount: number;
  shippedAt: string | null;
  trackingNumber: string | null;
}

/** A store's boxes, open ones first then newest, with how many devices each holds: the counter's box list. */
export async function listStoreBoxes(
  m: EntityManager,
  storeId: string,
  q: StoreBoxesQuery,
): Promise<{ total: number; items: StoreBoxSummary[] }> {
  const params = [storeId, q.status ?? null];
  const where = `WHERE b.store_id = $1 AND ($2::varchar IS NULL OR b.status = $2)`;
  const [rows, counted] = await Promise.all([
    m.query(
      `SELECT b.id, b.site_id, b.status, b.opened_by, b.opened_at, b.shipped_at, s.tracking_number,
              (SELECT count(*)::int FROM box_items i WHERE i.box_id = b.id) AS item_count
         FROM boxes b LEFT JOIN shipments s ON s.id = b.shipment_id ${where}
        ORDER BY (b.status = 'OPEN') DESC, b.opened_at DESC, b.id LIMIT $3 OFFSET $4`,
      [...params, q.limit ?? 50, q.offset ?? 0],
    ) as Promise<
      Array<{
        id: string;
        site_id: string;
        status: string;
        opened_by: string;
        opened_at: Date;
        shipped_at: Date | null;
        tracking_number: string | null;
        item_count: number;
      }>
    >,
    m.query(`SELECT count(*)::int AS n FROM boxes b ${where}`, params) as Promise<Array<{ n: number }>>,
  ]);
  return {
    total: counted[0]?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      siteId: r.site_id,
      status: r.status,
      openedBy: r.opened_by,
      openedAt: r.opened_at.toISOString(),
      itemCount: r.item_count,
      shippedAt: r.shipped_at?.toISOString() ?? null,
      trackingNumber: r.tracking_number,
    })),
  };
}
