import { type DeviceCategory } from '@tradein/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What grading knows about one trade-in's device, gathered from several topics that can arrive in any
 * order (quote accepted, received, box arrival, offer finalized or declined). Every column but the key is
 * nullable for that reason: a row may exist before its device has been received.
 */
@Entity({ name: 'devices' })
export class DeviceRecord {
  @PrimaryColumn({ name: 'trade_in_id', type: 'varchar', length: 64 })
  tradeInId: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 64, nullable: true })
  partnerId: string | null;

  @Column({ name: 'model_id', type: 'varchar', length: 80, nullable: true })
  modelId: string | null;

  @Column({ name: 'variant_id', type: 'varchar', length: 80, nullable: true })
  variantId: string | null;

  @Column({ name: 'category', type: 'varchar', length: 20, nullable: true })
  category: DeviceCategory | null;

  @Column({ name: 'imei', type: 'varchar', length: 15, nullable: true })
  imei: string | null;

  @Column({ name: 'serial_number', type: 'varchar', length: 40, nullable: true })
  serialNumber: string | null;

  @Column({ name: 'block_list_status', type: 'varchar', length: 20, nullable: true })
  blockListStatus: string | null;

  @Column({ name: 'activation_lock', type: 'boolean', nullable: true })
  activationLock: boolean | null;

  @Column({ name: 'mdm_enrolled', type: 'boolean', nullable: true })
  mdmEnrolled: boolean | null;

  /** The store that took the device in (store fulfilment), for store accuracy figures. */
  @Column({ name: 'store_id', type: 'varchar', length: 64, nullable: true })
  storeId: string | null;

  /** The grading site holding the device. */
  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: true })
  siteId: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  /** Store intake guided checks, as the store declared them. */
  @Column({ name: 'store_checks', type: 'jsonb', nullable: true })
  storeChecks: Record<string, string> | null;

  /** Questionnaire answers the seller (or store staff) declared when accepting the quote. */
  @Column({ name: 'declared_condition', type: 'jsonb', nullable: true })
  declaredCondition: Record<string, string> | null;

  @Column({ name: 'current_grade_id', type: 'uuid', nullable: true })
  currentGradeId: string | null;

  /** Set by tradein.offer.finalized, possibly before the grade exists: stock waits for both. */
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true })
  finalizedAt: Date | null;

  @Column({ name: 'finalized_quote_id', type: 'varchar', length: 64, nullable: true })
  finalizedQuoteId: string | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt: Date | null;

  /** The trade-in's correlation id from the first event seen, so events we emit join the same chain. */
  @Column({ name: 'correlation_id', type: 'uuid', nullable: true })
  correlationId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
