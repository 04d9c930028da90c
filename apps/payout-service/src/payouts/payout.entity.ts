import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type CurrencyCode, type PayoutMethod } from '@tradein/contracts';
import { type JobTraceContext } from '@tradein/service-runtime';
import { bigintColumn } from '../shared/bigint.transformer';
import { type PayoutStatus } from './payout-status';

/** One per trade-in (UNIQUE trade_in_id): the amount owed to the seller and where it stands. */
@Entity('payout')
export class PayoutEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'trade_in_id', type: 'text' }) tradeInId!: string;
  @Column({ name: 'partner_id', type: 'text' }) partnerId!: string;
  @Column({ name: 'seller_ref', type: 'text' }) sellerRef!: string;
  @Column({ name: 'store_id', type: 'text', nullable: true }) storeId!: string | null;
  @Column({ name: 'program_id', type: 'text', nullable: true }) programId!: string | null;
  @Column({ type: 'text' }) method!: PayoutMethod;
  @Column({ name: 'destination_ref', type: 'text', nullable: true }) destinationRef!: string | null;
  @Column({ name: 'destination_fingerprint', type: 'char', length: 64, nullable: true }) destinationFingerprint!: string | null;
  @Column({ type: 'char', length: 3 }) currency!: CurrencyCode;
  @Column({ name: 'amount_minor', type: 'int8', transformer: bigintColumn }) amountMinor!: bigint;
  @Column({ name: 'bonus_minor', type: 'int8', transformer: bigintColumn }) bonusMinor!: bigint;
  @Column({ name: 'eur_minor', type: 'int8', transformer: bigintColumn }) eurMinor!: bigint;
  @Column({ type: 'text' }) status!: PayoutStatus;
  @Column({ name: 'hold_reasons', type: 'text', array: true }) holdReasons!: string[];
  @Column({ name: 'attempt_count', type: 'int' }) attemptCount!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true }) nextAttemptAt!: Date | null;
  @Column({ type: 'text', nullable: true }) provider!: string | null;
  @Column({ name: 'provider_reference', type: 'text', nullable: true }) providerReference!: string | null;
  @Column({ name: 'last_failure_code', type: 'text', nullable: true }) lastFailureCode!: string | null;
  @Column({ name: 'correlation_id', type: 'uuid' }) correlationId!: string;
  @Column({ name: 'finalized_at', type: 'timestamptz' }) finalizedAt!: Date;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true }) paidAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** The trace context of the step that created it (ADR 0008): its attempts are spans under it; null when untraced. */
  @Column({ name: 'trace_context', type: 'jsonb', nullable: true }) traceContext!: JobTraceContext | null;
}
