import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('partner')
export class PartnerEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
