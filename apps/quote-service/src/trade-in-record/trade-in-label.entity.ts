import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The mail-in label intake issued (ShipmentLabelIssued), kept for the customer's tracking view. */
@Entity('trade_in_label')
export class TradeInLabelEntity {
  @PrimaryColumn('uuid', { name: 'trade_in_id' }) tradeInId!: string;
  @Column('text', { name: 'shipment_id' }) shipmentId!: string;
  @Column('text') carrier!: string;
  @Column('text', { name: 'tracking_number' }) trackingNumber!: string;
  @Column('text', { name: 'label_format', nullable: true }) labelFormat!: string | null;
  @Column('text', { nullable: true }) label!: string | null;
  @Column('timestamptz', { name: 'issued_at' }) issuedAt!: Date;
}
