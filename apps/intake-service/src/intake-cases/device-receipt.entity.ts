import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One identity check of a device at a dock or a store counter, with what was found and who did it. */
@Entity({ name: 'device_receipts' })
export class DeviceReceipt {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 }) tradeInId: string;
  @Column({ type: 'varchar', length: 8 }) point: 'DOCK' | 'STORE';
  @Column({ name: 'location_type', type: 'varchar', length: 8 }) locationType: 'SITE' | 'STORE';
  @Column({ name: 'location_id', type: 'varchar', length: 64 }) locationId: string;
  @Column({ name: 'shipment_id', type: 'uuid', nullable: true }) shipmentId: string | null;
  @Column({ name: 'parcel_weight_grams', type: 'integer', nullable: true }) parcelWeightGrams: number | null;
  @Column({ name: 'empty_parcel', type: 'boolean', default: false }) emptyParcel: boolean;
  @Column({ name: 'evidence_refs', type: 'jsonb' }) evidenceRefs: string[];
  @Column({ name: 'device_key', type: 'varchar', length: 64, nullable: true }) deviceKey: string | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) imei: string | null;
  @Column({ name: 'serial_number', type: 'varchar', length: 40, nullable: true }) serialNumber: string | null;
  @Column({ name: 'detected_model_id', type: 'varchar', length: 80, nullable: true }) detectedModelId: string | null;
  @Column({ name: 'block_list_status', type: 'varchar', length: 20 }) blockListStatus: string;
  @Column({ name: 'activation_lock', type: 'boolean' }) activationLock: boolean;
  @Column({ name: 'mdm_enrolled', type: 'boolean' }) mdmEnrolled: boolean;
  @Column({ name: 'duplicate_open_trade_in', type: 'boolean' }) duplicateOpenTradeIn: boolean;
  @Column({ type: 'varchar', length: 16 }) outcome: 'RECEIVED' | 'QUARANTINED' | 'SUSPENDED';
  @Column({ name: 'reason_codes', type: 'jsonb' }) reasonCodes: string[];
  @Column({ name: 'performed_by', type: 'varchar', length: 128 }) performedBy: string;
  @Column({ name: 'performed_at', type: 'timestamptz' }) performedAt: Date;
}
