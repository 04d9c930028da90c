import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type StockChange = 'REGRADED' | 'REMOVED' | 'RESTOCKED';

/** The grade-dependent fields of a stock item, as they were before and after a change. */
export interface StockSnapshot {
  status: string;
  sku: string;
  marketplaceGrade: string;
  cosmeticGrade: string;
  disposition: string;
  partsNeeded: string[];
}

/** One change of a stock item after it entered stock (append-only): who can be sold under which grade, and why. */
@Entity({ name: 'stock_item_history' })
@Index('stock_item_history_item_idx', ['stockItemId', 'changedAt'])
export class StockItemHistory {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'stock_item_id', type: 'uuid' })
  stockItemId: string;

  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 })
  tradeInId: string;

  @Column({ type: 'varchar', length: 16 })
  change: StockChange;

  @Column({ name: 'previous_grade_id', type: 'uuid', nullable: true })
  previousGradeId: string | null;

  @Column({ name: 'grade_id', type: 'uuid' })
  gradeId: string;

  @Column({ type: 'jsonb' })
  previous: StockSnapshot;

  @Column({ type: 'jsonb' })
  current: StockSnapshot;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
