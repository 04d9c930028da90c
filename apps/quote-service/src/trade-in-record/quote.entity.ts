import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../shared/bigint.transformer';
import { type StoredBonus } from '../partners/partner-program.entity';

/** A stored breakdown line: minor units as strings. */
export interface StoredBreakdownLine {
  kind: string;
  code: string;
  question?: string;
  answer?: string;
  bp?: number;
  deltaMinor: string;
}

/** A priced quote: everything needed to reprice it exactly (price-table version, questionnaire version, program). */
@Entity('quote')
export class QuoteEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'trade_in_id' }) tradeInId!: string;
  @Column('text', { name: 'partner_id' }) partnerId!: string;
  @Column('text', { name: 'program_id', nullable: true }) programId!: string | null;
  @Column('text', { name: 'store_id', nullable: true }) storeId!: string | null;
  @Column('text', { name: 'created_by' }) createdBy!: string;
  @Column('text', { name: 'model_id' }) modelId!: string;
  @Column('text', { name: 'variant_id' }) variantId!: string;
  @Column('text') category!: string;
  @Column('text') market!: string;
  @Column('text') currency!: string;
  @Column('text', { nullable: true }) imei!: string | null;
  @Column('int', { name: 'price_table_version' }) priceTableVersion!: number;
  @Column('int', { name: 'questionnaire_version' }) questionnaireVersion!: number;
  @Column('jsonb') answers!: Record<string, string>;
  @Column('bigint', { name: 'base_minor', transformer: bigintColumn }) baseMinor!: bigint;
  @Column('bigint', { name: 'device_value_minor', transformer: bigintColumn }) deviceValueMinor!: bigint;
  @Column('bigint', { name: 'bonus_minor', transformer: bigintColumn }) bonusMinor!: bigint;
  @Column('bigint', { name: 'total_minor', transformer: bigintColumn }) totalMinor!: bigint;
  @Column('text') outcome!: string;
  @Column('jsonb') breakdown!: StoredBreakdownLine[];
  @Column('jsonb', { name: 'program_snapshot', nullable: true }) programSnapshot!: (StoredBonus & { programId: string }) | null;
  @Column('timestamptz', { name: 'priced_at' }) pricedAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
}
