import { Column, type DataSource, Entity, PrimaryColumn } from 'typeorm';
import { type SqlRunner } from '@tradein/messaging';

/** Bonus as stored: minor units as strings (JSON has no bigint). */
export interface StoredBonus {
  kind: 'FIXED' | 'PERCENT';
  amountMinor?: Record<string, string>;
  percent?: number;
  capMinor?: Record<string, string>;
  thresholdMinor?: Record<string, string>;
  window?: { from: string; to: string };
  eligibleCategories?: string[];
}

@Entity('partner_program')
export class PartnerProgramEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'partner_id' }) partnerId!: string;
  @Column('text') name!: string;
  @Column('jsonb', { nullable: true }) bonus!: StoredBonus | null;
  @Column('int', { name: 'quote_valid_days', nullable: true }) quoteValidDays!: number | null;
  @Column('int', { name: 'ship_by_days', nullable: true }) shipByDays!: number | null;
  @Column('int', { name: 'answer_window_days', nullable: true }) answerWindowDays!: number | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

let selectList: string | undefined;

/** A partner's program by id, in the caller's transaction (one statement; null when not this partner's). */
export async function loadProgram(
  dataSource: DataSource,
  sql: SqlRunner,
  id: string,
  partnerId: string,
): Promise<PartnerProgramEntity | null> {
  // The entity's columns under their property names, built once (a quote's hot path).
  selectList ??= dataSource
    .getMetadata(PartnerProgramEntity)
    .columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`)
    .join(', ');
  const rows: PartnerProgramEntity[] = await sql.query(`SELECT ${selectList} FROM partner_program WHERE id = $1 AND partner_id = $2`, [
    id,
    partnerId,
  ]);
  return rows[0] ? Object.assign(new PartnerProgramEntity(), rows[0]) : null;
}
