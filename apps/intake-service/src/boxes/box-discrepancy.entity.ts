import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a box's manifest and its contents disagreed on at the grading site. */
@Entity({ name: 'box_discrepancies' })
export class BoxDiscrepancy {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'box_id', type: 'uuid' }) boxId: string;
  @Column({ type: 'varchar', length: 16 }) kind: 'MISSING' | 'UNEXPECTED';
  @Column({ name: 'trade_in_id', type: 'varchar', length: 64, nullable: true }) tradeInId: string | null;
  @Column({ name: 'device_key', type: 'varchar', length: 64 }) deviceKey: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 128 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
