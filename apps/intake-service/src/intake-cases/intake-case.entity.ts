import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { type DeviceCategory, type Fulfilment } from '@tradein/contracts';
import { type BlockListStatus } from '../identity/identity-verdict';
import { type IntakeStatus } from './intake-status';

/** One trade-in as intake sees it: what was quoted, where the device is, and what its checks found. */
@Entity({ name: 'intake_cases' })
export class IntakeCase {
  @PrimaryColumn({ name: 'trade_in_id', type: 'varchar', length: 64 }) tradeInId: string;
  @Column({ name: 'partner_id', type: 'varchar', length: 64 }) partnerId: string;
  /** The correlation id of the trade-in's events, carried on everything intake emits about it. */
  @Column({ name: 'correlation_id', type: 'uuid' }) correlationId: string;
  @Column({ name: 'quote_id', type: 'varchar', length: 64 }) quoteId: string;
  @Column({ type: 'varchar', length: 16 }) fulfilment: Fulfilment;
  @Column({ type: 'varchar', length: 32 }) status: IntakeStatus;
  @Column({ type: 'varchar', length: 2 }) market: string;
  @Column({ name: 'model_id', type: 'varchar', length: 80 }) modelId: string;
  @Column({ name: 'variant_id', type: 'varchar', length: 80, nullable: true }) variantId: string | null;
  @Column({ type: 'varchar', length: 32 }) category: DeviceCategory;
  @Column({ name: 'quoted_tac', type: 'varchar', length: 8, nullable: true }) quotedTac: string | null;
  @Column({ name: 'quoted_amount_minor', type: 'bigint' }) quotedAmountMinor: string;
  @Column({ name: 'quoted_currency', type: 'varchar', length: 3 }) quotedCurrency: string;
  @Column({ name: 'store_id', type: 'varchar', length: 64, nullable: true }) storeId: string | null;
  /** The grading site a mail-in parcel is addressed to. */
  @Column({ name: 'destination_site_id', type: 'varchar', length: 64, nullable: true }) destinationSiteId: string | null;
  @Column({ name: 'ship_by', type: 'timestamptz' }) shipBy: Date;
  @Column({ name: 'seller_ref', type: 'varchar', length: 128 }) sellerRef: string;

  @Column({ name: 'device_key', type: 'varchar', length: 64, nullable: true }) deviceKey: string | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) imei: string | null;
  @Column({ name: 'serial_number', type: 'varchar', length: 40, nullable: true }) serialNumber: string | null;
  @Column({ name: 'detected_model_id', type: 'varchar', length: 80, nullable: true }) detectedModelId: string | null;
  @Column({ name: 'block_list_status', type: 'varchar', length: 20, nullable: true }) blockListStatus: BlockListStatus | null;
  @Column({ name: 'activation_lock', type: 'boolean', nullable: true }) activationLock: boolean | null;
  @Column({ name: 'mdm_enrolled', type: 'boolean', nullable: true }) mdmEnrolled: boolean | null;
  @Column({ name: 'duplicate_open_trade_in', type: 'boolean', nullable: true }) duplicateOpenTradeIn: boolean | null;

  @Column({ name: 'location_type', type: 'varchar', length: 8, nullable: true }) locationType: 'SITE' | 'STORE' | null;
  @Column({ name: 'location_id', type: 'varchar', length: 64, nullable: true }) locationId: string | null;
  @Column({ name: 'received_at', type: 'timestamptz', nullable: true }) receivedAt: Date | null;
  @Column({ name: 'received_by', type: 'varchar', length: 128, nullable: true }) receivedBy: string | null;

  @Column({ name: 'hold_reason_codes', type: 'jsonb', nullable: true }) holdReasonCodes: string[] | null;
  @Column({ name: 'hold_until', type: 'timestamptz', nullable: true }) holdUntil: Date | null;
  @Column({ name: 'suspension_reason_code', type: 'varchar', length: 64, nullable: true }) suspensionReasonCode: string | null;
  @Column({ name: 'suspension_category', type: 'varchar', length: 32, nullable: true }) suspensionCategory: string | null;
  @Column({ name: 'suspension_detail', type: 'varchar', length: 500, nullable: true }) suspensionDetail: string | null;

  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true }) finalizedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  /** Optimistic lock: two clerks acting on one trade-in at once cannot both win. */
  @VersionColumn() version: number;
}
