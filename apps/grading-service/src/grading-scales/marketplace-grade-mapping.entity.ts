import { type CtiaCosmeticGrade } from '@tradein/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A published version of the cosmetic → marketplace grade mapping; the highest version is in force. */
@Entity({ name: 'marketplace_grade_mappings' })
export class MarketplaceGradeMappingRecord {
  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  grades: Record<CtiaCosmeticGrade, string>;

  @Column({ name: 'published_by', type: 'varchar', length: 128 })
  publishedBy: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
