import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One guided check at the store counter, with the clerk who did it. */
@Entity({ name: 'store_checks' })
export class StoreCheck {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'receipt_id', type: 'uuid' }) receiptId: string;
  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 }) tradeInId: string;
  @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 32 }) result: string;
  @Column({ name: 'performed_by', type: 'varchar', length: 128 }) performedBy: string;
  @Column({ name: 'performed_at', type: 'timestamptz' }) performedAt: Date;
}
