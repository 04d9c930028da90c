import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { type ManifestLine, type BoxStatus } from './box-rules';

/** A store's box of received devices on its way to a grading site. */
@Entity({ name: 'boxes' })
export class Box {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'store_id', type: 'varchar', length: 64 }) storeId: string;
  @Column({ name: 'site_id', type: 'varchar', length: 64 }) siteId: string;
  @Column({ type: 'varchar', length: 16 }) status: BoxStatus;
  @Column({ name: 'opened_by', type: 'varchar', length: 128 }) openedBy: string;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'shipped_at', type: 'timestamptz', nullable: true }) shippedAt: Date | null;
  @Column({ name: 'shipped_by', type: 'varchar', length: 128, nullable: true }) shippedBy: string | null;
  @Column({ name: 'shipment_id', type: 'uuid', nullable: true }) shipmentId: string | null;
  /** Frozen at shipping: what the box is declared to hold. */
  @Column({ type: 'jsonb', nullable: true }) manifest: Array<ManifestLine & { modelId: string }> | null;
  @Column({ name: 'received_at', type: 'timestamptz', nullable: true }) receivedAt: Date | null;
  @Column({ name: 'received_by', type: 'varchar', length: 128, nullable: true }) receivedBy: string | null;
  @Column({ name: 'reconciled_at', type: 'timestamptz', nullable: true }) reconciledAt: Date | null;
  @VersionColumn() version: number;
}
