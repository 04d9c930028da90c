import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';

/**
 * Three tables shaped like a quote's rows (bench only, never migrated): uuid and text keys, nullable text, integers,
 * jsonb, bigint amounts through a transformer, timestamps, and a child row whose id the database generates.
 */
const bigint: ValueTransformer = {
  to: (v: bigint | null | undefined) => (v === null || v === undefined ? v : v.toString()),
  from: (v: string | null) => (v === null ? null : BigInt(v)),
};

@Entity('bench_quote')
export class BenchQuote {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'trade_in_id' }) tradeInId!: string;
  @Column('text', { name: 'partner_id' }) partnerId!: string;
  @Column('text', { name: 'program_id', nullable: true }) programId!: string | null;
  @Column('text', { name: 'store_id', nullable: true }) storeId!: string | null;
  @Column('text', { name: 'model_id' }) modelId!: string;
  @Column('text', { name: 'variant_id' }) variantId!: string;
  @Column('text') market!: string;
  @Column('text') currency!: string;
  @Column('text', { nullable: true }) imei!: string | null;
  @Column('int', { name: 'price_table_version' }) priceTableVersion!: number;
  @Column('jsonb') answers!: Record<string, string>;
  @Column('bigint', { name: 'base_minor', transformer: bigint }) baseMinor!: bigint;
  @Column('bigint', { name: 'total_minor', transformer: bigint }) totalMinor!: bigint;
  @Column('jsonb') breakdown!: Array<{ code: string; deltaMinor: string }>;
  @Column('timestamptz', { name: 'priced_at' }) pricedAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
}

@Entity('bench_trade_in')
export class BenchTradeIn {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'quote_id' }) quoteId!: string;
  @Column('text', { name: 'partner_id' }) partnerId!: string;
  @Column('text') state!: string;
  @Column('timestamptz', { name: 'quote_expires_at' }) quoteExpiresAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('jsonb', { nullable: true }) customer!: Record<string, string> | null;
  @Column('bigint', { name: 'offer_minor', nullable: true, transformer: bigint }) offerMinor!: bigint | null;
  @Column('uuid', { name: 'correlation_id' }) correlationId!: string;
}

@Entity('bench_trade_in_timeline')
export class BenchTimeline {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'trade_in_id' }) tradeInId!: string;
  @Column('timestamptz') at!: Date;
  @Column('text', { name: 'from_state', nullable: true }) fromState!: string | null;
  @Column('text', { name: 'to_state' }) toState!: string;
  @Column('text') cause!: string;
  @Column('text', { nullable: true }) detail!: string | null;
}
