import { type BoxItem } from './box-item.entity';
import { type Box } from './box.entity';

export interface BoxView {
  id: string;
  storeId: string;
  siteId: string;
  status: string;
  openedBy: string;
  openedAt: string;
  items: Array<{ tradeInId: string; deviceKey: string; addedBy: string; arrivedAt: string | null }>;
  manifest: Box['manifest'];
  trackingNumber?: string;
}

export function boxView(box: Box, items: BoxItem[], trackingNumber?: string): BoxView {
  return {
    id: box.id,
    storeId: box.storeId,
    siteId: box.siteId,
    status: box.status,
    openedBy: box.openedBy,
    openedAt: box.openedAt.toISOString(),
    items: items.map((i) => ({
      tradeInId: i.tradeInId,
      deviceKey: i.deviceKey,
      addedBy: i.addedBy,
      arrivedAt: i.arrivedAt?.toISOString() ?? null,
    })),
    manifest: box.manifest,
    ...(trackingNumber ? { trackingNumber } : {}),
  };
}
