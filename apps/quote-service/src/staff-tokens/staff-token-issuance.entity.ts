import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One staff token issued by ops: the audit row (the token itself is never stored). */
@Entity('staff_token_issuance')
export class StaffTokenIssuanceEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'issued_by' }) issuedBy!: string;
  @Column('text') subject!: string;
  @Column('text') role!: 'store_staff' | 'grader' | 'ops';
  @Column('text', { name: 'store_id', nullable: true }) storeId!: string | null;
  @Column('text', { name: 'site_id', nullable: true }) siteId!: string | null;
  @Column('text', { name: 'partner_id', nullable: true }) partnerId!: string | null;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('timestamptz', { name: 'issued_at' }) issuedAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
}
