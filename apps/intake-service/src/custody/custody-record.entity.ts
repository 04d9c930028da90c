import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type CustodyAction } from './custody-actions';

/** What happened to a device, who did it, where and when. Append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'custody_records' })
export class CustodyRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 }) tradeInId: string;
  @Column({ name: 'device_key', type: 'varchar', length: 64, nullable: true }) deviceKey: string | null;
  @Column({ type: 'varchar', length: 32 }) action: CustodyAction;
  /** A staff subject, `carrier:<code>` or `system`. */
  @Column({ type: 'varchar', length: 128 }) actor: string;
  @Column({ name: 'location_type', type: 'varchar', length: 8, nullable: true }) locationType:
    'SITE' | 'STORE' | 'CARRIER' | 'OWNER' | null;
  @Column({ name: 'location_id', type: 'varchar', length: 64, nullable: true }) locationId: string | null;
  @Column({ name: 'box_id', type: 'uuid', nullable: true }) boxId: string | null;
  @Column({ name: 'shipment_id', type: 'uuid', nullable: true }) shipmentId: string | null;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" }) detail: Record<string, unknown>;
}
