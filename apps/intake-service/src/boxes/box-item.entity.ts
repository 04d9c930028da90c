import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A device packed in a box. A trade-in sits in at most one box (unique trade_in_id). */
@Entity({ name: 'box_items' })
export class BoxItem {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'box_id', type: 'uuid' }) boxId: string;
  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 }) tradeInId: string;
  @Column({ name: 'device_key', type: 'varchar', length: 64 }) deviceKey: string;
  @Column({ name: 'added_by', type: 'varchar', length: 128 }) addedBy: string;
  @Column({ name: 'added_at', type: 'timestamptz' }) addedAt: Date;
  @Column({ name: 'arrived_at', type: 'timestamptz', nullable: true }) arrivedAt: Date | null;
  @Column({ name: 'arrived_by', type: 'varchar', length: 128, nullable: true }) arrivedBy: string | null;
}
