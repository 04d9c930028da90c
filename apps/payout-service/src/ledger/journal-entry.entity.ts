import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type CurrencyCode } from '@tradein/contracts';
import { bigintColumn } from '../shared/bigint.transformer';
import { type JournalKind } from './posting-rules';

@Entity('journal_entry')
export class JournalEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'payout_id', type: 'uuid' }) payoutId!: string;
  @Column({ type: 'text' }) kind!: JournalKind;
  @Column({ type: 'char', length: 3 }) currency!: CurrencyCode;
  @Column({ name: 'posted_at', type: 'timestamptz' }) postedAt!: Date;
}

@Entity('ledger_line')
export class LedgerLineEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'entry_id', type: 'bigint' }) entryId!: string;
  @Column({ type: 'text' }) account!: string;
  @Column({ type: 'char', length: 3 }) currency!: CurrencyCode;
  @Column({ name: 'amount_minor', type: 'int8', transformer: bigintColumn }) amountMinor!: bigint;
}
