import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../shared/bigint.transformer';
import { type GradedCondition } from './graded-condition';
import { type TradeInState } from './state/trade-in-state';

/** The current offer as stored (minor units as strings). */
export interface StoredOffer {
  kind: 'FINAL' | 'REVISED';
  basis?: string;
  deviceValueMinor: string;
  bonusMinor: string;
  totalMinor: string;
  reasonCodes?: string[];
  evidenceRefs?: string[];
  gradeId: string;
  decidedAt: string;
  /** For a revised offer: what the customer (or their pre-chosen policy) answered. */
  answer?: 'ACCEPTED' | 'DECLINED' | 'AUTO_ACCEPTED' | 'LAPSED_FREE_RETURN';
  /** A regrade asked for this revised offer: the answer window is paused until the regrade reprices it. */
  appealId?: string;
}

export interface StoredCustomer {
  name: string;
  email: string;
}

@Entity('trade_in')
export class TradeInEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'quote_id' }) quoteId!: string;
  @Column('text', { name: 'partner_id' }) partnerId!: string;
  @Column('text', { name: 'store_id', nullable: true }) storeId!: string | null;
  @Column('text') state!: TradeInState;
  @Column('text', { nullable: true }) fulfilment!: 'MAIL_IN' | 'STORE' | null;
  @Column('text', { name: 'expired_reason', nullable: true }) expiredReason!: 'QUOTE_EXPIRED' | 'SHIP_BY_PASSED' | null;
  @Column('text', { name: 'resume_state', nullable: true }) resumeState!: TradeInState | null;
  @Column('boolean') received!: boolean;
  @Column('text', { name: 'pending_grade_id', nullable: true }) pendingGradeId!: string | null;
  @Column('boolean') paid!: boolean;
  @Column('boolean') stocked!: boolean;
  @Column('timestamptz', { name: 'quote_expires_at' }) quoteExpiresAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('timestamptz', { name: 'ship_by', nullable: true }) shipBy!: Date | null;
  @Column('text', { name: 'payout_method', nullable: true }) payoutMethod!: string | null;
  @Column('text', { name: 'payout_destination_ref', nullable: true }) payoutDestinationRef!: string | null;
  @Column('text', { name: 'revised_offer_policy', nullable: true }) revisedOfferPolicy!: 'ASK' | 'AUTO_ACCEPT_WITHIN' | null;
  @Column('int', { name: 'auto_accept_within_percent', nullable: true }) autoAcceptWithinPercent!: number | null;
  @Column('jsonb', { nullable: true }) customer!: StoredCustomer | null;
  @Column('text', { name: 'seller_ref', nullable: true }) sellerRef!: string | null;
  @Column('uuid', { name: 'correlation_id' }) correlationId!: string;
  @Column('text', { name: 'grade_id', nullable: true }) gradeId!: string | null;
  /** The grade the current offer is based on (kept so a grade received during a hold can be repriced on release). */
  @Column('jsonb', { name: 'graded_condition', nullable: true }) gradedCondition!: GradedCondition | null;
  @Column('jsonb', { nullable: true }) offer!: StoredOffer | null;
  @Column('timestamptz', { name: 'respond_by', nullable: true }) respondBy!: Date | null;
  @Column('bigint', { name: 'store_discrepancy_minor', nullable: true, transformer: bigintColumn }) storeDiscrepancyMinor!: bigint | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
