import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type CarrierEventStatus } from './shipment-status';

/** Every scan a carrier sent, kept whether or not it moved the parcel: (carrier, carrier_event_id) is unique. */
@Entity({ name: 'carrier_events' })
export class CarrierEvent {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'varchar', length: 64 }) carrier: string;
  @Column({ name: 'carrier_event_id', type: 'varchar', length: 64 }) carrierEventId: string;
  @Column({ name: 'tracking_number', type: 'varchar', length: 64 }) trackingNumber: string;
  @Column({ name: 'shipment_id', type: 'uuid', nullable: true }) shipmentId: string | null;
  @Column({ type: 'varchar', length: 24 }) status: CarrierEventStatus;
  @Column({ name: 'carrier_code', type: 'varchar', length: 32 }) carrierCode: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'varchar', length: 200, nullable: true }) detail: string | null;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
