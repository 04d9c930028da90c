import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type DeviceCategory } from '@tradein/contracts';

export type TacSource = 'SEED' | 'CATALOG' | 'OPS';

/** TAC → model: the first 8 digits of an IMEI name one model. */
@Entity({ name: 'tac_models' })
export class TacModel {
  @PrimaryColumn({ type: 'varchar', length: 8 }) tac: string;
  @Column({ name: 'model_id', type: 'varchar', length: 80 }) modelId: string;
  @Column({ type: 'varchar', length: 64 }) brand: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 32 }) category: DeviceCategory;
  @Column({ type: 'varchar', length: 8 }) source: TacSource;
  @Column({ name: 'updated_by', type: 'varchar', length: 128 }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
