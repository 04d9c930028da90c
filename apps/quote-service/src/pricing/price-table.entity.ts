import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../shared/bigint.transformer';

@Entity('price_table')
export class PriceTableEntity {
  @PrimaryGeneratedColumn('increment') version!: number;
  @Column('text') source!: string;
  @Column('int', { name: 'row_count' }) rowCount!: number;
  @Column('text', { name: 'uploaded_by' }) uploadedBy!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity('price_table_row')
export class PriceTableRowEntity {
  @PrimaryColumn('int') version!: number;
  @PrimaryColumn('text', { name: 'model_id' }) modelId!: string;
  @PrimaryColumn('text', { name: 'variant_id' }) variantId!: string;
  @PrimaryColumn('text') market!: string;
  @Column('text') currency!: string;
  @Column('bigint', { name: 'amount_minor', transformer: bigintColumn }) amountMinor!: bigint;
}
