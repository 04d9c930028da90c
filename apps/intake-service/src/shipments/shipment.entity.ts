import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ShipmentPurpose } from './carrier/carrier-adapter';
import { type ShipmentStatus } from './shipment-status';

/** A labelled parcel: inbound from the seller, a return to the owner, or a store box to a site. */
@Entity({ name: 'shipments' })
export class Shipment {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'varchar', length: 8 }) purpose: ShipmentPurpose;
  /** Null for a box: a box carries many trade-ins. */
  @Column({ name: 'trade_in_id', type: 'varchar', length: 64, nullable: true }) tradeInId: string | null;
  @Column({ name: 'box_id', type: 'uuid', nullable: true }) boxId: string | null;
  @Column({ type: 'varchar', length: 64 }) carrier: string;
  @Column({ name: 'tracking_number', type: 'varchar', length: 64 }) trackingNumber: string;
  @Column({ type: 'varchar', length: 16 }) status: ShipmentStatus;
  @Column({ name: 'status_at', type: 'timestamptz', nullable: true }) statusAt: Date | null;
  @Column({ name: 'in_transit_announced', type: 'boolean', default: false }) inTransitAnnounced: boolean;
  @Column({ name: 'insured_amount_minor', type: 'bigint' }) insuredAmountMinor: string;
  @Column({ name: 'insured_currency', type: 'varchar', length: 3 }) insuredCurrency: string;
  @Column({ name: 'destination_type', type: 'varchar', length: 8 }) destinationType: 'SITE' | 'OWNER';
  @Column({ name: 'destination_id', type: 'varchar', length: 64, nullable: true }) destinationId: string | null;
  @Column({ name: 'label_format', type: 'varchar', length: 8 }) labelFormat: 'ZPL' | 'PDF';
  @Column({ type: 'text' }) label: string;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt: Date;
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true }) voidedAt: Date | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
}
