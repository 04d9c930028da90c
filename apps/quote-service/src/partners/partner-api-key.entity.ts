import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner API key: only its SHA-256 is stored; the key itself is shown once. */
@Entity('partner_api_key')
export class PartnerApiKeyEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'partner_id' }) partnerId!: string;
  @Column('text', { name: 'program_id', nullable: true }) programId!: string | null;
  @Column('text') prefix!: string;
  @Column('text', { name: 'key_hash' }) keyHash!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('text', { name: 'replaced_by', nullable: true }) replacedBy!: string | null;
}
