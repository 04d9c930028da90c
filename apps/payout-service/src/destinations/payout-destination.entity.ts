import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type CurrencyCode } from '@tradein/contracts';
import { type BankScheme } from './bank-details/bank-details';

/** A seller's bank account, sealed with AES-256-GCM; only the masked form is ever shown. */
@Entity('payout_destination')
export class PayoutDestinationEntity {
  @PrimaryColumn('text') id!: string;
  @Column({ name: 'partner_id', type: 'text', nullable: true }) partnerId!: string | null;
  @Column({ name: 'store_id', type: 'text', nullable: true }) storeId!: string | null;
  @Column({ name: 'seller_ref', type: 'text', nullable: true }) sellerRef!: string | null;
  @Column({ name: 'registered_by', type: 'text' }) registeredBy!: string;
  @Column({ type: 'text' }) scheme!: BankScheme;
  @Column({ type: 'char', length: 3 }) currency!: CurrencyCode;
  @Column({ name: 'sealed_details', type: 'text' }) sealedDetails!: string;
  @Column({ type: 'text' }) masked!: string;
  @Column({ type: 'char', length: 64 }) fingerprint!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
