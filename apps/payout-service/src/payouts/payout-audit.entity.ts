import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to a payout by hand (retry, cancel, release, refuse), and why. */
@Entity('payout_audit')
export class PayoutAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'payout_id', type: 'uuid' }) payoutId!: string;
  @Column({ type: 'text' }) action!: string;
  @Column({ type: 'text' }) actor!: string;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'from_status', type: 'text' }) fromStatus!: string;
  @Column({ name: 'to_status', type: 'text' }) toStatus!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
}
