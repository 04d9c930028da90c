import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Ops verified the seller's identity for a calendar year: DAC7 no longer holds their payouts that year. */
@Entity('seller_verification')
export class SellerVerificationEntity {
  @PrimaryColumn({ name: 'seller_ref', type: 'text' }) sellerRef!: string;
  @PrimaryColumn({ type: 'int' }) year!: number;
  @Column({ name: 'verified_by', type: 'text' }) verifiedBy!: string;
  @Column({ name: 'verified_at', type: 'timestamptz' }) verifiedAt!: Date;
}

/** A fact about a trade-in learned from another service (e.g. a financed, unpaid device) that holds its payout. */
@Entity('trade_in_flag')
export class TradeInFlagEntity {
  @PrimaryColumn({ name: 'trade_in_id', type: 'text' }) tradeInId!: string;
  @PrimaryColumn({ type: 'text' }) flag!: string;
  @Column({ name: 'source_event_id', type: 'uuid' }) sourceEventId!: string;
  @Column({ name: 'flagged_at', type: 'timestamptz' }) flaggedAt!: Date;
}
