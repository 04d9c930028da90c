import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type AttemptStatus } from './payout-status';

/** One call (and its retries under the same idempotency key) to a provider. */
@Entity('payout_attempt')
export class PayoutAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'payout_id', type: 'uuid' }) payoutId!: string;
  @Column({ name: 'attempt_no', type: 'int' }) attemptNo!: number;
  @Column({ name: 'idempotency_key', type: 'text' }) idempotencyKey!: string;
  @Column({ type: 'text' }) provider!: string;
  @Column({ type: 'text' }) status!: AttemptStatus;
  @Column({ name: 'outcome_code', type: 'text', nullable: true }) outcomeCode!: string | null;
  @Column({ name: 'provider_reference', type: 'text', nullable: true }) providerReference!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}
