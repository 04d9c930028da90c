import { type CtiaCosmeticGrade, type DeviceCategory, type Disposition } from '@tradein/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const STOCK_ITEM_STATUSES = ['IN_STOCK', 'REMOVED'] as const;
export type StockItemStatus = (typeof STOCK_ITEM_STATUSES)[number];

/** A device in refurbishable stock. One per trade-in (unique), so a redelivered event cannot stock it twice. */
@Entity({ name: 'stock_items' })
@Index('stock_items_query_idx', ['siteId', 'sku', 'addedAt'])
export class StockItem {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'trade_in_id', type: 'varchar', length: 64, unique: true })
  tradeInId: string;

  @Column({ name: 'grade_id', type: 'uuid' })
  gradeId: string;

  @Column({ type: 'varchar', length: 120 })
  sku: string;

  @Column({ name: 'model_id', type: 'varchar', length: 80 })
  modelId: string;

  @Column({ name: 'variant_id', type: 'varchar', length: 80, nullable: true })
  variantId: string | null;

  @Column({ type: 'varchar', length: 20 })
  category: DeviceCategory;

  @Column({ name: 'marketplace_grade', type: 'varchar', length: 40 })
  marketplaceGrade: string;

  @Column({ name: 'cosmetic_grade', type: 'varchar', length: 1 })
  cosmeticGrade: CtiaCosmeticGrade;

  @Column({ name: 'site_id', type: 'varchar', length: 64 })
  siteId: string;

  @Column({ type: 'varchar', length: 24 })
  disposition: Disposition;

  @Column({ name: 'parts_needed', type: 'jsonb' })
  partsNeeded: string[];

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;

  /** IN_STOCK is sellable; REMOVED was taken out (a regrade to RECYCLE or QUARANTINE), with the reason. */
  @Column({ type: 'varchar', length: 16, default: 'IN_STOCK' })
  status: StockItemStatus;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removal_reason', type: 'varchar', length: 40, nullable: true })
  removalReason: string | null;

  /** Set by the last regrade that changed the item; the full trail is in stock_item_history. */
  @Column({ name: 'regraded_at', type: 'timestamptz', nullable: true })
  regradedAt: Date | null;

  @Column({ name: 'previous_sku', type: 'varchar', length: 120, nullable: true })
  previousSku: string | null;

  @Column({ name: 'previous_grade_id', type: 'uuid', nullable: true })
  previousGradeId: string | null;
}
