import { Column, Entity, PrimaryColumn } from 'typeorm';

/** TAC → model, extended by ops beyond the seeded catalog's codes. */
@Entity('tac_code')
export class TacCodeEntity {
  @PrimaryColumn('char', { length: 8 }) tac!: string;
  @Column('text', { name: 'model_id' }) modelId!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
